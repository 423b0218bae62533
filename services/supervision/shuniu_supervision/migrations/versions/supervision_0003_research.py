"""调研课题's read model (adapters/tables.py `research_table`): one row per topic with its audience."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "supervision_0003"
down_revision = "supervision_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_research",
        sa.Column("topic_id", sa.String(200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("assigned_by", sa.String(100), nullable=False),
        sa.Column("lead_department", sa.String(100), nullable=True),
        sa.Column("classification", sa.String(10), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("report_versions", sa.Integer(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("topic_id"),
    )
    op.create_index("ix_supervision_research_due_on", "supervision_research", ["due_on", "topic_id"])


def downgrade() -> None:
    raise NotImplementedError("go back by restoring a backup")
