"""Command handlers: each loads what it needs, lets the domain decide, and saves the events together
with the service's own rows (booking, read model, to-do list, deadline) in one unit of work.

Every handler returns an `Outcome` (status and JSON body with the object's id, version and
position), which `run_command` sends back and stores for an Idempotency-Key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from shuniu_shared.clock import office_date
from shuniu_shared.deadlines import Deadline, cancel, schedule
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import UnitOfWork, Written
from shuniu_shared.web.commands import Outcome, check_version

from shuniu_meetings.adapters import bookings, read_model
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.events import LeaveRequested
from shuniu_meetings.domain.meeting import Invitee, Meeting, RoomInHand, Slot
from shuniu_meetings.domain.room import Room, RoomTaken
from shuniu_meetings.domain.values import Capacity, Classification, Response

MEETING_ENDED = "meeting.ended"  # deadline kind: mark who is absent when the meeting ends


def end_deadline_key(meeting_id: str) -> str:
    return f"{meeting_id}:ended"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def viewer_of(sub: str, dept: str, roles: frozenset[str], clearance: str, directory: Directory) -> Viewer:
    """The caller with the chain of departments they belong to (秘书科 → 办公室 → 县政府)."""
    chain: list[str] = []
    current: str | None = dept
    while current is not None and current not in chain:
        chain.append(current)
        known = directory.departments.get(current)
        current = known.parent if known else None
    return Viewer(sub, tuple(chain), roles, clearance)


def written_body(written: Written, **extra: Any) -> dict[str, Any]:
    return {"id": written.stream_id, "version": written.version, "position": written.position, **extra}


# --- rooms ------------------------------------------------------------------------------------------


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


# --- scheduling ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingPlan:
    title: str
    kind: str
    organiser_department: str
    chair: str
    slot: Slot
    room_id: str | None
    classification: Classification = "none"


async def schedule_meeting(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, plan: MeetingPlan, now: datetime
) -> Outcome:
    meeting = Meeting(new_id("mtg"))
    events = _plan_events(meeting, directory, viewer, plan, now)
    room = await room_in_hand(uow, plan.room_id) if plan.room_id else None
    if room is not None:
        holder = await bookings.try_book(
            uow.connection, room.id, meeting.id, plan.slot.starts_at, plan.slot.ends_at
        )
        if holder is not None:
            raise RoomTaken(room.name, holder.meeting_id, holder.title)
    written = await _save_new(uow, meeting, events, room)
    return 201, written_body(written)


async def schedule_series(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    plan: MeetingPlan,
    weeks: int,
    is_working_day: Any,
    now: datetime,
) -> Outcome:
    """A weekly meeting (每周办公会), booked occurrence by occurrence: the free ones are booked, each
    conflict is reported with the meeting that holds the room, and days off are skipped."""
    series_id = new_id("series")
    room = await room_in_hand(uow, plan.room_id) if plan.room_id else None
    booked, conflicts, days_off = [], [], []
    for week in range(weeks):
        shift = timedelta(weeks=week)
        slot = Slot(plan.slot.starts_at + shift, plan.slot.ends_at + shift)
        if not is_working_day(office_date(slot.starts_at)):
            days_off.append(office_date(slot.starts_at).isoformat())
            continue
        meeting = Meeting(new_id("mtg"))
        occurrence = MeetingPlan(**{**vars(plan), "slot": slot})
        events = _plan_events(meeting, directory, viewer, occurrence, now, series_id=series_id)
        if room is not None:
            holder = await bookings.try_book(
                uow.connection, room.id, meeting.id, slot.starts_at, slot.ends_at
            )
            if holder is not None:
                conflicts.append(
                    {
                        "starts_at": slot.starts_at.isoformat(),
                        "held_by": holder.meeting_id,
                        "held_by_title": holder.title,
                    }
                )
                continue
        written = await _save_new(uow, meeting, events, room)
        booked.append(written_body(written, starts_at=slot.starts_at.isoformat()))
    body = {"series_id": series_id, "booked": booked, "conflicts": conflicts, "days_off": days_off}
    return (201 if booked else 200), body


def _plan_events(
    meeting: Meeting,
    directory: Directory,
    viewer: Viewer,
    plan: MeetingPlan,
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
    await _schedule_end(uow, meeting)
    await read_model.save_meeting(uow.connection, meeting, written)
    return written


async def _schedule_end(uow: UnitOfWork, meeting: Meeting) -> None:
    assert meeting.slot is not None
    await schedule(
        uow.connection,
        Deadline(end_deadline_key(meeting.id), meeting.id, MEETING_ENDED, meeting.slot.ends_at),
    )


# --- changing a meeting ---------------------------------------------------------------------------------


async def load_visible(uow: UnitOfWork, meeting_id: str, viewer: Viewer) -> Meeting:
    """The meeting, or 404 for whoever may not see it, so that its existence does not leak."""
    meeting = await uow.load_or_new(Meeting, meeting_id)
    if not meeting.exists or not meeting.visible_to(viewer):
        raise NotFound(f"未找到会议 {meeting_id}", f"meeting {meeting_id} was not found")
    return meeting


async def load_managed(uow: UnitOfWork, meeting_id: str, viewer: Viewer, expected: int | None) -> Meeting:
    meeting = await load_visible(uow, meeting_id, viewer)
    if not meeting.managed_by(viewer):
        raise Forbidden(
            "只有会议承办人、主持人和办会人员可以操作",
            "only the organisers and the chair can do this",
            code="not_an_organiser",
        )
    check_version(meeting, expected)
    return meeting


async def commit(uow: UnitOfWork, meeting: Meeting, events: list[DomainEvent], **extra: Any) -> Outcome:
    written = await uow.save(meeting, events)
    await read_model.save_meeting(uow.connection, meeting, written)
    return 200, written_body(written, **extra)


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str
    materials: list[str] = field(default_factory=list)


async def add_agenda_item(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    item: AgendaItem,
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    presenter = directory.person(item.presenter, field="presenter")
    item_id = f"item-{len(meeting.agenda) + 1}"
    events = meeting.add_agenda_item(item_id, item.title, presenter.id, presenter.dept, item.materials)
    return await commit(uow, meeting, events, item_id=item_id)


async def invite(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    people: dict[str, Capacity],
    departments: dict[str, Capacity],
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    invitees = [
        Invitee(p.id, p.dept, capacity)
        for p, capacity in ((directory.person(pid, field="people"), c) for pid, c in people.items())
    ]
    for code in departments:
        directory.department(code, field="departments")
    return await commit(uow, meeting, meeting.invite(invitees, departments))


async def issue_notice(uow: UnitOfWork, viewer: Viewer, meeting_id: str, expected: int | None) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    return await commit(uow, meeting, meeting.issue_notice(viewer.id))


async def reschedule(
    uow: UnitOfWork,
    viewer: Viewer,
    meeting_id: str,
    slot: Slot,
    room_id: str | None,
    reason: str,
    now: datetime,
    expected: int | None,
) -> Outcome:
    """改期: the old booking is released and the new one taken in the same transaction."""
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    room_id = room_id or (meeting.room.id if meeting.room else None)
    room = await room_in_hand(uow, room_id) if room_id else None
    events = meeting.reschedule(slot, room, reason, now)
    await bookings.release(uow.connection, meeting.id)
    if room is not None:
        holder = await bookings.try_book(uow.connection, room.id, meeting.id, slot.starts_at, slot.ends_at)
        if holder is not None:
            raise RoomTaken(room.name, holder.meeting_id, holder.title)
    outcome = await commit(uow, meeting, events)
    await _schedule_end(uow, meeting)
    return outcome


async def cancel_meeting(
    uow: UnitOfWork, viewer: Viewer, meeting_id: str, reason: str, expected: int | None
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    events = meeting.cancel(reason)
    await bookings.release(uow.connection, meeting.id)
    await cancel(uow.connection, end_deadline_key(meeting.id))
    return await commit(uow, meeting, events)


# --- replies and sign-in ------------------------------------------------------------------------------


async def reply(
    uow: UnitOfWork, viewer: Viewer, meeting_id: str, response: Response, now: datetime
) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    return await commit(uow, meeting, meeting.reply(viewer, response, now))


async def request_leave(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    reason: str,
    substitute: str | None,
    now: datetime,
) -> Outcome:
    """请假: recorded, and on the chair's and organiser's to-do lists, in one transaction."""
    meeting = await load_visible(uow, meeting_id, viewer)
    if substitute is not None:
        directory.person(substitute, field="substitute")
    events = meeting.request_leave(viewer, reason, substitute, now)
    outcome = await commit(uow, meeting, events)
    leave = next(e for e in events if isinstance(e, LeaveRequested))
    await read_model.add_leave_to_todos(uow.connection, meeting.id, leave, now, outcome[1]["position"])
    return outcome


async def sign_in(uow: UnitOfWork, viewer: Viewer, meeting_id: str, now: datetime) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    events = meeting.sign_in(viewer, now)
    return await commit(uow, meeting, events, late=len(events) > 1)


async def mark_held(uow: UnitOfWork, viewer: Viewer, meeting_id: str, now: datetime) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, None)
    return await commit(uow, meeting, meeting.mark_held(viewer.id, now))


async def mark_absentees_at_end(deadline: Deadline, uow: UnitOfWork) -> None:
    """The deadline at a meeting's end: whoever was expected and neither came nor sent word is absent."""
    meeting = await uow.load_or_new(Meeting, deadline.stream_id)
    events = meeting.mark_absentees(uow.store.clock.now()) if meeting.exists else []
    if events:
        await commit(uow, meeting, events)


# --- minutes and resolutions ------------------------------------------------------------------------------


async def draft_minutes(
    uow: UnitOfWork,
    viewer: Viewer,
    meeting_id: str,
    classification: Classification,
    summary: str,
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    return await commit(uow, meeting, meeting.draft_minutes(viewer.id, classification, summary))


@dataclass(frozen=True)
class ResolutionPlan:
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


async def draft_resolution(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    plan: ResolutionPlan,
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    directory.department(plan.lead_department, field="lead_department")
    for code in plan.co_departments:
        directory.department(code, field="co_departments")
    resolution_id = f"r{len(meeting.resolutions) + 1}"
    events = meeting.draft_resolution(
        resolution_id, plan.title, plan.lead_department, plan.co_departments, plan.deadline
    )
    return await commit(uow, meeting, events, resolution_id=resolution_id)


async def approve_minutes(uow: UnitOfWork, viewer: Viewer, meeting_id: str, expected: int | None) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    check_version(meeting, expected)
    return await commit(uow, meeting, meeting.approve_minutes(viewer.id))


async def issue_minutes(uow: UnitOfWork, viewer: Viewer, meeting_id: str, expected: int | None) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    return await commit(uow, meeting, meeting.issue_minutes(viewer.id))
