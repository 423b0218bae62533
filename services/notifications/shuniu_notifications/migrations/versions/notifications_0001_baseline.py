"""The notifications service's first schema: deliveries (the inbox and every channel's state), the
tasks it follows, and people's own preferences."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "notifications_0001"
down_revision = None
branch_labels = ("notifications",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notifications_deliveries",
        sa.Column("delivery_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=300), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=True),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("delivery_id"),
        sa.UniqueConstraint("event_id", "recipient", "channel", name="uq_notifications_deliveries_key"),
    )
    op.create_index(
        "ix_notifications_deliveries_inbox",
        "notifications_deliveries",
        ["person", "channel", "created_at"],
        unique=False,
    )
    op.create_index(
        "ix_notifications_deliveries_status",
        "notifications_deliveries",
        ["status", "created_at"],
        unique=False,
    )
    op.create_table(
        "notifications_tasks",
        sa.Column("task_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lead_department", sa.String(length=100), nullable=False),
        sa.Column("assigned_by", sa.String(length=100), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("task_id"),
    )
    op.create_table(
        "notifications_preferences",
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("quiet_start", sa.Time(), nullable=True),
        sa.Column("quiet_end", sa.Time(), nullable=True),
        sa.Column("digest_at", sa.Time(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("person"),
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
