"""The search index: titles, 正文 and files' text (adapters/search.py), indexed for Chinese without a
word segmenter — FTS5's trigram tokenizer on SQLite, pg_trgm on PostgreSQL. Both index every run of
three characters, which finds any phrase of three or more; shorter queries are a LIKE the search
runs on the same rows. The titles of the documents already there are indexed here; their bodies and
files are indexed at their next change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "documents_0002"
down_revision = "documents_0001"
branch_labels = None
depends_on = None

# The SQLite index is an external-content FTS5 table over search_texts' rowid: the triggers keep it
# in step with every insert, update and delete in the same transaction (the FTS5 manual's recipe).
SQLITE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(text, content='search_texts', content_rowid='rowid',"
    " tokenize='trigram')",
    "CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN"
    " INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER search_texts_au AFTER UPDATE ON search_texts BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);"
    " INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text); END",
]
POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # Over lower(text): the query is a case-blind LIKE on it, which the index answers as ILIKE, and
    # which PostgreSQL scans faster than ILIKE where the index is not used (fewer than 3 characters).
    "CREATE INDEX ix_search_texts_trgm ON search_texts USING gin (lower(text) gin_trgm_ops)",
]


def upgrade() -> None:
    op.create_table(
        "search_texts",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=1000), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "source", "sha256"),
    )
    op.create_index("ix_search_texts_sha256", "search_texts", ["sha256"], unique=False)
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}[op.get_bind().dialect.name]:
        op.execute(statement)
    op.execute(
        "INSERT INTO search_texts (document_id, source, sha256, file_name, status, text)"
        " SELECT id, 'title', '', NULL, 'text', title FROM documents"
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
