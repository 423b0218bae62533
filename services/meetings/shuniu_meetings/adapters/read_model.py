"""The lists people read: meetings they may see, rooms, and their to-do lists (待办).

Written inline, in the transaction of the command that changed the meeting, so a list never lags
behind the caller's own write; a meeting's detail is read from its stream instead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shuniu_shared.classification import Classification
from shuniu_shared.database import upsert
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written
from sqlalchemy import Select, and_, delete, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_meetings.adapters.tables import STORED_AS, meeting_access, meetings, rooms, todos
from shuniu_meetings.domain.access import EVERY_MEETINGS_AUDIENCE, Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.room import Room


async def save_room(connection: AsyncConnection, room: Room) -> None:
    await upsert(
        connection,
        rooms,
        {
            "id": room.id,
            "name": room.name,
            "building": room.building,
            "capacity": room.capacity,
            "equipment": room.equipment,
        },
    )


async def save_meeting(connection: AsyncConnection, meeting: Meeting, written: Written) -> None:
    assert meeting.slot is not None
    await upsert(
        connection,
        meetings,
        {
            "id": meeting.id,
            "title": meeting.title,
            "kind": meeting.kind,
            "organiser": meeting.organiser,
            "organiser_department": meeting.organiser_department,
            "chair": meeting.chair,
            "starts_at": meeting.slot.starts_at.astimezone(UTC),
            "ends_at": meeting.slot.ends_at.astimezone(UTC),
            "room_id": meeting.room.id if meeting.room else None,
            "stage": meeting.stage.value,
            "classification": meeting.classification,
            "minutes_stage": meeting.minutes.stage.value if meeting.minutes else None,
            "series_id": meeting.series_id,
            "version": written.version,
            "position": written.position,
        },
    )
    # The list is filtered by the audience's own grants, row for row, so that it shows exactly the
    # meetings whose GET answers 200 (tests/meetings/test_audience.py checks every demo person).
    audience = meeting.audience_apart_from_minutes()
    await connection.execute(delete(meeting_access).where(meeting_access.c.meeting_id == meeting.id))
    rows = [
        {"meeting_id": meeting.id, "kind": kind, "key": key}
        for grant, kind in STORED_AS.items()
        for key in sorted(getattr(audience, grant) - getattr(EVERY_MEETINGS_AUDIENCE, grant))
    ]
    await connection.execute(meeting_access.insert(), rows)


async def add_todos(connection: AsyncConnection, rows: list[dict[str, Any]]) -> None:
    if rows:
        await connection.execute(todos.insert(), rows)


async def close_todos(
    connection: AsyncConnection,
    meeting_id: str,
    now: datetime,
    *,
    person: str | None = None,
    kinds: tuple[str, ...],
) -> None:
    """Mark open items of a meeting done (all of them, or one person's), e.g. a notice once replied to."""
    query = update(todos).where(
        todos.c.meeting_id == meeting_id, todos.c.done_at.is_(None), todos.c.kind.in_(kinds)
    )
    if person is not None:
        query = query.where(todos.c.person == person)
    await connection.execute(query.values(done_at=now))


def visible_meetings(viewer: Viewer, directory: Directory) -> Select[Any]:
    """Meetings the viewer may see: `Audience.admits` in SQL, over the grants `save_meeting` keeps
    and those every meeting's audience names. `viewer.departments` are the departments the viewer
    lies within, as `Directory.is_within` walks them; the 密级 is the meeting's own (its audience
    apart from the minutes)."""
    cleared = [level.value for level in Classification if level <= viewer.clearance]
    query = select(meetings).where(meetings.c.classification.in_(cleared))
    if viewer.sees(EVERY_MEETINGS_AUDIENCE, directory):
        return query
    kind, key = meeting_access.c.kind, meeting_access.c.key
    named = select(meeting_access.c.meeting_id).where(
        or_(
            and_(kind == STORED_AS["people"], key == viewer.id),
            and_(kind == STORED_AS["roles"], key.in_(sorted(viewer.roles))),
            and_(kind == STORED_AS["members_of"], key == viewer.department),
            and_(kind == STORED_AS["departments"], key.in_(viewer.departments)),
        )
    )
    return query.where(meetings.c.id.in_(named))


async def visible_among(
    connection: AsyncConnection, viewer: Viewer, directory: Directory, meeting_ids: list[str]
) -> set[str]:
    """Which of these meetings the viewer may see (a room's schedule titles only those)."""
    query = visible_meetings(viewer, directory).where(meetings.c.id.in_(meeting_ids))
    return {row.id for row in await connection.execute(query)}


async def list_meetings(
    connection: AsyncConnection,
    viewer: Viewer,
    directory: Directory,
    *,
    start: datetime | None,
    end: datetime | None,
    after: dict[str, Any] | None,
    limit: int,
) -> list[Any]:
    query = visible_meetings(viewer, directory)
    if start is not None:
        query = query.where(meetings.c.ends_at > start.astimezone(UTC))
    if end is not None:
        query = query.where(meetings.c.starts_at < end.astimezone(UTC))
    if after is not None:
        query = query.where(
            tuple_(meetings.c.starts_at, meetings.c.id) > tuple_(after["starts_at"], after["id"])
        )
    return list(await connection.execute(query.order_by(meetings.c.starts_at, meetings.c.id).limit(limit)))


async def list_rooms(connection: AsyncConnection) -> list[Any]:
    return list(await connection.execute(select(rooms).order_by(rooms.c.id)))


async def room_exists(connection: AsyncConnection, room_id: str) -> bool:
    return await connection.scalar(select(rooms.c.id).where(rooms.c.id == room_id)) is not None


async def open_todos(connection: AsyncConnection, person: str) -> list[Any]:
    query = (
        select(todos)
        .where(todos.c.person == person, todos.c.done_at.is_(None))
        .order_by(todos.c.starts_at, todos.c.id)
    )
    return list(await connection.execute(query))


async def mark_todo_done(connection: AsyncConnection, person: str, todo_id: int, now: datetime) -> bool:
    result = await connection.execute(
        update(todos)
        .where(todos.c.id == todo_id, todos.c.person == person, todos.c.done_at.is_(None))
        .values(done_at=now)
    )
    return result.rowcount == 1
