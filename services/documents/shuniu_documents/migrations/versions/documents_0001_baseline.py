"""The documents read model and the document-number counters.

The schema the documents service had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "documents_0001"
down_revision = None
branch_labels = ("documents",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("documents_0001_read_model_and_numbers",)


def upgrade() -> None:
    op.create_table(
        "document_departments",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "department"),
    )
    op.create_index(
        "ix_document_departments_department",
        "document_departments",
        ["department", "document_id"],
        unique=False,
    )
    op.create_table(
        "document_numbers",
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", "year", "sequence"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("classification_rank", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.String(length=10), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=True),
        sa.Column("lead_department", sa.String(length=100), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("circulation_overdue", sa.Boolean(), nullable=False),
        sa.Column("under_supervision", sa.Boolean(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("created_position", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_documents_list", "documents", ["kind", "created_position"], unique=False)
    op.create_table(
        "number_counters",
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", "year"),
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
