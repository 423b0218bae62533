"""Saving a task's new events, and with them (same transaction) its read-model rows and its clock."""

from __future__ import annotations

from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import UnitOfWork, Written

from shuniu_supervision.adapters.rows import write_task_row
from shuniu_supervision.app.clock import (
    schedule_report,
    start_deadline_clock,
    stop_deadline_clock,
    stop_everything,
)
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.domain.clockwork import approaching_on
from shuniu_supervision.domain.task import SupervisionTask


async def record(
    uow: UnitOfWork, task: SupervisionTask, events: list[DomainEvent], policy: Policy
) -> Written:
    """Append what the task decided; keep its row and its deadline clock in step, atomically."""
    if not events:
        return Written(task.id, task.version, 0)
    was_new, deadline_before = not task.exists, task.deadline
    departments_before = (task.lead_department, task.co_departments)
    written = await uow.save(task, events)
    connection = uow.connection
    if was_new:
        await start_deadline_clock(connection, task, policy)
        await schedule_report(connection, task, task.opened_on)
    elif task.stage.is_final:
        await stop_everything(connection, task.id)
    elif task.deadline != deadline_before:
        await stop_deadline_clock(connection, task.id, deadline_before)
        await start_deadline_clock(connection, task, policy)
    yellow_from = approaching_on(policy.calendar, task.deadline, policy.approaching_working_days)
    departments_changed = (task.lead_department, task.co_departments) != departments_before
    await write_task_row(
        connection, task, written, yellow_from=yellow_from, departments_changed=departments_changed
    )
    return written
