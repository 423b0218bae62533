"""Rooms, bookings (no two overlapping in one room), meetings and to-dos.

The schema the meetings service had when Shuniu moved to Alembic, frozen: later changes are new revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "meetings_0001"
down_revision = None
branch_labels = ("meetings",)
depends_on = None
# The ids the runner before Alembic recorded for what this revision creates (shuniu_shared.migrations).
REPLACES = ("meetings_0001_rooms_meetings_todos", "meetings_0002_no_overlapping_bookings")


def upgrade() -> None:
    op.create_table(
        "meeting_access",
        sa.Column("meeting_id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", "kind", "key"),
    )
    op.create_index("ix_meeting_access_key", "meeting_access", ["kind", "key"], unique=False)
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("organiser", sa.String(length=100), nullable=False),
        sa.Column("organiser_department", sa.String(length=100), nullable=False),
        sa.Column("chair", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("room_id", sa.String(length=100), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("minutes_stage", sa.String(length=20), nullable=True),
        sa.Column("series_id", sa.String(length=100), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_meetings_starts_at", "meetings", ["starts_at", "id"], unique=False)
    op.create_table(
        "room_bookings",
        sa.Column("meeting_id", sa.String(length=100), nullable=False),
        sa.Column("room_id", sa.String(length=100), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id"),
    )
    op.create_index("ix_room_bookings_room_time", "room_bookings", ["room_id", "starts_at"], unique=False)
    op.create_table(
        "rooms",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("building", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column(
            "equipment",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "todos",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("meeting_id", sa.String(length=100), nullable=False),
        sa.Column("meeting_title", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("about", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("substitute", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("position", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_todos_person"), "todos", ["person"], unique=False)
    # On PostgreSQL the database itself refuses two overlapping rows of one room; SQLite has
    # one writer at a time, and the check before the insert, in the same transaction, is enough.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE room_bookings ADD CONSTRAINT room_bookings_no_overlap "
            "EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)"
        )


def downgrade() -> None:
    raise NotImplementedError("Shuniu's schema moves forward; restore a backup to go back")
