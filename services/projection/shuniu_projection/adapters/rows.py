"""Writing read-model rows: insert-or-update by primary key, the same on PostgreSQL and SQLite.

Every event writes a few rows, so the statements are built once per table and set of columns and
then executed with the row's values as parameters. Building a SQLAlchemy statement afresh for each
row (``insert(...).values(...)``, its ``excluded`` alias, its cache key) cost more than executing it:
profiled, about half of a rebuild's time.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Executable, Table, bindparam
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

KEY_PREFIX = "key_"  # the parameters naming the row an update changes, apart from its new values


async def upsert(connection: AsyncConnection, table: Table, values: dict[str, Any]) -> None:
    """Insert the row, or update the columns given if its primary key is already there."""
    await connection.execute(_upsert(table, tuple(values), connection.dialect.name), values)


async def upsert_all(connection: AsyncConnection, table: Table, rows: list[dict[str, Any]]) -> None:
    """`upsert` for many rows with the same columns, in one round trip."""
    if rows:
        await connection.execute(_upsert(table, tuple(rows[0]), connection.dialect.name), rows)


async def update(connection: AsyncConnection, table: Table, key: dict[str, Any], **values: Any) -> None:
    """Change a row that an earlier event of the same stream created (events of a stream arrive in
    order, so it is there; if it is not, the event belongs to an object this view does not track)."""
    parameters = values | {KEY_PREFIX + name: value for name, value in key.items()}
    await connection.execute(_update(table, tuple(key), tuple(values)), parameters)


@cache
def _upsert(table: Table, columns: tuple[str, ...], dialect: str) -> Executable:
    insert = postgres_insert if dialect == "postgresql" else sqlite_insert
    keys = [column.name for column in table.primary_key.columns]
    statement = insert(table).values({name: bindparam(name) for name in columns})
    changes = {name: statement.excluded[name] for name in columns if name not in keys}
    if changes:
        return statement.on_conflict_do_update(index_elements=keys, set_=changes)
    return statement.on_conflict_do_nothing(index_elements=keys)


@cache
def _update(table: Table, key: tuple[str, ...], columns: tuple[str, ...]) -> Executable:
    return (
        table.update()
        .where(*[table.c[name] == bindparam(KEY_PREFIX + name) for name in key])
        .values({name: bindparam(name) for name in columns})
    )
