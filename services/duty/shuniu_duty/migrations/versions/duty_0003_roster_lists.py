"""值班表 and 值班记录: the rosters', days' and duty log entries' read models, for the lists by date."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "duty_0003"
down_revision = "duty_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duty_rosters",
        sa.Column("roster_id", sa.String(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("roster_id"),
    )
    op.create_index("ix_duty_rosters_days", "duty_rosters", ["first_day", "last_day"], unique=False)
    op.create_table(
        "duty_shifts",
        sa.Column("roster_id", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("leaders", sa.JSON(), nullable=False),
        sa.Column("officers", sa.JSON(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("swaps", sa.JSON(), nullable=False),
        sa.Column("handed_over_by", sa.String(length=100), nullable=True),
        sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("open_items", sa.JSON(), nullable=False),
        sa.Column("acknowledge_by", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=100), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("roster_id", "day"),
    )
    op.create_index("ix_duty_shifts_day", "duty_shifts", ["day"], unique=False)
    op.create_table(
        "duty_log_entries",
        sa.Column("entry_id", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("caller", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("said", sa.Text(), nullable=False),
        sa.Column("done", sa.Text(), nullable=False),
        sa.Column("told", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id"),
    )
    op.create_index("ix_duty_log_entries_at", "duty_log_entries", ["at", "entry_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_duty_log_entries_at", table_name="duty_log_entries")
    op.drop_table("duty_log_entries")
    op.drop_index("ix_duty_shifts_day", table_name="duty_shifts")
    op.drop_table("duty_shifts")
    op.drop_index("ix_duty_rosters_days", table_name="duty_rosters")
    op.drop_table("duty_rosters")
