"""A bigram index beside the trigram one: Chinese words are often two characters (防汛, 台风), and a
trigram index has nothing to look up for them, so a two-character word was a read of every text —
seconds at 100,000 documents for a word nobody wrote (docs/bench/search.md). Now a two-character
word is looked up as any longer phrase is.

PostgreSQL: a GIN index over the text's distinct two-character runs (`search_bigrams`, lower case
as the trigram index), kept by PostgreSQL itself. SQLite: a contentless FTS5 table whose row is a
text's two-character runs as tokens, written beside the text by adapters/search.py (`bigrams`) —
no trigger can split a text in SQLite — and filled here for the texts already there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from shuniu_documents.adapters.search import bigrams

revision = "documents_0004_search_bigrams"
down_revision = "documents_0003_search_newest"
branch_labels = None
depends_on = None

POSTGRESQL = [
    # IMMUTABLE: it reads nothing but its argument, which an index expression must promise. Repeats
    # are left in: GIN keeps each key once, and removing them here was a fifth of the index's build.
    "CREATE FUNCTION search_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS"
    " $$ SELECT ARRAY(SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i) $$",
    "CREATE INDEX ix_search_texts_bigrams ON search_texts USING gin (search_bigrams(lower(text)))",
    # The statistics of the indexed expression tell the search a rare word from a common one.
    "ANALYZE search_texts",
]
# `ascii`: every character outside ASCII is a token character and ASCII letters fold case, as
# SQLite's LIKE does; detail=none: a token is looked up alone, never as part of a phrase.
SQLITE = "CREATE VIRTUAL TABLE search_bigrams USING fts5(grams, content='', tokenize='ascii', detail=none)"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in POSTGRESQL:
            op.execute(statement)
        return
    op.execute(SQLITE)
    texts = bind.execute(sa.text("SELECT rowid, text FROM search_texts")).all()
    if texts:
        bind.execute(
            sa.text("INSERT INTO search_bigrams (rowid, grams) VALUES (:at, :grams)"),
            [{"at": at, "grams": bigrams(text)} for at, text in texts],
        )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
