"""The read model of supervision tasks.

The schema the supervision service had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "supervision_0001"
down_revision = None
branch_labels = ("supervision",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("supervision_0001_task_read_model",)


def upgrade() -> None:
    op.create_table(
        "supervision_task_departments",
        sa.Column("task_id", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("task_id", "department"),
    )
    op.create_index(
        "ix_supervision_task_departments_department",
        "supervision_task_departments",
        ["department"],
        unique=False,
    )
    op.create_table(
        "supervision_tasks",
        sa.Column("task_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source_kind", sa.String(length=40), nullable=False),
        sa.Column("source_service", sa.String(length=40), nullable=True),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("source_item", sa.String(length=200), nullable=True),
        sa.Column("lead_department", sa.String(length=100), nullable=False),
        sa.Column("co_departments", sa.JSON(), nullable=False),
        sa.Column("assigned_by", sa.String(length=100), nullable=True),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("classification_rank", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("reporting_cycle", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("yellow_from", sa.Date(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("on_time", sa.Boolean(), nullable=True),
        sa.Column("extension_pending", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("task_id"),
    )
    op.create_index(
        "ix_supervision_tasks_deadline", "supervision_tasks", ["deadline", "task_id"], unique=False
    )
    op.create_index(
        "ix_supervision_tasks_lead", "supervision_tasks", ["lead_department", "stage"], unique=False
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
