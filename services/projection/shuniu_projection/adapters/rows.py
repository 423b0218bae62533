"""Writing read-model rows: insert-or-update by primary key, the same on PostgreSQL and SQLite."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection


async def upsert(connection: AsyncConnection, table: Table, values: dict[str, Any]) -> None:
    """Insert the row, or update the columns given if its primary key is already there."""
    insert = postgres_insert if connection.dialect.name == "postgresql" else sqlite_insert
    keys = [column.name for column in table.primary_key.columns]
    statement = insert(table).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    if changes:
        await connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes))
    else:
        await connection.execute(statement.on_conflict_do_nothing(index_elements=keys))


async def update(connection: AsyncConnection, table: Table, key: dict[str, Any], **values: Any) -> None:
    """Change a row that an earlier event of the same stream created (events of a stream arrive in
    order, so it is there; if it is not, the event belongs to an object this view does not track)."""
    condition = [table.c[name] == value for name, value in key.items()]
    await connection.execute(table.update().where(*condition).values(**values))
