"""The counter of 情况通报 numbers (第N期 per year): adapters/bulletins.py says why a counter row."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "supervision_0002"
down_revision = "supervision_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_bulletin_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )


def downgrade() -> None:
    op.drop_table("supervision_bulletin_counters")
