"""Every event the reception service records and publishes on `shuniu.reception.events`.

Personal data (a visitor's or petitioner's name, ID number, phone, address, and what a petitioner
wrote) only ever appears here as a `Sealed` token: ciphertext under that person's own key (see
`shuniu_reception.app.personal_data`). Aggregates carry the tokens as opaque strings, so replaying
a stream works the same before and after the key is destroyed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field
from shuniu_shared.events import DomainEvent, EventRegistry

registry = EventRegistry("reception")

Sealed = Annotated[
    str,
    Field(description="个人信息密文 / personal data sealed with the person's key: enc:v1:<key id>:<base64>"),
]
ReviewLevel = Literal["复查", "复核"]


# 数据主体 — a visitor or petitioner whose personal data the service holds


@registry.event("person.recorded")
class PersonRecorded(DomainEvent):
    kind: Literal["visitor", "petitioner"]
    name: Sealed
    id_number: Sealed | None = None
    phone: Sealed | None = None
    address: Sealed | None = None


@registry.event("person.forgotten")
class PersonForgotten(DomainEvent):
    """The person's key was destroyed: every token sealed with it is unreadable from now on."""

    forgotten_by: str
    forgotten_at: datetime


# 来访 — visitors


@registry.event("visit.appointed")
class VisitAppointed(DomainEvent):
    person_id: str
    organisation: str
    host_department: str
    host_person: str
    expected_at: datetime
    purpose: str
    booked_by: str


@registry.event("visit.arrived")
class VisitorArrived(DomainEvent):
    person_id: str
    badge: str
    arrived_at: datetime
    walk_in: bool
    host_department: str
    host_person: str
    organisation: str = ""
    purpose: str = ""


@registry.event("visit.left")
class VisitorLeft(DomainEvent):
    badge: str
    left_at: datetime


# 信访 — petitions


@registry.event("petition.registered")
class PetitionRegistered(DomainEvent):
    case_number: str
    person_id: str
    channel: Literal["letter", "visit", "phone", "online"]
    content: Sealed
    received_on: date
    registered_by: str
    routing_due_on: date


@registry.event("petition.routed")
class PetitionRouted(DomainEvent):
    to_department: str
    routed_on: date
    routed_by: str
    acceptance_due_on: date
    objection_due_on: date


@registry.event("petition.accepted")
class PetitionAccepted(DomainEvent):
    accepted_on: date
    notice: str  # the written notice's reference (告知书文号)
    handling_due_on: date


@registry.event("petition.objected")
class PetitionObjected(DomainEvent):
    objected_on: date
    reason: str


@registry.event("petition.assigned")
class PetitionAssigned(DomainEvent):
    """The cross-service contract (docs/contracts.md): supervision opens a task per event."""

    petition_id: str
    case_number: str
    summary: str  # the officer's, without personal data
    department: str
    due_on: date
    assigned_by: str


@registry.event("petition.supervision_opened")
class SupervisionOpened(DomainEvent):
    task_id: str


@registry.event("petition.supervision_closed")
class SupervisionClosed(DomainEvent):
    task_id: str
    result: str
    closed_on: date


@registry.event("petition.extended")
class HandlingExtended(DomainEvent):
    days: int
    reason: str
    approved_by: str
    petitioner_told_on: date
    handling_due_on: date


@registry.event("petition.replied")
class PetitionReplied(DomainEvent):
    replied_on: date
    reply: Sealed
    review_request_due_on: date


@registry.event("petition.review_requested")
class ReviewRequested(DomainEvent):
    level: ReviewLevel
    requested_on: date
    grounds: Sealed
    decision_due_on: date


@registry.event("petition.hearing_held")
class HearingHeld(DomainEvent):
    """听证: its days do not count towards the review decision's period."""

    level: ReviewLevel
    from_on: date
    to_on: date
    days: int
    decision_due_on: date


@registry.event("petition.review_decided")
class ReviewDecided(DomainEvent):
    level: ReviewLevel
    decided_on: date
    outcome: Literal["upheld", "revised"]
    opinion: str
    next_request_due_on: date | None  # 复核 may follow a 复查; nothing follows a 复核


@registry.event("petition.clock_approaching")
class ClockApproaching(DomainEvent):
    clock: str
    due_on: date


@registry.event("petition.clock_overdue")
class ClockOverdue(DomainEvent):
    clock: str
    due_on: date


# 车辆 — vehicles and trips


@registry.event("vehicle.registered")
class VehicleRegistered(DomainEvent):
    plate: str
    model: str
    seats: int


@registry.event("trip.requested")
class TripRequested(DomainEvent):
    requested_by: str
    rider: str  # whom the car is for
    passengers: list[str]
    destination: str
    purpose: str
    starts_at: datetime
    ends_at: datetime


@registry.event("trip.approved")
class TripApproved(DomainEvent):
    approved_by: str


@registry.event("trip.dispatched")
class TripDispatched(DomainEvent):
    vehicle_id: str
    dispatched_by: str


@registry.event("trip.reassigned")
class VehicleReassigned(DomainEvent):
    """The trip's car went to another trip; the rider was told first and offered the free cars."""

    vehicle_id: str
    to_trip: str
    reason: str
    reassigned_by: str
    alternatives: list[str]


@registry.event("trip.returned")
class TripReturned(DomainEvent):
    vehicle_id: str
    returned_at: datetime
    mileage_km: float


# 用印 — seals


@registry.event("seal.registered")
class SealRegistered(DomainEvent):
    name: str
    kind: str


@registry.event("seal_request.requested")
class SealRequested(DomainEvent):
    seal_id: str
    document: str
    reason: str
    impressions: int
    requested_by: str


@registry.event("seal_request.approved")
class SealApproved(DomainEvent):
    approved_by: str


@registry.event("seal_request.used")
class SealUsed(DomainEvent):
    seal_id: str
    used_by: str
    used_at: datetime
    impressions: int
