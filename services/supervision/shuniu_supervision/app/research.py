"""调研's commands (domain/research.py): a leader assigns the topic; the office forms the team; the
team plans, moves, cancels and records its visits and submits the report version by version; the
leader's 批示 on it opens a supervision task, in the same transaction, through the opener every
other 批示 goes through (app/sources.py `open_from_research`).

Every step on a topic loads it, refuses someone outside its audience as NotFound (first, so that a
topic's existence does not leak) and a stale If-Match as PreconditionFailed, then lets the topic
decide and saves its events with its read-model row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.content import StoredFile
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput, NotFound
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Reading, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork

from shuniu_supervision.adapters.research_rows import write_research_row
from shuniu_supervision.app.commands import check_departments
from shuniu_supervision.app.people import domain_actor, load_task, who_could_take_it_on
from shuniu_supervision.app.policy import Policy, policy_of
from shuniu_supervision.app.recording import record
from shuniu_supervision.app.sources import open_from_research
from shuniu_supervision.domain.audience import LEADING_ROLES
from shuniu_supervision.domain.events import ReportFile, ResearchInstructed
from shuniu_supervision.domain.research import ResearchTopic
from shuniu_supervision.domain.task import check_someone_takes_it_on


@dataclass(frozen=True)
class AssignResearch(Command):  # 下达调研课题
    title: str
    purpose: str
    due_on: date
    classification: ClassificationName


@dataclass(frozen=True)
class ResearchStep(Command):
    """A step on an existing topic, decided by the topic itself."""

    may_retry = True
    topic_id: str


@dataclass(frozen=True)
class FormTeam(ResearchStep):  # 组建调研组
    lead_department: str
    members: list[str]


@dataclass(frozen=True)
class PlanVisit(ResearchStep):  # 安排调研行程
    place: str
    starts_at: datetime
    ends_at: datetime
    members: list[str]
    leaders: list[str]


@dataclass(frozen=True)
class MoveVisit(ResearchStep):  # 行程改期
    number: int
    place: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class CancelVisit(ResearchStep):  # 取消行程
    number: int
    reason: str


@dataclass(frozen=True)
class RecordVisit(ResearchStep):  # 调研记录
    number: int
    findings: str


@dataclass(frozen=True)
class SubmitReport(ResearchStep):  # 报送调研报告（新一稿）
    file: StoredFile
    note: str


@dataclass(frozen=True)
class InstructOnReport(ResearchStep):  # 领导批示
    report_version: int
    instruction: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None


def new_topic_id() -> str:
    return f"research:{uuid.uuid4().hex[:12]}"


async def load_topic(reading: Reading, topic_id: str, policy: Policy) -> ResearchTopic:
    return (await reading.load_or_new(ResearchTopic, topic_id)).overseen_by(policy.oversight)


def require_visible(topic: ResearchTopic, actor: Actor, directory: Directory) -> ResearchTopic:
    """The topic, or NotFound for someone outside its audience (its existence stays private)."""
    if not topic.exists or not actor.sees(topic.audience(), directory):
        raise NotFound(
            f"未找到调研课题 {topic.id}",
            f"research topic {topic.id} was not found",
            code="research_not_found",
        )
    return topic


async def visible_topic(reading: Reading, topic_id: str, actor: Actor, policy: Policy) -> ResearchTopic:
    return require_visible(await load_topic(reading, topic_id, policy), actor, policy.directory)


async def _save(uow: StoreUnitOfWork, topic: ResearchTopic, events: list[DomainEvent]) -> Written:
    written = await uow.save(topic, events)
    if events:
        await write_research_row(uow.connection, topic, written)
    return written


async def assign_research(command: AssignResearch, uow: UnitOfWork, actor: Actor) -> Written:
    policy = policy_of(uow.runtime)
    topic = ResearchTopic(new_topic_id(), policy.oversight)
    events = ResearchTopic.assign(
        topic.id,
        domain_actor(actor, uow.directory, policy),
        title=command.title,
        purpose=command.purpose,
        due_on=command.due_on,
        classification=command.classification,
        on=uow.today(),
    )
    written = await _save(uow, topic, events)
    return written.telling(stage=topic.stage.value)


def _check_people(directory: Directory, people: list[str], field: str) -> None:
    for person in people:
        directory.person(person, field=field)


def _check_leaders(directory: Directory, leaders: list[str]) -> None:
    """The leaders a visit names are the county's leaders: it is their schedules the visit goes on."""
    _check_people(directory, leaders, "leaders")
    for leader in leaders:
        if directory.people[leader].roles.isdisjoint(LEADING_ROLES):
            raise InvalidInput(f"{leader} 不是县领导", f"{leader} is not one of the leaders", field="leaders")


async def research_step(command: ResearchStep, uow: UnitOfWork, actor: Actor) -> Written:
    """Load a topic the actor may see, at the version they saw, let it decide, save the decision;
    a 批示 also opens its task."""
    policy = policy_of(uow.runtime)
    directory = uow.directory
    topic = require_visible(await load_topic(uow, command.topic_id, policy), actor, directory)
    check_version(topic, command.expected_version)
    by = domain_actor(actor, directory, policy)
    now, today = uow.clock.now(), uow.today()
    events: list[DomainEvent]
    match command:
        case FormTeam():
            directory.department(command.lead_department, field="lead_department")
            _check_people(directory, command.members, "members")
            members = [
                domain_actor(Actor.of(directory.people[m]), directory, policy) for m in command.members
            ]
            events = topic.form_team(by, command.lead_department, members, today)
        case PlanVisit():
            _check_leaders(directory, command.leaders)
            events = topic.plan_visit(
                by,
                place=command.place,
                starts_at=command.starts_at,
                ends_at=command.ends_at,
                members=command.members,
                leaders=command.leaders,
                now=now,
            )
        case MoveVisit():
            events = topic.move_visit(
                by,
                command.number,
                place=command.place,
                starts_at=command.starts_at,
                ends_at=command.ends_at,
                now=now,
            )
        case CancelVisit():
            events = topic.cancel_visit(by, command.number, command.reason)
        case RecordVisit():
            events = topic.record_visit(by, command.number, command.findings, now=now, on=today)
        case SubmitReport():
            file = ReportFile(**vars(command.file))
            events = topic.submit_report(by, file, command.note, today)
        case InstructOnReport():
            check_departments(directory, command.lead_department, command.co_departments)
            events = topic.instruct(
                by,
                report_version=command.report_version,
                instruction=command.instruction,
                lead_department=command.lead_department,
                co_departments=command.co_departments,
                deadline=command.deadline,
                on=today,
            )
            return await _instruct(uow, topic, events, policy)
        case _:
            raise TypeError(f"no decision for {type(command).__name__}")
    written = await _save(uow, topic, events)
    return written.telling(stage=topic.stage.value)


async def _instruct(
    uow: UnitOfWork, topic: ResearchTopic, events: list[DomainEvent], policy: Policy
) -> Written:
    """The 批示 and the task it opens, in one transaction: both are recorded or neither. The lead
    department must have someone who can take the task on (for a 批示 that comes from another
    service, that service checks it; here this service is the source)."""
    (instructed,) = events
    assert isinstance(instructed, ResearchInstructed)
    takers = who_could_take_it_on(
        uow.directory,
        policy,
        classification=topic.classification,
        assigned_by=instructed.leader,
        lead_department=instructed.lead_department,
        co_departments=instructed.co_departments,
    )
    check_someone_takes_it_on(instructed.lead_department, topic.classification, takers)
    written = await _save(uow, topic, events)
    task_id, opening = open_from_research(instructed, topic.id, policy)
    task = await load_task(uow, task_id, policy)
    await record(uow, task, opening, policy)
    return written.telling(stage=topic.stage.value, task_id=task_id)


async def check_may_submit(reading: Reading, topic_id: str, actor: Actor, policy: Policy) -> None:
    """Before an upload's bytes are stored: the topic is there for the caller, and they may submit a
    report on it now (the same checks as the command's, so nothing is kept for a refused upload)."""
    topic = await visible_topic(reading, topic_id, actor, policy)
    topic.check_may_submit(domain_actor(actor, policy.directory, policy))
