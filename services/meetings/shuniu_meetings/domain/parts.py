"""The parts a meeting is made of: its time slot, its room, invitees, replies, attendance, minutes
and resolutions — plain values the Meeting aggregate holds and its events rebuild."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from shuniu_shared.classification import ClassificationName
from shuniu_shared.errors import InvalidInput

from shuniu_meetings.domain.events import AttendanceLine, MinutesIssued
from shuniu_meetings.domain.values import Capacity, FollowUp, MinutesStage, Response


@dataclass(frozen=True)
class Slot:
    """When a meeting takes place: [starts_at, ends_at)."""

    starts_at: datetime
    ends_at: datetime

    def __post_init__(self) -> None:
        if self.starts_at.tzinfo is None or self.ends_at.tzinfo is None:
            raise InvalidInput("时间须带时区", "times need a time zone", field="starts_at")
        if self.ends_at <= self.starts_at:
            raise InvalidInput(
                "结束时间须晚于开始时间", "the meeting must end after it starts", field="ends_at"
            )
        # Kept in UTC: events carry UTC (docs/contracts.md), and SQLite compares stored instants as text.
        object.__setattr__(self, "starts_at", self.starts_at.astimezone(UTC))
        object.__setattr__(self, "ends_at", self.ends_at.astimezone(UTC))


@dataclass(frozen=True)
class RoomInHand:
    id: str
    name: str
    capacity: int


@dataclass(frozen=True)
class Invitee:
    person: str
    department: str
    capacity: Capacity


@dataclass
class Reply:
    response: Response | None  # None: a leave request (请假)
    department: str
    reason: str = ""
    substitute: str | None = None

    @property
    def is_leave(self) -> bool:
        return self.response is None


@dataclass
class Attendance:
    department: str
    capacity: Capacity
    at: datetime
    minutes_late: int = 0
    substitute_for: str | None = None


@dataclass
class Resolution:  # 决议 / 议定事项
    id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    adopted: bool = False
    follow_up: FollowUp = FollowUp.NOT_OPENED
    task_id: str | None = None
    result: str | None = None
    closed_on: date | None = None


@dataclass
class Minutes:  # 纪要
    recorder: str
    classification: ClassificationName
    summary: str
    stage: MinutesStage = MinutesStage.DRAFTED
    approved_by: str | None = None
    issued: MinutesIssued | None = None


@dataclass(frozen=True)
class AttendanceBlocks:
    """The minutes' blocks, derived from invitations, replies and sign-in."""

    chair: str
    attended: list[AttendanceLine] = field(default_factory=list)  # 出席
    on_leave: list[AttendanceLine] = field(default_factory=list)  # 请假
    observers: list[AttendanceLine] = field(default_factory=list)  # 列席
    absent: list[AttendanceLine] = field(default_factory=list)  # 缺席
    recorder: str | None = None  # 记录
