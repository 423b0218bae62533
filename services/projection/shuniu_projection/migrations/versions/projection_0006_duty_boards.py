"""The duty boards' read models, from the duty service's published events (docs/events): who is on
duty (each roster's planned days, its swaps, its handovers) and 政务信息 (pieces, the issues that
adopted them, and each fact that earns a department points). A rebuild fills them from the topic."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "projection_0006"
down_revision = "projection_0005"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "roster_shifts",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("leaders", JSON, nullable=False),
        sa.Column("officers", JSON, nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=True),
        sa.Column("planned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stream_id", "day"),
    )
    op.create_table(
        "roster_swaps",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("substitute", sa.String(length=100), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("stream_id", "number"),
    )
    op.create_table(
        "roster_handovers",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("open_items", JSON, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledge_by", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_by", sa.String(length=100), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("stream_id", "day"),
    )
    op.create_table(
        "information_pieces",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "information_issues",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("publication", sa.String(length=40), nullable=False),
        sa.Column("publication_name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("piece_ids", JSON, nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "information_credits",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("piece_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("publication", sa.String(length=40), nullable=True),
        sa.Column("issue_id", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_information_credits_at", "information_credits", ["at"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
