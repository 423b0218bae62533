"""Planning a meeting: scheduling (one, or a weekly series booked week by week), the agenda,
invitations and the notice, rescheduling and cancelling — each with its room booking in the same
transaction as its events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from shuniu_shared.clock import office_date
from shuniu_shared.deadlines import cancel
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, InvalidInput
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import UnitOfWork, Written
from shuniu_shared.web.commands import Outcome

from shuniu_meetings.adapters import bookings, read_model
from shuniu_meetings.app.common import (
    commit,
    end_deadline_key,
    load_managed,
    new_id,
    schedule_end,
    written_body,
)
from shuniu_meetings.app.rooms import room_in_hand
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.parts import Invitee, RoomInHand, Slot
from shuniu_meetings.domain.room import RoomTaken
from shuniu_meetings.domain.values import Capacity, Classification


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
            raise RoomTaken(room.name, holder.meeting_id, holder.title, holder.starts_at, holder.ends_at)
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
    return await commit(uow, directory, meeting, events, item_id=item_id)


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
    return await commit(uow, directory, meeting, meeting.invite(invitees, departments))


async def issue_notice(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, expected: int | None
) -> Outcome:
    """会议通知: on the list of every invitee, and of every member of a department invited as a whole."""
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    return await commit(uow, directory, meeting, meeting.issue_notice(viewer.id))


async def reschedule(
    uow: UnitOfWork,
    directory: Directory,
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
            raise RoomTaken(room.name, holder.meeting_id, holder.title, holder.starts_at, holder.ends_at)
    outcome = await commit(uow, directory, meeting, events)
    await schedule_end(uow, meeting)
    return outcome


async def cancel_meeting(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, reason: str, expected: int | None
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    events = meeting.cancel(reason)
    await bookings.release(uow.connection, meeting.id)
    await cancel(uow.connection, end_deadline_key(meeting.id))
    return await commit(uow, directory, meeting, events)
