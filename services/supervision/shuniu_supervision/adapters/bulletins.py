"""第N期 of the 情况通报, per year, continuous: the 发文字号 counter's way (documents'
adapters/numbers.py has the whole argument). The row of the year is incremented by one upsert in
the transaction that records the bulletin, so two issues at once serialise on the row and neither
repeats the other's number, and an issue that fails rolls its increment back: no gap.

The task ids of the period come from the read model, the tasks themselves from their histories.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.adapters.tables import bulletin_counters, tasks_table


async def next_bulletin_number(connection: AsyncConnection, year: int) -> int:
    insert = postgres_insert if connection.dialect.name == "postgresql" else sqlite_insert
    upsert = (
        insert(bulletin_counters)
        .values(year=year, last=1)
        .on_conflict_do_update(index_elements=["year"], set_={"last": bulletin_counters.c.last + 1})
        .returning(bulletin_counters.c.last)
    )
    return int((await connection.execute(upsert)).scalar_one())


async def tasks_opened_by(connection: AsyncConnection, day: date) -> list[str]:
    """Every task opened on or before `day` (the bulletin replays each to that day)."""
    query = (
        select(tasks_table.c.task_id).where(tasks_table.c.opened_on <= day).order_by(tasks_table.c.task_id)
    )
    return list((await connection.execute(query)).scalars())
