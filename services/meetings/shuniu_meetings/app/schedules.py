"""领导活动安排: each leader's schedule compiled from the office's bookings, plus the office's entries
and the leaders' 外出报备; a double booking warned of as soon as it is made; the week's table published.

The compiling is a process manager (group ``meetings.leader-schedules``) over this service's own
topic, reception's and supervision's: a meeting a leader chairs or is invited to, a visit a leader
hosts, a car a leader rides in, a research visit (调研行程) a leader goes on each become one activity,
with the meeting's or the research topic's own 密级. Exactly once: the consumer records each event
id in the transaction that writes the activity, and an activity's id is its source's natural key
(``activity:<leader>:<meeting|visit|trip>:<id>``, ``activity:<leader>:research:<topic>:<n>``), so the same booking
republished finds its activity there and changes nothing. Meetings are re-read from their own stream
on every event of theirs, so what the schedule shows is the meeting as it now stands (moved,
cancelled, a leader invited later), whatever the events' interleaving; a research visit's events
each carry the visit as it now stands (supervision's contract), so the last one read is the visit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict
from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.directory import Directory
from shuniu_shared.envelope import Envelope
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Reading, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork
from shuniu_shared.runtime import Subscription
from sqlalchemy import select

from shuniu_meetings.adapters.schedules import booked_during, lock_leader, save_activity
from shuniu_meetings.adapters.tables import leader_activities
from shuniu_meetings.app.common import viewer_of
from shuniu_meetings.domain.events import ActivityKind, ActivitySource, WeekLine
from shuniu_meetings.domain.meeting import Meeting, Stage
from shuniu_meetings.domain.parts import Slot
from shuniu_meetings.domain.schedule import LEADING_ROLES, Activity, ScheduleWeek

SCHEDULING_ROLES = frozenset({"secretary", "clerk", "office_director"})  # 秘书科 arranges the leaders' days
VISIT_LENGTH = timedelta(hours=1)  # a visit is booked for a time, not a span: an hour is held for it
MEETING_EVENTS = frozenset(
    f"shuniu.meetings.meeting.{kind}.v1"
    for kind in ("scheduled", "person_invited", "rescheduled", "cancelled", "room_booked", "room_released")
)
VISIT_APPOINTED, TRIP_REQUESTED = "shuniu.reception.visit.appointed.v1", "shuniu.reception.trip.requested.v1"
# 调研行程, by supervision's contract (docs/contracts.md): each carries the visit as it now stands.
RESEARCH_VISIT_PLANNED = "shuniu.supervision.research.visit_planned.v1"
RESEARCH_VISIT_CANCELLED = "shuniu.supervision.research.visit_cancelled.v1"
RESEARCH_VISITS = frozenset(
    {RESEARCH_VISIT_PLANNED, "shuniu.supervision.research.visit_moved.v1", RESEARCH_VISIT_CANCELLED}
)
SOURCE_TOPICS = ["shuniu.meetings.events", "shuniu.reception.events", "shuniu.supervision.events"]


@dataclass(frozen=True)
class PlanActivity(Command):  # 安排领导活动: the office enters 外出, 会见, 调研
    leader: str
    kind: Literal["outing", "receiving", "research"]
    title: str
    place: str
    slot: Slot
    classification: ClassificationName


@dataclass(frozen=True)
class ReportAway(Command):  # 外出报备: the leader (or the office for him) says he is away
    leader: str
    destination: str
    reason: str
    slot: Slot


@dataclass(frozen=True)
class CancelActivity(Command):  # 取消 an activity the office entered
    may_retry = True
    activity_id: str
    reason: str


@dataclass(frozen=True)
class PublishWeek(Command):  # 印发领导活动安排表
    monday: date


def is_leader(directory: Directory, person: str) -> bool:
    found = directory.people.get(person)
    return found is not None and not found.roles.isdisjoint(LEADING_ROLES)


def require_scheduler(actor: Actor, directory: Directory) -> None:
    viewer = viewer_of(actor, directory)
    if not (viewer.in_office and actor.has_any_role(SCHEDULING_ROLES)):
        raise Forbidden("领导活动由办公室安排", "the office arranges the leaders' activities")


def require_leader(directory: Directory, person: str) -> None:
    directory.person(person, field="leader")
    if not is_leader(directory, person):
        raise InvalidInput(f"{person} 不是县领导", f"{person} is not one of the leaders", field="leader")


async def record(uow: StoreUnitOfWork, activity: Activity, events: Sequence[DomainEvent]) -> Written:
    """Save the activity's change with its row, then warn of every clash it now makes (once each)."""
    written = await uow.save(activity, events)
    if activity.slot is not None and not activity.cancelled:
        await lock_leader(uow.connection, activity.leader)
        warnings = activity.warn_of(await booked_during(uow.connection, activity.leader, activity.slot))
        if warnings:
            written = await uow.save(activity, warnings)
    await save_activity(uow.connection, activity)
    return written


async def plan_activity(command: PlanActivity, uow: UnitOfWork, actor: Actor) -> Written:
    require_scheduler(actor, uow.directory)
    require_leader(uow.directory, command.leader)
    return await _plan(
        uow,
        command.leader,
        command.kind,
        command.title,
        command.place,
        command.slot,
        command.classification,
        actor.person,
    )


async def report_away(command: ReportAway, uow: UnitOfWork, actor: Actor) -> Written:
    require_leader(uow.directory, command.leader)
    if actor.person != command.leader:
        require_scheduler(actor, uow.directory)
    reason = command.reason.strip()
    title = f"外出报备：{command.destination.strip()}" + (f"（{reason}）" if reason else "")
    return await _plan(
        uow, command.leader, "away", title, command.destination, command.slot, "none", actor.person
    )


async def _plan(
    uow: StoreUnitOfWork,
    leader: str,
    kind: ActivityKind,
    title: str,
    place: str,
    slot: Slot,
    classification: ClassificationName,
    by: str,
) -> Written:
    await lock_leader(uow.connection, leader)
    activity = Activity(f"activity:{leader}:{uuid.uuid4().hex[:12]}")
    events = Activity.plan(
        activity.id,
        leader=leader,
        kind=kind,
        title=title,
        place=place,
        slot=slot,
        classification=classification,
        source=None,
        planned_by=by,
    )
    return await record(uow, activity, events)


async def load_visible(reading: Reading, activity_id: str, actor: Actor, directory: Directory) -> Activity:
    activity = await reading.load_or_new(Activity, activity_id)
    if not activity.exists or not viewer_of(actor, directory).sees(activity.audience(), directory):
        raise NotFound(f"未找到活动 {activity_id}", f"activity {activity_id} was not found")
    return activity


async def cancel_activity(command: CancelActivity, uow: UnitOfWork, actor: Actor) -> Written:
    activity = await load_visible(uow, command.activity_id, actor, uow.directory)
    require_scheduler(actor, uow.directory)
    check_version(activity, command.expected_version)
    return await record(uow, activity, activity.cancel_by_the_office(command.reason))


async def publish_week(command: PublishWeek, uow: UnitOfWork, actor: Actor) -> Written:
    """印发: the week's activities that are not classified, leader by leader, day by day."""
    require_scheduler(actor, uow.directory)
    start = datetime.combine(command.monday, datetime.min.time(), tzinfo=OFFICE_TZ)
    rows = await uow.connection.execute(
        select(leader_activities)
        .where(
            leader_activities.c.cancelled == 0,
            leader_activities.c.classification == "none",
            # An incident is known on need to know (内部) and the table goes to every department.
            leader_activities.c.kind != "incident",
            leader_activities.c.starts_at >= start,
            leader_activities.c.starts_at < start + timedelta(days=7),
        )
        .order_by(leader_activities.c.leader, leader_activities.c.starts_at)
    )
    lines = [
        WeekLine(
            leader=r.leader,
            day=r.starts_at.astimezone(OFFICE_TZ).date(),
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            kind=r.kind,
            title=r.title,
            place=r.place,
        )
        for r in rows
    ]
    tops = [code for code, d in uow.directory.departments.items() if d.parent is None]
    week = await uow.load_or_new(ScheduleWeek, f"schedule-week:{command.monday.isoformat()}")
    week.organisation = frozenset(tops)
    return await uow.save(week, week.publish(command.monday, lines, actor.person))


# ── compiled from the bookings ────────────────────────────────────────────────────────────────


async def _follow(
    uow: StoreUnitOfWork,
    activity_id: str,
    *,
    leader: str,
    kind: ActivityKind,
    title: str,
    place: str,
    slot: Slot,
    classification: ClassificationName,
    source: ActivitySource,
    off: bool,
    why_off: str = "会议已取消 / the meeting was cancelled",
) -> None:
    """Bring the leader's activity in line with its booking as it now stands."""
    await lock_leader(uow.connection, leader)
    activity = await uow.load_or_new(Activity, activity_id)
    events: Sequence[DomainEvent]
    if not activity.exists:
        if off:
            return
        events = Activity.plan(
            activity_id,
            leader=leader,
            kind=kind,
            title=title,
            place=place,
            slot=slot,
            classification=classification,
            source=source,
            planned_by=None,
        )
    elif off:
        events = activity.cancel(why_off)
    else:
        events = activity.move(slot)
    if events:
        await record(uow, activity, events)


def compile_schedules(directory: Directory) -> Subscription:
    """The consumer, built from the runtime's directory (who is a leader)."""

    async def on_booking(envelope: Envelope, uow: StoreUnitOfWork) -> None:
        data = envelope.data
        if envelope.type in MEETING_EVENTS:
            meeting = await uow.load_or_new(Meeting, envelope.subject)
            if not meeting.exists or meeting.slot is None:
                return
            for leader in sorted({meeting.chair, *meeting.invited_people}):
                if is_leader(directory, leader):
                    await _follow(
                        uow,
                        f"activity:{leader}:meeting:{meeting.id}",
                        leader=leader,
                        kind="meeting",
                        title=meeting.title,
                        place=meeting.room.name if meeting.room else "",
                        slot=meeting.slot,
                        classification=meeting.classification,
                        source=ActivitySource(service="meetings", id=meeting.id),
                        off=meeting.stage is Stage.CANCELLED,
                    )
        elif envelope.type == VISIT_APPOINTED and is_leader(directory, data["host_person"]):
            expected = datetime.fromisoformat(data["expected_at"])
            await _follow(
                uow,
                f"activity:{data['host_person']}:visit:{envelope.subject}",
                leader=data["host_person"],
                kind="visit",
                title=f"会见来访：{data['organisation']}",
                place="",
                slot=Slot(expected, expected + VISIT_LENGTH),
                classification="none",
                source=ActivitySource(service="reception", id=envelope.subject),
                off=False,
            )
        elif envelope.type == TRIP_REQUESTED and is_leader(directory, data["rider"]):
            await _follow(
                uow,
                f"activity:{data['rider']}:trip:{envelope.subject}",
                leader=data["rider"],
                kind="trip",
                title=f"外出：{data['destination']}",
                place=data["destination"],
                slot=Slot(datetime.fromisoformat(data["starts_at"]), datetime.fromisoformat(data["ends_at"])),
                classification="none",
                source=ActivitySource(service="reception", id=envelope.subject),
                off=False,
            )

        elif envelope.type in RESEARCH_VISITS:
            visit = ResearchVisit.model_validate(data)
            for leader in visit.leaders:
                if is_leader(directory, leader):
                    await _follow(
                        uow,
                        f"activity:{leader}:research:{visit.topic_id}:{visit.number}",
                        leader=leader,
                        kind="research",
                        title=f"调研：{visit.topic_title}",
                        place=visit.place,
                        slot=Slot(visit.starts_at, visit.ends_at),
                        classification=visit.classification,
                        source=ActivitySource(service="supervision", id=visit.topic_id),
                        off=envelope.type == RESEARCH_VISIT_CANCELLED,
                        why_off="调研行程已取消 / the research visit was cancelled",
                    )

    return Subscription(
        group="meetings.leader-schedules",
        topics=SOURCE_TOPICS,
        handler=on_booking,
        types=MEETING_EVENTS | {VISIT_APPOINTED, TRIP_REQUESTED} | RESEARCH_VISITS,
    )


class ResearchVisit(BaseModel):  # 调研行程, as supervision's contract gives it (its fields this reads)
    model_config = ConfigDict(extra="ignore", frozen=True)

    topic_id: str
    topic_title: str
    number: int
    place: str
    starts_at: datetime
    ends_at: datetime
    leaders: list[str]
    classification: ClassificationName = "none"


# ── incident handling, from duty ──────────────────────────────────────────────────────────────

INCIDENT_INSTRUCTED = "shuniu.duty.incident.instructed.v1"
REPORT_APPROVED = "shuniu.duty.incident.report_approved.v1"
HANDLING_LENGTH = timedelta(hours=2)  # taking an incident in hand is not booked ahead: two hours are held
LEADER_ON_CALL_LEVELS = frozenset({"较大", "重大", "特别重大"})  # 较大 and above (docs/rules.md §7)


def follow_incidents(directory: Directory) -> Subscription:
    """突发事件处置 on the schedules (group ``meetings.incident-schedules``, on duty's topic): a
    leader's 批示 on an incident's report, or a leader who is 带班领导 approving the report of a
    较大-or-above incident, holds two hours of his day from that moment. One activity per leader and
    incident, at the incident's 密级: the first time he takes it in hand holds the time, and later
    reports on the same incident are the same handling, so republished or further events change
    nothing. Duty's events say all this themselves (docs/contracts.md); meetings reads nothing of
    duty's but them."""

    async def on_incident(envelope: Envelope, uow: StoreUnitOfWork) -> None:
        data = envelope.data
        if envelope.type == INCIDENT_INSTRUCTED:
            leader, at = data["leader"], data.get("instructed_at")
        elif data.get("level") in LEADER_ON_CALL_LEVELS:
            leader, at = data["by"], data["at"]
        else:
            return
        if at is None:  # recorded by a duty service older than the contract: it does not say when
            return
        if not is_leader(directory, leader):
            return
        await lock_leader(uow.connection, leader)
        activity = await uow.load_or_new(Activity, f"activity:{leader}:incident:{envelope.subject}")
        if activity.exists:
            return
        starts = datetime.fromisoformat(at)
        events = Activity.plan(
            activity.id,
            leader=leader,
            kind="incident",
            title=f"处置突发事件：{data['title']}",
            place="",
            slot=Slot(starts, starts + HANDLING_LENGTH),
            classification=data["classification"],
            source=ActivitySource(service="duty", id=envelope.subject),
            planned_by=None,
        )
        await record(uow, activity, events)

    return Subscription(
        group="meetings.incident-schedules",
        topics=["shuniu.duty.events"],
        handler=on_incident,
        types=frozenset({INCIDENT_INSTRUCTED, REPORT_APPROVED}),
    )
