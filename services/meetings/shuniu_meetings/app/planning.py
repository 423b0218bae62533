"""Planning a meeting: scheduling (one, or a weekly series booked week by week), the agenda,
invitations and the notice, rescheduling and cancelling — each with its room booking in the same
transaction as its events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import office_date
from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.deadlines import cancel
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, InvalidInput
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Written

from shuniu_meetings.adapters import bookings, read_model
from shuniu_meetings.app.common import (
    OnMeeting,
    commit,
    end_deadline_key,
    load_managed,
    new_id,
    schedule_end,
    viewer_of,
)
from shuniu_meetings.app.rooms import room_in_hand
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.parts import Invitee, RoomInHand, Slot
from shuniu_meetings.domain.room import RoomTaken
from shuniu_meetings.domain.values import Capacity


@dataclass(frozen=True)
class ScheduleMeeting(Command):  # 安排会议
    title: str
    kind: str  # 党组会、常务会、办公会、专题会……
    organiser_department: str
    chair: str  # 主持人
    slot: Slot
    room_id: str | None
    classification: ClassificationName = "none"
    at: datetime | None = field(default=None, kw_only=True)  # now, unless recorded after the fact


@dataclass(frozen=True)
class ScheduleSeries(Command):  # 安排每周例会: the first meeting, and again every week
    first: ScheduleMeeting
    weeks: int


@dataclass(frozen=True)
class AddAgendaItem(OnMeeting):  # 增加议程
    title: str
    presenter: str  # 汇报人
    materials: list[str]


@dataclass(frozen=True)
class Invite(OnMeeting):  # 邀请（出席或列席）
    people: dict[str, Capacity]
    departments: dict[str, Capacity]


@dataclass(frozen=True)
class IssueNotice(OnMeeting):  # 发出会议通知
    pass


@dataclass(frozen=True)
class Reschedule(OnMeeting):  # 改期
    slot: Slot
    room_id: str | None  # the same room when not named
    reason: str


@dataclass(frozen=True)
class CancelMeeting(OnMeeting):  # 取消会议
    reason: str


async def schedule_meeting(command: ScheduleMeeting, uow: UnitOfWork, actor: Actor) -> Written:
    viewer = viewer_of(actor, uow.directory)
    meeting = Meeting(new_id("mtg"))
    events = _plan_events(meeting, uow.directory, viewer, command, command.at or uow.clock.now())
    room = await room_in_hand(uow, command.room_id) if command.room_id else None
    if room is not None:
        holder = await bookings.try_book(
            uow.connection, room.id, meeting.id, command.slot.starts_at, command.slot.ends_at
        )
        if holder is not None:
            raise await _room_taken(uow, viewer, room, holder)
    return await _save_new(uow, meeting, events, room)


async def schedule_series(command: ScheduleSeries, uow: UnitOfWork, actor: Actor) -> Written:
    """A weekly meeting (每周办公会), booked occurrence by occurrence: the free ones are booked, each
    conflict is reported with the meeting that holds the room, and days off are skipped. What it
    wrote is the series: no stream of its own (version 0), the position of its last meeting."""
    viewer = viewer_of(actor, uow.directory)
    series_id = new_id("series")
    first = command.first
    room = await room_in_hand(uow, first.room_id) if first.room_id else None
    booked: list[dict[str, object]] = []
    conflicts: list[dict[str, str | None]] = []
    days_off: list[str] = []
    position = 0
    for week in range(command.weeks):
        shift = timedelta(weeks=week)
        slot = Slot(first.slot.starts_at + shift, first.slot.ends_at + shift)
        if not uow.calendar.is_working_day(office_date(slot.starts_at)):
            days_off.append(office_date(slot.starts_at).isoformat())
            continue
        meeting = Meeting(new_id("mtg"))
        occurrence = replace(first, slot=slot)
        events = _plan_events(
            meeting, uow.directory, viewer, occurrence, first.at or uow.clock.now(), series_id=series_id
        )
        if room is not None:
            holder = await bookings.try_book(
                uow.connection, room.id, meeting.id, slot.starts_at, slot.ends_at
            )
            if holder is not None:
                conflicts.append(
                    {
                        "starts_at": slot.starts_at.isoformat(),
                        "held_by": holder.meeting_id,
                        "held_by_title": await _title_for(uow, viewer, holder),
                    }
                )
                continue
        written = await _save_new(uow, meeting, events, room)
        position = written.position
        booked.append(written.telling(starts_at=slot.starts_at.isoformat()).answer())
    return Written(series_id, 0, position).telling(
        series_id=series_id, booked=booked, conflicts=conflicts, days_off=days_off
    )


async def _title_for(uow: UnitOfWork, viewer: Viewer, holder: bookings.Holder) -> str | None:
    """The title of the meeting that holds the room, for whoever may open that meeting; for anyone
    else only that the room is taken (a booking refused must not tell what a GET would hide)."""
    meeting = await uow.load_or_new(Meeting, holder.meeting_id)
    return meeting.title if meeting.exists and meeting.visible_to(viewer, uow.directory) else None


async def _room_taken(
    uow: UnitOfWork, viewer: Viewer, room: RoomInHand, holder: bookings.Holder
) -> RoomTaken:
    title = await _title_for(uow, viewer, holder)
    return RoomTaken(room.name, holder.meeting_id, title, holder.starts_at, holder.ends_at)


def _plan_events(
    meeting: Meeting,
    directory: Directory,
    viewer: Viewer,
    plan: ScheduleMeeting,
    now: datetime,
    series_id: str | None = None,
) -> list[DomainEvent]:
    directory.department(plan.organiser_department, field="organiser_department")
    chair = directory.person(plan.chair, field="chair")
    if not (viewer.in_office or "leader" in viewer.roles or viewer.belongs_to(plan.organiser_department)):
        raise Forbidden(
            "只能为本部门安排会议（办公室和县领导除外）",
            "you can organise meetings for your own department only (the office and leaders for any)",
            code="not_your_department",
        )
    if not viewer.cleared_for(plan.classification):
        raise InvalidInput(
            "不能安排超出本人密级的会议",
            "you cannot call a meeting classified above your clearance",
            field="classification",
        )
    return meeting.schedule(
        title=plan.title,
        kind=plan.kind,
        organiser=viewer.id,
        organiser_department=plan.organiser_department,
        chair=chair.id,
        chair_department=chair.dept,
        chair_clearance=chair.clearance,
        slot=plan.slot,
        classification=plan.classification,
        now=now,
        series_id=series_id,
    )


async def _save_new(
    uow: UnitOfWork, meeting: Meeting, events: list[DomainEvent], room: RoomInHand | None
) -> Written:
    written = await uow.save(meeting, events)
    if room is not None:
        written = await uow.save(meeting, meeting.book_room(room))
    assert meeting.slot is not None
    await schedule_end(uow, meeting)
    await read_model.save_meeting(uow.connection, meeting, written)
    return written


async def add_agenda_item(command: AddAgendaItem, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    presenter = uow.directory.person(command.presenter, field="presenter")
    item_id = f"item-{len(meeting.agenda) + 1}"
    events = meeting.add_agenda_item(item_id, command.title, presenter.id, presenter.dept, command.materials)
    return await commit(uow, uow.directory, meeting, events, item_id=item_id)


async def invite(command: Invite, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    invitees = [
        Invitee(p.id, p.dept, capacity)
        for p, capacity in (
            (uow.directory.person(pid, field="people"), c) for pid, c in command.people.items()
        )
    ]
    for code in command.departments:
        uow.directory.department(code, field="departments")
    return await commit(uow, uow.directory, meeting, meeting.invite(invitees, command.departments))


async def issue_notice(command: IssueNotice, uow: UnitOfWork, actor: Actor) -> Written:
    """会议通知: on the list of every invitee, and of every member of a department invited as a whole."""
    meeting = await load_managed(uow, command, actor)
    return await commit(uow, uow.directory, meeting, meeting.issue_notice(actor.person))


async def reschedule(command: Reschedule, uow: UnitOfWork, actor: Actor) -> Written:
    """改期: the old booking is released and the new one taken in the same transaction."""
    meeting = await load_managed(uow, command, actor)
    room_id = command.room_id or (meeting.room.id if meeting.room else None)
    room = await room_in_hand(uow, room_id) if room_id else None
    events = meeting.reschedule(command.slot, room, command.reason, command.at or uow.clock.now())
    await bookings.release(uow.connection, meeting.id)
    if room is not None:
        holder = await bookings.try_book(
            uow.connection, room.id, meeting.id, command.slot.starts_at, command.slot.ends_at
        )
        if holder is not None:
            raise await _room_taken(uow, viewer_of(actor, uow.directory), room, holder)
    written = await commit(uow, uow.directory, meeting, events)
    await schedule_end(uow, meeting)
    return written


async def cancel_meeting(command: CancelMeeting, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    events = meeting.cancel(command.reason)
    await bookings.release(uow.connection, meeting.id)
    await cancel(uow.connection, end_deadline_key(meeting.id))
    return await commit(uow, uow.directory, meeting, events)
