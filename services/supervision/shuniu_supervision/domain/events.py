"""Everything that can happen to a supervision task (督办事项), as events of ``shuniu.supervision.task.*``.

`task.opened` and `task.closed` cross the service boundary (docs/contracts.md): they carry the
contract's fields (`task_id`, `source`, `title`, `lead_department`, `co_departments`, `deadline`, and
for `closed` also `result` and `closed_on`) plus a few of our own, which consumers ignore. The rest
are this service's history of the task.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.events import DomainEvent, EventRegistry, EventValue

from shuniu_supervision.domain.clockwork import Light

registry = EventRegistry("supervision")

SourceKind = Literal[
    "document_instruction",
    "meeting_resolution",
    "petition",
    "incident_instruction",
    "research_instruction",  # a 批示 on a research report (调研, domain/research.py): this service's own
    "ad_hoc",
]
Priority = Literal["normal", "high", "urgent"]  # 一般 / 重要 / 紧急
ReportingCycle = Literal["none", "weekly", "monthly"]  # 不定期 / 每周 / 每月


class Source(EventValue):
    """Where the task came from (来源), with the link back to it."""

    kind: SourceKind
    service: Literal["documents", "meetings", "reception", "duty", "supervision"] | None = None
    id: str | None = None  # the source aggregate: document, meeting, petition, incident or research topic
    item: str | None = None  # the resolution within the meeting


class _TaskFacts(DomainEvent):
    """The fields every source service reads from `opened` and `closed` (the contract)."""

    task_id: str
    source: Source
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


@registry.event("task.opened")
class TaskOpened(_TaskFacts):
    """立项交办：督办事项立项并交主办单位（契约）/ a supervision task was opened and assigned to its lead department."""

    description: str
    priority: Priority
    reporting_cycle: ReportingCycle
    classification: ClassificationName
    assigned_by: str | None  # the leader, chair or officer who decided; None: the office itself
    opened_by: str | None
    opened_on: date
    default_deadline_applied: bool = False  # a 批示 without 办理时限 got the default period


@registry.event("task.acknowledged")
class Acknowledged(DomainEvent):
    """签收：主办单位签收督办事项 / the lead department signed for the task."""

    by: str
    on: date


@registry.event("task.progress_reported")
class ProgressReported(DomainEvent):
    """进展报告：主办单位报告办理进展 / the lead department reported progress."""

    by: str
    text: str
    percent: int = Field(ge=0, le=100)
    on: date


@registry.event("task.extension_requested")
class ExtensionRequested(DomainEvent):
    """申请延期：主办单位申请延长办理时限 / the lead department asked for a later deadline."""

    by: str
    requested_deadline: date
    reason: str
    on: date


@registry.event("task.extension_granted")
class ExtensionGranted(DomainEvent):
    """同意延期：办理时限延至新日期 / the extension was granted and the deadline moved."""

    by: str
    previous_deadline: date
    deadline: date
    on: date


@registry.event("task.extension_refused")
class ExtensionRefused(DomainEvent):
    """不同意延期：延期申请未获同意 / the extension was refused."""

    by: str
    reason: str
    on: date


@registry.event("task.urged")
class Urged(DomainEvent):
    """催办：督查室催促办理 / the supervisors urged the lead department on."""

    by: str
    message: str
    on: date


@registry.event("task.completion_reported")
class CompletionReported(DomainEvent):
    """办结报告：主办单位报告已办结，待核实 / the lead department reported the task done, to be verified."""

    by: str
    text: str
    on: date


@registry.event("task.closed")
class TaskClosed(_TaskFacts):
    """办结：核实办结报告后结项（契约）/ the task was closed on its verified result."""

    result: str  # the verified completion report
    closed_on: date
    closed_by: str
    on_time: bool  # the completion report came by the deadline


@registry.event("task.reopened")
class Reopened(DomainEvent):
    """退回重办：办结报告未通过核实 / the completion report was not accepted and the task reopened."""

    by: str
    reason: str
    on: date


@registry.event("task.infeasibility_reported")
class InfeasibilityReported(DomainEvent):
    """无法落实：主办单位报告无法落实，退回决策领导 / the task was reported infeasible, back to the deciding leader."""

    by: str
    reason: str
    on: date


@registry.event("task.revised")
class Revised(DomainEvent):
    """领导修改：修改标题、内容或办理时限 / a leader revised the task's title, description or deadline."""

    by: str
    title: str
    description: str
    deadline: date
    on: date


@registry.event("task.reassigned")
class Reassigned(DomainEvent):
    """领导改派：改换主办、协办单位与时限 / a leader reassigned the task to other departments."""

    by: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    on: date


@registry.event("task.withdrawn")
class Withdrawn(DomainEvent):
    """领导撤销：督办事项撤销 / a leader withdrew the task."""

    by: str
    reason: str
    on: date


@registry.event("task.deadline_approaching")
class DeadlineApproaching(DomainEvent):
    """临近提醒：距办理时限只剩规定的工作日 / the deadline is near (so many working days ahead)."""

    deadline: date
    on: date


@registry.event("task.overdue")
class Overdue(DomainEvent):
    """逾期：办理时限已过仍未办结 / the deadline passed with the task still open."""

    deadline: date
    on: date


@registry.event("task.report_due")
class ReportDue(DomainEvent):
    """定期报告到期：每周或每月的进展报告到期 / a weekly or monthly progress report came due."""

    due_on: date
    cycle: ReportingCycle


@registry.event("task.rated")
class Rated(DomainEvent):
    """质量评价：交办人对办结结果评分（1–5）/ whoever assigned the task rated the closed result (1–5)."""

    by: str
    rating: int = Field(ge=1, le=5)
    remark: str
    on: date


class BulletinTask(EventValue):
    task_id: str
    title: str
    deadline: date
    stage: str
    light: Light | None
    overdue_reasons: list[str]  # extension and infeasibility reasons given up to the period's end


class Working(EventValue):
    """One line of a department's score: which task, which rule, how many points."""

    task: str  # its title, or 涉密事项
    rule: str
    points: float


class DepartmentSection(EventValue):
    department: str
    lights: dict[str, int]  # every task led, classified ones included: green / yellow / red
    tasks: list[BulletinTask]  # the unclassified ones, by name
    classified_count: int
    score: float
    working: list[Working]


@registry.event("bulletin.issued")
class BulletinIssued(DomainEvent):
    """印发督办情况通报：第N期，各主办部门期末亮灯、逾期原因与考评 / the office issued the periodic
    bulletin: each lead department's lights at the period's end, overdue reasons and its score."""

    bulletin_id: str
    year: int
    number: int  # 第N期 of the year, continuous
    title: str
    period_start: date
    period_end: date
    issued_on: date
    issued_by: str
    circulated_to: list[str]  # the departments it goes to (and all within them)
    departments: list[DepartmentSection]


# ── 调研 (research on a topic a leader assigns: domain/research.py) ─────────────────────────────


class ReportFile(EventValue):
    """A report version's file in the content store: what an event says of it, never its bytes."""

    sha256: str
    size: int
    media_type: str
    name: str


@registry.event("research.assigned")
class ResearchAssigned(DomainEvent):
    """下达调研课题：领导交办课题、目的与完成时限 / a leader assigned a research topic, its purpose and due date."""

    topic_id: str
    title: str
    purpose: str
    due_on: date
    classification: ClassificationName
    assigned_by: str  # the leader
    assigned_on: date


@registry.event("research.team_formed")
class ResearchTeamFormed(DomainEvent):
    """组建调研组：牵头部门与成员 / the research team was formed: its lead department and members."""

    lead_department: str
    members: list[str]
    by: str
    on: date


class _VisitFacts(DomainEvent):
    """What the leaders' schedules read of a visit (docs/contracts.md): where, when, which leaders go."""

    topic_id: str
    topic_title: str
    number: int  # the visit's number within the topic, from 1
    place: str
    starts_at: datetime
    ends_at: datetime
    leaders: list[str]  # the leaders who go (领导带队), on whose schedules the visit appears
    classification: ClassificationName


@registry.event("research.visit_planned")
class VisitPlanned(_VisitFacts):
    """安排调研行程（契约）：地点、时间、人员、随行领导 / a visit was planned: where, when, who, which leaders."""

    members: list[str]  # the team's members who go
    by: str


@registry.event("research.visit_moved")
class VisitMoved(_VisitFacts):
    """调研行程改期（契约）/ a planned visit was moved to another time or place."""

    by: str


@registry.event("research.visit_cancelled")
class VisitCancelled(_VisitFacts):
    """取消调研行程（契约）/ a planned visit was cancelled."""

    reason: str
    by: str


@registry.event("research.visit_recorded")
class VisitRecorded(DomainEvent):
    """调研记录：实地调研的所见所闻 / what the visit found was recorded."""

    number: int
    findings: str
    by: str
    on: date


@registry.event("research.report_submitted")
class ResearchReportSubmitted(DomainEvent):
    """报送调研报告（第N稿）/ a version of the research report was submitted, its file in the content store."""

    version: int  # 第N稿, from 1
    file: ReportFile
    note: str
    by: str
    on: date


@registry.event("research.instructed")
class ResearchInstructed(DomainEvent):
    """领导对调研报告的批示：交办主办、协办单位，开启督办事项 / the leader's 批示 on a version of the report,
    assigning what it asks for: it opens the supervision task `task_id`."""

    report_version: int
    title: str  # what the task is called: the topic's title
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None  # None: the office's default period
    classification: ClassificationName
    instructed_on: date
    task_id: str
