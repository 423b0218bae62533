"""领导活动安排: the activities on each leader's schedule (one row per activity)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "meetings_0002"
down_revision = "meetings_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leader_activities",
        sa.Column("activity_id", sa.String(length=300), nullable=False),
        sa.Column("leader", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column(
            "audience",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("cancelled", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("activity_id"),
    )
    op.create_index(
        "ix_leader_activities_leader_time", "leader_activities", ["leader", "starts_at"], unique=False
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
