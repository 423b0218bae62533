"""The register of official receptions (公务接待, domain/hospitality.py): what their list shows."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "reception_0003"
down_revision = "reception_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receptions",
        sa.Column("reception_id", sa.String(length=64), nullable=False),
        sa.Column("sending_body", sa.String(length=200), nullable=False),
        sa.Column("business", sa.Text(), nullable=False),
        sa.Column("host_department", sa.String(length=100), nullable=False),
        sa.Column("host_person", sa.String(length=100), nullable=False),
        sa.Column("planned_by", sa.String(length=100), nullable=False),
        sa.Column("assignees", sa.JSON(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("arrives_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("departs_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("planned_fen", sa.Integer(), nullable=False),
        sa.Column("billed_fen", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("reception_id"),
    )
    op.create_index("ix_receptions_arrives_at", "receptions", ["arrives_at"])


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
