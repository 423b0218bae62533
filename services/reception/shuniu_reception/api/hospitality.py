"""Official hospitality (公务接待): the plan on the 公函, approval, bookings as tasks, settlement, and
the 接待清单 produced from the record and reconciled with the bills.

Amounts are in fen (分), as the events keep them: 10000 is 100.00 元. Instants are answered in
Beijing time.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import Field
from shuniu_shared.audience import Audience
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.typesetting import typeset_sheet
from shuniu_shared.web.auth import Principal, SignedIn
from shuniu_shared.web.commands import (
    Acting,
    Body,
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeInstant
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.tables import receptions
from shuniu_reception.api.common import listed, load_seen, may_read_personal_data, new_id
from shuniu_reception.app import hospitality as handlers
from shuniu_reception.app.hospitality_paper import reception_sheet
from shuniu_reception.app.people import describe_people
from shuniu_reception.app.personal_data import HIDDEN, personal_data
from shuniu_reception.domain.events import Bill, OfficialLetter
from shuniu_reception.domain.hospitality import (
    ALLOWED,
    APPROVERS,
    HOSPITALITY_STAFF,
    ItemDraft,
    Reception,
    reception_audience,
)

router = APIRouter(prefix="/hospitality", tags=["hospitality 公务接待"])
Staff = Annotated[Actor, Depends(acting(*HOSPITALITY_STAFF))]
Approver = Annotated[Actor, Depends(acting(*APPROVERS))]
NOT_FOUND = ("未找到该接待", "the reception was not found")  # hidden or missing alike


class LetterIn(Body):
    sending_body: str = Field(min_length=1, max_length=200)
    reference: str = Field("", max_length=100)
    business: str = Field(min_length=1, max_length=2000)
    itinerary: str = Field(min_length=1, max_length=2000)
    people: int = Field(ge=1, le=500)


class GuestIn(Body):
    name: str = Field(min_length=1, max_length=100)
    post: str = Field(min_length=1, max_length=100)
    phone: str | None = Field(None, max_length=30)


class ItemIn(Body):
    kind: str = Field(
        min_length=1,
        max_length=40,
        description="meeting 座谈 · inspection 考察 · working_meal 工作餐 · lodging 住宿 · transport 交通",
    )
    starts_at: OfficeInstant
    ends_at: OfficeInstant
    place: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=1000)
    hosts: int | None = Field(None, ge=0, le=500, description="工作餐陪餐人数")
    per_person_fen: int | None = Field(None, ge=0, le=10_000_000, description="工作餐人均（分）；缺省为标准")
    hotel: str | None = Field(None, max_length=200, description="协议饭店")
    rooms: int | None = Field(None, ge=1, le=500)
    cost_fen: int = Field(0, ge=0, le=1_000_000_000, description="座谈、考察、交通的预计费用（分）")

    def draft(self) -> ItemDraft:
        return ItemDraft(**self.model_dump())


class PlanIn(Body):
    letter: LetterIn | None = Field(None, description="来宾派出单位的公函；无公函不予接待")
    guests: list[GuestIn] = Field(max_length=500)
    business: str = Field(min_length=1, max_length=2000)
    host_department: str
    host_person: str
    arrives_at: OfficeInstant
    departs_at: OfficeInstant
    items: list[ItemIn] = Field(max_length=100)
    transport: str = Field("", max_length=1000)


class BookingIn(Body):
    kind: str = Field(description="ticket 订票 · room 订房")
    details: str = Field(min_length=1, max_length=1000)
    assignee: str


class ConfirmationIn(Body):
    confirmation: str = Field(min_length=1, max_length=200)


class BillIn(Body):
    item: int = Field(ge=0, description="方案项目序号（从 0 起）")
    amount_fen: int = Field(ge=0, le=1_000_000_000)
    receipt: str = Field(min_length=1, max_length=100)


class SettlementIn(Body):
    bills: list[BillIn] = Field(min_length=1, max_length=500)


@router.get("/standards", summary="接待标准与协议饭店 / the meal standard and the agreed hotels")
async def standards(principal: SignedIn) -> dict[str, Any]:
    configured = handlers.standards()
    return {
        "meal_per_person_fen": configured.meal_per_person_fen,
        "hotels": [{"name": name, "room_price_fen": price} for name, price in configured.hotels.items()],
        "item_kinds": [{"kind": kind, "zh": zh, "en": en} for kind, (zh, en) in ALLOWED.items()],
    }


@router.post(
    "", status_code=201, summary="凭公函拟定接待方案 / plan a reception on the sending body's letter"
)
async def plan(body: PlanIn, request: Request, actor: Staff) -> JSONResponse:
    letter = OfficialLetter(**body.letter.model_dump()) if body.letter else None
    command = handlers.PlanReception(
        reception_id=new_id("hospitality"),
        letter=letter,
        guests=[handlers.GuestDetails(g.name, g.post, g.phone) for g in body.guests],
        business=body.business,
        host_department=body.host_department,
        host_person=body.host_person,
        arrives_at=body.arrives_at,
        departs_at=body.departs_at,
        items=[item.draft() for item in body.items],
        transport=body.transport,
    )
    return await run_command(request, command, handlers.plan_reception, actor, status=201)


@router.post("/{reception_id}/approve", summary="批准接待方案 / approve the plan")
async def approve(reception_id: str, request: Request, actor: Approver) -> JSONResponse:
    command = handlers.ApproveReception(reception_id)
    return await run_command(request, command, handlers.approve_reception, actor)


@router.post("/{reception_id}/bookings", status_code=201, summary="订票订房任务 / give a booking as a task")
async def book(reception_id: str, body: BookingIn, request: Request, actor: Staff) -> JSONResponse:
    command = handlers.RequestBooking(reception_id, new_id("booking"), body.kind, body.details, body.assignee)
    return await run_command(request, command, handlers.request_booking, actor, status=201)


@router.post("/{reception_id}/bookings/{booking_id}/confirm", summary="预订确认 / record the confirmation")
async def confirm(
    reception_id: str, booking_id: str, body: ConfirmationIn, request: Request, actor: Acting
) -> JSONResponse:
    command = handlers.ConfirmBooking(reception_id, booking_id, body.confirmation)
    return await run_command(request, command, handlers.confirm_booking, actor)


@router.post("/{reception_id}/settle", summary="结算：录入票据 / record the bills")
async def settle(reception_id: str, body: SettlementIn, request: Request, actor: Staff) -> JSONResponse:
    bills = [Bill(**bill.model_dump()) for bill in body.bills]
    return await run_command(
        request, handlers.SettleReception(reception_id, bills), handlers.settle_reception, actor
    )


@router.get("", summary="公务接待 / the receptions the caller may see")
async def list_receptions(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    return await listed(request, principal, page, receptions, receptions.c.reception_id, _row, _audience)


@router.get("/{reception_id}", summary="一次公务接待：方案、预订、阶段 / a reception: plan, bookings, stage")
async def get_reception(reception_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        reception = await load_seen(
            reading, Reception, reception_id, principal, runtime.directory, NotFound(*NOT_FOUND)
        )
        guests = await _guests(reading.connection, principal, reception)
    bookings = [
        {
            "id": b.booking_id,
            "kind": b.kind,
            "details": b.details,
            "assignee": b.assignee,
            "confirmation": c.confirmation if (c := reception.confirmations.get(b.booking_id)) else None,
            "confirmed_at": _beijing(c.confirmed_at) if c else None,
        }
        for b in reception.bookings.values()
    ]
    return (
        {"id": reception.id, "version": reception.version, "stage": reception.stage}
        | _plan(reception, guests)
        | {"bookings": bookings}
    )


@router.get("/{reception_id}/list", summary="接待清单（与票据核对）/ the 接待清单, reconciled with the bills")
async def reception_list(reception_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    """What reimbursement needs besides the receipts and the letter: the guests' body, names and
    posts, the business, and each item's time, place and cost — produced from the record, never
    typed again — and, once the bills are in, each item's planned and billed cost and the difference."""
    return await _listed(reception_id, request, principal)


@router.get(
    "/{reception_id}/list/pdf",
    summary="接待清单（PDF）/ the 接待清单 typeset on GB/T 9704's page",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "PDF"}},
)
async def reception_list_pdf(reception_id: str, request: Request, principal: SignedIn) -> Response:
    """The same list, as the paper filed with the reimbursement: what the caller's JSON shows, no
    more (a guest sealed for the caller is sealed on the paper too)."""
    runtime = runtime_of(request)
    listed = await _listed(reception_id, request, principal)
    sheet = reception_sheet(listed, runtime.directory, runtime.store.clock.now().astimezone(OFFICE_TZ).date())
    return Response(
        await asyncio.to_thread(typeset_sheet, sheet),
        media_type="application/pdf",
        headers={"Content-Disposition": "attachment; filename=reception-list.pdf"},
    )


async def _listed(reception_id: str, request: Request, principal: Principal) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        reception = await load_seen(
            reading, Reception, reception_id, principal, runtime.directory, NotFound(*NOT_FOUND)
        )
        guests = await _guests(reading.connection, principal, reception)
    lines = reception.reconciliation()
    reconciled = None
    if reception.bills:
        billed = sum(line.billed_fen for line in lines)
        planned = sum(line.planned_fen for line in lines)
        reconciled = {
            "bills": [bill.model_dump() for bill in reception.bills],
            "lines": [
                {
                    "item": line.item,
                    "planned_fen": line.planned_fen,
                    "billed_fen": line.billed_fen,
                    "difference_fen": line.difference_fen,
                }
                for line in lines
            ],
            "billed_fen": billed,
            "difference_fen": billed - planned,
        }
    return (
        {"id": reception.id, "stage": reception.stage}
        | _plan(reception, guests)
        | {"reconciliation": reconciled}
    )


async def _guests(
    connection: AsyncConnection, principal: Principal, reception: Reception
) -> list[dict[str, Any]]:
    """The guests as the caller sees them: name and post opened for reception's readers of visitors'
    data, for the host, who must know whom he receives, and for whoever books for them (tickets and
    rooms are in the guests' names); sealed for anyone else the audience admits."""
    planned = reception.planned
    if planned is None:
        return []
    bookers = {b.assignee for b in reception.bookings.values()}
    opened = (
        may_read_personal_data(principal, "visitor")
        or principal.sub == reception.host_person
        or principal.sub in bookers
    )
    ids = [g.person_id for g in planned.guests]
    people = await describe_people(connection, personal_data(), ids, reveal=("name",) if opened else ())
    opener = await personal_data().opener(connection, [g.post for g in planned.guests]) if opened else None
    return [
        {
            "person_id": g.person_id,
            "organisation": planned.letter.sending_body,
            "name": people[g.person_id]["name"],
            "post": opener.show("post", g.post) if opener else HIDDEN,
        }
        for g in planned.guests
    ]


def _plan(reception: Reception, guests: list[dict[str, Any]]) -> dict[str, Any]:
    planned = reception.planned
    assert planned is not None  # a reception seen exists, and its first event is the plan
    return {
        "letter": planned.letter.model_dump(),
        "sending_body": planned.letter.sending_body,
        "business": planned.business,
        "guests": guests,
        "host_department": planned.host_department,
        "host_person": planned.host_person,
        "arrives_at": _beijing(planned.arrives_at),
        "departs_at": _beijing(planned.departs_at),
        "transport": planned.transport,
        "items": [
            item.model_dump(mode="json")
            | {
                "index": i,
                "kind_name": ALLOWED[item.kind][0],
                "starts_at": _beijing(item.starts_at),
                "ends_at": _beijing(item.ends_at),
            }
            for i, item in enumerate(planned.items)
        ],
        "planned_fen": sum(item.cost_fen for item in planned.items),
    }


def _audience(row: Row[Any]) -> Audience:
    """A listed reception's audience, by the reception's own rule from the register's copy."""
    return reception_audience(row.host_person, row.planned_by, row.assignees)


def _beijing(value: datetime) -> str:
    return value.astimezone(OFFICE_TZ).isoformat()


def _row(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.reception_id,
        "sending_body": row.sending_body,
        "business": row.business,
        "host_department": row.host_department,
        "host_person": row.host_person,
        "stage": row.stage,
        "guests": row.guests,
        "arrives_at": _beijing(row.arrives_at),
        "departs_at": _beijing(row.departs_at),
        "planned_fen": row.planned_fen,
        "billed_fen": row.billed_fen,
    }
