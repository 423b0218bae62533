"""Vehicles (公务用车): the pool, trip requests, approval, dispatch (and 改派), return; to-dos."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.errors import InvalidInput, NotFound
from shuniu_shared.web.auth import SignedIn
from shuniu_shared.web.commands import (
    Acting,
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeInstant
from sqlalchemy import select
from sqlalchemy.engine import Row

from shuniu_reception.adapters.tables import todos, trips, vehicles
from shuniu_reception.api.common import listed, new_id, seen_row
from shuniu_reception.app import vehicles as handlers
from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE
from shuniu_reception.domain.vehicles import FLEET, Trip, trip_audience

router = APIRouter(tags=["vehicles 车辆"])
NOT_FOUND = ("未找到该用车记录", "the trip was not found")  # hidden or missing alike
FleetActor = Annotated[Actor, Depends(acting(*FLEET))]
Director = Annotated[Actor, Depends(acting("office_director"))]


class RegisterVehicle(BaseModel):
    plate: str = Field(min_length=1, max_length=20)
    model: str = Field(min_length=1, max_length=100)
    seats: int = Field(ge=1, le=60)


class RequestTrip(BaseModel):
    rider: str | None = Field(None, description="用车人（默认申请人本人）")
    passengers: list[str] = Field(default_factory=list)
    destination: str = Field(min_length=1, max_length=200)
    purpose: str = Field("", max_length=1000)
    starts_at: OfficeInstant
    ends_at: OfficeInstant


class Dispatch(BaseModel):
    vehicle_id: str
    reassign_from: str | None = Field(None, description="改派：原用车的编号；须同时说明理由")
    reason: str = ""


class Return(BaseModel):
    mileage_km: float = Field(ge=0)


@router.post("/vehicles", status_code=201, summary="登记车辆 / add a car to the pool")
async def register_vehicle(body: RegisterVehicle, request: Request, actor: FleetActor) -> JSONResponse:
    command = handlers.RegisterVehicle(new_id("vehicle"), body.plate, body.model, body.seats)
    return await run_command(request, command, handlers.register_vehicle, actor, status=201)


@router.get("/vehicles", summary="车辆；给出时段则只列空闲车辆 / the pool, or the cars free in a window")
async def list_vehicles(
    request: Request,
    principal: SignedIn,
    free_from: OfficeInstant | None = Query(None),
    free_until: OfficeInstant | None = Query(None),
) -> dict[str, Any]:
    runtime = runtime_of(request)
    if not principal.sees(EVERYONE_WITH_A_ROLE, runtime.directory):  # every car's audience (Vehicle)
        return {"items": []}
    async with runtime.store.reading() as reading:
        query = select(vehicles).order_by(vehicles.c.plate)
        if free_from and free_until:
            if free_until <= free_from:
                raise InvalidInput(
                    "结束时间须晚于开始时间", "the window must end after it starts", field="free_until"
                )
            query = query.where(
                vehicles.c.vehicle_id.in_(await handlers.free_vehicles(reading, free_from, free_until))
            )
        rows = list(await reading.connection.execute(query))
    return {
        "items": [{"id": r.vehicle_id, "plate": r.plate, "model": r.model, "seats": r.seats} for r in rows]
    }


@router.post("/trips", status_code=201, summary="用车申请 / request a trip")
async def request_trip(body: RequestTrip, request: Request, actor: Acting) -> JSONResponse:
    command = handlers.RequestTrip(
        new_id("trip"),
        rider=body.rider,
        passengers=body.passengers,
        destination=body.destination,
        purpose=body.purpose,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
    )
    return await run_command(request, command, handlers.request_trip, actor, status=201)


@router.post("/trips/{trip_id}/approve", summary="批准用车 / approve")
async def approve(trip_id: str, request: Request, actor: Director) -> JSONResponse:
    return await run_command(request, handlers.ApproveTrip(trip_id), handlers.approve_trip, actor)


@router.post("/trips/{trip_id}/dispatch", summary="派车（或改派）/ dispatch, or reassign a promised car")
async def dispatch(trip_id: str, body: Dispatch, request: Request, actor: FleetActor) -> JSONResponse:
    command = handlers.DispatchTrip(trip_id, body.vehicle_id, body.reassign_from, body.reason)
    return await run_command(request, command, handlers.dispatch_trip, actor)


@router.post("/trips/{trip_id}/return", summary="还车并登记里程 / return with mileage")
async def give_back(trip_id: str, body: Return, request: Request, actor: FleetActor) -> JSONResponse:
    command = handlers.ReturnTrip(trip_id, body.mileage_km)
    return await run_command(request, command, handlers.return_trip, actor)


@router.get("/trips", summary="用车记录 / trips the caller may see")
async def list_trips(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    """The trips the caller may open: a passenger's too, which this list once left out while the
    trip itself opened for them."""
    return await listed(request, principal, page, trips, trips.c.starts_at, _trip, _audience)


@router.get("/trips/{trip_id}", summary="一次用车 / a trip")
async def get_trip(trip_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    return _trip(await seen_row(request, Trip, trip_id, principal, trips, NotFound(*NOT_FOUND)))


def _audience(row: Row[Any]) -> Audience:
    """A listed trip's audience, by the trip's own rule from the register's copy of its people."""
    return trip_audience(row.requested_by, row.rider, row.passengers)


@router.get("/todos", summary="我的待办 / my to-dos")
async def my_todos(request: Request, principal: SignedIn) -> dict[str, Any]:
    async with runtime_of(request).store.engine.connect() as connection:
        rows = await connection.execute(
            select(todos)
            .where(todos.c.person == principal.sub, todos.c.done.is_(False))
            .order_by(todos.c.todo_id)
        )
        items = [
            {"id": r.todo_id, "subject_id": r.subject_id, "text": r.text, "options": r.options} for r in rows
        ]
    return {"items": items}


def _trip(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.trip_id,
        "requested_by": row.requested_by,
        "rider": row.rider,
        "passengers": row.passengers,
        "destination": row.destination,
        "purpose": row.purpose,
        "starts_at": row.starts_at.isoformat(),
        "ends_at": row.ends_at.isoformat(),
        "stage": row.stage,
        "vehicle_id": row.vehicle_id,
        "mileage_km": row.mileage_km,
    }
