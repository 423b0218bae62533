"""The stock of supplies, requisitions, the register of fixed assets and its counts (docs/rules.md §10)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "reception_0004"
down_revision = "reception_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supply_items",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("open_purchase_id", sa.String(length=64), nullable=True),
        sa.Column("purchase_raised_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("item_id"),
    )
    op.create_table(
        "requisitions",
        sa.Column("requisition_id", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("requisition_id"),
    )
    op.create_table(
        "assets",
        sa.Column("asset_id", sa.String(length=64), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("custodian", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("count_id", sa.String(length=64), nullable=True),
        sa.Column("count_finding", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("asset_id"),
        sa.UniqueConstraint("tag"),
    )
    op.create_table(
        "asset_counts",
        sa.Column("count_id", sa.String(length=64), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("differences", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("count_id"),
    )
    op.create_table(
        "count_differences",
        sa.Column("count_id", sa.String(length=64), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("registered_location", sa.String(length=200), nullable=True),
        sa.Column("found_location", sa.String(length=200), nullable=True),
        sa.Column("registered_custodian", sa.String(length=100), nullable=True),
        sa.Column("found_custodian", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("count_id", "tag"),
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
