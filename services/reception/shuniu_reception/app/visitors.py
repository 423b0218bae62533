"""Visitor commands: appointment, walk-in, arrival with a badge (签到), departure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, InvalidInput, RuleBroken
from shuniu_shared.eventstore import Written
from sqlalchemy import insert, select, update

from shuniu_reception.adapters.tables import visits
from shuniu_reception.app.people import PersonDetails, record_person
from shuniu_reception.app.personal_data import personal_data
from shuniu_reception.domain.disclosure import VISITOR, Identifiers, refuse_personal_data_in
from shuniu_reception.domain.events import VisitAppointed, VisitorArrived
from shuniu_reception.domain.visitors import RECEPTION_STAFF, Visit, VisitStage


@dataclass(frozen=True)
class Visiting:
    """A visitor and the host they come to see, as the visit's first step names them."""

    visitor: PersonDetails
    organisation: str
    host_department: str
    host_person: str
    purpose: str


@dataclass(frozen=True)
class BookVisit(Command):  # 预约来访
    visit_id: str
    visit: Visiting
    expected_at: datetime


@dataclass(frozen=True)
class WalkIn(Command):  # 临时来访登记并签到
    visit_id: str
    visit: Visiting
    badge: str


@dataclass(frozen=True)
class CheckIn(Command):  # 签到并发放访客证
    visit_id: str
    badge: str


@dataclass(frozen=True)
class CheckOut(Command):  # 离开
    visit_id: str


def _no_personal_data_in_purpose(visiting: Visiting) -> None:
    """The purpose travels in clear (the visit's events, the building list): it may not quote the
    visitor's own data, which is sealed."""
    visitor = visiting.visitor
    person = Identifiers(visitor.name, visitor.id_number, visitor.phone, visitor.address)
    refuse_personal_data_in("purpose", visiting.purpose, person, VISITOR)


def check_host(directory: Directory, department: str, person: str) -> None:
    directory.department(department, field="host_department")
    host = directory.person(person, field="host_person")
    if not directory.is_within(host.dept, department):
        raise InvalidInput(
            f"{host.name}不在被访部门 {department}",
            f"{host.name} is not in the host department {department}",
            code="host_not_in_department",
            field="host_person",
        )


async def book_visit(command: BookVisit, uow: UnitOfWork, actor: Actor) -> Written:
    """Reception books any visit; anyone else books a visitor of their own."""
    if not actor.has_any_role(RECEPTION_STAFF) and command.visit.host_person != actor.person:
        raise Forbidden("只能为自己预约访客", "you can book visitors only for yourself")
    check_host(uow.directory, command.visit.host_department, command.visit.host_person)
    _no_personal_data_in_purpose(command.visit)
    expected_at = command.expected_at.astimezone(UTC)
    person_id = (
        await record_person(uow, personal_data(), "visitor", command.visit.visitor, "visitor")
    ).key_id
    appointment = VisitAppointed(
        person_id=person_id,
        organisation=command.visit.organisation,
        host_department=command.visit.host_department,
        host_person=command.visit.host_person,
        expected_at=expected_at,
        purpose=command.visit.purpose,
        booked_by=actor.person,
    )
    written = await uow.save(Visit(command.visit_id), Visit.appoint(appointment))
    await _add_to_register(uow, command.visit_id, appointment, VisitStage.APPOINTED, expected_at=expected_at)
    return written


async def walk_in(command: WalkIn, uow: UnitOfWork, actor: Actor) -> Written:
    check_host(uow.directory, command.visit.host_department, command.visit.host_person)
    _no_personal_data_in_purpose(command.visit)
    await _badge_is_free(uow, command.badge)
    person_id = (
        await record_person(uow, personal_data(), "visitor", command.visit.visitor, "visitor")
    ).key_id
    now = uow.store.clock.now()
    arrival = VisitorArrived(
        person_id=person_id,
        badge=command.badge,
        arrived_at=now,
        walk_in=True,
        host_department=command.visit.host_department,
        host_person=command.visit.host_person,
        organisation=command.visit.organisation,
        purpose=command.visit.purpose,
    )
    written = await uow.save(Visit(command.visit_id), Visit.walk_in(arrival))
    await _add_to_register(
        uow, command.visit_id, arrival, VisitStage.IN_BUILDING, badge=command.badge.strip(), arrived_at=now
    )
    return written


async def check_in(command: CheckIn, uow: UnitOfWork, actor: Actor) -> Written:
    visit = await uow.load_at(Visit, command.visit_id, command.expected_version)
    await _badge_is_free(uow, command.badge)
    now = uow.store.clock.now()
    written = await uow.save(visit, visit.arrive(command.badge, now))
    await uow.connection.execute(
        update(visits)
        .where(visits.c.visit_id == command.visit_id)
        .values(stage=VisitStage.IN_BUILDING, badge=visit.badge, arrived_at=now)
    )
    return written


async def check_out(command: CheckOut, uow: UnitOfWork, actor: Actor) -> Written:
    visit = await uow.load_at(Visit, command.visit_id, command.expected_version)
    now = uow.store.clock.now()
    written = await uow.save(visit, visit.leave(now))
    await uow.connection.execute(
        update(visits).where(visits.c.visit_id == command.visit_id).values(stage=VisitStage.LEFT, left_at=now)
    )
    return written


async def _add_to_register(
    uow: UnitOfWork,
    visit_id: str,
    first: VisitAppointed | VisitorArrived,
    stage: VisitStage,
    **when: str | datetime,
) -> None:
    """The visit's row in the register of visits (lists, who is in the building, the badge check),
    with the visitor and host as its first event records them, booked or walked in."""
    await uow.connection.execute(
        insert(visits).values(
            visit_id=visit_id,
            person_id=first.person_id,
            organisation=first.organisation,
            purpose=first.purpose,
            host_department=first.host_department,
            host_person=first.host_person,
            stage=stage,
            **when,
        )
    )


async def _badge_is_free(uow: UnitOfWork, badge: str) -> None:
    """One badge, one visitor in the building: otherwise nobody knows who carried it."""
    holder = await uow.connection.scalar(
        select(visits.c.visit_id).where(
            visits.c.badge == badge.strip(), visits.c.stage == VisitStage.IN_BUILDING
        )
    )
    if holder is not None:
        raise RuleBroken(
            f"访客证 {badge} 正由楼内另一位访客佩戴",
            f"badge {badge} is worn by another visitor in the building",
            code="badge_in_use",
        )
