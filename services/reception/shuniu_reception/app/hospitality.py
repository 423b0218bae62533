"""Official hospitality commands (公务接待): the plan on the sending body's 公函, its approval, tickets
and rooms booked as tasks with their confirmations, and the bills reconciled with the 接待清单.

Guests are recorded as visitors are (app/people.py): each a pseudonymous person whose name, and here
also post, enter the events only sealed under the guest's own key, so forgetting a guest erases them
from every reception, topic and backup at once while the plan and its costs stay whole.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.errors import Forbidden, NotFound
from shuniu_shared.eventstore import Written
from shuniu_shared.settings import ConfigurationError
from sqlalchemy import insert, update

from shuniu_reception.adapters.tables import receptions, todos
from shuniu_reception.app.people import PersonDetails, record_person
from shuniu_reception.app.personal_data import personal_data
from shuniu_reception.app.visitors import check_host
from shuniu_reception.domain.disclosure import GUEST, Identifiers, refuse_personal_data_in
from shuniu_reception.domain.events import Bill, Guest, OfficialLetter
from shuniu_reception.domain.hospitality import HOSPITALITY_STAFF, ItemDraft, Reception, Standards

STANDARDS_VARIABLE = "SHUNIU_RECEPTION_HOSPITALITY_FILE"
DEFAULT_STANDARDS = Path(__file__).parent.parent / "hospitality.toml"


def standards() -> Standards:
    """The meal standard and the agreed hotels, read from the file on each plan: the agreement with
    the hotels is renewed once a year and should not need a restart to take effect."""
    path = Path(os.environ.get(STANDARDS_VARIABLE) or DEFAULT_STANDARDS)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        hotels = {str(name): int(price) for name, price in data["hotels"].items()}
        return Standards(meal_per_person_fen=int(data["meal_per_person_fen"]), hotels=hotels)
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise ConfigurationError(
            f"{STANDARDS_VARIABLE}: {path} is not a hospitality standards file ({error!r}) / 接待标准文件无效"
        ) from error


@dataclass(frozen=True)
class GuestDetails:
    """A guest as the letter names them: name and post (职务), a phone to reach them if given."""

    name: str
    post: str
    phone: str | None = None


@dataclass(frozen=True)
class PlanReception(Command):  # 登记公函并拟定接待方案
    reception_id: str
    letter: OfficialLetter | None
    guests: list[GuestDetails]
    business: str
    host_department: str
    host_person: str
    arrives_at: datetime
    departs_at: datetime
    items: list[ItemDraft]
    transport: str


@dataclass(frozen=True)
class ApproveReception(Command):  # 批准接待方案
    reception_id: str


@dataclass(frozen=True)
class RequestBooking(Command):  # 订票订房任务
    reception_id: str
    booking_id: str
    kind: str
    details: str
    assignee: str


@dataclass(frozen=True)
class ConfirmBooking(Command):  # 预订确认
    reception_id: str
    booking_id: str
    confirmation: str


@dataclass(frozen=True)
class SettleReception(Command):  # 结算
    reception_id: str
    bills: list[Bill]


async def plan_reception(command: PlanReception, uow: UnitOfWork, actor: Actor) -> Written:
    """Each guest recorded under a key of their own, then the plan decided on what the letter names."""
    check_host(uow.directory, command.host_department, command.host_person)
    guests = []
    for i, guest in enumerate(command.guests):
        refuse_personal_data_in(
            "business", command.business, Identifiers(guest.name, phone=guest.phone), GUEST
        )
        sealer = await record_person(
            uow, personal_data(), "visitor", PersonDetails(guest.name, phone=guest.phone), f"guests[{i}]"
        )
        guests.append(Guest(person_id=sealer.key_id, post=sealer.seal("post", guest.post.strip())))
    reception = Reception(command.reception_id)
    written = await uow.save(
        reception,
        Reception.plan(
            command.letter,
            guests,
            command.business,
            (command.host_department, command.host_person),
            (command.arrives_at.astimezone(UTC), command.departs_at.astimezone(UTC)),
            command.items,
            command.transport,
            standards(),
            actor.person,
        ),
    )
    planned = reception.planned
    assert planned is not None  # the plan was just applied
    await uow.connection.execute(
        insert(receptions).values(
            reception_id=command.reception_id,
            sending_body=planned.letter.sending_body,
            business=planned.business,
            host_department=planned.host_department,
            host_person=planned.host_person,
            planned_by=planned.planned_by,
            assignees=[],
            stage=reception.stage,
            guests=len(planned.guests),
            arrives_at=planned.arrives_at,
            departs_at=planned.departs_at,
            planned_fen=sum(item.cost_fen for item in planned.items),
        )
    )
    return written.telling(stage=reception.stage)


async def approve_reception(command: ApproveReception, uow: UnitOfWork, actor: Actor) -> Written:
    reception = await uow.load_at(Reception, command.reception_id, command.expected_version)
    written = await uow.save(reception, reception.approve(actor.person, uow.today()))
    await _stage(uow, reception)
    return written.telling(stage=reception.stage)


async def request_booking(command: RequestBooking, uow: UnitOfWork, actor: Actor) -> Written:
    """The booking becomes a to-do of the person who books, until they record its confirmation."""
    reception = await uow.load_at(Reception, command.reception_id, command.expected_version)
    assignee = uow.directory.person(command.assignee, field="assignee")
    events = reception.request_booking(command.booking_id, command.kind, command.details, assignee.id)
    written = await uow.save(reception, events)
    what = "订票" if command.kind == "ticket" else "订房"
    sending_body = reception.planned.letter.sending_body if reception.planned else ""
    await uow.connection.execute(
        insert(todos).values(
            person=assignee.id,
            subject_id=_todo_of(command.reception_id, command.booking_id),
            text=f"{what}：{command.details.strip()}（{sending_body}来宾接待）",
            options=[],
            created_at=uow.clock.now(),
            done=False,
        )
    )
    await uow.connection.execute(
        update(receptions)
        .where(receptions.c.reception_id == command.reception_id)
        .values(assignees=sorted({b.assignee for b in reception.bookings.values()}))
    )
    return written.telling(booking_id=command.booking_id)


async def confirm_booking(command: ConfirmBooking, uow: UnitOfWork, actor: Actor) -> Written:
    """The person given the booking, or the reception staff, record its confirmation; anyone else
    is told the reception does not exist, as its GET tells them."""
    reception = await uow.load(Reception, command.reception_id)
    if not actor.sees(reception.audience(), uow.directory):
        raise NotFound("未找到该接待", "the reception was not found")
    check_version(reception, command.expected_version)
    booking = reception.bookings.get(command.booking_id)
    if booking is not None and booking.assignee != actor.person and not actor.has_any_role(HOSPITALITY_STAFF):
        raise Forbidden(
            "只有经办人或接待人员可以确认预订", "only the person booking or reception staff confirm it"
        )
    now = uow.clock.now()
    written = await uow.save(
        reception, reception.confirm_booking(command.booking_id, command.confirmation, actor.person, now)
    )
    await uow.connection.execute(
        update(todos)
        .where(todos.c.subject_id == _todo_of(command.reception_id, command.booking_id))
        .values(done=True)
    )
    return written


async def settle_reception(command: SettleReception, uow: UnitOfWork, actor: Actor) -> Written:
    reception = await uow.load_at(Reception, command.reception_id, command.expected_version)
    written = await uow.save(reception, reception.settle(command.bills, actor.person, uow.today()))
    await uow.connection.execute(
        update(receptions)
        .where(receptions.c.reception_id == command.reception_id)
        .values(stage=reception.stage, billed_fen=sum(bill.amount_fen for bill in reception.bills))
    )
    return written.telling(stage=reception.stage)


async def _stage(uow: UnitOfWork, reception: Reception) -> None:
    await uow.connection.execute(
        update(receptions).where(receptions.c.reception_id == reception.id).values(stage=reception.stage)
    )


def _todo_of(reception_id: str, booking_id: str) -> str:
    """The to-do's subject: the reception and the booking, so confirming one closes exactly its to-do."""
    return f"{reception_id}/{booking_id}"
