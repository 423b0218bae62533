"""政务信息: the pieces' read model, the 第N期 counters and the departments' credits."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "duty_0002"
down_revision = "duty_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duty_information_pieces",
        sa.Column("piece_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("versions", sa.Integer(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("piece_id"),
    )
    op.create_index(
        "ix_duty_information_pieces_submitted_at",
        "duty_information_pieces",
        ["submitted_at", "piece_id"],
        unique=False,
    )
    op.create_table(
        "duty_issue_counters",
        sa.Column("publication", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("publication", "year"),
    )
    op.create_table(
        "duty_information_credits",
        sa.Column("credit_id", sa.String(length=300), nullable=False),
        sa.Column("piece_id", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("publication", sa.String(length=100), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("credit_id"),
    )
    op.create_index("ix_duty_information_credits_at", "duty_information_credits", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_duty_information_credits_at", table_name="duty_information_credits")
    op.drop_table("duty_information_credits")
    op.drop_table("duty_issue_counters")
    op.drop_index("ix_duty_information_pieces_submitted_at", table_name="duty_information_pieces")
    op.drop_table("duty_information_pieces")
