"""会议室: a room of the building that meetings book. Who holds it when lives in the bookings table
(adapters/bookings.py), because "no two bookings overlap" is a rule across meetings, not of one."""

from __future__ import annotations

from datetime import UTC, datetime

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.directory import ROLES
from shuniu_shared.errors import InvalidInput, OutOfTurn

from shuniu_meetings.domain.events import RoomRegistered

# A room is office equipment: anyone of the office may see it and when it is free, whoever books it.
# Its events carry its name, building, capacity and equipment — never a meeting (a booking is the
# meeting's event, with the meeting's audience). Everyone is named by every role of the directory:
# each person of the office holds at least one, and someone who holds none could not book a room.
EVERYONE_IN_THE_OFFICE = Audience.of(roles=sorted(ROLES))


class Room(Aggregate):  # 会议室
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.name = ""
        self.building = ""
        self.capacity = 0
        self.equipment: list[str] = []

    def audience(self) -> Audience:
        return EVERYONE_IN_THE_OFFICE

    def register(self, name: str, building: str, capacity: int, equipment: list[str]) -> list[RoomRegistered]:
        if self.exists:
            raise OutOfTurn(
                f"会议室 {self.id} 已登记", f"room {self.id} is already registered", code="room_exists"
            )
        if capacity < 1:
            raise InvalidInput("容纳人数至少为 1", "the capacity must be at least 1", field="capacity")
        return [RoomRegistered(name=name, building=building, capacity=capacity, equipment=equipment)]

    def when_registered(self, event: RoomRegistered) -> None:
        self.name, self.building = event.name, event.building
        self.capacity, self.equipment = event.capacity, list(event.equipment)


class RoomTaken(OutOfTurn):
    """Bookings never overlap: the answer names the meeting that holds the room.

    Besides the message, the problem body carries ``held_by``: the holder's ``meeting_id``, its
    ``starts_at`` and ``ends_at`` (RFC 3339, UTC) and, if the caller may open the holder (else the
    caller passes no title), its ``title`` — so a client can offer the next free slot without parsing
    the text."""

    code = "room_taken"  # a conflict with the meeting that holds the room, answered as OutOfTurn is

    def __init__(
        self, room_name: str, holder_id: str, holder_title: str | None, starts_at: datetime, ends_at: datetime
    ) -> None:
        title = f"「{holder_title}」" if holder_title else ""
        start, end = (t.astimezone(OFFICE_TZ) for t in (starts_at, ends_at))
        span = f"{start:%m-%d %H:%M}–{end:%H:%M}"
        held_by = {
            "meeting_id": holder_id,
            "starts_at": starts_at.astimezone(UTC).isoformat(),
            "ends_at": ends_at.astimezone(UTC).isoformat(),
        }
        if holder_title:
            held_by["title"] = holder_title
        super().__init__(
            f"{room_name}在该时段已被会议{title}（{holder_id}，{span}）占用",
            f"{room_name} is held at that time by meeting {holder_id} {holder_title or ''} ({span})",
            held_by=held_by,
        )
        self.holder_id = holder_id
