"""Writing a task's read-model rows, in the transaction that saves its events."""

from __future__ import annotations

from datetime import date

from shuniu_shared.classification import Classification
from shuniu_shared.database import upsert
from shuniu_shared.eventstore import Written
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.adapters.tables import task_departments_table, tasks_table
from shuniu_supervision.domain.task import SupervisionTask


async def write_task_row(
    connection: AsyncConnection,
    task: SupervisionTask,
    written: Written,
    *,
    yellow_from: date,
    departments_changed: bool,
) -> None:
    values = {
        "task_id": task.id,
        "title": task.title,
        "source_kind": task.source.kind,
        "source_service": task.source.service,
        "source_id": task.source.id,
        "source_item": task.source.item,
        "lead_department": task.lead_department,
        "co_departments": task.co_departments,
        "assigned_by": task.assigned_by,
        "classification": task.classification,
        "classification_rank": Classification.parse(task.classification).rank,
        "priority": task.priority,
        "reporting_cycle": task.reporting_cycle,
        "stage": task.stage.value,
        "percent": task.percent,
        "deadline": task.deadline,
        "yellow_from": yellow_from,
        "opened_on": task.opened_on,
        "completed_on": task.completion.on if task.completion else None,
        "closed_on": task.closed_on,
        "on_time": task.on_time,
        "extension_pending": task.pending_extension is not None,
        "version": written.version,
        "position": written.position,
    }
    await upsert(connection, tasks_table, values)
    await connection.execute(
        delete(task_departments_table).where(task_departments_table.c.task_id == task.id)
    )
    await connection.execute(
        task_departments_table.insert(),
        [{"task_id": task.id, "department": task.lead_department, "part": "lead"}]
        + [{"task_id": task.id, "department": d, "part": "co"} for d in task.co_departments],
    )


async def lock_task_row(connection: AsyncConnection, task_id: str) -> None:
    """Take the task's row lock before loading the task (PostgreSQL; SQLite writers take turns anyway).

    Several writers meet on one task: a person's command, and the deadline clock, which on two
    replicas may fire two of the task's deadlines (its weekly report and its overdue) at the same
    moment. Without this lock both load version N and both append N+1; the store's unique
    (stream, version) refuses one, whose transaction rolls back: a command answers 409 for nothing,
    and a deadline waits for the scheduler's next pass (a lost race spends none of its attempts, but
    a task busy with people's steps would keep its reminder waiting). With it, the second writer waits
    for the first to commit and then loads version N+1 (READ COMMITTED reads what committed before
    each statement), so it appends N+2 at once. One crossing remains: the scheduler holds a
    deadline's row when it asks for the task's, while a command that moves the deadline (an extension
    granted) holds the task's row when it reschedules that deadline. PostgreSQL detects that deadlock
    and aborts one of the two; the command is decided again (api/tasks.py) and the deadline fires on
    the scheduler's next pass. A task being opened has no
    row yet; two openings of the same task are settled by the unique (stream, version) instead (see
    app/sources.py). Proved by tests/supervision/test_postgres_replicas.py.
    """
    if connection.dialect.name == "postgresql":
        await connection.execute(
            select(tasks_table.c.task_id).where(tasks_table.c.task_id == task_id).with_for_update()
        )
