"""Visitors (来访): appointments, walk-ins, arrival with a badge, departure; who is in the building."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.errors import Forbidden, NotFound
from shuniu_shared.eventstore import Written
from shuniu_shared.web.auth import Principal, current_principal, requires
from shuniu_shared.web.commands import Page, PageRequest, if_match, page_request
from shuniu_shared.web.params import OfficeDate, OfficeInstant
from sqlalchemy import func, select
from sqlalchemy.engine import Row

from shuniu_reception.adapters.queries import keyset_page
from shuniu_reception.adapters.tables import visits
from shuniu_reception.api.common import (
    RECEPTION_STAFF,
    keys,
    may_read_personal_data,
    new_id,
    run,
    runtime_of,
    utc,
)
from shuniu_reception.api.petitions import PersonIn
from shuniu_reception.app import visitors as handlers
from shuniu_reception.app.people import describe_people
from shuniu_reception.domain.visitors import VisitStage

router = APIRouter(tags=["visitors 来访"])
Reception = Annotated[Principal, Depends(requires(*RECEPTION_STAFF))]


class BookVisit(BaseModel):
    visitor: PersonIn
    organisation: str = Field("", max_length=200)
    host_department: str
    host_person: str
    expected_at: OfficeInstant
    purpose: str = Field(min_length=1, max_length=1000)


class WalkIn(BaseModel):
    visitor: PersonIn
    organisation: str = Field("", max_length=200)
    host_department: str
    host_person: str
    purpose: str = Field(min_length=1, max_length=1000)
    badge: str = Field(min_length=1, max_length=50)


class Arrive(BaseModel):
    badge: str = Field(min_length=1, max_length=50)


@router.post("/visits", status_code=201, summary="预约来访 / book a visit")
async def book(
    body: BookVisit, request: Request, principal: Annotated[Principal, Depends(current_principal)]
) -> JSONResponse:
    """Reception books any visit; anyone else books a visitor of their own."""
    if not principal.has_any_role(RECEPTION_STAFF) and body.host_person != principal.sub:
        raise Forbidden("只能为自己预约访客", "you can book visitors only for yourself")
    return await _open_visit(
        request, principal, handlers.book_visit, body, expected_at=body.expected_at, by=principal.sub
    )


@router.post("/visits/walk-ins", status_code=201, summary="临时来访登记并签到 / sign in a walk-in")
async def walk_in(body: WalkIn, request: Request, principal: Reception) -> JSONResponse:
    return await _open_visit(request, principal, handlers.walk_in, body, badge=body.badge)


async def _open_visit(
    request: Request,
    principal: Principal,
    handler: Callable[..., Awaitable[Written]],
    body: BookVisit | WalkIn,
    **more: Any,
) -> JSONResponse:
    """A new visit, booked or walked in: `handler` gets a new id, the visitor and the host as the body
    states them, and `more` (the expected time, or the badge)."""
    directory = runtime_of(request).directory
    visit_id = new_id("visit")
    return await run(
        request,
        principal,
        lambda uow: handler(
            uow,
            keys(),
            directory,
            visit_id=visit_id,
            visitor=body.visitor.details(),
            organisation=body.organisation,
            host_department=body.host_department,
            host_person=body.host_person,
            purpose=body.purpose,
            **more,
        ),
        201,
    )


@router.post("/visits/{visit_id}/arrive", summary="签到并发放访客证 / arrival with a badge")
async def arrive(visit_id: str, body: Arrive, request: Request, principal: Reception) -> JSONResponse:
    return await run(
        request,
        principal,
        lambda uow: handlers.check_in(uow, visit_id, body.badge, expected=if_match(request)),
    )


@router.post("/visits/{visit_id}/leave", summary="离开 / departure")
async def leave(visit_id: str, request: Request, principal: Reception) -> JSONResponse:
    return await run(
        request, principal, lambda uow: handlers.check_out(uow, visit_id, expected=if_match(request))
    )


@router.get("/visitors/in-building", summary="当前在楼内的访客 / who is in the building now")
async def in_building(request: Request, principal: Reception) -> dict[str, Any]:
    store = runtime_of(request).store
    async with store.engine.connect() as connection:
        rows = list(
            await connection.execute(
                select(visits).where(visits.c.stage == VisitStage.IN_BUILDING).order_by(visits.c.arrived_at)
            )
        )
        people = await describe_people(
            connection,
            keys(),
            [r.person_id for r in rows],
            reveal=may_read_personal_data(principal, "visitor"),
        )
    return {"count": len(rows), "items": [_visit(r, people) for r in rows]}


@router.get("/visits", summary="来访记录 / visits the caller may see")
async def list_visits(
    request: Request,
    principal: Annotated[Principal, Depends(current_principal)],
    page: Annotated[PageRequest, Depends(page_request)],
    on: OfficeDate | None = Query(None, description="来访日期（北京时间）/ the office date of the visit"),
) -> Page[dict[str, Any]]:
    """Reception sees every visit; a host sees the visits to them. `on`: the visits expected or
    arrived on that date (today's visitors)."""
    query = select(visits)
    if not principal.has_any_role(RECEPTION_STAFF):
        query = query.where(visits.c.host_person == principal.sub)
    if on is not None:
        starts = datetime.combine(on, time(0), OFFICE_TZ).astimezone(UTC)
        when = func.coalesce(visits.c.expected_at, visits.c.arrived_at)
        query = query.where(when >= starts, when < starts + timedelta(days=1))
    store = runtime_of(request).store
    async with store.engine.connect() as connection:
        rows, cursor = await keyset_page(connection, query, visits.c.visit_id, visits.c.visit_id, page)
        people = await describe_people(
            connection,
            keys(),
            [r.person_id for r in rows],
            reveal=may_read_personal_data(principal, "visitor"),
        )
    return Page(items=[_visit(r, people) for r in rows], next_cursor=cursor)


@router.get("/visits/{visit_id}", summary="一次来访 / a visit")
async def get_visit(
    visit_id: str, request: Request, principal: Annotated[Principal, Depends(current_principal)]
) -> dict[str, Any]:
    store = runtime_of(request).store
    async with store.engine.connect() as connection:
        row = (await connection.execute(select(visits).where(visits.c.visit_id == visit_id))).first()
        if row is None or not (principal.has_any_role(RECEPTION_STAFF) or row.host_person == principal.sub):
            raise NotFound("未找到该来访记录", "the visit was not found")
        people = await describe_people(
            connection, keys(), [row.person_id], reveal=may_read_personal_data(principal, "visitor")
        )
    return _visit(row, people)


def _visit(row: Row[Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def instant(value: datetime | None) -> str | None:
        moment = utc(value)
        return moment.isoformat() if moment else None

    return {
        "id": row.visit_id,
        "visitor": people.get(row.person_id),
        "organisation": row.organisation,
        "purpose": row.purpose,
        "host_department": row.host_department,
        "host_person": row.host_person,
        "expected_at": instant(row.expected_at),
        "stage": row.stage,
        "badge": row.badge,
        "arrived_at": instant(row.arrived_at),
        "left_at": instant(row.left_at),
    }
