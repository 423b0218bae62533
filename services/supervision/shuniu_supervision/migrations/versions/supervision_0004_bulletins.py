"""The 情况通报 as issued, for their list (newest first): adapters/bulletins.py."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "supervision_0004"
down_revision = "supervision_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_bulletins",
        sa.Column("bulletin_id", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("bulletin_id"),
    )
    op.create_index("ix_supervision_bulletins_newest", "supervision_bulletins", ["year", "number"])


def downgrade() -> None:
    op.drop_index("ix_supervision_bulletins_newest", "supervision_bulletins")
    op.drop_table("supervision_bulletins")
