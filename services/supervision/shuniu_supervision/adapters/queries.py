"""The office's views over the task rows: by department and light, overdue, on-time rates.

The light is not stored: it depends on today. Each colour is a condition on the stored deadline,
the stored approaching date (``yellow_from``) and today's date, so the database filters by colour.
(The colour itself is `domain.task.light_for`; the conditions below are the same rule in SQL.)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_supervision.adapters.tables import task_departments_table, tasks_table
from shuniu_supervision.app.people import Viewer
from shuniu_supervision.domain.clockwork import Light
from shuniu_supervision.domain.task import Stage, light_for

t = tasks_table
OPEN = [Stage.ASSIGNED.value, Stage.IN_PROGRESS.value, Stage.INFEASIBLE.value]
DONE = [Stage.COMPLETION_REPORTED.value, Stage.CLOSED.value]


def light_of(row: Any, today: date) -> Light | None:
    return light_for(
        Stage(row.stage),
        deadline=row.deadline,
        yellow_from=row.yellow_from,
        completed_on=row.completed_on,
        today=today,
    )


def _is(colour: Light, today: date) -> ColumnElement[bool]:
    is_open, is_done = t.c.stage.in_(OPEN), t.c.stage.in_(DONE)
    if colour is Light.RED:
        return or_(and_(is_open, t.c.deadline < today), and_(is_done, t.c.completed_on > t.c.deadline))
    if colour is Light.YELLOW:
        return and_(is_open, t.c.yellow_from <= today, t.c.deadline >= today)
    return or_(and_(is_open, t.c.yellow_from > today), and_(is_done, t.c.completed_on <= t.c.deadline))


def _visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """The tasks whose audience admits the viewer, in SQL (how it is the same rule: `Viewer`)."""
    cleared = t.c.classification_rank <= viewer.clearance_rank
    if viewer.sees_every_task:
        return cleared
    takes_part = t.c.task_id.in_(
        select(task_departments_table.c.task_id).where(
            task_departments_table.c.department.in_(sorted(viewer.reach))
        )
    )
    return and_(cleared, or_(takes_part, t.c.assigned_by == viewer.person))


@dataclass(frozen=True)
class TaskFilter:
    department: str | None = None  # leads or assists
    light: Light | None = None
    stage: Stage | None = None
    overdue_only: bool = False


def _filtered(viewer: Viewer, today: date, wanted: TaskFilter) -> Select[Any]:
    query = select(t).where(_visible_to(viewer))
    if wanted.department:
        query = query.where(
            t.c.task_id.in_(
                select(task_departments_table.c.task_id).where(
                    task_departments_table.c.department == wanted.department
                )
            )
        )
    if wanted.light:
        query = query.where(_is(wanted.light, today))
    if wanted.stage:
        query = query.where(t.c.stage == wanted.stage.value)
    if wanted.overdue_only:
        query = query.where(t.c.stage.in_(OPEN), t.c.deadline < today)
    return query


async def list_tasks(
    connection: AsyncConnection,
    viewer: Viewer,
    today: date,
    wanted: TaskFilter,
    *,
    after: dict[str, Any] | None,
    limit: int,
) -> tuple[list[Any], dict[str, Any] | None]:
    """Tasks by deadline (soonest first), one page; the cursor is the last row's (deadline, id)."""
    query = _filtered(viewer, today, wanted)
    if after:
        last = after["deadline"], after["id"]
        query = query.where(or_(t.c.deadline > last[0], and_(t.c.deadline == last[0], t.c.task_id > last[1])))
    rows = list(await connection.execute(query.order_by(t.c.deadline, t.c.task_id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = {"deadline": rows[-1].deadline, "id": rows[-1].task_id} if more and rows else None
    return rows, cursor


async def lights_by_department(
    connection: AsyncConnection, viewer: Viewer, today: date
) -> dict[str, dict[str, int]]:
    """For each lead department, how many of its tasks still open show each colour."""
    rows = await connection.execute(_filtered(viewer, today, TaskFilter()).where(t.c.stage.in_(OPEN)))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {c.value: 0 for c in Light})
    for row in rows:
        colour = light_of(row, today)
        if colour is not None:
            counts[row.lead_department][colour.value] += 1
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class CompletionRate:  # 按时办结率
    department: str
    month: str  # YYYY-MM of 办结
    closed: int
    on_time: int

    @property
    def rate(self) -> float:
        return round(self.on_time / self.closed, 4) if self.closed else 0.0


async def completion_rates(
    connection: AsyncConnection, viewer: Viewer, today: date, month: str | None
) -> list[CompletionRate]:
    """Closed tasks per lead department and month of closing, and how many of them were on time."""
    query = _filtered(viewer, today, TaskFilter(stage=Stage.CLOSED))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in await connection.execute(query):
        closed_month = row.closed_on.strftime("%Y-%m")
        if month and closed_month != month:
            continue
        tally[(row.lead_department, closed_month)][0] += 1
        tally[(row.lead_department, closed_month)][1] += bool(row.on_time)
    return [CompletionRate(d, m, closed, on_time) for (d, m), (closed, on_time) in sorted(tally.items())]
