"""The reception service's schema: the platform's tables first, then its own."""

from __future__ import annotations

from shuniu_shared.migrations import PLATFORM_MIGRATIONS, Migration, create_tables
from sqlalchemy.engine import Connection

from shuniu_reception.adapters.tables import metadata


def exclude_overlapping_dispatches(connection: Connection) -> None:
    """No vehicle in two overlapping trips, enforced by PostgreSQL itself: two dispatchers who both
    checked and found the car free cannot both insert. (SQLite has one writer at a time; there the
    check before the insert, inside the write transaction, is enough.)"""
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gist")
    connection.exec_driver_sql(
        "ALTER TABLE vehicle_dispatches ADD CONSTRAINT vehicle_dispatches_no_overlap "
        "EXCLUDE USING gist (vehicle_id WITH =, tstzrange(starts_at, ends_at) WITH &&)"
    )


MIGRATIONS = [
    *PLATFORM_MIGRATIONS,
    Migration("reception_0001_tables", create_tables(metadata)),
    Migration("reception_0002_no_overlapping_dispatch", exclude_overlapping_dispatches),
]
