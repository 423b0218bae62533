"""Visitors (来访): appointments, walk-ins, arrival with a badge, departure; who is in the building."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.audience import Audience
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import Principal, SignedIn, requires
from shuniu_shared.web.commands import (
    Acting,
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeDate, OfficeInstant
from sqlalchemy import func, select
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_reception.adapters.queries import keyset_page
from shuniu_reception.adapters.tables import visits
from shuniu_reception.api.common import load_seen, may_read_personal_data, new_id, shown_to
from shuniu_reception.api.petitions import PersonIn
from shuniu_reception.app import visitors as handlers
from shuniu_reception.app.people import PERSONAL_FIELDS, describe_people
from shuniu_reception.app.personal_data import personal_data
from shuniu_reception.domain.visitors import HOST_SEES, RECEPTION_STAFF, Visit, VisitStage, visit_audience

router = APIRouter(tags=["visitors 来访"])
Reception = Annotated[Actor, Depends(acting(*RECEPTION_STAFF))]
NOT_FOUND = ("未找到该来访记录", "the visit was not found")  # hidden or missing alike


class NewVisit(BaseModel):
    visitor: PersonIn
    organisation: str = Field("", max_length=200)
    host_department: str
    host_person: str
    purpose: str = Field(min_length=1, max_length=1000)

    def visiting(self) -> handlers.Visiting:
        return handlers.Visiting(
            self.visitor.details(), self.organisation, self.host_department, self.host_person, self.purpose
        )


class BookVisit(NewVisit):
    expected_at: OfficeInstant


class WalkIn(NewVisit):
    badge: str = Field(min_length=1, max_length=50)


class Arrive(BaseModel):
    badge: str = Field(min_length=1, max_length=50)


@router.post("/visits", status_code=201, summary="预约来访 / book a visit")
async def book(body: BookVisit, request: Request, actor: Acting) -> JSONResponse:
    """Reception books any visit; anyone else books a visitor of their own."""
    command = handlers.BookVisit(new_id("visit"), body.visiting(), body.expected_at)
    return await run_command(request, command, handlers.book_visit, actor, status=201)


@router.post("/visits/walk-ins", status_code=201, summary="临时来访登记并签到 / sign in a walk-in")
async def walk_in(body: WalkIn, request: Request, actor: Reception) -> JSONResponse:
    command = handlers.WalkIn(new_id("visit"), body.visiting(), body.badge)
    return await run_command(request, command, handlers.walk_in, actor, status=201)


@router.post("/visits/{visit_id}/arrive", summary="签到并发放访客证 / arrival with a badge")
async def arrive(visit_id: str, body: Arrive, request: Request, actor: Reception) -> JSONResponse:
    return await run_command(request, handlers.CheckIn(visit_id, body.badge), handlers.check_in, actor)


@router.post("/visits/{visit_id}/leave", summary="离开 / departure")
async def leave(visit_id: str, request: Request, actor: Reception) -> JSONResponse:
    return await run_command(request, handlers.CheckOut(visit_id), handlers.check_out, actor)


@router.get("/visitors/in-building", summary="当前在楼内的访客 / who is in the building now")
async def in_building(
    request: Request, principal: Annotated[Principal, Depends(requires(*RECEPTION_STAFF))]
) -> dict[str, Any]:
    runtime = runtime_of(request)
    shown = shown_to(principal, runtime.directory, _audience)
    async with runtime.store.engine.connect() as connection:
        inside = select(visits).where(visits.c.stage == VisitStage.IN_BUILDING).order_by(visits.c.arrived_at)
        rows = [row for row in await connection.execute(inside) if shown(row)]
        people = await _visitors(connection, principal, rows)
    return {"count": len(rows), "items": [_visit(r, people) for r in rows]}


@router.get("/visits", summary="来访记录 / visits the caller may see")
async def list_visits(
    request: Request,
    principal: SignedIn,
    page: Paging,
    on: OfficeDate | None = Query(None, description="来访日期（北京时间）/ the office date of the visit"),
) -> Page[dict[str, Any]]:
    """The visits the caller may open (a visit's audience: reception sees every visit, a host the
    visits to them). `on`: the visits expected or arrived on that date (today's visitors)."""
    query = select(visits)
    if on is not None:
        starts = datetime.combine(on, time(0), OFFICE_TZ).astimezone(UTC)
        when = func.coalesce(visits.c.expected_at, visits.c.arrived_at)
        query = query.where(when >= starts, when < starts + timedelta(days=1))
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        rows, cursor = await keyset_page(
            connection,
            query,
            visits.c.visit_id,
            visits.c.visit_id,
            page,
            shown=shown_to(principal, runtime.directory, _audience),
        )
        people = await _visitors(connection, principal, rows)
    return Page(items=[_visit(r, people) for r in rows], next_cursor=cursor)


@router.get("/visits/{visit_id}", summary="一次来访 / a visit")
async def get_visit(visit_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        await load_seen(reading, Visit, visit_id, principal, runtime.directory, NotFound(*NOT_FOUND))
        connection = reading.connection
        row = (await connection.execute(select(visits).where(visits.c.visit_id == visit_id))).one()
        people = await _visitors(connection, principal, [row])
    return _visit(row, people)


async def _visitors(
    connection: AsyncConnection, principal: Principal, rows: list[Row[Any]]
) -> dict[str, dict[str, Any]]:
    """The visitors of these visits as the caller sees them: everything for reception's readers of
    personal data, the name and phone for the visit's own host, nothing opened for anyone else."""
    by_fields: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        by_fields.setdefault(_opened_for(principal, row.host_person), []).append(row.person_id)
    people: dict[str, dict[str, Any]] = {}
    for fields, person_ids in by_fields.items():
        people |= await describe_people(connection, personal_data(), person_ids, reveal=fields)
    return people


def _opened_for(principal: Principal, host_person: str) -> tuple[str, ...]:
    if may_read_personal_data(principal, "visitor"):
        return PERSONAL_FIELDS
    return HOST_SEES if principal.sub == host_person else ()


def _audience(row: Row[Any]) -> Audience:
    """A listed visit's audience, by the visit's own rule from the register's copy of its host."""
    return visit_audience(row.host_person)


def _visit(row: Row[Any], people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    def instant(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

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
