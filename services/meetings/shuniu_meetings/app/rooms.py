"""Rooms (会议室): registered once, then booked by meetings (adapters/bookings.py)."""

from __future__ import annotations

from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.web.commands import Outcome

from shuniu_meetings.adapters import read_model
from shuniu_meetings.app.common import written_body
from shuniu_meetings.domain.parts import RoomInHand
from shuniu_meetings.domain.room import Room


async def register_room(
    uow: UnitOfWork, room_id: str, name: str, building: str, capacity: int, equipment: list[str]
) -> Outcome:
    room = await uow.load_or_new(Room, room_id)
    written = await uow.save(room, room.register(name, building, capacity, equipment))
    await read_model.save_room(uow.connection, room)
    return 201, written_body(written)


async def room_in_hand(uow: UnitOfWork, room_id: str) -> RoomInHand:
    room = await uow.load_or_new(Room, room_id)
    if not room.exists:
        raise InvalidInput(f"没有编号为 {room_id} 的会议室", f"there is no room {room_id}", field="room_id")
    return RoomInHand(room.id, room.name, room.capacity)
