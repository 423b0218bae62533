"""The office's views: tasks by department and light, the overdue list, one task and its whole
history, the lights per department, the on-time completion rate per department and month.

The read model is written in the same transaction as the events, so a reader is always caught up
with their own write; `min_position` is accepted for the gateway's sake and needs no waiting.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.commands import Actor
from shuniu_shared.errors import Forbidden
from shuniu_shared.eventstore import Reading
from shuniu_shared.web.commands import (
    Acting,
    HistoryEntry,
    Keyset,
    Page,
    PageRequest,
    Paging,
    history_of,
    shown_as,
)
from shuniu_shared.web.params import OfficeMonth

from shuniu_supervision.adapters.queries import (
    TaskFilter,
    completion_rates,
    light_of,
    lights_by_department,
    list_tasks,
)
from shuniu_supervision.api.caller import Caller, caller
from shuniu_supervision.app.people import domain_actor, load_task, require_visible
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.domain.clockwork import Light, approaching_on
from shuniu_supervision.domain.events import Source
from shuniu_supervision.domain.task import Stage, SupervisionTask, light_for

router = APIRouter(tags=["views 督办视图"])
MinPosition = Query(None, description="读己之写：本服务的读模型与事件同事务写入，无需等待 / always caught up")


class _Task(BaseModel):
    """What a list and the task itself both show of a task."""

    id: str
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date
    deadline_provisional: bool = Field(
        description="截止日所在年份的放假安排尚未公布（暂定）/ the deadline's year has no holiday notice yet"
    )
    stage: Stage
    priority: str
    percent: int
    light: Light | None
    classification: str
    closed_on: date | None
    on_time: bool | None
    version: int


class TaskSummary(_Task):
    source_kind: str
    extension_pending: bool


class ExtensionView(BaseModel):
    by: str
    deadline: date
    reason: str


class TaskDetail(_Task):
    description: str
    source: Source
    reporting_cycle: str
    assigned_by: str | None
    pending_extension: ExtensionView | None
    opened_on: date
    result: str | None
    may_decide: bool = Field(
        description="提问者是否交办人（答复延期、修改、改派、撤销）/ whether the caller assigned the task "
        "and so answers its extension requests and revises, re-assigns or withdraws it"
    )


class DepartmentRate(BaseModel):
    department: str
    month: str
    closed: int
    on_time: int
    rate: float


def _summary(row: Any, today: date, calendar: WorkingCalendar) -> TaskSummary:
    return shown_as(
        TaskSummary,
        row,
        id=row.task_id,
        deadline_provisional=calendar.is_provisional(row.deadline.year),
        light=light_of(row, today),
    )


@router.get("/tasks", summary="督办事项（按部门、亮灯、状态） / tasks by department, light and stage")
async def tasks(
    request: Request,
    actor: Acting,
    page: Paging,
    department: str | None = None,
    light: Light | None = None,
    stage: Stage | None = None,
    min_position: int | None = MinPosition,
) -> Page[TaskSummary]:
    return await _page(request, actor, page, TaskFilter(department=department, light=light, stage=stage))


@router.get("/tasks/overdue", summary="逾期清单 / the overdue list")
async def overdue(
    request: Request,
    actor: Acting,
    page: Paging,
    department: str | None = None,
    min_position: int | None = MinPosition,
) -> Page[TaskSummary]:
    return await _page(request, actor, page, TaskFilter(department=department, overdue_only=True))


SOONEST_FIRST = Keyset(deadline=date, id=str)  # the task lists' cursor: the last task's deadline and id


async def _page(request: Request, actor: Actor, page: PageRequest, wanted: TaskFilter) -> Page[TaskSummary]:
    who = caller(request, actor)
    async with who.runtime.store.engine.connect() as connection:
        rows, cursor = await list_tasks(
            connection, who.viewer, who.today, wanted, after=SOONEST_FIRST.after(page), limit=page.limit
        )
    return Page(
        items=[_summary(row, who.today, who.policy.calendar) for row in rows],
        next_cursor=SOONEST_FIRST.cursor(**cursor) if cursor else None,
    )


@router.get("/tasks/{task_id}", summary="督办事项详情 / one task")
async def task(task_id: str, request: Request, actor: Acting) -> TaskDetail:
    who = caller(request, actor)
    async with who.runtime.store.reading() as reading:
        found = await _visible(reading, task_id, who)
    return shown_as(
        TaskDetail,
        found,
        deadline_provisional=who.policy.calendar.is_provisional(found.deadline.year),
        light=_light(found, who.policy, who.today),
        pending_extension=ExtensionView(**vars(found.pending_extension)) if found.pending_extension else None,
        may_decide=found.is_decider(domain_actor(actor, who.runtime.directory, who.policy)),
    )


async def _visible(reading: Reading, task_id: str, who: Caller) -> SupervisionTask:
    return require_visible(await load_task(reading, task_id, who.policy), who.actor, who.runtime.directory)


def _light(task: SupervisionTask, policy: Policy, today: date) -> Light | None:
    return light_for(
        task.stage,
        deadline=task.deadline,
        yellow_from=approaching_on(policy.calendar, task.deadline, policy.approaching_working_days),
        completed_on=task.completion.on if task.completion else None,
        today=today,
    )


@router.get("/tasks/{task_id}/history", summary="督办事项全过程 / a task's whole history")
async def history(task_id: str, request: Request, actor: Acting) -> list[HistoryEntry]:
    who = caller(request, actor)
    async with who.runtime.store.reading() as reading:
        await _visible(reading, task_id, who)
        stored = await reading.store.read_stream(reading.connection, task_id)
    return history_of(stored)


@router.get("/views/lights", summary="各部门亮灯情况 / open tasks per department and light")
async def lights(request: Request, actor: Acting) -> dict[str, dict[str, int]]:
    who = caller(request, actor)
    async with who.runtime.store.engine.connect() as connection:
        return await lights_by_department(connection, who.viewer, who.today)


@router.get(
    "/views/completion-rates", summary="各部门按时办结率 / on-time completion rate by department and month"
)
async def rates(
    request: Request,
    actor: Acting,
    month: OfficeMonth | None = None,
) -> list[DepartmentRate]:
    who = caller(request, actor)
    if not who.viewer.sees_every_task:
        raise Forbidden(
            "按时办结率由办公室和领导查看", "the on-time rates are for the office and the leaders"
        )
    async with who.runtime.store.engine.connect() as connection:
        found = await completion_rates(connection, who.viewer, who.today, month)
    return [shown_as(DepartmentRate, r) for r in found]
