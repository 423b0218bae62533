"""Schema migrations: an ordered list per service, each applied once, recorded in the database.

A service's ``migrations/`` package lists ``PLATFORM_MIGRATIONS`` first and then its own. Several
replicas may start at once, so on PostgreSQL the runner holds an advisory lock while it works.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, MetaData, String, Table, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_shared.database import is_postgres
from shuniu_shared.deadlines import deadlines_metadata
from shuniu_shared.eventstore import OUTBOX_TRIGGER, platform_metadata
from shuniu_shared.web.commands import idempotency_metadata

MIGRATION_LOCK = 7_311_001  # arbitrary, constant: the advisory lock key of the migration runner

_bookkeeping = MetaData()
applied_migrations = Table(
    "schema_migrations",
    _bookkeeping,
    Column("id", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), server_default=func.now()),
)


@dataclass(frozen=True)
class Migration:
    id: str
    apply: Callable[[Connection], None]


def create_tables(metadata: MetaData) -> Callable[[Connection], None]:
    return lambda connection: metadata.create_all(connection)


def create_platform_tables(connection: Connection) -> None:
    platform_metadata.create_all(connection)
    deadlines_metadata.create_all(connection)
    idempotency_metadata.create_all(connection)
    for statement in OUTBOX_TRIGGER[connection.dialect.name]:
        connection.exec_driver_sql(statement)


PLATFORM_MIGRATIONS = [Migration("0001_event_store_outbox_inbox", create_platform_tables)]


async def migrate(engine: AsyncEngine, migrations: Sequence[Migration]) -> list[str]:
    """Apply what is missing, in order; return the ids applied now."""
    async with engine.begin() as connection:
        if is_postgres(engine):
            await connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        await connection.run_sync(_bookkeeping.create_all)
        done = set((await connection.execute(select(applied_migrations.c.id))).scalars())
        applied = []
        for migration in migrations:
            if migration.id not in done:
                await connection.run_sync(migration.apply)
                await connection.execute(applied_migrations.insert().values(id=migration.id))
                applied.append(migration.id)
        return applied
