"""The projection's timeline, objects, read models and the overview's kept counts.

The schema the projection had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "projection_0001"
down_revision = None
branch_labels = ("projection",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("projection_0001_timeline_objects", "projection_0002_document_counts")


def upgrade() -> None:
    op.create_table(
        "attendance",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("capacity", sa.String(length=20), nullable=True),
        sa.Column("reply", sa.String(length=20), nullable=True),
        sa.Column("signed_in", sa.String(length=5), nullable=False),
        sa.Column("late", sa.String(length=5), nullable=False),
        sa.Column("absent", sa.String(length=5), nullable=False),
        sa.PrimaryKeyConstraint("stream_id", "person"),
    )
    op.create_table(
        "chronicle",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column(
            "departments",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_chronicle_day", "chronicle", ["day"], unique=False)
    op.create_table(
        "circulation_reads",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("reader", sa.String(length=100), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("stream_id", "round", "reader"),
    )
    op.create_table(
        "document_counts",
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("departments", sa.String(length=800), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("direction", "stage", "department", "departments", "classification"),
    )
    op.create_table(
        "document_steps",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stream_id", "version"),
    )
    op.create_table(
        "documents",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("doc_type", sa.String(length=10), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=True),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("urgency", sa.String(length=10), nullable=True),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("counted_under", sa.String(length=1000), nullable=True),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "meetings",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("organiser_department", sa.String(length=100), nullable=False),
        sa.Column("chair", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.String(length=200), nullable=True),
        sa.Column("room_name", sa.String(length=200), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "objects",
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("aggregate", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=True),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column(
            "departments",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("first_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_type", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("service", "stream_id"),
    )
    op.create_table(
        "petitions",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("case_number", sa.String(length=100), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("clock", sa.String(length=40), nullable=True),
        sa.Column("due_on", sa.String(length=10), nullable=True),
        sa.Column("received_on", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "tasks",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("source_kind", sa.String(length=40), nullable=False),
        sa.Column("lead_department", sa.String(length=100), nullable=False),
        sa.Column("deadline", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_on", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.String(length=10), nullable=True),
        sa.Column("on_time", sa.String(length=5), nullable=True),
        sa.Column("escalations", sa.Integer(), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "timeline",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("aggregate", sa.String(length=60), nullable=False),
        sa.Column("type", sa.String(length=200), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.Column("correlation_id", sa.String(length=64), nullable=True),
        sa.Column("causation_id", sa.String(length=64), nullable=True),
        sa.Column(
            "data",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_timeline_causation", "timeline", ["causation_id"], unique=False)
    op.create_index("ix_timeline_stream", "timeline", ["service", "stream_id", "version"], unique=False)
    op.create_index("ix_timeline_time", "timeline", ["time"], unique=False)
    op.create_table(
        "trips",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("destination", sa.String(length=300), nullable=False),
        sa.Column("rider", sa.String(length=100), nullable=False),
        sa.Column("vehicle_id", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "visits",
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("badge", sa.String(length=50), nullable=True),
        sa.Column("host_department", sa.String(length=100), nullable=False),
        sa.Column("expected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("stream_id"),
    )
    op.create_table(
        "work_items",
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("stream_id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=True),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("detail", sa.String(length=1000), nullable=True),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index(
        "ix_work_items_open", "work_items", ["done_at", "person", "department", "role"], unique=False
    )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
