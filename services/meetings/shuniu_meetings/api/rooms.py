"""Rooms (会议室) and their free/busy time for a day or a week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.errors import InvalidInput, NotFound
from shuniu_shared.web.commands import run_command, runtime_of
from shuniu_shared.web.params import OfficeDate

from shuniu_meetings.adapters import bookings, read_model
from shuniu_meetings.api.common import CurrentViewer, RoomKeeper
from shuniu_meetings.app import common, rooms
from shuniu_meetings.domain.room import EVERYONE_IN_THE_OFFICE

router = APIRouter(tags=["rooms"])

OFFICE_HOURS = (time(8, 0), time(18, 0))  # free time is shown within these (Beijing time)


class RegisterRoom(BaseModel):
    id: str | None = Field(None, pattern=r"^room-[a-z0-9-]{1,60}$", description="如 room-changwu；缺省时生成")
    name: str = Field(min_length=1, max_length=200, description="名称，如 常务会议室")
    building: str = Field(min_length=1, max_length=200, description="所在楼宇，如 县政府大楼")
    capacity: int = Field(ge=1, le=2000, description="容纳人数")
    equipment: list[str] = Field(default_factory=list, description="设备，如 投影仪、视频会议")


@router.post("/rooms", status_code=201, summary="登记会议室 / register a room")
async def register_room(request: Request, body: RegisterRoom, actor: RoomKeeper) -> JSONResponse:
    command = rooms.RegisterRoom(
        body.id or common.new_id("room"), body.name, body.building, body.capacity, body.equipment
    )
    return await run_command(request, command, rooms.register_room, actor, status=201)


@router.get("/rooms", summary="会议室列表 / rooms")
async def list_rooms(request: Request, viewer: CurrentViewer) -> dict[str, Any]:
    runtime = runtime_of(request)
    if not viewer.sees(EVERYONE_IN_THE_OFFICE, runtime.directory):
        return {"items": []}
    async with runtime.store.engine.connect() as connection:
        rows = await read_model.list_rooms(connection)
    return {"items": [dict(row._mapping) for row in rows]}


@router.get("/rooms/{room_id}/schedule", summary="会议室某日或某周的占用与空闲 / free/busy for a day or week")
async def room_schedule(
    request: Request,
    room_id: str,
    viewer: CurrentViewer,
    day: Annotated[OfficeDate | None, Query(description="某日（北京时间）")] = None,
    week: Annotated[OfficeDate | None, Query(description="该日所在的一周（周一至周日）")] = None,
) -> dict[str, Any]:
    if (day is None) == (week is None):
        raise InvalidInput("请给出 day 或 week 之一", "give either day or week", field="day")
    if day is not None:
        days = [day]
    else:
        assert week is not None
        monday = week - timedelta(days=week.weekday())
        days = [monday + timedelta(days=n) for n in range(7)]
    start = datetime.combine(days[0], time(0), OFFICE_TZ)
    end = datetime.combine(days[-1] + timedelta(days=1), time(0), OFFICE_TZ)
    runtime = runtime_of(request)
    sees_rooms = viewer.sees(EVERYONE_IN_THE_OFFICE, runtime.directory)
    async with runtime.store.engine.connect() as connection:
        if not (sees_rooms and await read_model.room_exists(connection, room_id)):
            raise NotFound(f"没有会议室 {room_id}", f"there is no room {room_id}")
        busy = await bookings.busy(connection, room_id, start, end)
        # Only that the room is taken and by which meeting id (as a refused booking says), unless the
        # caller may open that meeting: a schedule titles exactly the meetings whose GET answers them.
        shown = await read_model.visible_among(
            connection, viewer, runtime.directory, [b.meeting_id for b in busy]
        )
    return {
        "room_id": room_id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "busy": [
            {
                "meeting_id": b.meeting_id,
                "title": b.title if b.meeting_id in shown else None,
                "starts_at": b.starts_at.isoformat(),
                "ends_at": b.ends_at.isoformat(),
            }
            for b in busy
        ],
        "free": [gap for d in days for gap in _free_within_office_hours(d, busy)],
    }


def _free_within_office_hours(day: date, busy: list[bookings.Busy]) -> list[dict[str, str]]:
    cursor = datetime.combine(day, OFFICE_HOURS[0], OFFICE_TZ)
    closing = datetime.combine(day, OFFICE_HOURS[1], OFFICE_TZ)
    gaps = []
    for b in busy:
        if b.ends_at <= cursor or b.starts_at >= closing:
            continue
        if b.starts_at > cursor:
            gaps.append(
                {"starts_at": cursor.isoformat(), "ends_at": b.starts_at.astimezone(OFFICE_TZ).isoformat()}
            )
        cursor = max(cursor, b.ends_at.astimezone(OFFICE_TZ))
    if cursor < closing:
        gaps.append({"starts_at": cursor.isoformat(), "ends_at": closing.isoformat()})
    return gaps
