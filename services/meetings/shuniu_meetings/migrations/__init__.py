"""The meetings database: the platform's tables, then this service's own (SQLite and PostgreSQL)."""

from __future__ import annotations

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables
from sqlalchemy.engine import Connection

from shuniu_meetings.adapters.bookings import EXCLUSION_CONSTRAINT
from shuniu_meetings.adapters.tables import metadata


def forbid_overlapping_bookings(connection: Connection) -> None:
    """On PostgreSQL the database itself refuses two overlapping bookings of one room (see
    adapters/bookings.py); SQLite has no exclusion constraints and is covered there instead."""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
    connection.exec_driver_sql(
        f"ALTER TABLE room_bookings ADD CONSTRAINT {EXCLUSION_CONSTRAINT} "
        "EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)"
    )


MIGRATIONS = [
    *PLATFORM_MIGRATIONS,
    Migration("meetings_0001_rooms_meetings_todos", create_tables(metadata)),
    Migration("meetings_0002_no_overlapping_bookings", forbid_overlapping_bookings),
]
