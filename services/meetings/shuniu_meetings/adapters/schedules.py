"""The leaders' schedules as rows: written with each activity's events, read by the double-booking
check (every live activity of the leader that overlaps) and by the week's table (what the reader may
see, by the audience each row keeps: the activity's own rule)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from shuniu_shared.audience import Audience
from shuniu_shared.database import upsert
from shuniu_shared.directory import Directory
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_meetings.adapters.tables import leader_activities as t
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.parts import Slot
from shuniu_meetings.domain.schedule import Activity, Booked

SCHEDULE_LOCKS = (
    7_311_003  # the two-key advisory locks of leaders' schedules (as adapters/bookings.py's rooms)
)
_LEADER_LOCK = text(f"SELECT pg_advisory_xact_lock({SCHEDULE_LOCKS}, hashtext(:leader))")


async def save_activity(connection: AsyncConnection, activity: Activity) -> None:
    assert activity.slot is not None
    await upsert(
        connection,
        t,
        {
            "activity_id": activity.id,
            "leader": activity.leader,
            "kind": activity.kind,
            "title": activity.title,
            "place": activity.place,
            "starts_at": activity.slot.starts_at,
            "ends_at": activity.slot.ends_at,
            "classification": activity.classification,
            "audience": activity.audience().as_dict(),
            "cancelled": int(activity.cancelled),
        },
    )


async def booked_during(connection: AsyncConnection, leader: str, slot: Slot) -> list[Booked]:
    """The leader's live activities that overlap the slot ([starts_at, ends_at) against each other)."""
    rows = await connection.execute(
        select(t).where(
            t.c.leader == leader,
            t.c.cancelled == 0,
            t.c.starts_at < slot.ends_at,
            t.c.ends_at > slot.starts_at,
        )
    )
    return [Booked(r.activity_id, r.title, Slot(r.starts_at, r.ends_at), r.classification) for r in rows]


async def lock_leader(connection: AsyncConnection, leader: str) -> None:
    """Two bookings for one leader at once queue here (PostgreSQL), so that the second sees the first
    and warns of the clash — a row lock would not do, since the first booking has no row to lock;
    SQLite's writers take turns anyway."""
    if connection.dialect.name == "postgresql":
        await connection.execute(_LEADER_LOCK, {"leader": leader})


async def visible_between(
    connection: AsyncConnection,
    viewer: Viewer,
    directory: Directory,
    start: datetime,
    end: datetime,
    leaders: Sequence[str] = (),
) -> list[Any]:
    """The live activities starting in [start, end) that the viewer may see, in time order."""
    query = select(t).where(t.c.cancelled == 0, t.c.starts_at >= start, t.c.starts_at < end)
    if leaders:
        query = query.where(t.c.leader.in_(leaders))
    rows = (await connection.execute(query.order_by(t.c.starts_at, t.c.activity_id))).all()
    return [row for row in rows if viewer.sees(Audience.from_dict(row.audience), directory)]
