"""Petitions (信访): registration, routing, acceptance or objection, assignment, extension, reply,
复查 and 复核 — and every statutory clock shown with its due date and the days left."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import office_date
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import Principal, current_principal, requires
from shuniu_shared.web.commands import Page, PageRequest, if_match, page_request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.queries import keyset_page
from shuniu_reception.adapters.tables import petitions
from shuniu_reception.api.common import (
    PETITION_STAFF,
    SEES_ALL_PETITIONS,
    keys,
    new_id,
    run,
    runtime_of,
)
from shuniu_reception.app import petitions as handlers
from shuniu_reception.app.people import PersonDetails, describe_people
from shuniu_reception.app.personal_data import HIDDEN, key_id_of
from shuniu_reception.domain.clocks import CLOCK_TITLES, WORKING_DAY_CLOCKS, ClockName
from shuniu_reception.domain.petitions import Petition

router = APIRouter(tags=["petitions 信访"])
Staff = Annotated[Principal, Depends(requires(*PETITION_STAFF))]


class PersonIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    id_number: str | None = Field(None, description="居民身份证号，18 位")
    phone: str | None = Field(None, max_length=30)
    address: str | None = Field(None, max_length=300)

    def details(self) -> PersonDetails:
        return PersonDetails(self.name, self.id_number, self.phone, self.address)


class RegisterPetition(BaseModel):
    petitioner: PersonIn
    channel: Literal["letter", "visit", "phone", "online"]
    content: str = Field(min_length=1, max_length=20000)
    received_on: date


class RoutePetition(BaseModel):
    to_department: str
    routed_on: date | None = None


class AcceptPetition(BaseModel):
    notice: str = Field(min_length=1, description="书面告知的文号或内容")
    accepted_on: date | None = None


class ObjectToPetition(BaseModel):
    reason: str = Field(min_length=1)
    objected_on: date | None = None


class AssignPetition(BaseModel):
    department: str
    summary: str = Field(min_length=1, max_length=2000, description="交办摘要，不含个人信息")


class ExtendHandling(BaseModel):
    days: int = Field(ge=1)
    reason: str = Field(min_length=1)
    approved_by: str
    petitioner_told_on: date


class ReplyToPetition(BaseModel):
    reply: str = Field(min_length=1)
    replied_on: date | None = None


class RequestReview(BaseModel):
    grounds: str = Field(min_length=1)
    requested_on: date | None = None


class HoldHearing(BaseModel):
    from_on: date
    to_on: date


class DecideReview(BaseModel):
    outcome: Literal["upheld", "revised"]
    opinion: str = Field(min_length=1)
    decided_on: date | None = None


def _today(request: Request) -> date:
    return office_date(runtime_of(request).store.clock.now())


@router.post("/petitions", status_code=201, summary="登记信访事项 / register a petition")
async def register(body: RegisterPetition, request: Request, principal: Staff) -> JSONResponse:
    petition_id = new_id("petition")
    return await run(
        request,
        principal,
        lambda uow: handlers.register_petition(
            uow,
            keys(),
            petition_id=petition_id,
            petitioner=body.petitioner.details(),
            channel=body.channel,
            content=body.content,
            received_on=body.received_on,
            by=principal.sub,
        ),
        status=201,
    )


@router.post("/petitions/{petition_id}/route", summary="转送交办 (15 日内) / route")
async def route(petition_id: str, body: RoutePetition, request: Request, principal: Staff) -> JSONResponse:
    runtime = runtime_of(request)
    on = body.routed_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.route_petition(
            uow,
            runtime.directory,
            runtime.calendar,
            petition_id,
            body.to_department,
            on,
            principal.sub,
            expected=if_match(request),
        ),
    )


@router.post("/petitions/{petition_id}/accept", summary="受理并书面告知 (15 日内) / accept")
async def accept(petition_id: str, body: AcceptPetition, request: Request, principal: Staff) -> JSONResponse:
    on = body.accepted_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.accept_petition(uow, petition_id, on, body.notice, expected=if_match(request)),
    )


@router.post("/petitions/{petition_id}/object", summary="提出异议 (5 个工作日内) / object: outside the remit")
async def object_(
    petition_id: str, body: ObjectToPetition, request: Request, principal: Staff
) -> JSONResponse:
    on = body.objected_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.object_to_petition(
            uow, petition_id, on, body.reason, expected=if_match(request)
        ),
    )


@router.post("/petitions/{petition_id}/assign", summary="交办部门（开启督办）/ assign to a department")
async def assign(petition_id: str, body: AssignPetition, request: Request, principal: Staff) -> JSONResponse:
    directory = runtime_of(request).directory
    return await run(
        request,
        principal,
        lambda uow: handlers.assign_petition(
            uow,
            keys(),
            directory,
            petition_id,
            body.department,
            body.summary,
            principal.sub,
            expected=if_match(request),
        ),
    )


@router.post("/petitions/{petition_id}/extend", summary="延长办理期限（一次，≤30 日）/ extend handling")
async def extend(petition_id: str, body: ExtendHandling, request: Request, principal: Staff) -> JSONResponse:
    directory = runtime_of(request).directory
    return await run(
        request,
        principal,
        lambda uow: handlers.extend_handling(
            uow,
            directory,
            petition_id,
            days=body.days,
            reason=body.reason,
            approved_by=body.approved_by,
            petitioner_told_on=body.petitioner_told_on,
            expected=if_match(request),
        ),
    )


@router.post("/petitions/{petition_id}/reply", summary="书面答复（督办办结后）/ reply")
async def reply(petition_id: str, body: ReplyToPetition, request: Request, principal: Staff) -> JSONResponse:
    on = body.replied_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.reply_to_petition(
            uow, keys(), petition_id, on, body.reply, expected=if_match(request)
        ),
    )


@router.post(
    "/petitions/{petition_id}/review-requests", summary="请求复查 / 复核 (30 日内) / ask for a review"
)
async def review_request(
    petition_id: str, body: RequestReview, request: Request, principal: Staff
) -> JSONResponse:
    on = body.requested_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.request_review(
            uow, keys(), petition_id, on, body.grounds, expected=if_match(request)
        ),
    )


@router.post("/petitions/{petition_id}/hearings", summary="听证（不计入复查/复核期限）/ a hearing")
async def hearing(petition_id: str, body: HoldHearing, request: Request, principal: Staff) -> JSONResponse:
    return await run(
        request,
        principal,
        lambda uow: handlers.hold_hearing(
            uow, petition_id, body.from_on, body.to_on, expected=if_match(request)
        ),
    )


@router.post("/petitions/{petition_id}/review-decisions", summary="复查 / 复核意见 / decide a review")
async def review_decision(
    petition_id: str, body: DecideReview, request: Request, principal: Staff
) -> JSONResponse:
    on = body.decided_on or _today(request)
    return await run(
        request,
        principal,
        lambda uow: handlers.decide_review(
            uow, petition_id, on, body.outcome, body.opinion, expected=if_match(request)
        ),
    )


@router.get("/petitions/{petition_id}", summary="信访事项及其时限 / a petition with its clocks")
async def get_petition(
    petition_id: str, request: Request, principal: Annotated[Principal, Depends(current_principal)]
) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.unit_of_work() as uow:
        petition = await uow.load(Petition, petition_id)
        _visible(request, principal, petition.department)
        return await petition_view(uow.connection, petition, principal, _today(request), runtime.calendar)


@router.get("/petitions", summary="信访事项列表 / petitions the caller may see")
async def list_petitions(
    request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
    page: Annotated[PageRequest, Depends(page_request)],
    stage: str | None = Query(None, description="registered, routed, accepted, assigned, replied, …"),
) -> Page[dict[str, Any]]:
    runtime = runtime_of(request)
    query = select(petitions)
    if not principal.has_any_role(SEES_ALL_PETITIONS):
        departments = [
            d for d in runtime.directory.departments if runtime.directory.is_within(principal.dept, d)
        ]
        query = query.where(petitions.c.department.in_(departments))
    if stage:
        query = query.where(petitions.c.stage == stage)
    today = _today(request)
    async with runtime.store.engine.connect() as connection:
        rows, cursor = await keyset_page(
            connection, query, petitions.c.registered_at, petitions.c.petition_id, page
        )
    items = [
        {
            "id": r.petition_id,
            "case_number": r.case_number,
            "channel": r.channel,
            "stage": r.stage,
            "received_on": r.received_on.isoformat(),
            "department": r.department,
            "summary": r.summary,
            "task_id": r.task_id,
            "next_clock": r.next_clock,
            "next_due_on": r.next_due_on.isoformat() if r.next_due_on else None,
            "days_left": (r.next_due_on - today).days if r.next_due_on else None,
            "next_due_provisional": bool(
                r.next_due_on and provisional(runtime.calendar, ClockName(r.next_clock), r.next_due_on)
            ),
        }
        for r in rows
    ]
    return Page(items=items, next_cursor=cursor)


def _visible(request: Request, principal: Principal, department: str | None) -> None:
    """Petition staff and leaders see every petition; a department sees those assigned or routed to
    it; anyone else is told it does not exist (its existence must not leak)."""
    if principal.has_any_role(SEES_ALL_PETITIONS):
        return
    if department is not None and runtime_of(request).directory.is_within(principal.dept, department):
        return
    raise NotFound("未找到该信访事项", "the petition was not found")


def provisional(calendar: WorkingCalendar, clock: ClockName, due_on: date) -> bool:
    """暂定: a working-day clock due in a year whose holiday notice is not installed yet."""
    return clock in WORKING_DAY_CLOCKS and calendar.is_provisional(due_on.year)


async def petition_view(
    connection: AsyncConnection,
    petition: Petition,
    principal: Principal,
    today: date,
    calendar: WorkingCalendar,
) -> dict[str, Any]:
    reveal = principal.has_any_role(PETITION_STAFF)
    petitioner = (await describe_people(connection, keys(), [petition.person_id], reveal=reveal)).get(
        petition.person_id
    )
    content = HIDDEN
    if reveal:
        opener = await keys().opener(connection, [petition.content])
        content = opener.show("content", petition.content) or ""
    return {
        "id": petition.id,
        "version": petition.version,
        "case_number": petition.case_number,
        "stage": petition.stage,
        "channel": petition.channel,
        "received_on": petition.received_on.isoformat() if petition.received_on else None,
        "department": petition.department,
        "petitioner": petitioner,
        "content": content,
        "extended": petition.extended,
        "supervision": {"task_id": petition.task_id, "closed": petition.task_closed}
        if petition.task_id
        else None,
        "clocks": [
            {
                "name": c.name.value,
                "title": CLOCK_TITLES[c.name],
                "due_on": c.due_on.isoformat(),
                "met_on": c.met_on.isoformat() if c.met_on else None,
                "days_left": None if c.met_on else c.days_left(today),
                "status": c.status(today),
                "provisional": provisional(calendar, c.name, c.due_on),
            }
            for c in sorted(petition.clocks.values(), key=lambda c: c.due_on)
        ],
    }


@router.get("/petitions/{petition_id}/history", summary="信访事项的全部记录 / every step, in order")
async def history(petition_id: str, request: Request, principal: Staff) -> dict[str, Any]:
    """Each event as stored, who caused it and when; sealed fields opened for the petitions office
    (or shown as erased once the petitioner was forgotten)."""
    store = runtime_of(request).store
    async with store.engine.connect() as connection:
        stored = await store.read_stream(connection, petition_id)
        if not stored:
            raise NotFound("未找到该信访事项", "the petition was not found")
        tokens = [v for e in stored for v in e.data.values() if isinstance(v, str) and key_id_of(v)]
        opener = await keys().opener(connection, tokens)
    return {
        "id": petition_id,
        "events": [
            {
                "position": e.position,
                "version": e.version,
                "type": e.type,
                "time": e.time.isoformat(),
                "actor": e.context.get("actor"),
                "data": {
                    field: opener.show(field, value) if isinstance(value, str) and key_id_of(value) else value
                    for field, value in e.data.items()
                },
            }
            for e in stored
        ],
    }
