"""A task's deadline clock on the shared scheduler: 临近提醒, 逾期 and 定期报告, each fired exactly once.

The deadlines are scheduled in the transaction that gives the task its deadline (opening it,
granting an extension, revising or re-assigning it) and cancelled in the one that ends it, so the
clock and the task can never disagree after a crash. Exactly once across restarts and replicas is
the shared scheduler's guarantee (a deadline is claimed in the same transaction as the event its
handler appends; on PostgreSQL, FOR UPDATE SKIP LOCKED keeps two replicas off the same row); the
keys carry the deadline they were made for (``<task>:overdue:2026-12-01``), so after an extension the
new deadline's reminders fire once more, and the old ones — cancelled, or if already fired, kept as
history — never fire again. Tested in tests/supervision/test_deadline_clock.py and
test_postgres_replicas.py (two replicas). Handlers: app/deadlines.py.
"""

from __future__ import annotations

from datetime import date, datetime, time

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.deadlines import Deadline, cancel, cancel_stream, schedule
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.app.policy import Policy
from shuniu_supervision.domain.clockwork import approaching_on, next_report_due, overdue_on
from shuniu_supervision.domain.task import SupervisionTask

APPROACHING, OVERDUE, REPORT_DUE = "approaching", "overdue", "report-due"
OFFICE_HOURS = time(9, 0)  # reminders reach people when they are at work; overdue starts at midnight


def at(day: date, hour: time = time(0, 0)) -> datetime:
    """An instant on a civil date in Asia/Shanghai (the scheduler stores it as a UTC instant)."""
    return datetime.combine(day, hour, tzinfo=OFFICE_TZ)


async def start_deadline_clock(connection: AsyncConnection, task: SupervisionTask, policy: Policy) -> None:
    """The reminders for the task's current deadline."""
    yellow = approaching_on(policy.calendar, task.deadline, policy.approaching_working_days)
    payload = {"deadline": task.deadline.isoformat()}
    await schedule(
        connection,
        Deadline(
            f"{task.id}:{APPROACHING}:{task.deadline}",
            task.id,
            APPROACHING,
            at(yellow, OFFICE_HOURS),
            payload,
        ),
    )
    await schedule(
        connection,
        Deadline(
            f"{task.id}:{OVERDUE}:{task.deadline}", task.id, OVERDUE, at(overdue_on(task.deadline)), payload
        ),
    )


async def stop_deadline_clock(connection: AsyncConnection, task_id: str, deadline: date) -> None:
    for kind in (APPROACHING, OVERDUE):
        await cancel(connection, f"{task_id}:{kind}:{deadline}")


async def schedule_report(connection: AsyncConnection, task: SupervisionTask, period_start: date) -> None:
    """The next 定期报告 of the task's reporting cycle, a week or a month after `period_start`."""
    due = next_report_due(task.reporting_cycle, period_start)
    if due is None:
        return
    await schedule(
        connection,
        Deadline(
            f"{task.id}:{REPORT_DUE}:{due}",
            task.id,
            REPORT_DUE,
            at(due, OFFICE_HOURS),
            {"due_on": due.isoformat(), "period_start": period_start.isoformat()},
        ),
    )


async def stop_everything(connection: AsyncConnection, task_id: str) -> None:
    """A task closed or withdrawn: whatever of its clock has not fired never will (the pending
    report's key depends on its cycle, so the task's deadlines are cancelled by stream, not by key)."""
    await cancel_stream(connection, task_id)
