"""Keyset pages over the read models: stable while rows are added, and cheap at any depth."""

from __future__ import annotations

from typing import Any

from shuniu_shared.web.commands import Keyset, PageRequest
from sqlalchemy import Column, Select, or_
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection


async def keyset_page(
    connection: AsyncConnection, query: Select[Any], order: Column[Any], key: Column[Any], page: PageRequest
) -> tuple[list[Row[Any]], str | None]:
    """One page of `query` ordered by (`order`, `key`) after the cursor, and the next page's cursor."""
    keyset = Keyset(o=order.type.python_type, k=key.type.python_type)
    after = keyset.after(page)
    if after is not None:
        last_order, last_key = after["o"], after["k"]
        query = query.where(or_(order > last_order, (order == last_order) & (key > last_key)))
    rows = list(await connection.execute(query.order_by(order, key).limit(page.limit + 1)))
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    last = rows[-1]._mapping
    return rows, keyset.cursor(o=last[order], k=last[key])
