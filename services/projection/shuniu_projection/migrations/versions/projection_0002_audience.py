"""Who may see an object is its owner's word (the audience every event carries), not the projection's
guess: the objects keep their newest event's audience; the columns that held the departments and the
密级 guessed from field names go, from the objects, the desk, the chronicle and the boards; the
overview's kept counts are keyed by audience; a document's step is named by the event that took it
there (docs/services/projection.md).

An upgraded database knows no audience yet: the events it was built from named none. Its objects are
shown to nobody (fail closed) until their next event names one, or until a rebuild from topics whose
events carry them. The counts start empty, and each document is counted again at its next event.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "projection_0002"
down_revision = "projection_0001"
branch_labels = None
depends_on = None

# The boards' former names of a document's step → the name of the event that takes it there.
RENAMED_STEPS = {
    "incoming": {"signed_for": "received", "handling": "instructed", "circulating": "circulation_started"},
    "outgoing": {
        "returned_for_revision": "returned",
        "countersigning": "countersigned",
        "back_to_signer": "changed_after_signing",
        "dispatching": "dispatched",
    },
}


def upgrade() -> None:
    op.add_column("objects", sa.Column("audience", sa.Text(), nullable=True))
    for table, columns in (
        ("objects", ("classification", "departments")),
        ("chronicle", ("classification", "departments")),
        ("work_items", ("classification",)),
        ("documents", ("classification",)),
        ("meetings", ("classification",)),
        ("tasks", ("classification",)),
    ):
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.drop_column(column)
    op.drop_table("document_counts")
    op.create_table(
        "document_counts",
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("audience_key", sa.String(length=64), nullable=False),
        sa.Column("audience", sa.Text(), nullable=False),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("direction", "stage", "department", "audience_key"),
    )
    op.execute("UPDATE documents SET counted_under = NULL")
    for direction, renamed in RENAMED_STEPS.items():
        for table in ("documents", "document_steps"):
            for old, new in renamed.items():
                op.execute(
                    sa.text(
                        f"UPDATE {table} SET stage = :new WHERE direction = :direction AND stage = :old"
                    ).bindparams(new=new, direction=direction, old=old)
                )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
