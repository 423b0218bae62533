"""The vehicle pool (公务用车) and trips: request → approval → dispatch → return.

That no vehicle is in two overlapping trips is not decided here: it is a fact about every trip at
once, which one aggregate cannot see, so the application layer holds it in the dispatch table the
database guards (see `shuniu_reception.app.vehicles`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE, WHEREABOUTS
from shuniu_reception.domain.events import (
    DomainEvent,
    TripApproved,
    TripDispatched,
    TripRequested,
    TripReturned,
    VehicleReassigned,
    VehicleRegistered,
)


class Vehicle(Aggregate):  # 公务车辆
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.plate = ""

    def audience(self) -> Audience:
        """A car of the pool is looked up by anyone who may ask for a trip."""
        return EVERYONE_WITH_A_ROLE

    @staticmethod
    def register(plate: str, model: str, seats: int) -> list[DomainEvent]:
        plate = required(plate, "plate", "请填写车牌号", "a plate number is needed")
        return [VehicleRegistered(plate=plate, model=model, seats=seats)]

    def when_registered(self, e: VehicleRegistered) -> None:
        self.plate = e.plate


class TripStage(StrEnum):
    REQUESTED = "requested"  # 已申请
    APPROVED = "approved"  # 已批准，待派车
    DISPATCHED = "dispatched"  # 已派车
    RETURNED = "returned"  # 已还车


LONGEST_TRIP = timedelta(days=14)  # the longest official trip by the office's car (出差)
FLEET = ("dispatcher", "office_director")  # 车辆调度: they approve, dispatch and see every trip


def trip_audience(requested_by: str, rider: str, passengers: Iterable[str]) -> Audience:
    """知悉范围 of a trip: the fleet sees every trip; the person who asked for it, its rider and its
    passengers see theirs. Where a leader goes and when is nobody else's business."""
    return Audience.of(roles=FLEET, people=[requested_by, rider, *passengers], personal_data=[WHEREABOUTS])


class Trip(Aggregate):  # 用车
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: TripStage | None = None
        self.requested_by = ""
        self.rider = ""
        self.passengers: list[str] = []
        self.starts_at: datetime | None = None
        self.ends_at: datetime | None = None
        self.vehicle_id: str | None = None

    def audience(self) -> Audience:
        return trip_audience(self.requested_by, self.rider, self.passengers)

    @staticmethod
    def request(request: TripRequested) -> list[DomainEvent]:
        if request.ends_at <= request.starts_at:
            raise InvalidInput(
                "用车结束时间须晚于开始时间", "the trip must end after it starts", field="ends_at"
            )
        if request.ends_at - request.starts_at > LONGEST_TRIP:
            # A car held for longer is out of the pool, not on a trip: before this, one request
            # could take a car for 98 years (issue 17).
            raise RuleBroken(
                "一次用车最长 14 天；更长的请分次申请",
                "one trip lasts at most 14 days; request a longer one as several trips",
                code="trip_too_long",
                field="ends_at",
            )
        required(request.destination, "destination", "请填写目的地", "a destination is needed")
        return [request]

    def approve(self, by: str) -> list[DomainEvent]:
        if self.stage is not TripStage.REQUESTED:
            raise OutOfTurn("只有待批准的用车申请可以批准", "only a requested trip can be approved")
        return [TripApproved(approved_by=by)]

    def dispatch(self, vehicle_id: str, by: str) -> list[DomainEvent]:
        if self.stage is not TripStage.APPROVED:
            raise OutOfTurn("派车须在批准之后", "dispatch comes after approval", code="not_approved")
        return [TripDispatched(vehicle_id=vehicle_id, dispatched_by=by)]

    def give_up_vehicle(
        self, to_trip: str, reason: str, by: str, alternatives: list[str]
    ) -> list[DomainEvent]:
        """改派: the car promised to this trip goes to another; its rider is told, with the free cars."""
        if self.stage is not TripStage.DISPATCHED or self.vehicle_id is None:
            raise OutOfTurn("该用车没有已派的车辆", "this trip has no vehicle to give up")
        if not reason.strip():
            raise InvalidInput(
                "改派须说明理由，并告知原用车人", "a reassignment needs a reason", field="reason"
            )
        return [
            VehicleReassigned(
                vehicle_id=self.vehicle_id,
                to_trip=to_trip,
                reason=reason.strip(),
                reassigned_by=by,
                alternatives=alternatives,
            )
        ]

    def give_back(self, at: datetime, mileage_km: float) -> list[DomainEvent]:
        if self.stage is not TripStage.DISPATCHED or self.vehicle_id is None:
            raise OutOfTurn("只有已派车的用车可以还车", "only a dispatched trip can be returned")
        if mileage_km < 0:
            raise InvalidInput("里程不能为负数", "mileage cannot be negative", field="mileage_km")
        return [TripReturned(vehicle_id=self.vehicle_id, returned_at=at, mileage_km=mileage_km)]

    def when_requested(self, e: TripRequested) -> None:
        self.stage = TripStage.REQUESTED
        self.requested_by, self.rider, self.passengers = e.requested_by, e.rider, list(e.passengers)
        self.starts_at, self.ends_at = e.starts_at, e.ends_at

    def when_approved(self, e: TripApproved) -> None:
        self.stage = TripStage.APPROVED

    def when_dispatched(self, e: TripDispatched) -> None:
        self.stage, self.vehicle_id = TripStage.DISPATCHED, e.vehicle_id

    def when_reassigned(self, e: VehicleReassigned) -> None:
        self.stage, self.vehicle_id = TripStage.APPROVED, None  # waits for another car

    def when_returned(self, e: TripReturned) -> None:
        self.stage = TripStage.RETURNED
