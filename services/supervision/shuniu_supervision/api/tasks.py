"""Commands on tasks: 立项 open, 签收, 进展, 延期, 催办, 办结, 退回, 无法落实 and the leader's answers.

Every route needs a signed-in person; which person may take which step on which task is the task's
own rule (domain/task.py), answered with 403 for a visible task and 404 for one the caller may not see.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from shuniu_shared.errors import ConcurrencyError, RuleBroken
from shuniu_shared.eventstore import UnitOfWork, Written
from shuniu_shared.web.auth import Principal, current_principal, requires
from shuniu_shared.web.commands import Outcome, if_match, run_command
from shuniu_shared.web.params import OfficeDate

from shuniu_supervision.api.caller import Caller, caller
from shuniu_supervision.app.commands import AdHocTask, Decision, act_on_task, open_ad_hoc_task
from shuniu_supervision.domain.events import Classification, Priority, ReportingCycle
from shuniu_supervision.domain.task import SupervisionTask

router = APIRouter(prefix="/tasks", tags=["tasks 督办事项"])
RETRIES_ON_A_LOST_RACE = 3
Signed = Annotated[Principal, Depends(current_principal)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenTask(_Body):
    title: str = Field(min_length=1, max_length=300)
    description: str = Field("", max_length=5000)
    lead_department: str
    co_departments: list[str] = []
    deadline: OfficeDate
    priority: Priority = "normal"
    reporting_cycle: ReportingCycle = "none"
    classification: Classification = "none"


class Progress(_Body):
    text: str = Field(min_length=1, max_length=5000)
    percent: int = Field(ge=0, le=100)


class ExtensionRequest(_Body):
    deadline: OfficeDate
    reason: str = Field(min_length=1, max_length=2000)


class Reason(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class Text(_Body):
    text: str = Field(min_length=1, max_length=5000)


class Urge(_Body):
    message: str = Field("", max_length=2000)


class Revision(_Body):
    title: str = Field("", max_length=300)
    description: str = Field("", max_length=5000)
    deadline: OfficeDate


class Reassignment(_Body):
    lead_department: str
    co_departments: list[str] = []
    deadline: OfficeDate


def _answer(task: SupervisionTask, written: Written) -> dict[str, Any]:
    return {
        "id": task.id,
        "stage": task.stage.value,
        "version": written.version,
        "position": written.position,
    }


@router.post("", status_code=201, summary="立项交办（临时督办事项） / open an ad-hoc task")
async def open_task(
    body: OpenTask,
    request: Request,
    principal: Annotated[Principal, Depends(requires("supervisor", "office_director"))],
) -> JSONResponse:
    who = caller(request, principal)
    directory = who.runtime.directory
    directory.department(body.lead_department, field="lead_department")
    for code in body.co_departments:
        directory.department(code, field="co_departments")
    if not principal.clearance_reaches(body.classification):
        raise RuleBroken(
            "不能交办高于本人密级的督办事项",
            "you cannot open a task classified above your own clearance",
            code="above_clearance",
            field="classification",
        )

    async def command(uow: UnitOfWork) -> Outcome:
        task, written = await open_ad_hoc_task(
            uow, AdHocTask(**body.model_dump()), by=who.actor, on=who.today, policy=who.policy
        )
        return 201, _answer(task, written)

    return await run_command(request, who.runtime.store, command, actor=principal.sub)


async def _act(request: Request, who: Caller, task_id: str, decide: Decision) -> JSONResponse:
    """Run a step on a task. A caller who sent no If-Match asked for the step on the task as it is,
    not on a version they saw; when someone else appended to the task meanwhile (most often the
    deadline clock recording a reminder), the step is decided again on the reloaded task — its rules
    checked afresh, so a second 签收 is still refused — instead of bouncing a 409 to a person who
    could do nothing but press the button again. With If-Match, a moved version is the caller's
    business: 412 before deciding, or 409 if it moved during the command."""
    expected = if_match(request)

    async def command(uow: UnitOfWork) -> Outcome:
        task, written = await act_on_task(
            uow, task_id, decide, viewer=who.viewer, policy=who.policy, expected_version=expected
        )
        return 200, _answer(task, written)

    attempt = 1
    while True:
        try:
            return await run_command(request, who.runtime.store, command, actor=who.principal.sub)
        except ConcurrencyError:
            if expected is not None or attempt == RETRIES_ON_A_LOST_RACE:
                raise
            attempt += 1


@router.post("/{task_id}/acknowledge", summary="签收 / acknowledge (lead department)")
async def acknowledge(task_id: str, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.acknowledge(who.actor, who.today))


@router.post("/{task_id}/progress", summary="报告进展 / report progress (lead department)")
async def report_progress(task_id: str, body: Progress, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request,
        who,
        task_id,
        lambda task: task.report_progress(who.actor, body.text, body.percent, who.today),
    )


@router.post("/{task_id}/extension", summary="申请延期 / request an extension (lead department)")
async def request_extension(
    task_id: str, body: ExtensionRequest, request: Request, principal: Signed
) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request,
        who,
        task_id,
        lambda task: task.request_extension(who.actor, body.deadline, body.reason, who.today),
    )


@router.post("/{task_id}/extension/grant", summary="同意延期 / grant the extension (whoever assigned)")
async def grant_extension(task_id: str, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.grant_extension(who.actor, who.today))


@router.post("/{task_id}/extension/refuse", summary="不同意延期 / refuse the extension (whoever assigned)")
async def refuse_extension(task_id: str, body: Reason, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request, who, task_id, lambda task: task.refuse_extension(who.actor, body.reason, who.today)
    )


@router.post("/{task_id}/urge", summary="催办 / urge (office)")
async def urge(task_id: str, body: Urge, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.urge(who.actor, body.message, who.today))


@router.post("/{task_id}/completion", summary="报告办结 / report completion (lead department)")
async def report_completion(task_id: str, body: Text, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request, who, task_id, lambda task: task.report_completion(who.actor, body.text, who.today)
    )


@router.post("/{task_id}/close", summary="核实办结 / verify and close (office)")
async def close(task_id: str, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.close(who.actor, who.today))


@router.post("/{task_id}/reopen", summary="退回重办 / reopen with a reason (office)")
async def reopen(task_id: str, body: Reason, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.reopen(who.actor, body.reason, who.today))


@router.post("/{task_id}/infeasibility", summary="报告无法落实 / report infeasible (lead department)")
async def report_infeasible(task_id: str, body: Reason, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request, who, task_id, lambda task: task.report_infeasible(who.actor, body.reason, who.today)
    )


@router.post("/{task_id}/revise", summary="领导修改 / revise (the leader who decided)")
async def revise(task_id: str, body: Revision, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(
        request,
        who,
        task_id,
        lambda task: task.revise(who.actor, body.title, body.description, body.deadline, who.today),
    )


@router.post("/{task_id}/reassign", summary="领导改派 / re-assign (the leader who decided)")
async def reassign(task_id: str, body: Reassignment, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    directory = who.runtime.directory
    directory.department(body.lead_department, field="lead_department")
    for code in body.co_departments:
        directory.department(code, field="co_departments")
    return await _act(
        request,
        who,
        task_id,
        lambda task: task.reassign(
            who.actor, body.lead_department, body.co_departments, body.deadline, who.today
        ),
    )


@router.post("/{task_id}/withdraw", summary="领导撤销 / withdraw (the leader who decided)")
async def withdraw(task_id: str, body: Reason, request: Request, principal: Signed) -> JSONResponse:
    who = caller(request, principal)
    return await _act(request, who, task_id, lambda task: task.withdraw(who.actor, body.reason, who.today))
