"""Keyset pages over the read models: stable while rows are added, and cheap at any depth."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shuniu_shared.web.commands import Keyset, PageRequest
from sqlalchemy import Column, Select, or_
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

SCAN = 200  # rows read at a time while looking for the ones a caller may see


async def keyset_page(
    connection: AsyncConnection,
    query: Select[Any],
    order: Column[Any],
    key: Column[Any],
    page: PageRequest,
    *,
    shown: Callable[[Row[Any]], bool] = lambda row: True,
) -> tuple[list[Row[Any]], str | None]:
    """One page of the rows of `query` that are `shown` to the caller, ordered by (`order`, `key`)
    after the cursor, and the next page's cursor (None when no shown row is left).

    Whom a row is shown to is the object's audience, which SQL cannot evaluate (a department
    "within" another is a walk up the directory), so rows are read `SCAN` at a time and filtered
    here until the page is full. A cursor is the last *shown* row's key: it never points past a
    row the caller may see, and names nothing they may not."""
    keyset = Keyset(o=order.type.python_type, k=key.type.python_type)
    after = keyset.after(page)
    batch = max(page.limit + 1, SCAN)
    rows: list[Row[Any]] = []
    while len(rows) <= page.limit:
        scan = query
        if after is not None:
            last_order, last_key = after["o"], after["k"]
            scan = scan.where(or_(order > last_order, (order == last_order) & (key > last_key)))
        read = list(await connection.execute(scan.order_by(order, key).limit(batch)))
        rows += [row for row in read if shown(row)]
        if len(read) < batch:
            break
        after = _position(keyset, read[-1], order, key)
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    last = rows[-1]._mapping
    return rows, keyset.cursor(o=last[order], k=last[key])


def _position(keyset: Keyset, row: Row[Any], order: Column[Any], key: Column[Any]) -> dict[str, Any] | None:
    """Where a scan stopped, read back as a caller's cursor is (an instant in UTC, with its zone,
    whatever form the database returned it in)."""
    mapping = row._mapping
    return keyset.after(PageRequest(keyset.cursor(o=mapping[order], k=mapping[key]), 1))
