"""Every event the meetings service records and publishes, as ``shuniu.meetings.<aggregate>.<event>.v1``.

Instants are aware datetimes (RFC 3339 in UTC on the wire), dates are Asia/Shanghai civil dates.
`meeting.resolution_adopted` is a cross-service contract (docs/contracts.md): supervision opens one
task per event, so its fields change only with a new version.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from shuniu_shared.classification import ClassificationName
from shuniu_shared.events import DomainEvent, EventRegistry, EventValue

from shuniu_meetings.domain.values import Capacity, Response

registry = EventRegistry("meetings")


@registry.event("room.registered")
class RoomRegistered(DomainEvent):
    """登记会议室：名称、楼宇、容量与设备 / a meeting room was registered."""

    name: str
    building: str
    capacity: int
    equipment: list[str]


@registry.event("meeting.scheduled")
class MeetingScheduled(DomainEvent):
    """召集会议：定下类别、承办人、主持人、时间与密级 / a meeting was called."""

    title: str
    kind: str
    organiser: str  # the person who arranges it (会议承办人)
    organiser_department: str
    chair: str  # 主持人
    chair_department: str
    starts_at: datetime
    ends_at: datetime
    classification: ClassificationName
    series_id: str | None = None  # occurrences of one recurring meeting share it


@registry.event("meeting.room_booked")
class RoomBooked(DomainEvent):
    """预订会议室：会议在其时间内占用会议室 / the meeting took a room for its time."""

    room_id: str
    room_name: str
    room_capacity: int
    starts_at: datetime
    ends_at: datetime


@registry.event("meeting.room_released")
class RoomReleased(DomainEvent):
    """释放会议室：改期或取消时交还会议室 / the meeting gave its room back (rescheduled or cancelled)."""

    room_id: str
    starts_at: datetime
    ends_at: datetime
    reason: str


@registry.event("meeting.agenda_item_added")
class AgendaItemAdded(DomainEvent):
    """议程：增加一项议程，含汇报人与材料 / an agenda item was added, with its presenter and materials."""

    item_id: str
    title: str
    presenter: str  # 汇报人
    presenter_department: str
    materials: list[str]


@registry.event("meeting.person_invited")
class PersonInvited(DomainEvent):
    """邀请个人：以出席或列席身份邀请一人 / a person was invited to attend or to sit in."""

    person: str
    department: str
    capacity: Capacity


@registry.event("meeting.department_invited")
class DepartmentInvited(DomainEvent):
    """邀请部门：部门派员参会，其成员各自答复、签到 / a department was invited; its members reply and sign in."""

    department: str
    capacity: Capacity


@registry.event("meeting.notice_issued")
class NoticeIssued(DomainEvent):
    """会议通知：通知发给全体受邀个人与部门 / the meeting notice went to every invited person and department."""

    issued_by: str
    starts_at: datetime
    ends_at: datetime
    room_id: str | None
    notified_people: list[str]
    notified_departments: list[str]


@registry.event("meeting.rescheduled")
class Rescheduled(DomainEvent):
    """改期：会议改到新的时间（或会议室），通知全体受邀人 / the meeting was moved, and every invitee told."""

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
    """取消：会议取消，通知全体受邀人 / the meeting was cancelled, and every invitee told."""

    reason: str
    notified_people: list[str]
    notified_departments: list[str]


@registry.event("meeting.replied")
class Replied(DomainEvent):
    """回复：受邀人回复参加或不参加 / an invitee replied that they will or will not attend."""

    person: str
    department: str
    response: Response
    capacity: Capacity


@registry.event("meeting.leave_requested")
class LeaveRequested(DomainEvent):
    """请假：载明承办人与主持人，二人即时见于待办 / an invitee asked for leave; organiser and chair see it at once."""

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
class SignedIn(DomainEvent):
    """签到：参会人本人或代会人签到 / someone signed in at the meeting, in person or as a substitute."""

    person: str
    department: str
    capacity: Capacity
    at: datetime
    substitute_for: str | None = None


@registry.event("meeting.marked_late")
class MarkedLate(DomainEvent):
    """迟到：签到晚于宽限时间 / a sign-in came after the grace period."""

    person: str
    minutes_late: int


@registry.event("meeting.marked_absent")
class MarkedAbsent(DomainEvent):
    """缺席：应到者未签到、未请假、未派人代会 / someone expected neither came, asked leave, nor sent anyone."""

    person: str


@registry.event("meeting.held")
class Held(DomainEvent):
    """召开：会议记为已召开 / the meeting was recorded as held."""

    recorded_by: str
    at: datetime


@registry.event("meeting.minutes_drafted")
class MinutesDrafted(DomainEvent):
    """起草纪要：记录人起草或重拟会议纪要 / the recorder drafted (or redrafted) the minutes."""

    recorder: str  # 记录人
    classification: ClassificationName
    summary: str


@registry.event("meeting.resolution_drafted")
class ResolutionDrafted(DomainEvent):
    """议定事项（草稿）：纪要草稿中的一项议定事项 / a resolution was drafted with the minutes."""

    resolution_id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


@registry.event("meeting.minutes_approved")
class MinutesApproved(DomainEvent):
    """审定：主持人审定纪要 / the chair approved the minutes."""

    approved_by: str


@registry.event("meeting.resolution_adopted")
class ResolutionAdopted(DomainEvent):
    """议定事项通过：每项一个事件，督办据此立项（契约）/ a resolution was adopted; supervision opens a task for each."""

    meeting_id: str
    meeting_title: str
    meeting_kind: str
    resolution_id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    decided_by: str
    classification: ClassificationName
    adopted_on: date


class AttendanceLine(EventValue):
    """One line of a block of the minutes (a person, their department, a remark); not an event."""

    person: str
    department: str
    note: str = ""


@registry.event("meeting.minutes_issued")
class MinutesIssued(DomainEvent):
    """印发纪要：出席、请假、列席、缺席各栏按当时定稿 / the minutes were issued, attendance fixed as it stood."""

    issued_by: str
    chair: str
    attended: list[AttendanceLine]  # 出席
    on_leave: list[AttendanceLine]  # 请假
    observers: list[AttendanceLine]  # 列席
    absent: list[AttendanceLine]  # 缺席
    recorder: str  # 记录


@registry.event("meeting.resolution_supervised")
class ResolutionSupervised(DomainEvent):
    """督办中：督查室已就议定事项立项 / supervision opened a task for a resolution."""

    resolution_id: str
    task_id: str


@registry.event("meeting.resolution_completed")
class ResolutionCompleted(DomainEvent):
    """已办结：议定事项的督办经核实办结 / supervision closed a resolution's task, with the verified result."""

    resolution_id: str
    task_id: str
    result: str
    closed_on: date | None


# 领导活动安排 — leaders' schedules (docs/rules.md §11). One activity is one stream, so each carries
# its own 密级: a classified meeting on a leader's day is shown only to those cleared for it.
ActivityKind = Literal["meeting", "visit", "trip", "outing", "receiving", "research", "away", "incident"]


class ActivitySource(EventValue):
    """Where an activity came from: a meeting here, a visit or a trip at reception, a research visit
    at supervision (the topic's id), an incident on duty; none when the office entered it."""

    service: Literal["meetings", "reception", "supervision", "duty"]  # supervision: a research visit (调研)
    id: str


@registry.event("activity.planned")
class ActivityPlanned(DomainEvent):
    """安排领导活动：会议、会见、外出、调研等进入领导日程 / an activity went onto a leader's schedule."""

    leader: str
    kind: ActivityKind  # 会议 / 会见来访 / 用车外出 / 外出 / 会见 / 调研 / 外出报备 / 突发事件处置
    title: str
    place: str
    starts_at: datetime
    ends_at: datetime
    classification: ClassificationName
    source: ActivitySource | None
    planned_by: str | None  # None: compiled from another event (its source)


@registry.event("activity.moved")
class ActivityMoved(DomainEvent):
    """活动改期 / the activity moved to another time (its meeting was rescheduled)."""

    starts_at: datetime
    ends_at: datetime


@registry.event("activity.cancelled")
class ActivityCancelled(DomainEvent):
    """活动取消 / the activity is off the schedule."""

    reason: str


@registry.event("activity.double_booked")
class DoubleBooked(DomainEvent):
    """日程冲突预警：同一领导同一时间另有活动，提请办公室协调 / the leader is booked elsewhere at the same
    time: a warning to the office, once for each pair of activities, before it happens."""

    leader: str
    other_activity: str | None  # None: the other is classified above this one, and is not named
    other_title: str
    overlap_starts_at: datetime
    overlap_ends_at: datetime
    overlap_minutes: int


class WeekLine(EventValue):
    leader: str
    day: date
    starts_at: datetime
    ends_at: datetime
    kind: ActivityKind
    title: str
    place: str


@registry.event("schedule_week.published")
class WeekPublished(DomainEvent):
    """印发领导活动安排表：本周各位领导的（非涉密）活动 / the week's table of the leaders' activities was
    published, without what is classified."""

    monday: date
    lines: list[WeekLine]
    published_by: str
