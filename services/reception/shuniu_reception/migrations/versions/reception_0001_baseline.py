"""Visitors, petitions, vehicles (no car in two overlapping trips), seals and the personal-data keys.

The schema the reception service had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "reception_0001"
down_revision = None
branch_labels = ("reception",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("reception_0001_tables", "reception_0002_no_overlapping_dispatch")


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("id_number", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("forgotten_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("person_id"),
    )
    op.create_table(
        "petition_case_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "petitions",
        sa.Column("petition_id", sa.String(length=64), nullable=False),
        sa.Column("case_number", sa.String(length=50), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("task_id", sa.String(length=100), nullable=True),
        sa.Column("next_clock", sa.String(length=40), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("petition_id"),
        sa.UniqueConstraint("case_number"),
    )
    op.create_table(
        "seal_requests",
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("seal_id", sa.String(length=64), nullable=False),
        sa.Column("document", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("impressions", sa.Integer(), nullable=False),
        sa.Column("used", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("approved_by", sa.String(length=100), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("request_id"),
    )
    op.create_table(
        "seal_uses",
        sa.Column("use_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(length=64), nullable=False),
        sa.Column("seal_id", sa.String(length=64), nullable=False),
        sa.Column("used_by", sa.String(length=100), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("impressions", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("use_id"),
    )
    op.create_table(
        "seals",
        sa.Column("seal_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("seal_id"),
    )
    op.create_table(
        "subject_keys",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_table(
        "todos",
        sa.Column("todo_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("todo_id"),
    )
    op.create_index("ix_todos_person", "todos", ["person"], unique=False)
    op.create_table(
        "trips",
        sa.Column("trip_id", sa.String(length=64), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("rider", sa.String(length=100), nullable=False),
        sa.Column("passengers", sa.JSON(), nullable=False),
        sa.Column("destination", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("vehicle_id", sa.String(length=64), nullable=True),
        sa.Column("mileage_km", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("trip_id"),
    )
    op.create_table(
        "vehicle_dispatches",
        sa.Column("trip_id", sa.String(length=64), nullable=False),
        sa.Column("vehicle_id", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("trip_id"),
    )
    op.create_index("ix_vehicle_dispatches_vehicle", "vehicle_dispatches", ["vehicle_id"], unique=False)
    op.create_table(
        "vehicles",
        sa.Column("vehicle_id", sa.String(length=64), nullable=False),
        sa.Column("plate", sa.String(length=20), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("vehicle_id"),
        sa.UniqueConstraint("plate"),
    )
    op.create_table(
        "visits",
        sa.Column("visit_id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("host_department", sa.String(length=100), nullable=False),
        sa.Column("host_person", sa.String(length=100), nullable=False),
        sa.Column("expected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("badge", sa.String(length=50), nullable=True),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("visit_id"),
    )
    op.create_index("ix_visits_stage", "visits", ["stage"], unique=False)
    # On PostgreSQL the database itself refuses two overlapping rows of one vehicle; SQLite has
    # one writer at a time, and the check before the insert, in the same transaction, is enough.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE vehicle_dispatches ADD CONSTRAINT vehicle_dispatches_no_overlap "
            "EXCLUDE USING gist (vehicle_id WITH =, tstzrange(starts_at, ends_at) WITH &&)"
        )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
