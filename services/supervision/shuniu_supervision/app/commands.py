"""The office's and the departments' commands on tasks, as plain functions over a unit of work.

Every command loads the task, refuses someone who may not see it with 404 (before anything else, so
that a task's existence does not leak), refuses a stale If-Match with 412, lets the task decide, and
records what it decided together with its read-model row and its deadline clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import UnitOfWork, Written
from shuniu_shared.web.commands import check_version

from shuniu_supervision.adapters.rows import lock_task_row
from shuniu_supervision.app.people import Viewer, everyone, require_visible
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.app.recording import record
from shuniu_supervision.domain.events import Classification, Priority, ReportingCycle, Source
from shuniu_supervision.domain.task import Actor, SupervisionTask, check_someone_takes_it_on

Decision = Callable[[SupervisionTask], list[DomainEvent]]


@dataclass(frozen=True)
class AdHocTask:  # 临时交办事项
    title: str
    description: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    priority: Priority
    reporting_cycle: ReportingCycle
    classification: Classification


def new_ad_hoc_id() -> str:
    return f"adhoc:{uuid.uuid4().hex[:12]}"


async def open_ad_hoc_task(
    uow: UnitOfWork, task: AdHocTask, *, by: Actor, on: date, policy: Policy, task_id: str | None = None
) -> tuple[SupervisionTask, Written]:
    """立项交办 by the office itself: the office is then the one who grants extensions."""
    check_someone_takes_it_on(task.lead_department, task.classification, everyone(policy.directory, policy))
    opened = SupervisionTask(task_id or new_ad_hoc_id())
    events = SupervisionTask.open(
        opened.id,
        source=Source(kind="ad_hoc"),
        title=task.title,
        description=task.description,
        lead_department=task.lead_department,
        co_departments=task.co_departments,
        deadline=task.deadline,
        priority=task.priority,
        reporting_cycle=task.reporting_cycle,
        classification=task.classification,
        assigned_by=by.id,
        opened_by=by.id,
        on=on,
    )
    return opened, await record(uow, opened, events, policy)


async def act_on_task(
    uow: UnitOfWork,
    task_id: str,
    decide: Decision,
    *,
    viewer: Viewer,
    policy: Policy,
    expected_version: int | None = None,
) -> tuple[SupervisionTask, Written]:
    """Load a task the viewer may see, let it decide, record the decision."""
    await lock_task_row(uow.connection, task_id)
    task = require_visible(await uow.load_or_new(SupervisionTask, task_id), viewer)
    check_version(task, expected_version)
    written = await record(uow, task, decide(task), policy)
    return task, written
