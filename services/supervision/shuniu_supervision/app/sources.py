"""Process managers: a leader's 批示 (on a document or an incident report), a meeting's resolution, a
petition's assignment each open one task.

The events come from four other services (docs/contracts.md). This module keeps its own small model
of the fields it reads (an anti-corruption layer), never the producers' code.

Exactly once. The consumer records each event id in the transaction that opens the task, so a
redelivered event does nothing. That is not enough on its own: a producer that republishes the same
批示 under a new event id (a replayed topic, a repaired outbox, the same resolution adopted twice by
mistake) would open a second task. So the task's id is the source's natural key, and an existing
task means "already opened" — the event is then acknowledged and ignored:

- 批示: ``instruction:<document id>:<instructed_on>:<lead department>`` — one task per document, day
  and lead department (a leader's corrected 批示 the same day does not open a second task); on an
  incident, ``incident:<incident id>:<report number>:<instructed_on>:<lead department>``;
- resolution: ``resolution:<meeting id>:<resolution id>`` (the contract makes the pair unique);
- petition: ``petition:<petition id>:<department>`` — re-assigning the petition to another
  department is a new assignment and a new task; the same assignment again is not.

Two copies racing in two consumers both find no task and both append version 1 of the same stream;
the store's unique (stream, version) lets one commit and the other fails with a concurrency error,
is retried by the consumer, and then finds the task. Tested in tests/supervision/test_task_sources.py.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Protocol

import structlog
from pydantic import BaseModel, ConfigDict
from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import office_date
from shuniu_shared.consumer import Handler
from shuniu_shared.envelope import Envelope
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import UnitOfWork

from shuniu_supervision.app.people import load_task
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.app.recording import record
from shuniu_supervision.domain.clockwork import default_deadline
from shuniu_supervision.domain.events import Priority, ResearchInstructed, Source
from shuniu_supervision.domain.task import SupervisionTask

log = structlog.get_logger(__name__)

INSTRUCTED = "shuniu.documents.incoming.instructed.v1"
INCIDENT_INSTRUCTED = "shuniu.duty.incident.instructed.v1"
RESOLUTION_ADOPTED = "shuniu.meetings.meeting.resolution_adopted.v1"
# v2 seals the 交办 summary under the petitioner's key; v1 (clear) may still be redelivered. The task
# reads neither's summary, so both open the same task.
PETITION_ASSIGNED = frozenset(
    {"shuniu.reception.petition.assigned.v1", "shuniu.reception.petition.assigned.v2"}
)
SOURCE_TYPES = frozenset({INSTRUCTED, INCIDENT_INSTRUCTED, RESOLUTION_ADOPTED, *PETITION_ASSIGNED})
SEALED_SUMMARY = (
    "交办摘要已加密，见信访件 {case_number}（信访接待）/ the summary is sealed: read it in the petition"
)
SOURCE_TOPICS = [
    "shuniu.documents.events",
    "shuniu.meetings.events",
    "shuniu.reception.events",
    "shuniu.duty.events",
]


class _Received(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Instructed(_Received):  # 领导批示
    document_id: str
    receipt_number: str
    title: str
    classification: ClassificationName = "none"
    urgency: Literal["特急", "加急"] | None = None
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str] = []
    deadline: date | None = None
    instructed_on: date


class IncidentInstructed(_Received):  # 领导对突发事件报告的批示
    incident_id: str
    number: int
    title: str
    classification: ClassificationName = "none"
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str] = []
    deadline: date | None = None
    instructed_on: date


class ResolutionAdopted(_Received):  # 会议决议 / 议定事项
    meeting_id: str
    meeting_title: str
    meeting_kind: str
    resolution_id: str
    title: str
    lead_department: str
    co_departments: list[str] = []
    deadline: date
    decided_by: str
    classification: ClassificationName = "none"
    adopted_on: date


class PetitionAssigned(_Received):  # 信访交办
    """The summary is not read: it is the petitioner's (sealed under their key since v2, so that it
    goes when they are forgotten), and the department reads it in the petition, through reception."""

    petition_id: str
    case_number: str
    department: str
    due_on: date
    assigned_by: str


URGENCY_PRIORITY: dict[str | None, Priority] = {"特急": "urgent", "加急": "high", None: "normal"}


class Instruction(Protocol):
    """What a 批示 says, whatever it was written on (a document, an incident report, a research report)."""

    @property
    def title(self) -> str: ...
    @property
    def classification(self) -> ClassificationName: ...
    @property
    def instruction(self) -> str: ...
    @property
    def leader(self) -> str: ...
    @property
    def lead_department(self) -> str: ...
    @property
    def co_departments(self) -> list[str]: ...
    @property
    def deadline(self) -> date | None: ...
    @property
    def instructed_on(self) -> date: ...


def _open_on_instruction(
    task_id: str,
    e: Instruction,
    source: Source,
    where: str,
    priority: Priority,
    policy: Policy,
) -> tuple[str, list[DomainEvent]]:
    """A leader's 批示, on a document, an incident report or a research report: the task it opens, with the office's
    default period when the 批示 names no deadline; `where` says what the 批示 was written on."""
    deadline = e.deadline or default_deadline(
        policy.calendar, e.instructed_on, policy.default_period_working_days
    )
    return task_id, SupervisionTask.open(
        task_id,
        source=source,
        title=e.title,
        description=f"批示：{e.instruction}（{where}）",
        lead_department=e.lead_department,
        co_departments=e.co_departments,
        deadline=deadline,
        priority=priority,
        reporting_cycle="none",
        classification=e.classification,
        assigned_by=e.leader,
        opened_by=None,
        on=e.instructed_on,
        default_deadline_applied=e.deadline is None,
    )


def open_from_instruction(e: Instructed, policy: Policy) -> tuple[str, list[DomainEvent]]:
    return _open_on_instruction(
        f"instruction:{e.document_id}:{e.instructed_on}:{e.lead_department}",
        e,
        Source(kind="document_instruction", service="documents", id=e.document_id),
        f"收文编号 {e.receipt_number}",
        URGENCY_PRIORITY[e.urgency],
        policy,
    )


def open_from_incident(e: IncidentInstructed, policy: Policy) -> tuple[str, list[DomainEvent]]:
    return _open_on_instruction(
        f"incident:{e.incident_id}:{e.number}:{e.instructed_on}:{e.lead_department}",
        e,
        Source(kind="incident_instruction", service="duty", id=e.incident_id),
        f"突发事件第 {e.number} 份报告",
        "urgent",  # an emergency's instruction is carried out first
        policy,
    )


def open_from_research(e: ResearchInstructed, topic_id: str, policy: Policy) -> tuple[str, list[DomainEvent]]:
    """The 批示 on a research report (domain/research.py), in the command that records it: the task
    id is the topic's, the version's, the day's and the lead department's, which the topic keeps."""
    return _open_on_instruction(
        e.task_id,
        e,
        Source(kind="research_instruction", service="supervision", id=topic_id),
        f"调研报告第{e.report_version}稿",
        "normal",
        policy,
    )


def open_from_resolution(e: ResolutionAdopted, policy: Policy) -> tuple[str, list[DomainEvent]]:
    task_id = f"resolution:{e.meeting_id}:{e.resolution_id}"
    return task_id, SupervisionTask.open(
        task_id,
        source=Source(kind="meeting_resolution", service="meetings", id=e.meeting_id, item=e.resolution_id),
        title=e.title,
        description=f"{e.meeting_title}（{e.meeting_kind}）议定事项",
        lead_department=e.lead_department,
        co_departments=e.co_departments,
        deadline=e.deadline,
        priority="high",
        reporting_cycle="none",
        classification=e.classification,
        assigned_by=e.decided_by,
        opened_by=None,
        on=e.adopted_on,
    )


def open_from_petition(e: PetitionAssigned, on: date) -> tuple[str, list[DomainEvent]]:
    task_id = f"petition:{e.petition_id}:{e.department}"
    return task_id, SupervisionTask.open(
        task_id,
        source=Source(kind="petition", service="reception", id=e.petition_id),
        title=f"信访件 {e.case_number}",
        description=SEALED_SUMMARY.format(case_number=e.case_number),
        lead_department=e.department,
        co_departments=[],
        deadline=e.due_on,
        priority="normal",
        reporting_cycle="none",
        classification="none",
        assigned_by=e.assigned_by,
        opened_by=None,
        on=on,
    )


def check_named(policy: Policy, departments: list[str], people: list[str]) -> None:
    """The departments and people a source event names must be the directory's (contracts.md); one
    that is not is the producer's error: refused, retried, then dead-lettered for an operator."""
    for code in departments:
        policy.directory.department(code, field="lead_department")
    for person in people:
        policy.directory.person(person, field="assigned_by")


def task_sources(policy: Policy) -> Handler:
    """The handler of the group ``supervision.task-sources``."""

    async def open_task(envelope: Envelope, uow: UnitOfWork) -> None:
        if envelope.type == INSTRUCTED:
            instruction = Instructed.model_validate(envelope.data)
            check_named(
                policy, [instruction.lead_department, *instruction.co_departments], [instruction.leader]
            )
            task_id, events = open_from_instruction(instruction, policy)
        elif envelope.type == INCIDENT_INSTRUCTED:
            on_incident = IncidentInstructed.model_validate(envelope.data)
            check_named(
                policy, [on_incident.lead_department, *on_incident.co_departments], [on_incident.leader]
            )
            task_id, events = open_from_incident(on_incident, policy)
        elif envelope.type == RESOLUTION_ADOPTED:
            resolution = ResolutionAdopted.model_validate(envelope.data)
            check_named(
                policy, [resolution.lead_department, *resolution.co_departments], [resolution.decided_by]
            )
            task_id, events = open_from_resolution(resolution, policy)
        elif envelope.type in PETITION_ASSIGNED:
            petition = PetitionAssigned.model_validate(envelope.data)
            check_named(policy, [petition.department], [petition.assigned_by])
            task_id, events = open_from_petition(petition, office_date(envelope.time))
        else:
            return  # the other events on these topics are not ours to act on
        task = await load_task(uow, task_id, policy)
        if task.exists:
            log.info("task_source_already_open", task_id=task_id, event_id=envelope.id)
            return
        await record(uow, task, events, policy)

    return open_task
