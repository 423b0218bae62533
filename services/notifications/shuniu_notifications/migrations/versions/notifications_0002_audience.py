"""Each delivery keeps the audience of the object it tells of, and each task followed its latest
audience (issue 17): notices and delivery state are shown no wider than the object's owner shows it.
Rows from before have none and are shown to nobody (fail closed)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "notifications_0002"
down_revision = "notifications_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("notifications_deliveries", sa.Column("audience", sa.JSON(), nullable=True))
    op.add_column("notifications_tasks", sa.Column("audience", sa.JSON(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
