"""Visitor commands: appointment, walk-in, arrival with a badge (签到), departure."""

from __future__ import annotations

from datetime import UTC, datetime

from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput, RuleBroken
from shuniu_shared.eventstore import UnitOfWork, Written
from sqlalchemy import insert, select, update

from shuniu_reception.adapters.tables import visits
from shuniu_reception.app.loading import load_checked
from shuniu_reception.app.people import PersonDetails, record_person
from shuniu_reception.app.personal_data import PersonalData
from shuniu_reception.domain.events import VisitAppointed, VisitorArrived
from shuniu_reception.domain.visitors import Visit, VisitStage


def _check_host(directory: Directory, department: str, person: str) -> None:
    directory.department(department, field="host_department")
    host = directory.person(person, field="host_person")
    if not directory.is_within(host.dept, department):
        raise InvalidInput(
            f"{host.name}不在被访部门 {department}",
            f"{host.name} is not in the host department {department}",
            code="host_not_in_department",
            field="host_person",
        )


async def book_visit(
    uow: UnitOfWork,
    keys: PersonalData,
    directory: Directory,
    *,
    visit_id: str,
    visitor: PersonDetails,
    organisation: str,
    host_department: str,
    host_person: str,
    expected_at: datetime,
    purpose: str,
    by: str,
) -> Written:
    _check_host(directory, host_department, host_person)
    expected_at = expected_at.astimezone(UTC)
    person_id = (await record_person(uow, keys, "visitor", visitor, "visitor")).key_id
    appointment = VisitAppointed(
        person_id=person_id,
        organisation=organisation,
        host_department=host_department,
        host_person=host_person,
        expected_at=expected_at,
        purpose=purpose,
        booked_by=by,
    )
    written = await uow.save(Visit(visit_id), Visit.appoint(appointment))
    await _add_to_register(uow, visit_id, appointment, VisitStage.APPOINTED, expected_at=expected_at)
    return written


async def walk_in(
    uow: UnitOfWork,
    keys: PersonalData,
    directory: Directory,
    *,
    visit_id: str,
    visitor: PersonDetails,
    organisation: str,
    host_department: str,
    host_person: str,
    purpose: str,
    badge: str,
) -> Written:
    _check_host(directory, host_department, host_person)
    await _badge_is_free(uow, badge)
    person_id = (await record_person(uow, keys, "visitor", visitor, "visitor")).key_id
    now = uow.store.clock.now()
    arrival = VisitorArrived(
        person_id=person_id,
        badge=badge,
        arrived_at=now,
        walk_in=True,
        host_department=host_department,
        host_person=host_person,
        organisation=organisation,
        purpose=purpose,
    )
    written = await uow.save(Visit(visit_id), Visit.walk_in(arrival))
    await _add_to_register(
        uow, visit_id, arrival, VisitStage.IN_BUILDING, badge=badge.strip(), arrived_at=now
    )
    return written


async def check_in(uow: UnitOfWork, visit_id: str, badge: str, *, expected: int | None = None) -> Written:
    visit = await load_checked(uow, Visit, visit_id, expected)
    await _badge_is_free(uow, badge)
    now = uow.store.clock.now()
    written = await uow.save(visit, visit.arrive(badge, now))
    await uow.connection.execute(
        update(visits)
        .where(visits.c.visit_id == visit_id)
        .values(stage=VisitStage.IN_BUILDING, badge=visit.badge, arrived_at=now)
    )
    return written


async def check_out(uow: UnitOfWork, visit_id: str, *, expected: int | None = None) -> Written:
    visit = await load_checked(uow, Visit, visit_id, expected)
    now = uow.store.clock.now()
    written = await uow.save(visit, visit.leave(now))
    await uow.connection.execute(
        update(visits).where(visits.c.visit_id == visit_id).values(stage=VisitStage.LEFT, left_at=now)
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
