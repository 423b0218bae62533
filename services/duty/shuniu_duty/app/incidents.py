"""Commands on incidents: 接报 report one, then 拟稿, 审核, 报送 each report, and the leader's 批示.

Every step loads the incident and refuses someone outside its audience as NotFound (first, so that an
incident's existence does not leak), a stale If-Match as PreconditionFailed, then lets the incident
decide (domain/incident.py) and records it with its read-model row in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import Reading, Written

from shuniu_duty.adapters.rows import lock_incident_row, write_incident_row
from shuniu_duty.app.policy import policy_of
from shuniu_duty.domain.events import Casualties, ReportDrafted, ReportKind
from shuniu_duty.domain.incident import Actor as IncidentActor
from shuniu_duty.domain.incident import Events, Incident, Oversight
from shuniu_duty.domain.levels import IncidentLevel


@dataclass(frozen=True)
class ReportIncident(Command):  # 突发事件接报
    title: str
    category: str
    place: str
    level: IncidentLevel
    casualties: Casualties
    measures: str
    classification: ClassificationName
    internal: bool
    reporting_department: str | None
    departments_involved: list[str]
    learned_at: datetime


@dataclass(frozen=True)
class IncidentStep(Command):
    """A step on an existing incident, decided by the incident itself."""

    may_retry = True
    incident_id: str
    at: datetime | None = field(default=None, kw_only=True)  # now, unless recorded after the fact (the demo)


@dataclass(frozen=True)
class DraftReport(IncidentStep):  # 拟稿
    kind: ReportKind
    text: str
    casualties: Casualties


@dataclass(frozen=True)
class ApproveReport(IncidentStep):  # 带班领导审核
    number: int


@dataclass(frozen=True)
class SubmitReport(IncidentStep):  # 报送
    number: int
    late_reason: str = ""


@dataclass(frozen=True)
class Instruct(IncidentStep):  # 领导批示
    number: int
    instruction: str
    lead_department: str
    co_departments: list[str] = field(default_factory=list)
    deadline: date | None = None


def incident_actor(actor: Actor, directory: Directory) -> IncidentActor:
    """The person acting, as the incident's rules see them: with the departments above their own."""
    return IncidentActor(actor.person, frozenset(directory.ancestry(actor.department)), actor.roles)


async def load_incident(reading: Reading, incident_id: str, oversight: Oversight) -> Incident:
    """The incident as its events make it (new if it has none), knowing who oversees it."""
    incident = await reading.load_or_new(Incident, incident_id)
    incident.oversight = oversight
    return incident


def require_visible(incident: Incident, actor: Actor, directory: Directory) -> Incident:
    """The incident, or NotFound for someone outside its audience (never Forbidden)."""
    audience = incident.audience()
    if not incident.exists or audience is None or not actor.sees(audience, directory):
        raise NotFound(
            f"未找到突发事件 {incident.id}",
            f"incident {incident.id} was not found",
            code="incident_not_found",
        )
    return incident


async def record(uow: UnitOfWork, incident: Incident, events: Events) -> Written:
    written = await uow.save(incident, events)
    await write_incident_row(uow.connection, incident, written)
    return written.telling(stage=incident.stage.value)


async def report_incident(command: ReportIncident, uow: UnitOfWork, actor: Actor) -> Written:
    """接报: whoever learns of an incident records it; its clocks start from `learned_at`."""
    policy = policy_of(uow.runtime)
    for code in filter(None, [command.reporting_department, *command.departments_involved]):
        uow.directory.department(code, field="departments_involved")
    incident = Incident(f"incident-{uuid.uuid4().hex[:12]}", policy.oversight(uow.runtime))
    events = Incident.report(
        incident.id,
        title=command.title,
        category=command.category,
        place=command.place,
        level=command.level,
        casualties=command.casualties,
        measures=command.measures,
        classification=command.classification,
        internal=command.internal,
        reporting_department=command.reporting_department,
        departments_involved=command.departments_involved,
        reported_by=actor.person,
        learned_at=command.learned_at,
        now=uow.clock.now(),
        limits=policy.limits,
    )
    return await record(uow, incident, events)


def decide(step: IncidentStep, incident: Incident, by: IncidentActor, now: datetime) -> Events:
    match step:
        case DraftReport():
            return incident.draft(by, step.kind, step.text, step.casualties, now)
        case ApproveReport():
            return incident.approve(by, step.number, now)
        case SubmitReport():
            return incident.submit(by, step.number, now, step.late_reason)
        case Instruct():
            return incident.instruct(
                by,
                step.number,
                instruction=step.instruction,
                lead_department=step.lead_department,
                co_departments=step.co_departments,
                deadline=step.deadline,
                at=now,
            )
    raise TypeError(f"no decision for {type(step).__name__}")


async def take_step(command: IncidentStep, uow: UnitOfWork, actor: Actor) -> Written:
    """Load an incident the actor may see, at the version they saw, let it decide, record it."""
    if isinstance(command, Instruct):
        for code in (command.lead_department, *command.co_departments):
            uow.directory.department(code, field="lead_department")
    await lock_incident_row(uow.connection, command.incident_id)
    oversight = policy_of(uow.runtime).oversight(uow.runtime)
    incident = require_visible(await load_incident(uow, command.incident_id, oversight), actor, uow.directory)
    check_version(incident, command.expected_version)
    now = command.at or uow.clock.now()
    events = decide(command, incident, incident_actor(actor, uow.directory), now)
    written = await record(uow, incident, events)
    drafted = [e.number for e in events if isinstance(e, ReportDrafted)]
    return written.telling(report=drafted[0]) if drafted else written
