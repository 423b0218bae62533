"""What happens when a task's deadline comes: the task records it as an event, once.

Each handler runs inside the scheduler's transaction that claims the deadline (see app/clock.py),
so the event and the claim commit together or not at all.
"""

from __future__ import annotations

from datetime import date

from shuniu_shared.clock import office_date
from shuniu_shared.deadlines import Deadline, DeadlineHandler
from shuniu_shared.eventstore import UnitOfWork

from shuniu_supervision.adapters.rows import lock_task_row
from shuniu_supervision.app.clock import APPROACHING, OVERDUE, REPORT_DUE, schedule_report
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.app.recording import record
from shuniu_supervision.domain.task import SupervisionTask


def handlers(policy: Policy) -> dict[str, DeadlineHandler]:
    async def task_of(deadline: Deadline, uow: UnitOfWork) -> SupervisionTask:
        await lock_task_row(uow.connection, deadline.stream_id)  # see there: a concurrent step waits
        return (await uow.load(SupervisionTask, deadline.stream_id)).overseen_by(policy.oversight)

    async def approaching(deadline: Deadline, uow: UnitOfWork) -> None:
        task = await task_of(deadline, uow)
        due = date.fromisoformat(deadline.payload["deadline"])
        await record(uow, task, task.raise_approaching(due, office_date(uow.store.clock.now())), policy)

    async def overdue(deadline: Deadline, uow: UnitOfWork) -> None:
        task = await task_of(deadline, uow)
        due = date.fromisoformat(deadline.payload["deadline"])
        await record(uow, task, task.raise_overdue(due, office_date(uow.store.clock.now())), policy)

    async def report_due(deadline: Deadline, uow: UnitOfWork) -> None:
        task = await task_of(deadline, uow)
        due_on = date.fromisoformat(deadline.payload["due_on"])
        period_start = date.fromisoformat(deadline.payload["period_start"])
        await record(uow, task, task.raise_report_due(due_on, period_start), policy)
        if not task.stage.is_final:
            await schedule_report(uow.connection, task, due_on)  # the chain: each report schedules the next

    return {APPROACHING: approaching, OVERDUE: overdue, REPORT_DUE: report_due}
