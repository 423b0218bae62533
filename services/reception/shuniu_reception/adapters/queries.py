"""Keyset pages over the read models: stable while rows are added, and cheap at any depth."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from shuniu_shared.web.commands import PageRequest, encode_cursor
from sqlalchemy import Column, Select, or_
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection


async def keyset_page(
    connection: AsyncConnection, query: Select[Any], order: Column[Any], key: Column[Any], page: PageRequest
) -> tuple[list[Row[Any]], str | None]:
    """One page of `query` ordered by (`order`, `key`) after the cursor, and the next page's cursor."""
    if page.after is not None:
        last_order, last_key = _decode(order, page.after.get("o")), page.after.get("k")
        query = query.where(or_(order > last_order, (order == last_order) & (key > last_key)))
    rows = list(await connection.execute(query.order_by(order, key).limit(page.limit + 1)))
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    last = rows[-1]._mapping
    return rows, encode_cursor({"o": _encode(last[order]), "k": last[key]})


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _decode(column: Column[Any], value: Any) -> Any:
    kind = column.type.python_type
    if isinstance(value, str) and kind in (date, datetime):
        return kind.fromisoformat(value)
    return value
