"""Rooms (会议室): registered once, then booked by meetings (adapters/bookings.py)."""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Reading, Written

from shuniu_meetings.adapters import read_model
from shuniu_meetings.domain.parts import RoomInHand
from shuniu_meetings.domain.room import Room


@dataclass(frozen=True)
class RegisterRoom(Command):  # 登记会议室
    room_id: str
    name: str
    building: str
    capacity: int
    equipment: list[str]


async def register_room(command: RegisterRoom, uow: UnitOfWork, actor: Actor) -> Written:
    room = await uow.load_or_new(Room, command.room_id)
    written = await uow.save(
        room, room.register(command.name, command.building, command.capacity, command.equipment)
    )
    await read_model.save_room(uow.connection, room)
    return written


async def room_in_hand(uow: Reading, room_id: str) -> RoomInHand:
    room = await uow.load_or_new(Room, room_id)
    if not room.exists:
        raise InvalidInput(f"没有编号为 {room_id} 的会议室", f"there is no room {room_id}", field="room_id")
    return RoomInHand(room.id, room.name, room.capacity)
