"""Commands on the duty roster (值班表) and the duty log (值班记录), and the deadlines that alert the
office director: a shift nobody is on, when its day begins; a handover nobody acknowledged in time.
Each records its read-model rows (adapters/roster_rows.py) in the transaction that saves its events.

Each alert is a deadline of the platform's scheduler (shuniu_shared.deadlines), claimed in the same
transaction as the event it records, so it fires once even across a restart; the roster itself also
refuses to raise an alert its history already holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TypeVar

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.deadlines import Deadline, DeadlineHandler, schedule
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork
from shuniu_shared.eventstore import Written

from shuniu_duty.adapters.roster_rows import write_log_row, write_roster_rows
from shuniu_duty.app.policy import policy_of
from shuniu_duty.domain.events import ShiftHandedOver
from shuniu_duty.domain.roster import DutyLogEntry, Events, Roster, Staffing

ALERT = "duty_alert"  # the one deadline kind: the roster works out which alerts are due


@dataclass(frozen=True)
class PlanRoster(Command):  # 排班
    first_day: date
    last_day: date
    leaders: list[str]
    officers: list[str]
    away: dict[date, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class RosterStep(Command):
    may_retry = True
    roster_id: str


@dataclass(frozen=True)
class RequestSwap(RosterStep):  # 换班申请
    day: date
    substitute: str
    reason: str


@dataclass(frozen=True)
class ApproveSwap(RosterStep):  # 办公室主任批准换班
    number: int


@dataclass(frozen=True)
class HandOver(RosterStep):  # 交班
    day: date
    open_items: list[str]


@dataclass(frozen=True)
class Acknowledge(RosterStep):  # 接班确认
    day: date


@dataclass(frozen=True)
class RecordCall(Command):  # 值班记录
    at: datetime
    caller: str
    organisation: str
    said: str
    done: str
    told: list[str]


def staffing_of(uow: UnitOfWork) -> Staffing:
    return policy_of(uow.runtime).staffing


Visible = TypeVar("Visible", Roster, DutyLogEntry)


def require_visible(aggregate: Visible, actor: Actor, directory: Directory) -> Visible:
    """The roster or entry, or NotFound for someone outside its audience (never Forbidden)."""
    audience = aggregate.audience()
    if not aggregate.exists or audience is None or not actor.sees(audience, directory):
        raise NotFound(f"未找到 {aggregate.id}", f"{aggregate.id} was not found", code="not_found")
    return aggregate


async def _schedule_alert(uow: UnitOfWork, roster: Roster, day: date, what: str, due_at: datetime) -> None:
    await schedule(uow.connection, Deadline(f"{roster.id}:{what}:{day}", roster.id, ALERT, due_at))


async def plan_roster(command: PlanRoster, uow: UnitOfWork, actor: Actor) -> Written:
    """排班: the office director plans a week or a month; each day left without a leader or an officer
    will alert the director when it begins."""
    for person in {*command.leaders, *command.officers}:
        uow.directory.person(person, field="officers")
    roster = Roster(f"roster-{uuid.uuid4().hex[:12]}")
    events = Roster.plan(
        roster.id,
        actor,
        office_department=policy_of(uow.runtime).office_department,
        first_day=command.first_day,
        last_day=command.last_day,
        leaders=command.leaders,
        officers=command.officers,
        calendar=uow.calendar,
        staffing=staffing_of(uow),
        away=command.away,
    )
    written = await uow.save(roster, events)
    await write_roster_rows(uow.connection, roster, written)
    for day in roster.shifts:
        if not all(roster.on_duty(day)):
            await _schedule_alert(uow, roster, day, "unstaffed", datetime.combine(day, time(), OFFICE_TZ))
    return written


def decide(step: RosterStep, roster: Roster, actor: Actor, now: datetime, staffing: Staffing) -> Events:
    match step:
        case RequestSwap():
            return roster.request_swap(actor, step.day, step.substitute, step.reason, now)
        case ApproveSwap():
            return roster.approve_swap(actor, step.number, now)
        case HandOver():
            return roster.hand_over(actor, step.day, step.open_items, now, staffing)
        case Acknowledge():
            return roster.acknowledge(actor, step.day, now)
    raise TypeError(f"no decision for {type(step).__name__}")


async def take_step(command: RosterStep, uow: UnitOfWork, actor: Actor) -> Written:
    """Load a roster the actor may see, at the version they saw, let it decide, record it."""
    if isinstance(command, RequestSwap):
        uow.directory.person(command.substitute, field="substitute")
    roster = require_visible(await uow.load_or_new(Roster, command.roster_id), actor, uow.directory)
    check_version(roster, command.expected_version)
    events = decide(command, roster, actor, uow.clock.now(), staffing_of(uow))
    written = await uow.save(roster, events)
    await write_roster_rows(uow.connection, roster, written)
    for event in events:
        if isinstance(event, ShiftHandedOver):
            await _schedule_alert(uow, roster, event.day, "handover", event.acknowledge_by)
    return written


async def record_call(command: RecordCall, uow: UnitOfWork, actor: Actor) -> Written:
    """值班记录: whoever is on duty logs a call or an event, and whom they told."""
    for person in command.told:
        uow.directory.person(person, field="told")
    entry = DutyLogEntry(f"duty-log-{uuid.uuid4().hex[:12]}")
    events = DutyLogEntry.record(
        entry.id,
        actor,
        office_department=policy_of(uow.runtime).office_department,
        at=command.at,
        caller=command.caller,
        organisation=command.organisation,
        said=command.said,
        done=command.done,
        told=command.told,
        now=uow.clock.now(),
    )
    written = await uow.save(entry, events)
    await write_log_row(uow.connection, entry, written)
    return written


def deadline_handlers() -> Mapping[str, DeadlineHandler]:
    async def alert(deadline: Deadline, uow: StoreUnitOfWork) -> None:
        roster = await uow.load(Roster, deadline.stream_id)
        events = roster.alerts_due(uow.store.clock.now())
        if events:
            # the alert changes no day's row, only the version a console's next step must name
            await write_roster_rows(uow.connection, roster, await uow.save(roster, events))

    return {ALERT: alert}
