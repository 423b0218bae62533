"""The effects consumer's running totals (tests/platform/effects.py), as a branch of its own."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "effects_0001"
down_revision = None
branch_labels = ("effects",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "totals",
        sa.Column("stream_id", sa.String(200), primary_key=True),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("applied", sa.Integer, nullable=False),
    )
    op.create_table(
        "applied_by_member",
        sa.Column("member", sa.Integer, primary_key=True),
        sa.Column("applied", sa.Integer, nullable=False),
    )
