"""Every event the meetings service records and publishes, as ``shuniu.meetings.<aggregate>.<event>.v1``.

Instants are aware datetimes (RFC 3339 in UTC on the wire), dates are Asia/Shanghai civil dates.
`meeting.resolution_adopted` is a cross-service contract (docs/contracts.md): supervision opens one
task per event, so its fields change only with a new version.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict
from shuniu_shared.events import DomainEvent, EventRegistry

from shuniu_meetings.domain.values import Capacity, Classification, Response

registry = EventRegistry("meetings")


@registry.event("room.registered")
class RoomRegistered(DomainEvent):
    name: str
    building: str
    capacity: int
    equipment: list[str]


@registry.event("meeting.scheduled")
class MeetingScheduled(DomainEvent):
    title: str
    kind: str
    organiser: str  # the person who arranges it (会议承办人)
    organiser_department: str
    chair: str  # 主持人
    chair_department: str
    starts_at: datetime
    ends_at: datetime
    classification: Classification
    series_id: str | None = None  # occurrences of one recurring meeting share it


@registry.event("meeting.room_booked")
class RoomBooked(DomainEvent):
    room_id: str
    room_name: str
    room_capacity: int
    starts_at: datetime
    ends_at: datetime


@registry.event("meeting.room_released")
class RoomReleased(DomainEvent):
    room_id: str
    starts_at: datetime
    ends_at: datetime
    reason: str


@registry.event("meeting.agenda_item_added")
class AgendaItemAdded(DomainEvent):
    item_id: str
    title: str
    presenter: str  # 汇报人
    presenter_department: str
    materials: list[str]


@registry.event("meeting.person_invited")
class PersonInvited(DomainEvent):
    person: str
    department: str
    capacity: Capacity


@registry.event("meeting.department_invited")
class DepartmentInvited(DomainEvent):
    """The department sends whom it chooses; its members reply and sign in as themselves."""

    department: str
    capacity: Capacity


@registry.event("meeting.notice_issued")
class NoticeIssued(DomainEvent):  # 会议通知
    issued_by: str
    starts_at: datetime
    ends_at: datetime
    room_id: str | None
    notified_people: list[str]
    notified_departments: list[str]


@registry.event("meeting.rescheduled")
class Rescheduled(DomainEvent):
    starts_at: datetime
    ends_at: datetime
    previous_starts_at: datetime
    previous_ends_at: datetime
    room_id: str | None
    reason: str
    notified_people: list[str]
    notified_departments: list[str]


@registry.event("meeting.cancelled")
class Cancelled(DomainEvent):
    reason: str
    notified_people: list[str]
    notified_departments: list[str]


@registry.event("meeting.replied")
class Replied(DomainEvent):
    person: str
    department: str
    response: Response
    capacity: Capacity


@registry.event("meeting.leave_requested")
class LeaveRequested(DomainEvent):  # 请假
    """Names the organiser and the chair so that both see it on their to-do lists at once."""

    person: str
    department: str
    reason: str
    substitute: str | None  # 代会人
    organiser: str
    organiser_department: str
    chair: str
    meeting_title: str
    starts_at: datetime


@registry.event("meeting.signed_in")
class SignedIn(DomainEvent):  # 签到
    person: str
    department: str
    capacity: Capacity
    at: datetime
    substitute_for: str | None = None


@registry.event("meeting.marked_late")
class MarkedLate(DomainEvent):  # 迟到
    person: str
    minutes_late: int


@registry.event("meeting.marked_absent")
class MarkedAbsent(DomainEvent):  # 缺席
    person: str


@registry.event("meeting.held")
class Held(DomainEvent):
    recorded_by: str
    at: datetime


@registry.event("meeting.minutes_drafted")
class MinutesDrafted(DomainEvent):  # 纪要起草
    recorder: str  # 记录人
    classification: Classification
    summary: str


@registry.event("meeting.resolution_drafted")
class ResolutionDrafted(DomainEvent):  # 议定事项（草稿）
    resolution_id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


@registry.event("meeting.minutes_approved")
class MinutesApproved(DomainEvent):  # 审定
    approved_by: str


@registry.event("meeting.resolution_adopted")
class ResolutionAdopted(DomainEvent):
    """The contract supervision reads (docs/contracts.md); one event per resolution."""

    meeting_id: str
    meeting_title: str
    meeting_kind: str
    resolution_id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    decided_by: str
    classification: Classification
    adopted_on: date


class AttendanceLine(BaseModel):
    """One line of a block of the minutes (a person, their department, a remark); not an event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: str
    department: str
    note: str = ""


@registry.event("meeting.minutes_issued")
class MinutesIssued(DomainEvent):  # 印发
    issued_by: str
    chair: str
    attended: list[AttendanceLine]  # 出席
    on_leave: list[AttendanceLine]  # 请假
    observers: list[AttendanceLine]  # 列席
    absent: list[AttendanceLine]  # 缺席
    recorder: str  # 记录


@registry.event("meeting.resolution_supervised")
class ResolutionSupervised(DomainEvent):
    resolution_id: str
    task_id: str


@registry.event("meeting.resolution_completed")
class ResolutionCompleted(DomainEvent):
    resolution_id: str
    task_id: str
    result: str
    closed_on: date | None
