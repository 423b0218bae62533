"""收文 handlers: each loads the document the caller may see, asks it to decide, saves the events
with the read-model row, and schedules or cancels the deadlines the decision creates or ends."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from shuniu_shared.deadlines import Deadline, cancel, schedule
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import UnitOfWork

from shuniu_documents.adapters.numbers import next_number, record_number
from shuniu_documents.app.office import Caller, Office, at_office_time, load_visible, outcome, save
from shuniu_documents.domain.incoming import IncomingDocument

Outcome = tuple[int, dict[str, Any]]

RECEIPT_CODE = "县府办收"  # the 代字 of the county office's receipt numbers: 县府办收〔2026〕1号
REMINDER = "documents.reminder"
CIRCULATION_OVERDUE = "documents.circulation-overdue"
DEFAULT_CIRCULATION_DAYS = 2  # working days a circulation may take unless the clerk says otherwise


async def receive(uow: UnitOfWork, office: Office, caller: Caller, **fields: Any) -> Outcome:
    """签收: a new incoming document, its items checked, the time recorded."""
    document = IncomingDocument(f"in-{uuid.uuid4().hex[:16]}")
    events = IncomingDocument.receive(
        **fields, at=office.clock.now(), by=caller.sub, clearance=caller.clearance
    )
    return outcome(await save(uow, office.clock, document, events), document, 201)


async def register(uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None) -> Outcome:
    """登记: the next receipt number of the year, allocated in this transaction (adapters/numbers.py)."""
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    # A registration refused out of turn raises after taking a number: the rollback gives it back.
    number = await next_number(uow.connection, RECEIPT_CODE, office.today().year)
    written = await save(uow, office.clock, document, document.register(number, by=caller.sub))
    await record_number(uow.connection, number, id, office.clock.now())
    return outcome(written, document)


async def review(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    accept: bool,
    handling: str | None,
    reason: str | None,
) -> Outcome:
    """初审: accept as 阅知件 or 批办件, or return with the reason."""
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    if accept:
        if handling is None:
            raise InvalidInput("请指明阅知件或批办件", "say whether it is 阅知件 or 批办件", field="handling")
        events = document.accept(handling, by=caller.sub, note=reason or "")
    else:
        events = document.return_to_sender(reason or "", by=caller.sub)
    return outcome(await save(uow, office.clock, document, events), document)


async def propose(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, opinion: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    return outcome(
        await save(uow, office.clock, document, document.propose(opinion, by=caller.sub)), document
    )


async def instruct(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    instruction: str,
    lead_department: str,
    co_departments: list[str],
    deadline: date | None,
) -> Outcome:
    """批示, and the automatic 催办 scheduled for the working day before its deadline."""
    office.directory.department(lead_department, field="lead_department")
    for code in co_departments:
        office.directory.department(code, field="co_departments")
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    events = document.instruct(
        leader=office.directory.person(caller.sub, field="leader"),
        instruction=instruction,
        lead_department=lead_department,
        lead_members=[p for p in office.directory.people.values() if p.dept == lead_department],
        co_departments=co_departments,
        deadline=deadline,
        on=office.today(),
    )
    written = await save(uow, office.clock, document, events)
    if deadline is not None:
        reminder_day = _working_day_before(office, deadline)
        due_at = max(at_office_time(reminder_day, 9), office.clock.now())
        await schedule(
            uow.connection,
            Deadline(f"{id}:reminder", id, REMINDER, due_at, {"deadline": deadline.isoformat()}),
        )
    return outcome(written, document)


async def start_circulation(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    readers: list[str],
    due_on: date | None,
) -> Outcome:
    """传阅, with its overdue check scheduled for the end of the due day."""
    people = [office.directory.person(r, field="readers") for r in readers]
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    today = office.today()
    due_day = due_on or office.calendar.add_working_days(today, DEFAULT_CIRCULATION_DAYS)
    events = document.start_circulation(
        people, at=office.clock.now(), due_at=at_office_time(due_day, 17, 30), by=caller.sub
    )
    written = await save(uow, office.clock, document, events)
    circulation = document.current_circulation
    assert circulation is not None
    await schedule(
        uow.connection,
        Deadline(
            _circulation_key(id, circulation.round),
            id,
            CIRCULATION_OVERDUE,
            circulation.due_at,
            {"round": circulation.round},
        ),
    )
    return outcome(written, document)


async def acknowledge_reading(uow: UnitOfWork, office: Office, caller: Caller, id: str) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller)
    written = await save(
        uow, office.clock, document, document.acknowledge_reading(caller.sub, at=office.clock.now())
    )
    circulation = document.current_circulation
    if circulation is not None and not circulation.unread:
        await cancel(uow.connection, _circulation_key(id, circulation.round))
    return outcome(written, document)


async def recall_circulation(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, reason: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    written = await save(uow, office.clock, document, document.recall_circulation(reason, by=caller.sub))
    assert document.current_circulation is not None
    await cancel(uow.connection, _circulation_key(id, document.current_circulation.round))
    return outcome(written, document)


async def urge(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, note: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    return outcome(await save(uow, office.clock, document, document.urge(note, by=caller.sub)), document)


async def answer(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, reply: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    person = office.directory.person(caller.sub)
    return outcome(await save(uow, office.clock, document, document.answer(reply, person=person)), document)


async def close(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, note: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    written = await save(
        uow, office.clock, document, document.close(on=office.today(), by=caller.sub, note=note)
    )
    await cancel(uow.connection, f"{id}:reminder")
    return outcome(written, document)


async def archive(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, retention: str
) -> Outcome:
    document = await load_visible(uow, office, IncomingDocument, id, caller, expected)
    events = document.archive(retention, on=office.today(), by=caller.sub)
    return outcome(await save(uow, office.clock, document, events), document)


def _working_day_before(office: Office, deadline: date) -> date:
    day = deadline - timedelta(days=1)
    while not office.calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


def _circulation_key(id: str, round: int) -> str:
    return f"{id}:circulation:{round}"
