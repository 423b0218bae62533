"""Petitions (信访): registration, routing, acceptance or objection, assignment, extension (asked by
the petitions office, decided by a responsible official, told to the petitioner), reply, 复查 and
复核 — and every statutory clock shown with its due date and the days left."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import office_date
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import Principal, SignedIn
from shuniu_shared.web.commands import (
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeDate
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.queries import keyset_page
from shuniu_reception.adapters.tables import petitions
from shuniu_reception.api.common import PETITION_STAFF, load_seen, new_id, shown_to
from shuniu_reception.app import petitions as handlers
from shuniu_reception.app.people import PERSONAL_FIELDS, PersonDetails, describe_people
from shuniu_reception.app.personal_data import HIDDEN, Opener, key_id_of, personal_data
from shuniu_reception.domain.clocks import CLOCK_TITLES, WORKING_DAY_CLOCKS, ClockName
from shuniu_reception.domain.petitions import EXTENSION_APPROVERS, Petition, petition_audience

router = APIRouter(tags=["petitions 信访"])
Staff = Annotated[Actor, Depends(acting(*PETITION_STAFF))]
Approver = Annotated[Actor, Depends(acting(*sorted(EXTENSION_APPROVERS)))]
# For whoever may not see it, a petition does not exist: the words a missing one gets, since its
# existence must not leak (the store's own "未找到 <id>" for a missing one was an oracle).
NOT_FOUND = ("未找到该信访事项", "the petition was not found")


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
    received_on: OfficeDate


class RoutePetition(BaseModel):
    to_department: str
    routed_on: OfficeDate | None = None


class AcceptPetition(BaseModel):
    notice: str = Field(min_length=1, description="书面告知的文号或内容")
    accepted_on: OfficeDate | None = None


class ObjectToPetition(BaseModel):
    reason: str = Field(min_length=1)
    objected_on: OfficeDate | None = None


class AssignPetition(BaseModel):
    department: str
    summary: str = Field(min_length=1, max_length=2000, description="交办摘要，不含个人信息")


class RequestExtension(BaseModel):
    days: int = Field(ge=1, description="拟延长日数，不超过 30 日")
    reason: str = Field(min_length=1, description="情况复杂的理由，将告知信访人")
    requested_on: OfficeDate | None = None


class DecideExtension(BaseModel):
    decision: Literal["approve", "refuse"]
    opinion: str = Field("", description="不批准时必填")
    decided_on: OfficeDate | None = None


class TellOfExtension(BaseModel):
    told_on: OfficeDate | None = None


class ReplyToPetition(BaseModel):
    reply: str = Field(min_length=1)
    replied_on: OfficeDate | None = None


class RequestReview(BaseModel):
    grounds: str = Field(min_length=1)
    requested_on: OfficeDate | None = None


class HoldHearing(BaseModel):
    from_on: OfficeDate
    to_on: OfficeDate


class DecideReview(BaseModel):
    outcome: Literal["upheld", "revised"]
    opinion: str = Field(min_length=1)
    decided_on: OfficeDate | None = None


def _today(request: Request) -> date:
    return office_date(runtime_of(request).store.clock.now())


@router.post("/petitions", status_code=201, summary="登记信访事项 / register a petition")
async def register(body: RegisterPetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.RegisterPetition(
        new_id("petition"),
        petitioner=body.petitioner.details(),
        channel=body.channel,
        content=body.content,
        received_on=body.received_on,
    )
    return await run_command(request, command, handlers.register_petition, actor, status=201)


@router.post("/petitions/{petition_id}/route", summary="转送交办 (15 日内) / route")
async def route(petition_id: str, body: RoutePetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.RoutePetition(petition_id, body.to_department, body.routed_on)
    return await run_command(request, command, handlers.route_petition, actor)


@router.post("/petitions/{petition_id}/accept", summary="受理并书面告知 (15 日内) / accept")
async def accept(petition_id: str, body: AcceptPetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.AcceptPetition(petition_id, body.notice, body.accepted_on)
    return await run_command(request, command, handlers.accept_petition, actor)


@router.post("/petitions/{petition_id}/object", summary="提出异议 (5 个工作日内) / object: outside the remit")
async def object_(petition_id: str, body: ObjectToPetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.ObjectToPetition(petition_id, body.reason, body.objected_on)
    return await run_command(request, command, handlers.object_to_petition, actor)


@router.post("/petitions/{petition_id}/assign", summary="交办部门（开启督办）/ assign to a department")
async def assign(petition_id: str, body: AssignPetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.AssignPetition(petition_id, body.department, body.summary)
    return await run_command(request, command, handlers.assign_petition, actor)


@router.post(
    "/petitions/{petition_id}/extension-request", summary="申请延期（一次，≤30 日）/ ask for an extension"
)
async def request_extension(
    petition_id: str, body: RequestExtension, request: Request, actor: Staff
) -> JSONResponse:
    command = handlers.RequestExtension(petition_id, body.days, body.reason, body.requested_on)
    return await run_command(request, command, handlers.request_extension, actor)


@router.post(
    "/petitions/{petition_id}/extension-decision",
    summary="本机关负责人批准或不批准延期 / a responsible official decides the extension",
)
async def decide_extension(
    petition_id: str, body: DecideExtension, request: Request, actor: Approver
) -> JSONResponse:
    command = handlers.DecideExtension(petition_id, body.decision == "approve", body.opinion, body.decided_on)
    return await run_command(request, command, handlers.decide_extension, actor)


@router.post(
    "/petitions/{petition_id}/extension-notice",
    summary="告知信访人延期及理由 / tell the petitioner of the extension",
)
async def tell_of_extension(
    petition_id: str, body: TellOfExtension, request: Request, actor: Staff
) -> JSONResponse:
    command = handlers.TellPetitionerOfExtension(petition_id, body.told_on)
    return await run_command(request, command, handlers.tell_petitioner_of_extension, actor)


@router.post("/petitions/{petition_id}/reply", summary="书面答复（督办办结后）/ reply")
async def reply(petition_id: str, body: ReplyToPetition, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.ReplyToPetition(petition_id, body.reply, body.replied_on)
    return await run_command(request, command, handlers.reply_to_petition, actor)


@router.post(
    "/petitions/{petition_id}/review-requests", summary="请求复查 / 复核 (30 日内) / ask for a review"
)
async def review_request(
    petition_id: str, body: RequestReview, request: Request, actor: Staff
) -> JSONResponse:
    command = handlers.RequestReview(petition_id, body.grounds, body.requested_on)
    return await run_command(request, command, handlers.request_review, actor)


@router.post("/petitions/{petition_id}/hearings", summary="听证（不计入复查/复核期限）/ a hearing")
async def hearing(petition_id: str, body: HoldHearing, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.HoldHearing(petition_id, body.from_on, body.to_on)
    return await run_command(request, command, handlers.hold_hearing, actor)


@router.post("/petitions/{petition_id}/review-decisions", summary="复查 / 复核意见 / decide a review")
async def review_decision(
    petition_id: str, body: DecideReview, request: Request, actor: Staff
) -> JSONResponse:
    command = handlers.DecideReview(petition_id, body.outcome, body.opinion, body.decided_on)
    return await run_command(request, command, handlers.decide_review, actor)


@router.get("/petitions/{petition_id}", summary="信访事项及其时限 / a petition with its clocks")
async def get_petition(petition_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        petition = await load_seen(
            reading, Petition, petition_id, principal, runtime.directory, NotFound(*NOT_FOUND)
        )
        return await petition_view(reading.connection, petition, principal, _today(request), runtime.calendar)


@router.get("/petitions", summary="信访事项列表 / petitions the caller may see")
async def list_petitions(
    request: Request,
    principal: SignedIn,
    page: Paging,
    stage: str | None = Query(None, description="registered, routed, accepted, assigned, replied, …"),
) -> Page[dict[str, Any]]:
    runtime = runtime_of(request)
    query = select(petitions)
    if stage:
        query = query.where(petitions.c.stage == stage)
    today = _today(request)
    async with runtime.store.engine.connect() as connection:
        rows, cursor = await keyset_page(
            connection,
            query,
            petitions.c.registered_at,
            petitions.c.petition_id,
            page,
            shown=shown_to(principal, runtime.directory, lambda row: petition_audience(row.department)),
        )
        opener = await personal_data().opener(connection, [r.summary for r in rows])
    items = [
        {
            "id": r.petition_id,
            "case_number": r.case_number,
            "channel": r.channel,
            "stage": r.stage,
            "received_on": r.received_on.isoformat(),
            "department": r.department,
            "summary": opener.text("summary", r.summary),
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
    opened = PERSONAL_FIELDS if reveal else ()
    petitioner = (
        await describe_people(connection, personal_data(), [petition.person_id], reveal=opened)
    ).get(petition.person_id)
    extension = petition.extension
    # The office's own text on the case is for whoever may open the petition (the department works
    # from the 交办 summary); what the petitioner wrote, only for the petitions office.
    case_text = [petition.notice, petition.objection, petition.summary, petition.review_opinion]
    if extension is not None:
        case_text += [extension.reason, extension.opinion]
    opener = await personal_data().opener(connection, [petition.content, *case_text])
    content = (opener.show("content", petition.content) or "") if reveal else HIDDEN
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
        "notice": opener.text("notice", petition.notice),
        "objection": opener.text("reason", petition.objection),
        "summary": opener.text("summary", petition.summary),
        "review_opinion": opener.text("opinion", petition.review_opinion),
        "extended": petition.extended,
        "extension": _extension_view(petition, opener),
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


def _extension_view(petition: Petition, opener: Opener) -> dict[str, Any] | None:
    extension = petition.extension
    if extension is None:
        return None
    return {
        "days": extension.days,
        "reason": opener.text("reason", extension.reason),
        "requested_on": _iso(extension.requested_on),
        "requested_by": extension.requested_by,
        "decision": extension.decision.value,
        "decided_by": extension.decided_by,
        "decided_on": _iso(extension.decided_on),
        "opinion": opener.text("opinion", extension.opinion) if extension.opinion else "",
        "told_on": _iso(extension.told_on),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/petitions/{petition_id}/history", summary="信访事项的全部记录 / every step, in order")
async def history(petition_id: str, request: Request, actor: Staff) -> dict[str, Any]:
    """Each event as stored, who caused it and when; sealed fields opened for the petitions office
    (or shown as erased once the petitioner was forgotten). Only a petition's: the id of a visit or
    a trip is not a petition, and its history is not the petitions office's to read."""
    runtime = runtime_of(request)
    store = runtime.store
    async with store.reading() as reading:
        connection = reading.connection
        await load_seen(reading, Petition, petition_id, actor, runtime.directory, NotFound(*NOT_FOUND))
        stored = await store.read_stream(connection, petition_id)
        tokens = [v for e in stored for v in e.data.values() if isinstance(v, str) and key_id_of(v)]
        opener = await personal_data().opener(connection, tokens)
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
