"""The duty board's incidents (突发事件): one row per incident, with its reporting clocks, from the
duty service's published events (docs/events). A rebuild fills it from the topic like any other."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "projection_0005"
down_revision = "projection_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("learned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("phone_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("written_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("phone_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("written_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("late_reports", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("stream_id"),
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
