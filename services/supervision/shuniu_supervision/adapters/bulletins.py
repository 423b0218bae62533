"""第N期 of the 情况通报, per year, continuous: the 发文字号 counter's way (documents'
adapters/numbers.py has the whole argument). The row of the year is incremented by one upsert in
the transaction that records the bulletin, so two issues at once serialise on the row and neither
repeats the other's number, and an issue that fails rolls its increment back: no gap.

The task ids of the period come from the read model, the tasks themselves from their histories.
Each bulletin issued keeps a row for the list, newest first, with the bulletin's own audience.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

from shuniu_shared.commands import Actor
from shuniu_shared.database import admitted, next_in_counter
from shuniu_shared.directory import Directory
from sqlalchemy import and_, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.adapters.tables import bulletin_counters, bulletins_table, tasks_table
from shuniu_supervision.domain.bulletin import Bulletin


async def next_bulletin_number(connection: AsyncConnection, year: int) -> int:
    return await next_in_counter(connection, bulletin_counters, {"year": year})


async def save_bulletin_row(connection: AsyncConnection, bulletin: Bulletin) -> None:
    """An issued bulletin never changes: one row, inserted with its events."""
    issued = bulletin.issued
    assert issued is not None
    await connection.execute(
        insert(bulletins_table).values(
            bulletin_id=bulletin.id,
            year=issued.year,
            number=issued.number,
            title=issued.title,
            period_start=issued.period_start,
            period_end=issued.period_end,
            issued_on=issued.issued_on,
            audience=bulletin.audience().as_dict(),
        )
    )


def visible_bulletins(
    connection: AsyncConnection, actor: Actor, directory: Directory, before: dict[str, Any] | None
) -> AsyncIterator[Any]:
    """The bulletins this person may see, newest first (the year's 第N期 descending), from after
    `before` (a page's cursor), each admitted by `Actor.sees` on the bulletin's own audience."""
    t = bulletins_table
    query = select(t).order_by(t.c.year.desc(), t.c.number.desc())
    if before is not None:
        year, number = before["year"], before["number"]
        query = query.where(or_(t.c.year < year, and_(t.c.year == year, t.c.number < number)))
    return admitted(connection, query, actor, directory)


async def tasks_opened_by(connection: AsyncConnection, day: date) -> list[str]:
    """Every task opened on or before `day` (the bulletin replays each to that day)."""
    query = (
        select(tasks_table.c.task_id).where(tasks_table.c.opened_on <= day).order_by(tasks_table.c.task_id)
    )
    return list((await connection.execute(query)).scalars())
