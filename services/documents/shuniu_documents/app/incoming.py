"""收文 commands and their handlers: each loads the document the actor may see, asks it to decide,
saves the events with the read-model row, and schedules or cancels the deadlines the decision
creates or ends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.deadlines import Deadline, cancel, schedule
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Written

from shuniu_documents.adapters.numbers import next_number, record_number
from shuniu_documents.app.office import OnDocument, at_office_time, load_for, save
from shuniu_documents.domain.incoming import IncomingDocument

RECEIPT_CODE = "县府办收"  # the 代字 of the county office's receipt numbers: 县府办收〔2026〕1号
REMINDER = "documents.reminder"
CIRCULATION_OVERDUE = "documents.circulation-overdue"
DEFAULT_CIRCULATION_DAYS = 2  # working days a circulation may take unless the clerk says otherwise


@dataclass(frozen=True)
class SignFor(Command):  # 签收
    sender: str  # 来文机关
    sender_number: str  # 来文字号
    title: str
    doc_type: str
    classification: str
    secrecy_period: str | None
    urgency: str | None
    copies: int


@dataclass(frozen=True)
class Register(OnDocument):  # 登记
    pass


@dataclass(frozen=True)
class Review(OnDocument):  # 初审
    accept: bool
    handling: str | None  # 阅知件 or 批办件, when accepted
    reason: str | None  # 退回理由, or a note on acceptance


@dataclass(frozen=True)
class Propose(OnDocument):  # 拟办
    opinion: str


@dataclass(frozen=True)
class Instruct(OnDocument):  # 批示
    instruction: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None


@dataclass(frozen=True)
class Circulate(OnDocument):  # 传阅
    readers: list[str]
    due_on: date | None


@dataclass(frozen=True)
class AcknowledgeReading(OnDocument):  # 阅毕
    pass


@dataclass(frozen=True)
class RecallCirculation(OnDocument):  # 收回传阅
    reason: str


@dataclass(frozen=True)
class Urge(OnDocument):  # 催办
    note: str


@dataclass(frozen=True)
class Answer(OnDocument):  # 答复
    reply: str


@dataclass(frozen=True)
class Close(OnDocument):  # 办结
    note: str


@dataclass(frozen=True)
class Archive(OnDocument):  # 归档
    retention: str


async def sign_for(command: SignFor, uow: UnitOfWork, actor: Actor) -> Written:
    """签收: a new incoming document, its items checked, the time recorded."""
    document = IncomingDocument(f"in-{uuid.uuid4().hex[:16]}")
    events = IncomingDocument.receive(
        sender=command.sender,
        sender_number=command.sender_number,
        title=command.title,
        doc_type=command.doc_type,
        classification=command.classification,
        secrecy_period=command.secrecy_period,
        urgency=command.urgency,
        copies=command.copies,
        at=uow.clock.now(),
        by=actor.person,
        clearance=actor.clearance,
    )
    return await save(uow, uow.clock, document, events)


async def register(command: Register, uow: UnitOfWork, actor: Actor) -> Written:
    """登记: the next receipt number of the year, allocated in this transaction (adapters/numbers.py)."""
    document = await load_for(uow, IncomingDocument, command, actor)
    # A registration refused out of turn raises after taking a number: the rollback gives it back.
    number = await next_number(uow.connection, RECEIPT_CODE, uow.today().year)
    written = await save(uow, uow.clock, document, document.register(number, by=actor.person))
    await record_number(uow.connection, number, document.id, uow.clock.now())
    return written


async def review(command: Review, uow: UnitOfWork, actor: Actor) -> Written:
    """初审: accept as 阅知件 or 批办件, or return with the reason."""
    document = await load_for(uow, IncomingDocument, command, actor)
    if command.accept:
        if command.handling is None:
            raise InvalidInput("请指明阅知件或批办件", "say whether it is 阅知件 or 批办件", field="handling")
        events = document.accept(command.handling, by=actor.person, note=command.reason or "")
    else:
        events = document.return_to_sender(command.reason or "", by=actor.person)
    return await save(uow, uow.clock, document, events)


async def propose(command: Propose, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    return await save(uow, uow.clock, document, document.propose(command.opinion, by=actor.person))


async def instruct(command: Instruct, uow: UnitOfWork, actor: Actor) -> Written:
    """批示, and the automatic 催办 scheduled for the working day before its deadline."""
    uow.directory.department(command.lead_department, field="lead_department")
    for code in command.co_departments:
        uow.directory.department(code, field="co_departments")
    document = await load_for(uow, IncomingDocument, command, actor)
    events = document.instruct(
        leader=uow.directory.person(actor.person, field="leader"),
        instruction=command.instruction,
        lead_department=command.lead_department,
        lead_members=[p for p in uow.directory.people.values() if p.dept == command.lead_department],
        co_departments=command.co_departments,
        deadline=command.deadline,
        on=uow.today(),
    )
    written = await save(uow, uow.clock, document, events)
    if command.deadline is not None:
        due_at = max(at_office_time(_working_day_before(uow.calendar, command.deadline), 9), uow.clock.now())
        payload = {"deadline": command.deadline.isoformat()}
        await schedule(
            uow.connection, Deadline(f"{document.id}:reminder", document.id, REMINDER, due_at, payload)
        )
    return written


async def circulate(command: Circulate, uow: UnitOfWork, actor: Actor) -> Written:
    """传阅, with its overdue check scheduled for the end of the due day."""
    people = [uow.directory.person(r, field="readers") for r in command.readers]
    document = await load_for(uow, IncomingDocument, command, actor)
    due_day = command.due_on or uow.calendar.add_working_days(uow.today(), DEFAULT_CIRCULATION_DAYS)
    events = document.start_circulation(
        people, at=uow.clock.now(), due_at=at_office_time(due_day, 17, 30), by=actor.person
    )
    written = await save(uow, uow.clock, document, events)
    circulation = document.current_circulation
    assert circulation is not None
    key = _circulation_key(document.id, circulation.round)
    overdue = Deadline(
        key, document.id, CIRCULATION_OVERDUE, circulation.due_at, {"round": circulation.round}
    )
    await schedule(uow.connection, overdue)
    return written


async def acknowledge_reading(command: AcknowledgeReading, uow: UnitOfWork, actor: Actor) -> Written:
    """阅毕, by a reader, on the version they saw if they named one (the other readers' 阅毕 move it on,
    so a reader who does not care sends no If-Match)."""
    document = await load_for(uow, IncomingDocument, command, actor)
    events = document.acknowledge_reading(actor.person, at=uow.clock.now())
    written = await save(uow, uow.clock, document, events)
    circulation = document.current_circulation
    if circulation is not None and not circulation.unread:
        await cancel(uow.connection, _circulation_key(document.id, circulation.round))
    return written


async def recall_circulation(command: RecallCirculation, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    events = document.recall_circulation(command.reason, by=actor.person)
    written = await save(uow, uow.clock, document, events)
    assert document.current_circulation is not None
    await cancel(uow.connection, _circulation_key(document.id, document.current_circulation.round))
    return written


async def urge(command: Urge, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    return await save(uow, uow.clock, document, document.urge(command.note, by=actor.person))


async def answer(command: Answer, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    person = uow.directory.person(actor.person)
    return await save(uow, uow.clock, document, document.answer(command.reply, person=person))


async def close(command: Close, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    events = document.close(on=uow.today(), by=actor.person, note=command.note)
    written = await save(uow, uow.clock, document, events)
    await cancel(uow.connection, f"{document.id}:reminder")
    return written


async def archive(command: Archive, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
    events = document.archive(command.retention, on=uow.today(), by=actor.person)
    return await save(uow, uow.clock, document, events)


def _working_day_before(calendar: WorkingCalendar, deadline: date) -> date:
    day = deadline - timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def _circulation_key(id: str, round: int) -> str:
    return f"{id}:circulation:{round}"
