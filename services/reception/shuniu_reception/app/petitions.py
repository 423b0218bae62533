"""Petition commands (信访): each saves the petition's events, updates its row in the read model and
keeps the scheduler's "approaching" and "overdue" deadlines in step with its running clocks — all in
the command's transaction, so a clock shown is a clock scheduled."""

from __future__ import annotations

from datetime import date, datetime, time

from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.deadlines import Deadline, cancel, schedule
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput, RuleBroken
from shuniu_shared.eventstore import UnitOfWork, Written
from sqlalchemy import insert, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from shuniu_reception.adapters.tables import case_counters, people, petitions
from shuniu_reception.app.loading import load_checked
from shuniu_reception.app.people import PersonDetails, record_person
from shuniu_reception.app.personal_data import PersonalData
from shuniu_reception.domain.clocks import OBLIGATIONS, Clock, ClockName
from shuniu_reception.domain.events import DomainEvent, PetitionAssigned
from shuniu_reception.domain.petitions import Petition

APPROACHING, OVERDUE = "petition-clock-approaching", "petition-clock-overdue"


def today(uow: UnitOfWork) -> date:
    """The office's civil date (Asia/Shanghai) on the injectable clock: what a step's date may not pass."""
    return office_date(uow.store.clock.now())


async def register_petition(
    uow: UnitOfWork,
    keys: PersonalData,
    *,
    petition_id: str,
    petitioner: PersonDetails,
    channel: str,
    content: str,
    received_on: date,
    by: str,
) -> Written:
    """登记: the petitioner becomes a pseudonymous person; what they wrote is sealed with their key."""
    if not content.strip():
        raise InvalidInput("请填写信访内容", "the petition's content is needed", field="content")
    sealer = await record_person(uow, keys, "petitioner", petitioner, "petitioner")
    person_id = sealer.key_id
    case_number = await _next_case_number(uow, received_on.year)
    events = Petition.register(
        case_number, person_id, channel, sealer.seal("content", content.strip()), received_on, by, today(uow)
    )
    petition = Petition(petition_id)
    await uow.connection.execute(
        insert(petitions).values(
            petition_id=petition_id,
            case_number=case_number,
            person_id=person_id,
            channel=channel,
            stage="registered",
            received_on=received_on,
            registered_at=uow.store.clock.now(),
        )
    )
    return await save_petition(uow, petition, events)


async def route_petition(
    uow: UnitOfWork,
    directory: Directory,
    calendar: WorkingCalendar,
    petition_id: str,
    to: str,
    on: date,
    by: str,
    expected: int | None = None,
) -> Written:
    directory.department(to, field="to_department")
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.route(to, on, by, calendar, today(uow)))


async def accept_petition(
    uow: UnitOfWork, petition_id: str, on: date, notice: str, *, expected: int | None = None
) -> Written:
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.accept(on, notice, today(uow)))


async def object_to_petition(
    uow: UnitOfWork, petition_id: str, on: date, reason: str, *, expected: int | None = None
) -> Written:
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.object(on, reason, today(uow)))


async def assign_petition(
    uow: UnitOfWork,
    keys: PersonalData,
    directory: Directory,
    petition_id: str,
    department: str,
    summary: str,
    by: str,
    expected: int | None = None,
) -> Written:
    """交办: publishes `petition.assigned.v1`, from which supervision opens a task (docs/contracts.md)."""
    directory.department(department, field="department")
    petition = await load_checked(uow, Petition, petition_id, expected)
    events = petition.assign(department, summary, by, staffed=bool(directory.members(department)))
    await _no_personal_data_in(uow, keys, petition, summary)
    return await save_petition(uow, petition, events)


async def request_extension(
    uow: UnitOfWork,
    petition_id: str,
    *,
    days: int,
    reason: str,
    on: date,
    by: str,
    expected: int | None = None,
) -> Written:
    """申请延期 by the petitions officer; it waits for the approver's decision."""
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.request_extension(days, reason, on, by, today(uow)))


async def decide_extension(
    uow: UnitOfWork,
    directory: Directory,
    petition_id: str,
    *,
    approve: bool,
    approver: str,
    on: date,
    opinion: str = "",
    expected: int | None = None,
) -> Written:
    """批准 or 不批准, by the approver acting themselves: their roles come from the directory, not
    from what the caller claims."""
    person = directory.person(approver, field="approver")
    petition = await load_checked(uow, Petition, petition_id, expected)
    events = (
        petition.approve_extension(person.id, person.roles, on, today(uow))
        if approve
        else petition.refuse_extension(person.id, person.roles, on, opinion, today(uow))
    )
    return await save_petition(uow, petition, events)


async def tell_petitioner_of_extension(
    uow: UnitOfWork, petition_id: str, on: date, by: str, *, expected: int | None = None
) -> Written:
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.tell_petitioner_of_extension(on, by, today(uow)))


async def reply_to_petition(
    uow: UnitOfWork,
    keys: PersonalData,
    petition_id: str,
    on: date,
    reply: str,
    *,
    expected: int | None = None,
) -> Written:
    if not reply.strip():
        raise InvalidInput("请填写答复意见", "the reply is needed", field="reply")
    petition = await load_checked(uow, Petition, petition_id, expected)
    sealer = await keys.sealer(uow.connection, petition.person_id)
    return await save_petition(
        uow, petition, petition.reply(on, sealer.seal("reply", reply.strip()), today(uow))
    )


async def request_review(
    uow: UnitOfWork,
    keys: PersonalData,
    petition_id: str,
    on: date,
    grounds: str,
    *,
    expected: int | None = None,
) -> Written:
    """复查 or 复核, whichever is next; what the petitioner argues is theirs, so it is sealed."""
    petition = await load_checked(uow, Petition, petition_id, expected)
    sealer = await keys.sealer(uow.connection, petition.person_id)
    return await save_petition(
        uow, petition, petition.request_review(on, sealer.seal("grounds", grounds.strip()), today(uow))
    )


async def hold_hearing(
    uow: UnitOfWork, petition_id: str, from_on: date, to_on: date, *, expected: int | None = None
) -> Written:
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.hold_hearing(from_on, to_on, today(uow)))


async def decide_review(
    uow: UnitOfWork, petition_id: str, on: date, outcome: str, opinion: str, *, expected: int | None = None
) -> Written:
    petition = await load_checked(uow, Petition, petition_id, expected)
    return await save_petition(uow, petition, petition.decide_review(on, outcome, opinion, today(uow)))


async def save_petition(uow: UnitOfWork, petition: Petition, events: list[DomainEvent]) -> Written:
    """Append, then bring the read model row and the clocks' deadlines in line with the new state."""
    before = dict(petition.clocks)
    written = await uow.save(petition, events)
    for event in events:
        if isinstance(event, PetitionAssigned):
            await uow.connection.execute(
                update(petitions).where(petitions.c.petition_id == petition.id).values(summary=event.summary)
            )
    await _reschedule_clocks(uow, petition, before)
    running = sorted(petition.running_clocks(), key=lambda c: c.due_on)
    await uow.connection.execute(
        update(petitions)
        .where(petitions.c.petition_id == petition.id)
        .values(
            stage=petition.stage,
            department=petition.department,
            task_id=petition.task_id,
            next_clock=running[0].name if running else None,
            next_due_on=running[0].due_on if running else None,
        )
    )
    return written


async def _reschedule_clocks(uow: UnitOfWork, petition: Petition, before: dict[ClockName, Clock]) -> None:
    """A clock that stopped or moved loses its pending alerts; every running obligation has its two.
    The key carries the due date, so an alert that fired for the old date never hides the new one."""
    for name, clock in before.items():
        after = petition.clocks.get(name)
        if clock.running and (after is None or not after.running or after.due_on != clock.due_on):
            for kind in (APPROACHING, OVERDUE):
                await cancel(uow.connection, _key(petition.id, clock, kind))
    for clock in petition.running_clocks():
        if clock.name not in OBLIGATIONS:
            continue
        for kind, on in ((APPROACHING, clock.approaching_from()), (OVERDUE, clock.overdue_from())):
            await schedule(
                uow.connection,
                Deadline(
                    _key(petition.id, clock, kind),
                    petition.id,
                    kind,
                    _start_of(on),
                    {"clock": clock.name.value, "due_on": clock.due_on.isoformat()},
                ),
            )


async def raise_clock_alert(deadline: Deadline, uow: UnitOfWork) -> None:
    """The scheduler's handler for both kinds: the petition raises it if the clock still runs."""
    petition = await uow.load(Petition, deadline.stream_id)
    kind = "approaching" if deadline.kind == APPROACHING else "overdue"
    events = petition.raise_alert(
        kind, ClockName(deadline.payload["clock"]), date.fromisoformat(deadline.payload["due_on"])
    )
    if events:
        await uow.save(petition, events)


def _key(petition_id: str, clock: Clock, kind: str) -> str:
    return f"{petition_id}:{clock.name.value}:{clock.due_on.isoformat()}:{kind}"


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), OFFICE_TZ)


async def _next_case_number(uow: UnitOfWork, year: int) -> str:
    """信访〔2026〕N号. One upsert takes the number: the row lock serialises two registrations, so
    neither can read the same `last` (an UPDATE waits for the other's commit, then sees its value)."""
    upsert = postgres_insert if uow.connection.dialect.name == "postgresql" else sqlite_insert
    statement = upsert(case_counters).values(year=year, last=1)
    number = await uow.connection.scalar(
        statement.on_conflict_do_update(
            index_elements=["year"], set_={"last": case_counters.c.last + 1}
        ).returning(case_counters.c.last)
    )
    return f"信访〔{year}〕{number}号"


async def _no_personal_data_in(uow: UnitOfWork, keys: PersonalData, petition: Petition, summary: str) -> None:
    """The summary goes to supervision in clear: refuse one that quotes the petitioner's name,
    ID number or phone (the contract: "without personal data")."""
    row = (
        await uow.connection.execute(people.select().where(people.c.person_id == petition.person_id))
    ).first()
    if row is None:
        return
    opener = await keys.opener(uow.connection, [row.name, row.id_number, row.phone])
    for field in ("name", "id_number", "phone"):
        token = getattr(row, field)
        if token is None:
            continue
        value = opener.show(field, token)
        if value and len(value) >= 2 and value in summary:
            raise RuleBroken(
                "交办摘要不得包含信访人的个人信息（姓名、身份证号、电话）",
                "the summary must not contain the petitioner's personal data",
                code="personal_data_in_summary",
            )
