"""Documents in the order they were created, as an index: search answers newest first, and with it
a phrase that thousands of documents hold is read from the newest document down and stops at the
page's 20, where before every document was sorted to find them (docs/bench/search.md: the sort of
100,000 rows was most of a search's time on PostgreSQL). The list keeps its own index by kind.
Filled for the rows already there as any index is, when it is made.
"""

from __future__ import annotations

from alembic import op

revision = "documents_0003_search_newest"
down_revision = "documents_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_newest", "documents", ["created_position"], unique=False)
    # The planner weighs the walk newest-first against the trigram index by the tables' statistics.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE documents")


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
