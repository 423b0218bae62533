"""A supervision task's status is named by the event that took it there, as a document's step is
(docs/services/projection.md): the boards' former names `open` and `infeasible`, which were no event's
name, become `opened` and `infeasibility_reported`, and the column widens to hold the longer names.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "projection_0003"
down_revision = "projection_0002"
branch_labels = None
depends_on = None

# The boards' former names of a task's status that were no event's name → the event's.
RENAMED_TASK_STATUSES = {"open": "opened", "infeasible": "infeasibility_reported"}


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:  # infeasibility_reported is longer than 20
        batch.alter_column(
            "status", existing_type=sa.String(length=20), type_=sa.String(length=40), existing_nullable=False
        )
    for old, new in RENAMED_TASK_STATUSES.items():
        op.execute(sa.text("UPDATE tasks SET status = :new WHERE status = :old").bindparams(new=new, old=old))


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
