"""Changing read-model rows: `update` a row an earlier event made (upsert is the platform's:
shuniu_shared.database.upsert). Built once per table and set of columns, for the same reason."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Executable, Table, bindparam
from sqlalchemy.ext.asyncio import AsyncConnection

KEY_PREFIX = "key_"  # the parameters naming the row an update changes, apart from its new values


async def update(connection: AsyncConnection, table: Table, key: dict[str, Any], **values: Any) -> None:
    """Change a row that an earlier event of the same stream created (events of a stream arrive in
    order, so it is there; if it is not, the event belongs to an object this view does not track)."""
    parameters = values | {KEY_PREFIX + name: value for name, value in key.items()}
    await connection.execute(_update(table, tuple(key), tuple(values)), parameters)


@cache
def _update(table: Table, key: tuple[str, ...], columns: tuple[str, ...]) -> Executable:
    return (
        table.update()
        .where(*[table.c[name] == bindparam(KEY_PREFIX + name) for name in key])
        .values({name: bindparam(name) for name in columns})
    )
