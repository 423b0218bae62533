"""值班表 and 值班记录's read-model rows, written in the transaction that saves the events they follow,
and read back by date for whoever the roster's or the entry's audience admits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

from shuniu_shared.commands import Actor
from shuniu_shared.database import admitted, upsert
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written
from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_duty.adapters.tables import duty_log_table, rosters_table, shifts_table
from shuniu_duty.domain.roster import DutyLogEntry, Roster

rosters, shifts, log = rosters_table, shifts_table, duty_log_table


async def write_roster_rows(connection: AsyncConnection, roster: Roster, written: Written) -> None:
    """The roster's row and one row per day, as the roster now stands (every step may change a day:
    an approved swap its people, a handover or its acknowledgement its 交接班)."""
    audience = roster.audience()
    assert audience is not None  # a planned roster always names one
    await upsert(
        connection,
        rosters,
        {
            "roster_id": roster.id,
            "first_day": roster.first_day,
            "last_day": roster.last_day,
            "audience": audience.as_dict(),
            "version": written.version,
            "position": written.position,
        },
    )
    days = []
    for day, plan in roster.shifts.items():
        leaders, officers = roster.on_duty(day)
        handover, acknowledged = roster.handovers.get(day), roster.acknowledged.get(day)
        swaps = [
            {
                "number": number,
                "person": swap.person,
                "substitute": swap.substitute,
                "reason": swap.reason,
                "approved": number in roster.approved,
            }
            for number, swap in roster.swaps.items()
            if swap.day == day
        ]
        days.append(
            {
                "roster_id": roster.id,
                "day": day,
                "leaders": leaders,
                "officers": officers,
                "reason": plan.reason,
                "swaps": swaps,
                "handed_over_by": handover.by if handover else None,
                "handed_over_at": handover.at if handover else None,
                "open_items": handover.open_items if handover else [],
                "acknowledge_by": handover.acknowledge_by if handover else None,
                "acknowledged_by": acknowledged.by if acknowledged else None,
                "acknowledged_at": acknowledged.at if acknowledged else None,
            }
        )
    await upsert(connection, shifts, days)


async def write_log_row(connection: AsyncConnection, entry: DutyLogEntry, written: Written) -> None:
    recorded, audience = entry.recorded, entry.audience()
    assert recorded is not None and audience is not None  # a recorded entry always names one
    await upsert(
        connection,
        log,
        {
            "entry_id": entry.id,
            "at": recorded.at,
            "caller": recorded.caller,
            "organisation": recorded.organisation,
            "said": recorded.said,
            "done": recorded.done,
            "told": recorded.told,
            "recorded_by": recorded.recorded_by,
            "audience": audience.as_dict(),
            "version": written.version,
            "position": written.position,
        },
    )


async def visible_rosters(
    connection: AsyncConnection, actor: Actor, directory: Directory, first_day: date, last_day: date
) -> list[tuple[Any, list[Any]]]:
    """The rosters overlapping the days from `first_day` to `last_day` that this person may see,
    earliest first, each with its rows of those days."""
    query = (
        select(rosters)
        .where(rosters.c.first_day <= last_day, rosters.c.last_day >= first_day)
        .order_by(rosters.c.first_day, rosters.c.roster_id)
    )
    seen = [row async for row in admitted(connection, query, actor, directory)]
    if not seen:
        return []
    days = await connection.execute(
        select(shifts)
        .where(
            shifts.c.roster_id.in_([row.roster_id for row in seen]),
            shifts.c.day.between(first_day, last_day),
        )
        .order_by(shifts.c.day)
    )
    by_roster: dict[str, list[Any]] = {row.roster_id: [] for row in seen}
    for day in days:
        by_roster[day.roster_id].append(day)
    return [(row, by_roster[row.roster_id]) for row in seen]


async def visible_handovers(
    connection: AsyncConnection, actor: Actor, directory: Directory, day: date
) -> list[Any]:
    """The shifts of `day` that handed over, on the rosters this person may see."""
    query = (
        select(shifts, rosters.c.audience, rosters.c.version)
        .join(rosters, rosters.c.roster_id == shifts.c.roster_id)
        .where(shifts.c.day == day, shifts.c.handed_over_at.is_not(None))
        .order_by(shifts.c.handed_over_at, shifts.c.roster_id)
    )
    return [row async for row in admitted(connection, query, actor, directory)]


async def shifts_of(connection: AsyncConnection, roster_ids: list[str], day: date) -> dict[str, Any]:
    """The rows of `day` of these rosters, by roster: the shift that takes over a handover."""
    query = select(shifts).where(shifts.c.roster_id.in_(roster_ids), shifts.c.day == day)
    return {row.roster_id: row for row in await connection.execute(query)}


async def visible_log_entries(
    connection: AsyncConnection,
    actor: Actor,
    directory: Directory,
    *,
    start: datetime,
    end: datetime,
    after: dict[str, Any] | None = None,
) -> AsyncIterator[Any]:
    """The duty log entries from `start` to before `end` this person may see, in the order they
    happened, from after `after` (a page's cursor)."""
    query = select(log).where(log.c.at >= start, log.c.at < end).order_by(log.c.at, log.c.entry_id)
    if after is not None:
        at, id = after["at"], after["id"]
        query = query.where(or_(log.c.at > at, and_(log.c.at == at, log.c.entry_id > id)))
    async for row in admitted(connection, query, actor, directory):
        yield row
