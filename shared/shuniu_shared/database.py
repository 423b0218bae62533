"""One async engine per service database, on PostgreSQL (asyncpg) or SQLite (aiosqlite)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Dialect, Executable, Select, Table, TypeDecorator, bindparam, event, text
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from shuniu_shared.audience import Audience, Viewer
from shuniu_shared.directory import Directory

ADMITTED_BATCH = 200  # rows read at a time while a list looks for those the reader may see
WRITES = "shuniu_writes"  # execution option of a connection opened to write (see _begin_sqlite)


def is_postgres(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "postgresql"


def create_engine(url: str, **options: Any) -> AsyncEngine:
    options.setdefault("json_serializer", partial(json.dumps, ensure_ascii=False))  # Chinese stays readable
    # A failed statement's error quotes its parameters ("[parameters: ('110101…', …)]"), and that text
    # reaches the error log with the traceback: parameters are names, ID numbers, what a petitioner
    # wrote. The statement alone is enough to find the bug.
    options.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, **options)
        event.listen(engine.sync_engine, "connect", _tune_sqlite)
        event.listen(engine.sync_engine, "begin", _begin_sqlite)
        return engine
    options.setdefault("pool_size", 20)
    options.setdefault("max_overflow", 10)
    # No pre-ping: it costs a round trip on every checkout. A connection broken by a database restart
    # fails its next statement, is invalidated, and the pool replaces it.
    options.setdefault("pool_recycle", 1800)
    return create_async_engine(url, **options)


async def upsert(
    connection: AsyncConnection,
    table: Table,
    rows: dict[str, Any] | list[dict[str, Any]],
    *,
    kept: frozenset[str] = frozenset(),
) -> None:
    """Insert a row (or many with the same columns, in one round trip), or update the columns given
    — except those `kept` as first written — where its primary key is already there; the same on
    PostgreSQL and SQLite.

    The statement is built once per table and set of columns and then executed with each row's values:
    building it afresh per row (its ``excluded`` alias, its cache key) cost more than executing it —
    profiled, half of a projection rebuild and a quarter of a documents command."""
    many = rows if isinstance(rows, list) else [rows]
    if many:
        statement = _upsert(table, tuple(many[0]), kept, connection.dialect.name)
        await connection.execute(statement, rows)


async def copy_rows(connection: AsyncConnection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many new rows with the same columns in the connection's transaction: by COPY on
    PostgreSQL, several times faster than a multi-row INSERT for the thousands of rows of a rebuild's
    chunk (no statement to parse, no parameters to bind), and as one executemany on SQLite."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        await connection.execute(table.insert(), rows)
        return
    columns = tuple(rows[0])
    bind = _bind_processors(table, columns, connection.dialect)
    records = [
        tuple(
            value if (process := bind[i]) is None or value is None else process(value)
            for i, value in enumerate(row[name] for name in columns)
        )
        for row in rows
    ]
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None, "a connection in a transaction has its driver's"
    await driver.copy_records_to_table(table.name, records=records, columns=columns)


@cache
def _bind_processors(table: Table, columns: tuple[str, ...], dialect: Dialect) -> tuple[Any, ...]:
    """What SQLAlchemy would do to each value before the driver sees it (an Instant in UTC, JSON to
    its text), so COPY stores what an INSERT would."""
    return tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns)


async def admitted(
    connection: AsyncConnection, query: Select[Any], viewer: Viewer, directory: Directory
) -> AsyncIterator[Any]:
    """The rows of `query` (in its order) whose kept `audience` column admits the viewer, the
    object's own rule as its owner stored it. Whom a row is shown to is a walk up the directory,
    which SQL cannot do, so rows are read ADMITTED_BATCH at a time and filtered here."""
    offset = 0
    while True:
        rows = (await connection.execute(query.limit(ADMITTED_BATCH).offset(offset))).all()
        for row in rows:
            audience = Audience.stored(row.audience)
            if audience is not None and viewer.sees(audience, directory):
                yield row
        if len(rows) < ADMITTED_BATCH:
            return
        offset += ADMITTED_BATCH


async def next_in_counter(connection: AsyncConnection, counter: Table, key: dict[str, Any]) -> int:
    """The next number of the counter row `key` (its primary key; the row's ``last`` column counts),
    held by this transaction until it commits or rolls back: continuous, never duplicated, never
    skipped, on PostgreSQL and SQLite alike. Why one upsert gives that, and what would break it, is
    written out in services/documents/shuniu_documents/adapters/numbers.py (发文字号, its first user)."""
    insert = postgres_insert if connection.dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(counter)
        .values(**key, last=1)
        .on_conflict_do_update(index_elements=list(key), set_={"last": counter.c.last + 1})
        .returning(counter.c.last)
    )
    return int((await connection.execute(statement)).scalar_one())


@cache
def _upsert(table: Table, columns: tuple[str, ...], kept: frozenset[str], dialect: str) -> Executable:
    insert = postgres_insert if dialect == "postgresql" else sqlite_insert
    keys = [column.name for column in table.primary_key.columns]
    statement = insert(table).values({name: bindparam(name) for name in columns})
    changes = {name: statement.excluded[name] for name in columns if name not in keys and name not in kept}
    if changes:
        return statement.on_conflict_do_update(index_elements=keys, set_=changes)
    return statement.on_conflict_do_nothing(index_elements=keys)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers go on while one writer commits; the busy timeout makes a second writer
    # wait for the first instead of failing at once (SQLite has one writer at a time).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # A deleted row's bytes are overwritten with zeros, not left in the freed space of the page:
    # "forget this person" deletes a key that must then be gone from the file, not merely unlinked
    # (the reception's scrub then checkpoints the log; docs/services/reception.md).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
    # The driver would otherwise begin transactions itself, lazily, at the first write — so two
    # transactions could both read "no overlapping booking" and then both write. SQLAlchemy begins
    # them instead (below), and a unit of work begins with the write lock in hand.
    dbapi_connection.isolation_level = None


def _begin_sqlite(connection: Any) -> None:
    """``BEGIN IMMEDIATE`` for a unit of work: it takes SQLite's one write lock before it reads, so a
    check-then-write (a free room, a free car, the next number) cannot be raced by another writer,
    which waits for the lock (busy timeout) instead. Plain reads begin deferred and never wait."""
    immediate = connection.get_execution_options().get(WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))


class Instant(TypeDecorator[datetime]):
    """An aware UTC instant on every database: PostgreSQL keeps the zone, SQLite would drop it, so
    values are stored in UTC and come back with the zone put back."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime  # TypeDecorator would say `object`; a list's cursor types its fields by it

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("an Instant needs an aware datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)
