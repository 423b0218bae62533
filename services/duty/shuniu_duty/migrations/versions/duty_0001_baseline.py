"""The read model of incidents (突发事件), the duty service's first revision."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "duty_0001"
down_revision = None
branch_labels = ("duty",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duty_incidents",
        sa.Column("incident_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("learned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("phone_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("written_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("phone_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("written_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("late_reports", sa.Integer(), nullable=False),
        sa.Column("reports_awaiting_approval", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("incident_id"),
    )
    op.create_index(
        "ix_duty_incidents_learned_at", "duty_incidents", ["learned_at", "incident_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_duty_incidents_learned_at", table_name="duty_incidents")
    op.drop_table("duty_incidents")
