"""谁在值班 / who is on duty now and next (docs/rules.md §7), from the duty service's published roster
events: `roster.planned` (each day's 带班领导 and 值班员), `roster.swap_requested` and
`roster.swap_approved` (换班, standing once the director approves it), `shift.handed_over` and
`shift.handover_acknowledged` (交接班).

A shift is a roster's civil day in Beijing, as the duty service reckons it (its alerts take the
shift of `day` as running that whole date). The board shows the shift of today and of tomorrow; a
day no roster the reader may see covers, or one without a leader or an officer, is a gap (空岗); a
handover listed and not acknowledged is shown as waiting, and as overdue past its time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.rows import update
from shuniu_projection.adapters.tables import roster_handovers, roster_shifts, roster_swaps
from shuniu_projection.app.dashboards import Reader, visible
from shuniu_projection.app.views import Reactions

on_duty = Reactions()


@on_duty.on("duty.roster.planned")
async def roster_planned(e: Envelope, c: AsyncConnection) -> None:
    rows = [
        {
            "stream_id": e.subject,
            "day": shift["day"],
            "leaders": shift["leaders"],
            "officers": shift["officers"],
            "reason": shift.get("reason"),
            "planned_at": e.time,
        }
        for shift in e.data["shifts"]
    ]
    await upsert(c, roster_shifts, rows)


@on_duty.on("duty.roster.swap_requested")
async def swap_requested(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        roster_swaps,
        {
            "stream_id": e.subject,
            "number": d["number"],
            "day": d["day"],
            "person": d["person"],
            "substitute": d["substitute"],
            "approved": False,
        },
        kept=frozenset({"approved"}),  # a redelivered request does not undo its approval
    )


@on_duty.on("duty.roster.swap_approved")
async def swap_approved(e: Envelope, c: AsyncConnection) -> None:
    await update(c, roster_swaps, {"stream_id": e.subject, "number": e.data["number"]}, approved=True)


@on_duty.on("duty.shift.handed_over")
async def handed_over(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    await upsert(
        c,
        roster_handovers,
        {
            "stream_id": e.subject,
            "day": d["day"],
            "by": d["by"],
            "open_items": d["open_items"],
            "at": datetime.fromisoformat(d["at"]),
            "acknowledge_by": datetime.fromisoformat(d["acknowledge_by"]),
        },
    )


@on_duty.on("duty.shift.handover_acknowledged")
async def handover_acknowledged(e: Envelope, c: AsyncConnection) -> None:
    d = e.data
    key = {"stream_id": e.subject, "day": d["day"]}
    await update(
        c, roster_handovers, key, acknowledged_by=d["by"], acknowledged_at=datetime.fromisoformat(d["at"])
    )


async def on_duty_board(c: AsyncConnection, reader: Reader) -> dict[str, Any]:
    """谁在值班: the shift on now and the next one, each with the handover it takes over from."""
    today = reader.today
    days = [today, today + timedelta(days=1)]
    named = [day.isoformat() for day in days]
    shifts = await visible(c, reader, roster_shifts, "duty", roster_shifts.c.day.in_(named))
    swaps = await visible(
        c, reader, roster_swaps, "duty", roster_swaps.c.approved.is_(True), roster_swaps.c.day.in_(named)
    )
    handed = [(today - timedelta(days=1)).isoformat(), named[0]]  # into today's shift, and out of it
    handovers = await visible(c, reader, roster_handovers, "duty", roster_handovers.c.day.in_(handed))
    now, upcoming = (_shift(day, shifts, swaps, handovers, reader) for day in days)
    return {"at": reader.now.isoformat(), "now": now, "next": upcoming}


def _shift(
    day: date, shifts: list[Row[Any]], swaps: list[Row[Any]], handovers: list[Row[Any]], reader: Reader
) -> dict[str, Any]:
    """One day's shift: of the rosters covering it (the duty service does not forbid two to
    overlap), the one planned last, the office's latest word; with its approved swaps applied —
    each swap puts its substitute in the place of the person who asked, a later approved swap of the
    same person winning, as the roster's own `on_duty` applies them."""
    planned = sorted((row for row in shifts if row.day == day.isoformat()), key=lambda row: row.planned_at)
    if not planned:
        return {"day": day.isoformat(), "planned": False, "gap": True, "leaders": [], "officers": []}
    shift = planned[-1]
    swapped = {
        s.person: s.substitute
        for s in sorted(swaps, key=lambda s: s.number)
        if s.stream_id == shift.stream_id and s.day == shift.day
    }
    leaders = [swapped.get(p, p) for p in shift.leaders]
    officers = [swapped.get(p, p) for p in shift.officers]
    before = (day - timedelta(days=1)).isoformat()
    taken_over = next((h for h in handovers if h.stream_id == shift.stream_id and h.day == before), None)
    return {
        "day": day.isoformat(),
        "planned": True,
        "roster": shift.stream_id,
        "reason": shift.reason,
        "leaders": [_person(p, reader) for p in leaders],
        "officers": [_person(p, reader) for p in officers],
        "gap": not leaders or not officers,  # 空岗: the duty service alerts the director of it
        "handover": _handover(taken_over, reader) if taken_over else None,
    }


def _person(person: str, reader: Reader) -> dict[str, str]:
    return {"id": person, "name": reader.words(f"{{p:{person}}}")}


def _handover(row: Row[Any], reader: Reader) -> dict[str, Any]:
    acknowledged = row.acknowledged_at is not None
    return {
        "from_day": row.day,
        "by": _person(row.by, reader),
        "open_items": row.open_items,
        "at": row.at.isoformat(),
        "acknowledge_by": row.acknowledge_by.isoformat(),
        "acknowledged": acknowledged,
        "acknowledged_by": _person(row.acknowledged_by, reader) if acknowledged else None,
        "acknowledged_at": row.acknowledged_at.isoformat() if acknowledged else None,
        "overdue": not acknowledged and reader.now >= row.acknowledge_by,
    }
