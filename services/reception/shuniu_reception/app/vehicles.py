"""Vehicle pool and trip commands, and the one rule that spans trips: no vehicle in two
overlapping trips.

Why the dispatch table and not the aggregates: each trip is its own stream, so two dispatchers
sending the same car to two overlapping trips append to two *different* streams — optimistic
concurrency on a stream cannot see that conflict. The rule is therefore held by `vehicle_dispatches`
(one row per trip that has a car: vehicle, start, end), written in the same transaction as the
`trip.dispatched` event:

- On PostgreSQL the table carries an exclusion constraint (`vehicle_id WITH =, tstzrange WITH &&`,
  migrations/). Both dispatchers may check, both find the car free, both insert — and the second
  insert blocks on the first's uncommitted row, then fails when it commits. The loser's transaction
  rolls back with its event, and it is refused as `vehicle_promised`. The check before the insert only
  makes the ordinary refusal friendly (who has the car, which cars are free); the constraint is what
  makes it true. Proven by tests/reception/test_on_the_real_stack.py (concurrent dispatches of one car).
- On SQLite (the embedded mode) there is no such constraint, but there is one writer at a time, and
  every unit of work begins with ``BEGIN IMMEDIATE`` (shuniu_shared.database): this transaction holds
  the write lock from its first statement, so the check before the insert cannot go stale — another
  dispatch waits for our commit before it even reads, and then sees our row. Proven by
  tests/reception/test_vehicles_api.py (three dispatchers at once, embedded).

Reassigning (改派) a car that was promised to someone is a separate, explicit command: in one
transaction the other trip gives the car up first (its rider gets the `trip.reassigned` event and a
to-do listing the cars free in their window), its dispatch row goes, and only then is the car
dispatched here. Nobody learns of it only in the courtyard (the seed's county-car story).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput, OutOfTurn
from shuniu_shared.eventstore import Reading, Written
from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from shuniu_reception.adapters.tables import todos, trips, vehicle_dispatches, vehicles
from shuniu_reception.domain.events import TripRequested
from shuniu_reception.domain.vehicles import Trip, Vehicle


@dataclass(frozen=True)
class RegisterVehicle(Command):  # 登记车辆
    vehicle_id: str
    plate: str
    model: str
    seats: int


@dataclass(frozen=True)
class RequestTrip(Command):  # 用车申请
    trip_id: str
    rider: str | None  # 用车人, the requester when not named
    passengers: list[str]
    destination: str
    purpose: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ApproveTrip(Command):  # 批准用车
    trip_id: str


@dataclass(frozen=True)
class DispatchTrip(Command):  # 派车, or 改派 a car promised to another trip
    trip_id: str
    vehicle_id: str
    reassign_from: str | None  # the trip the car is taken from, which is told first
    reason: str


@dataclass(frozen=True)
class ReturnTrip(Command):  # 还车
    trip_id: str
    mileage_km: float


async def register_vehicle(command: RegisterVehicle, uow: UnitOfWork, actor: Actor) -> Written:
    taken = await uow.connection.scalar(
        select(vehicles.c.vehicle_id).where(vehicles.c.plate == command.plate.strip())
    )
    if taken is not None:
        raise InvalidInput(
            f"车牌 {command.plate} 已登记", f"plate {command.plate} is already registered", field="plate"
        )
    written = await uow.save(
        Vehicle(command.vehicle_id), Vehicle.register(command.plate, command.model, command.seats)
    )
    await uow.connection.execute(
        insert(vehicles).values(
            vehicle_id=command.vehicle_id,
            plate=command.plate.strip(),
            model=command.model,
            seats=command.seats,
        )
    )
    return written


async def request_trip(command: RequestTrip, uow: UnitOfWork, actor: Actor) -> Written:
    request = TripRequested(
        requested_by=actor.person,
        rider=command.rider or actor.person,
        passengers=command.passengers,
        destination=command.destination,
        purpose=command.purpose,
        starts_at=command.starts_at.astimezone(UTC),
        ends_at=command.ends_at.astimezone(UTC),
    )
    uow.directory.person(request.rider, field="rider")
    for n, passenger in enumerate(request.passengers):
        uow.directory.person(passenger, field=f"passengers[{n}]")
    written = await uow.save(Trip(command.trip_id), Trip.request(request))
    await uow.connection.execute(
        insert(trips).values(
            trip_id=command.trip_id,
            requested_by=request.requested_by,
            rider=request.rider,
            passengers=request.passengers,
            destination=request.destination,
            purpose=request.purpose,
            starts_at=request.starts_at,
            ends_at=request.ends_at,
            stage="requested",
        )
    )
    return written


async def approve_trip(command: ApproveTrip, uow: UnitOfWork, actor: Actor) -> Written:
    trip = await uow.load_at(Trip, command.trip_id, command.expected_version)
    written = await uow.save(trip, trip.approve(actor.person))
    await _update_row(uow, trip)
    return written


async def free_vehicles(
    uow: Reading, starts_at: datetime, ends_at: datetime, *, besides: str = ""
) -> list[str]:
    """The ids of the cars with no trip overlapping [starts_at, ends_at), in the order of their plates."""
    busy = select(vehicle_dispatches.c.vehicle_id).where(
        vehicle_dispatches.c.starts_at < ends_at,
        vehicle_dispatches.c.ends_at > starts_at,
    )
    rows = await uow.connection.execute(
        select(vehicles.c.vehicle_id)
        .where(vehicles.c.vehicle_id.not_in(busy), vehicles.c.vehicle_id != besides)
        .order_by(vehicles.c.plate)
    )
    return list(rows.scalars())


async def dispatch_trip(command: DispatchTrip, uow: UnitOfWork, actor: Actor) -> Written:
    """派车; with `reassign_from`, 改派 the car from that trip, whose rider is told first."""
    trip = await uow.load_at(Trip, command.trip_id, command.expected_version)
    vehicle = await _vehicle(uow, command.vehicle_id)
    events = trip.dispatch(command.vehicle_id, actor.person)
    assert trip.starts_at is not None and trip.ends_at is not None
    holders = await _holders(uow, command.vehicle_id, trip.starts_at, trip.ends_at)
    if command.reassign_from is not None and command.reassign_from in holders:
        await _take_car_from(
            uow, uow.directory, command.reassign_from, trip, vehicle, command.reason, actor.person
        )
        holders.remove(command.reassign_from)
    if holders:
        raise await _promised(uow, uow.directory, vehicle, holders[0], trip)
    try:
        await uow.connection.execute(
            insert(vehicle_dispatches).values(
                trip_id=command.trip_id,
                vehicle_id=command.vehicle_id,
                starts_at=trip.starts_at,
                ends_at=trip.ends_at,
            )
        )
    except IntegrityError as error:  # PostgreSQL: a concurrent dispatch committed first
        raise _just_taken(vehicle) from error
    written = await uow.save(trip, events)
    await _update_row(uow, trip)
    return written


async def return_trip(command: ReturnTrip, uow: UnitOfWork, actor: Actor) -> Written:
    """还车: the car is free again from now, whatever the window said."""
    trip = await uow.load_at(Trip, command.trip_id, command.expected_version)
    written = await uow.save(trip, trip.give_back(uow.store.clock.now(), command.mileage_km))
    await uow.connection.execute(
        delete(vehicle_dispatches).where(vehicle_dispatches.c.trip_id == command.trip_id)
    )
    await _update_row(uow, trip, mileage_km=command.mileage_km)
    return written


async def _take_car_from(
    uow: UnitOfWork, directory: Directory, holder_id: str, taker: Trip, vehicle: Vehicle, reason: str, by: str
) -> None:
    holder = await uow.load(Trip, holder_id)
    assert holder.starts_at is not None and holder.ends_at is not None
    await uow.connection.execute(delete(vehicle_dispatches).where(vehicle_dispatches.c.trip_id == holder_id))
    alternatives = await free_vehicles(uow, holder.starts_at, holder.ends_at, besides=vehicle.id)
    await uow.save(holder, holder.give_up_vehicle(taker.id, reason, by, alternatives))
    await _update_row(uow, holder)
    plates = await _plates(uow, alternatives)
    taker_name = directory.people[taker.rider].name if taker.rider in directory.people else taker.rider
    text = (
        f"您 {_local(holder.starts_at)} 至 {_local(holder.ends_at)} 的用车 {vehicle.plate} 已改派给{taker_name}"
        f"（{reason}）。可选空闲车辆：{'、'.join(plates) or '暂无，办公室将另行协调'}。"
    )
    for person in dict.fromkeys([holder.rider, holder.requested_by]):
        await uow.connection.execute(
            insert(todos).values(
                person=person,
                subject_id=holder_id,
                text=text,
                options=plates,
                created_at=uow.store.clock.now(),
                done=False,
            )
        )


async def _promised(
    uow: UnitOfWork, directory: Directory, vehicle: Vehicle, holder_id: str, trip: Trip
) -> OutOfTurn:
    holder = await uow.load(Trip, holder_id)
    rider = directory.people[holder.rider].name if holder.rider in directory.people else holder.rider
    assert trip.starts_at is not None and trip.ends_at is not None
    free_ids = await free_vehicles(uow, trip.starts_at, trip.ends_at)
    free = "、".join(await _plates(uow, free_ids)) or "无"
    return OutOfTurn(
        f"车辆 {vehicle.plate} 已派给{rider}（用车 {holder_id}）。空闲车辆：{free}；如确需改派，须先告知{rider}。",
        f"vehicle {vehicle.plate} is promised to {holder.rider} (trip {holder_id}). Free: {free}; "
        f"reassigning it needs reassign_from and a reason, and tells them first.",
        code="vehicle_promised",
        # For a client: the trip to name in reassign_from, and the cars free for this trip's window.
        promised_to=holder_id,
        free_vehicles=free_ids,
    )


async def _holders(
    uow: UnitOfWork, vehicle_id: str, starts_at: datetime, ends_at: datetime, *, besides: str = ""
) -> list[str]:
    """The trips the vehicle is promised to within [starts_at, ends_at)."""
    rows = await uow.connection.execute(
        select(vehicle_dispatches.c.trip_id).where(
            and_(
                vehicle_dispatches.c.vehicle_id == vehicle_id,
                vehicle_dispatches.c.starts_at < ends_at,
                vehicle_dispatches.c.ends_at > starts_at,
                vehicle_dispatches.c.trip_id != besides,
            )
        )
    )
    return list(rows.scalars())


def _just_taken(vehicle: Vehicle) -> OutOfTurn:
    """PostgreSQL's constraint refused our row: the transaction is aborted, so nothing more can be
    read to name the holder or the free cars; the caller asks again and gets the full refusal."""
    return OutOfTurn(
        f"车辆 {vehicle.plate} 刚被派往另一趟重叠的用车",
        f"vehicle {vehicle.plate} was just dispatched to another overlapping trip",
        code="vehicle_promised",
    )


async def _vehicle(uow: UnitOfWork, vehicle_id: str) -> Vehicle:
    vehicle = await uow.load_or_new(Vehicle, vehicle_id)
    if not vehicle.exists:
        raise InvalidInput(
            f"没有编号为 {vehicle_id} 的车辆", f"there is no vehicle {vehicle_id}", field="vehicle_id"
        )
    return vehicle


async def _plates(uow: Reading, vehicle_ids: list[str]) -> list[str]:
    if not vehicle_ids:
        return []
    rows = await uow.connection.execute(
        select(vehicles.c.vehicle_id, vehicles.c.plate).where(vehicles.c.vehicle_id.in_(vehicle_ids))
    )
    plate = {row.vehicle_id: row.plate for row in rows}
    return [plate[v] for v in vehicle_ids if v in plate]


async def _update_row(uow: UnitOfWork, trip: Trip, **extra: object) -> None:
    await uow.connection.execute(
        update(trips)
        .where(trips.c.trip_id == trip.id)
        .values(stage=trip.stage, vehicle_id=trip.vehicle_id, **extra)
    )


def _local(instant: datetime) -> str:
    return instant.astimezone(OFFICE_TZ).strftime("%m-%d %H:%M")
