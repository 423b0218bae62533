"""The office's and the departments' commands on tasks, and the two handlers that run them.

Every step loads the task, refuses someone who may not see it as NotFound (first, so that a task's
existence does not leak) and a stale If-Match as PreconditionFailed, lets the task decide, and records it with its
read-model row and its deadline clock. A step without If-Match that lost the race for the task (most
often to the deadline clock) is decided again on the reloaded task, so a second 签收 is still refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written

from shuniu_supervision.adapters.rows import lock_task_row
from shuniu_supervision.app.people import domain_actor, load_task, require_visible, who_could_take_it_on
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.app.recording import record
from shuniu_supervision.domain.events import Priority, ReportingCycle, Source
from shuniu_supervision.domain.task import Actor as TaskActor
from shuniu_supervision.domain.task import Events, SupervisionTask, check_someone_takes_it_on


@dataclass(frozen=True)
class OpenTask(Command):  # 立项交办（临时交办事项）
    title: str
    description: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    priority: Priority
    reporting_cycle: ReportingCycle
    classification: ClassificationName
    on: date | None = field(default=None, kw_only=True)  # today, unless recorded after the fact (the demo)


@dataclass(frozen=True)
class TaskStep(Command):
    """A step on an existing task, decided by the task itself (domain/task.py)."""

    may_retry = True
    task_id: str
    on: date | None = field(default=None, kw_only=True)  # today, unless recorded after the fact (the demo)

    def check_names(self, directory: Directory) -> None:
        """The departments and people the step names exist (most steps name none)."""


@dataclass(frozen=True)
class SignFor(TaskStep):  # 签收
    pass


@dataclass(frozen=True)
class ReportProgress(TaskStep):  # 报告进展
    text: str
    percent: int


@dataclass(frozen=True)
class RequestExtension(TaskStep):  # 申请延期
    deadline: date
    reason: str


@dataclass(frozen=True)
class GrantExtension(TaskStep):  # 同意延期
    pass


@dataclass(frozen=True)
class RefuseExtension(TaskStep):  # 不同意延期
    reason: str


@dataclass(frozen=True)
class Urge(TaskStep):  # 催办
    message: str


@dataclass(frozen=True)
class ReportCompletion(TaskStep):  # 报告办结
    text: str


@dataclass(frozen=True)
class Close(TaskStep):  # 核实办结
    pass


@dataclass(frozen=True)
class Rate(TaskStep):  # 质量评价
    rating: int
    remark: str


@dataclass(frozen=True)
class Reopen(TaskStep):  # 退回重办
    reason: str


@dataclass(frozen=True)
class ReportInfeasible(TaskStep):  # 报告无法落实
    reason: str


@dataclass(frozen=True)
class Revise(TaskStep):  # 领导修改
    title: str
    description: str
    deadline: date


@dataclass(frozen=True)
class Reassign(TaskStep):  # 领导改派
    lead_department: str
    co_departments: list[str]
    deadline: date

    def check_names(self, directory: Directory) -> None:
        check_departments(directory, self.lead_department, self.co_departments)


@dataclass(frozen=True)
class Withdraw(TaskStep):  # 领导撤销
    reason: str


def decide(
    step: TaskStep,
    task: SupervisionTask,
    by: TaskActor,
    on: date,
    takers: Callable[[str, list[str]], list[tuple[TaskActor, str]]],
) -> Events:
    """What the task decides on each step (its rules: domain/task.py); `takers` names who could take
    the task on, were a lead department and co-departments to take part (for a 改派)."""
    match step:
        case SignFor():
            return task.acknowledge(by, on)
        case ReportProgress():
            return task.report_progress(by, step.text, step.percent, on)
        case RequestExtension():
            return task.request_extension(by, step.deadline, step.reason, on)
        case GrantExtension():
            return task.grant_extension(by, on)
        case RefuseExtension():
            return task.refuse_extension(by, step.reason, on)
        case Urge():
            return task.urge(by, step.message, on)
        case ReportCompletion():
            return task.report_completion(by, step.text, on)
        case Close():
            return task.close(by, on)
        case Rate():
            return task.rate(by, step.rating, step.remark, on)
        case Reopen():
            return task.reopen(by, step.reason, on)
        case ReportInfeasible():
            return task.report_infeasible(by, step.reason, on)
        case Revise():
            return task.revise(by, step.title, step.description, step.deadline, on)
        case Reassign():
            takers_there = takers(step.lead_department, step.co_departments)
            return task.reassign(
                by, step.lead_department, step.co_departments, step.deadline, on, takers_there
            )
        case Withdraw():
            return task.withdraw(by, step.reason, on)
    raise TypeError(f"no decision for {type(step).__name__}")


def check_departments(directory: Directory, lead: str, co: list[str]) -> None:
    directory.department(lead, field="lead_department")
    for code in co:
        directory.department(code, field="co_departments")


def new_ad_hoc_id() -> str:
    return f"adhoc:{uuid.uuid4().hex[:12]}"


async def open_task(command: OpenTask, uow: UnitOfWork, actor: Actor) -> Written:
    """立项交办 by the office itself: the office is then the one who grants extensions."""
    policy = policy_of(uow.runtime)
    check_departments(uow.directory, command.lead_department, command.co_departments)
    takers = who_could_take_it_on(
        uow.directory,
        policy,
        classification=command.classification,
        assigned_by=actor.person,
        lead_department=command.lead_department,
        co_departments=command.co_departments,
    )
    check_someone_takes_it_on(command.lead_department, command.classification, takers)
    opened = SupervisionTask(new_ad_hoc_id(), policy.oversight)
    opener = domain_actor(actor, uow.directory, policy)
    events = SupervisionTask.open(
        opened.id,
        source=Source(kind="ad_hoc"),
        title=command.title,
        description=command.description,
        lead_department=command.lead_department,
        co_departments=command.co_departments,
        deadline=command.deadline,
        priority=command.priority,
        reporting_cycle=command.reporting_cycle,
        classification=command.classification,
        assigned_by=opener.id,
        opened_by=opener.id,
        on=command.on or uow.today(),
        opener=opener,
    )
    written = await record(uow, opened, events, policy)
    return written.telling(stage=opened.stage.value)


async def take_step(command: TaskStep, uow: UnitOfWork, actor: Actor) -> Written:
    """Load a task the actor may see, at the version they saw, let it decide, record the decision."""
    policy = policy_of(uow.runtime)
    command.check_names(uow.directory)
    await lock_task_row(uow.connection, command.task_id)
    task = require_visible(await load_task(uow, command.task_id, policy), actor, uow.directory)
    check_version(task, command.expected_version)
    by = domain_actor(actor, uow.directory, policy)

    def takers(lead_department: str, co_departments: list[str]) -> list[tuple[TaskActor, str]]:
        return who_could_take_it_on(
            uow.directory,
            policy,
            classification=task.classification,
            assigned_by=task.assigned_by,
            lead_department=lead_department,
            co_departments=co_departments,
        )

    events = decide(command, task, by, command.on or uow.today(), takers)
    written = await record(uow, task, events, policy)
    return written.telling(stage=task.stage.value)
