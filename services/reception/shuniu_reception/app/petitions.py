"""Petition commands (信访): each saves the petition's events, updates its row in the read model and
keeps the scheduler's "approaching" and "overdue" deadlines in step with its running clocks — all in
the command's transaction, so a clock shown is a clock scheduled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor, Command
from shuniu_shared.commands import UnitOfWork as CommandUnit
from shuniu_shared.deadlines import Deadline, cancel, schedule
from shuniu_shared.errors import RuleBroken, required
from shuniu_shared.eventstore import UnitOfWork, Written
from sqlalchemy import insert, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from shuniu_reception.adapters.tables import case_counters, people, petitions
from shuniu_reception.app.people import PERSONAL_FIELDS, PersonDetails, record_person
from shuniu_reception.app.personal_data import (
    Opener,
    Sealer,
    Unreadable,
    key_id_of,
    personal_data,
)
from shuniu_reception.domain.clocks import OBLIGATIONS, Clock, ClockName
from shuniu_reception.domain.disclosure import PETITIONER, Identifiers, refuse_personal_data_in
from shuniu_reception.domain.events import (
    DomainEvent,
    ExtensionRefused,
    ExtensionRequested,
    HandlingExtended,
    PetitionAccepted,
    PetitionAssigned,
    PetitionObjected,
    ReviewDecided,
)
from shuniu_reception.domain.petitions import Petition

APPROACHING, OVERDUE = "petition-clock-approaching", "petition-clock-overdue"

# The office's free text on a person's case, sealed under the petitioner's key before it is saved
# (issue 17). The field name is the token's associated data, so the reason sealed when the extension
# was asked is opened as the approval's reason too.
CASE_TEXT: dict[type[DomainEvent], tuple[str, ...]] = {
    PetitionAccepted: ("notice",),
    PetitionObjected: ("reason",),
    PetitionAssigned: ("summary",),
    ExtensionRequested: ("reason",),
    HandlingExtended: ("reason",),
    ExtensionRefused: ("opinion",),
    ReviewDecided: ("opinion",),
}


@dataclass(frozen=True)
class RegisterPetition(Command):  # 登记信访事项
    petition_id: str
    petitioner: PersonDetails
    channel: str  # letter, visit, phone, online (the petition checks it)
    content: str
    received_on: date


@dataclass(frozen=True)
class OnPetition(Command):
    """A step on a registered petition (where a step names the day it was taken, `on`, it is today
    unless given). The deadline scheduler appends alerts to a petition whose clock runs late: a step
    sent without If-Match that loses the race to one is decided again on the reloaded petition."""

    may_retry = True
    petition_id: str


@dataclass(frozen=True)
class RoutePetition(OnPetition):  # 转送交办
    to_department: str
    on: date | None


@dataclass(frozen=True)
class AcceptPetition(OnPetition):  # 受理并书面告知
    notice: str
    on: date | None


@dataclass(frozen=True)
class ObjectToPetition(OnPetition):  # 提出异议
    reason: str
    on: date | None


@dataclass(frozen=True)
class AssignPetition(OnPetition):  # 交办部门
    department: str
    summary: str  # 交办摘要, without personal data


@dataclass(frozen=True)
class RequestExtension(OnPetition):  # 申请延期（信访工作机构）
    days: int
    reason: str
    on: date | None


@dataclass(frozen=True)
class DecideExtension(OnPetition):  # 批准 / 不批准延期（本机关负责人本人）
    approve: bool
    opinion: str
    on: date | None


@dataclass(frozen=True)
class TellPetitionerOfExtension(OnPetition):  # 告知信访人延期理由
    on: date | None


@dataclass(frozen=True)
class ReplyToPetition(OnPetition):  # 书面答复
    reply: str
    on: date | None


@dataclass(frozen=True)
class RequestReview(OnPetition):  # 请求复查 / 复核
    grounds: str
    on: date | None


@dataclass(frozen=True)
class HoldHearing(OnPetition):  # 听证
    from_on: date
    to_on: date


@dataclass(frozen=True)
class DecideReview(OnPetition):  # 复查 / 复核意见
    outcome: str  # upheld or revised (the petition checks it)
    opinion: str
    on: date | None


async def register_petition(command: RegisterPetition, uow: CommandUnit, actor: Actor) -> Written:
    """登记: the petitioner becomes a pseudonymous person; what they wrote is sealed with their key."""
    required(command.content, "content", "请填写信访内容", "the petition's content is needed")
    sealer = await record_person(uow, personal_data(), "petitioner", command.petitioner, "petitioner")
    person_id = sealer.key_id
    case_number = await _next_case_number(uow, command.received_on.year)
    events = Petition.register(
        case_number,
        person_id,
        command.channel,
        sealer.seal("content", command.content.strip()),
        command.received_on,
        actor.person,
        uow.today(),
    )
    petition = Petition(command.petition_id)
    await uow.connection.execute(
        insert(petitions).values(
            petition_id=command.petition_id,
            case_number=case_number,
            person_id=person_id,
            channel=command.channel,
            stage="registered",
            received_on=command.received_on,
            registered_at=uow.store.clock.now(),
        )
    )
    return await save_petition(uow, petition, events)


async def route_petition(command: RoutePetition, uow: CommandUnit, actor: Actor) -> Written:
    on = command.on or uow.today()
    uow.directory.department(command.to_department, field="to_department")
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.route(command.to_department, on, actor.person, uow.calendar, uow.today())
    return await save_petition(uow, petition, events)


async def accept_petition(command: AcceptPetition, uow: CommandUnit, actor: Actor) -> Written:
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.accept(on, command.notice, uow.today())
    await _no_personal_data_in(uow, petition, notice=command.notice)
    return await save_petition(uow, petition, events)


async def object_to_petition(command: ObjectToPetition, uow: CommandUnit, actor: Actor) -> Written:
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.object(on, command.reason, uow.today())
    await _no_personal_data_in(uow, petition, reason=command.reason)
    return await save_petition(uow, petition, events)


async def assign_petition(command: AssignPetition, uow: CommandUnit, actor: Actor) -> Written:
    """交办: publishes `petition.assigned.v2` (its summary sealed), from which supervision opens a task
    (docs/contracts.md)."""
    uow.directory.department(command.department, field="department")
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    staffed = bool(uow.directory.members(command.department))
    events = petition.assign(command.department, command.summary, actor.person, staffed=staffed)
    await _no_personal_data_in(uow, petition, summary=command.summary)
    return await save_petition(uow, petition, events)


async def request_extension(command: RequestExtension, uow: CommandUnit, actor: Actor) -> Written:
    """申请延期 by the petitions officer; it waits for the approver's decision."""
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.request_extension(command.days, command.reason, on, actor.person, uow.today())
    await _no_personal_data_in(uow, petition, reason=command.reason)
    return await save_petition(uow, petition, events)


async def decide_extension(command: DecideExtension, uow: CommandUnit, actor: Actor) -> Written:
    """批准 or 不批准, by the approver acting themselves: their roles come from the directory, not
    from what the caller claims."""
    on = command.on or uow.today()
    person = uow.directory.person(actor.person, field="approver")
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = (
        petition.approve_extension(person.id, person.roles, on, uow.today())
        if command.approve
        else petition.refuse_extension(person.id, person.roles, on, command.opinion, uow.today())
    )
    await _no_personal_data_in(uow, petition, opinion=command.opinion)
    return await save_petition(uow, petition, events)


async def tell_petitioner_of_extension(
    command: TellPetitionerOfExtension, uow: CommandUnit, actor: Actor
) -> Written:
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.tell_petitioner_of_extension(on, actor.person, uow.today())
    return await save_petition(uow, petition, events)


async def reply_to_petition(command: ReplyToPetition, uow: CommandUnit, actor: Actor) -> Written:
    on = command.on or uow.today()
    required(command.reply, "reply", "请填写答复意见", "the reply is needed")
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    sealer = await petitioner_sealer(uow, petition)
    sealed = sealer.seal("reply", command.reply.strip())
    return await save_petition(uow, petition, petition.reply(on, sealed, uow.today()))


async def request_review(command: RequestReview, uow: CommandUnit, actor: Actor) -> Written:
    """复查 or 复核, whichever is next; what the petitioner argues is theirs, so it is sealed."""
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    sealer = await petitioner_sealer(uow, petition)
    sealed = sealer.seal("grounds", command.grounds.strip())
    return await save_petition(uow, petition, petition.request_review(on, sealed, uow.today()))


async def hold_hearing(command: HoldHearing, uow: CommandUnit, actor: Actor) -> Written:
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.hold_hearing(command.from_on, command.to_on, uow.today())
    return await save_petition(uow, petition, events)


async def decide_review(command: DecideReview, uow: CommandUnit, actor: Actor) -> Written:
    on = command.on or uow.today()
    petition = await uow.load_at(Petition, command.petition_id, command.expected_version)
    events = petition.decide_review(on, command.outcome, command.opinion, uow.today())
    await _no_personal_data_in(uow, petition, opinion=command.opinion)
    return await save_petition(uow, petition, events)


async def save_petition(uow: UnitOfWork, petition: Petition, events: list[DomainEvent]) -> Written:
    """Seal the case's free text, append, then bring the read model row and the clocks' deadlines in
    line with the new state."""
    before = dict(petition.clocks)
    events = await _case_text_sealed(uow, petition, events)
    written = await uow.save(petition, events)
    await _reschedule_clocks(uow, petition, before)
    running = sorted(petition.running_clocks(), key=lambda c: c.due_on)
    assigned = [{"summary": e.summary} for e in events if isinstance(e, PetitionAssigned)]
    await uow.connection.execute(
        update(petitions)
        .where(petitions.c.petition_id == petition.id)
        .values(
            stage=petition.stage,
            department=petition.department,
            task_id=petition.task_id,
            next_clock=running[0].name if running else None,
            next_due_on=running[0].due_on if running else None,
            **(assigned[-1] if assigned else {}),  # the sealed 交办 summary the lists show
        )
    )
    return written


async def petitioner_sealer(uow: UnitOfWork, petition: Petition) -> Sealer:
    """The petitioner's key, to seal new text on their case; once they were forgotten there is none,
    and no new text is taken (it would be sealed under a destroyed key, or kept in clear)."""
    try:
        return await personal_data().sealer(uow.connection, petition.person_id)
    except Unreadable as error:
        raise RuleBroken(
            "信访人的个人信息已删除：不能再为该信访事项添加文字",
            "the petitioner was forgotten: no new text can be added to their case",
            code="petitioner_forgotten",
        ) from error


async def _case_text_sealed(
    uow: UnitOfWork, petition: Petition, events: list[DomainEvent]
) -> list[DomainEvent]:
    """Each event's free text (CASE_TEXT) sealed under the petitioner's key, unless it already is (an
    approval carries the reason sealed when the extension was asked)."""
    sealer: Sealer | None = None
    sealed: list[DomainEvent] = []
    for event in events:
        clear = {
            field: getattr(event, field)
            for field in CASE_TEXT.get(type(event), ())
            if key_id_of(getattr(event, field)) is None
        }
        if clear:
            sealer = sealer or await petitioner_sealer(uow, petition)
            event = event.model_copy(
                update={field: sealer.seal(field, text) for field, text in clear.items()}
            )
        sealed.append(event)
    return sealed


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


async def _no_personal_data_in(uow: UnitOfWork, petition: Petition, **texts: str) -> None:
    """Free text of the office's on the case (sealed, but read by the department and supervision's
    staff): refuse it where it quotes the petitioner's name, ID number, phone or address in any
    spelling (domain/disclosure.py), naming the field. The petitioner's data is opened for the check only."""
    row = (
        await uow.connection.execute(people.select().where(people.c.person_id == petition.person_id))
    ).first()
    if row is None or row.forgotten_at is not None:
        return
    opener = await personal_data().opener(uow.connection, [row.name])
    person = Identifiers(**{field: _opened(opener, field, getattr(row, field)) for field in PERSONAL_FIELDS})
    for field, value in texts.items():
        refuse_personal_data_in(field, value, person, PETITIONER)


def _opened(opener: Opener, field: str, token: str | None) -> str | None:
    try:
        return opener.open(field, token) if token else None
    except Unreadable:
        return None
