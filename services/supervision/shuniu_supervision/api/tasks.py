"""Commands on tasks: 立项 open, 签收, 进展, 延期, 催办, 办结, 退回, 无法落实 and the leader's answers.

Every route needs a signed-in person; which person may take which step on which task is the task's
own rule (domain/task.py), answered with 403 for a visible task and 404 for one the caller may not see.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor
from shuniu_shared.web.commands import Acting, Body, acting, run_command
from shuniu_shared.web.params import OfficeDate

from shuniu_supervision.app import commands
from shuniu_supervision.app.commands import take_step
from shuniu_supervision.domain.events import Priority, ReportingCycle

router = APIRouter(prefix="/tasks", tags=["tasks 督办事项"])
Supervisor = Annotated[Actor, Depends(acting("supervisor", "office_director"))]


class OpenTask(Body):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field("", max_length=5000)
    lead_department: str
    co_departments: list[str] = []
    deadline: OfficeDate
    priority: Priority = "normal"
    reporting_cycle: ReportingCycle = "none"
    classification: ClassificationName = "none"


class Progress(Body):
    text: str = Field(min_length=1, max_length=5000)
    percent: int = Field(ge=0, le=100)


class ExtensionRequest(Body):
    deadline: OfficeDate
    reason: str = Field(min_length=1, max_length=2000)


class Reason(Body):
    reason: str = Field(min_length=1, max_length=2000)


class Text(Body):
    text: str = Field(min_length=1, max_length=5000)


class Urge(Body):
    message: str = Field("", max_length=2000)


class Rating(Body):
    rating: int = Field(ge=1, le=5)
    remark: str = Field("", max_length=2000)


class Revision(Body):
    title: str = Field("", max_length=300)
    description: str = Field("", max_length=5000)
    deadline: OfficeDate


class Reassignment(Body):
    lead_department: str
    co_departments: list[str] = []
    deadline: OfficeDate


@router.post("", status_code=201, summary="立项交办（临时督办事项） / open an ad-hoc task")
async def open_task(body: OpenTask, request: Request, actor: Supervisor) -> JSONResponse:
    command = commands.OpenTask(
        title=body.title,
        description=body.description,
        lead_department=body.lead_department,
        co_departments=body.co_departments,
        deadline=body.deadline,
        priority=body.priority,
        reporting_cycle=body.reporting_cycle,
        classification=body.classification,
    )
    return await run_command(request, command, commands.open_task, actor, status=201)


@router.post("/{task_id}/acknowledge", summary="签收 / acknowledge (lead department)")
async def acknowledge(task_id: str, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.SignFor(task_id), take_step, actor)


@router.post("/{task_id}/progress", summary="报告进展 / report progress (lead department)")
async def report_progress(task_id: str, body: Progress, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(
        request, commands.ReportProgress(task_id, body.text, body.percent), take_step, actor
    )


@router.post("/{task_id}/extension", summary="申请延期 / request an extension (lead department)")
async def request_extension(
    task_id: str, body: ExtensionRequest, request: Request, actor: Acting
) -> JSONResponse:
    return await run_command(
        request, commands.RequestExtension(task_id, body.deadline, body.reason), take_step, actor
    )


@router.post("/{task_id}/extension/grant", summary="同意延期 / grant the extension (whoever assigned)")
async def grant_extension(task_id: str, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.GrantExtension(task_id), take_step, actor)


@router.post("/{task_id}/extension/refuse", summary="不同意延期 / refuse the extension (whoever assigned)")
async def refuse_extension(task_id: str, body: Reason, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.RefuseExtension(task_id, body.reason), take_step, actor)


@router.post("/{task_id}/urge", summary="催办 / urge (office)")
async def urge(task_id: str, body: Urge, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Urge(task_id, body.message), take_step, actor)


@router.post("/{task_id}/completion", summary="报告办结 / report completion (lead department)")
async def report_completion(task_id: str, body: Text, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.ReportCompletion(task_id, body.text), take_step, actor)


@router.post("/{task_id}/close", summary="核实办结 / verify and close (office)")
async def close(task_id: str, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Close(task_id), take_step, actor)


@router.post("/{task_id}/rating", summary="质量评价 / rate the closed result (whoever assigned)")
async def rate(task_id: str, body: Rating, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Rate(task_id, body.rating, body.remark), take_step, actor)


@router.post("/{task_id}/reopen", summary="退回重办 / reopen with a reason (office)")
async def reopen(task_id: str, body: Reason, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Reopen(task_id, body.reason), take_step, actor)


@router.post("/{task_id}/infeasibility", summary="报告无法落实 / report infeasible (lead department)")
async def report_infeasible(task_id: str, body: Reason, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.ReportInfeasible(task_id, body.reason), take_step, actor)


@router.post("/{task_id}/revise", summary="领导修改 / revise (the leader who decided)")
async def revise(task_id: str, body: Revision, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(
        request, commands.Revise(task_id, body.title, body.description, body.deadline), take_step, actor
    )


@router.post("/{task_id}/reassign", summary="领导改派 / re-assign (the leader who decided)")
async def reassign(task_id: str, body: Reassignment, request: Request, actor: Acting) -> JSONResponse:
    command = commands.Reassign(task_id, body.lead_department, body.co_departments, body.deadline)
    return await run_command(request, command, take_step, actor)


@router.post("/{task_id}/withdraw", summary="领导撤销 / withdraw (the leader who decided)")
async def withdraw(task_id: str, body: Reason, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, commands.Withdraw(task_id, body.reason), take_step, actor)
