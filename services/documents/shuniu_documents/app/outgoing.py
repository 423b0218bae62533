"""发文 handlers: 起草 → 审核 → 会签 → 签发 → 复核 → 登记 → 印制 → 核发, then 撤销/废止 and 归档."""

from __future__ import annotations

import uuid
from typing import Any

from shuniu_shared.directory import Person
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import UnitOfWork

from shuniu_documents.adapters.numbers import next_number, record_number, record_void
from shuniu_documents.app.office import Caller, Office, load_visible, outcome, save
from shuniu_documents.domain.outgoing import Draft, OutgoingDocument, is_department_code

Outcome = tuple[int, dict[str, Any]]


def check_draft(office: Office, draft: Draft) -> None:
    """Departments are checked against the directory; a recipient written in ASCII is a department
    code and must exist, one written in Chinese names an outside body (上级机关, 兄弟单位)."""
    for code in draft.co_issuers:
        office.directory.department(code, field="co_issuers")
    for name, recipients in (
        ("main_recipients", draft.main_recipients),
        ("copied_recipients", draft.copied_recipients),
    ):
        for recipient in recipients:
            if not recipient.strip():
                raise InvalidInput("收文机关不能为空", "a recipient cannot be empty", field=name)
            if is_department_code(recipient):
                office.directory.department(recipient, field=name)


def co_issuer_members(office: Office, draft: Draft) -> dict[str, list[Person]]:
    """The people of each co-issuing body, for the domain to find one who can countersign."""
    people = office.directory.people.values()
    return {code: [p for p in people if p.dept == code] for code in draft.co_issuers}


async def write(uow: UnitOfWork, office: Office, caller: Caller, draft: Draft) -> Outcome:
    """起草 by the caller's department."""
    check_draft(office, draft)
    document = OutgoingDocument(f"out-{uuid.uuid4().hex[:16]}")
    events = OutgoingDocument.write(
        draft,
        department=caller.dept,
        clearance=caller.clearance,
        co_issuer_members=co_issuer_members(office, draft),
        by=caller.sub,
    )
    return outcome(await save(uow, office.clock, document, events), document, 201)


async def revise(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, draft: Draft
) -> Outcome:
    check_draft(office, draft)
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    return outcome(
        await save(
            uow,
            office.clock,
            document,
            document.revise(
                draft,
                department=caller.dept,
                clearance=caller.clearance,
                co_issuer_members=co_issuer_members(office, draft),
                by=caller.sub,
            ),
        ),
        document,
    )


async def review(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    approve: bool,
    opinion: str,
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    events = document.review(approve=approve, opinion=opinion, by=caller.sub)
    return outcome(await save(uow, office.clock, document, events), document)


async def countersign(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, opinion: str
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    events = document.countersign(department=caller.dept, opinion=opinion, by=caller.sub, on=office.today())
    return outcome(await save(uow, office.clock, document, events), document)


async def sign(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, opinion: str
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    signer = office.directory.person(caller.sub, field="signer")
    events = document.sign(signer, opinion=opinion, on=office.today())
    return outcome(await save(uow, office.clock, document, events), document)


async def recheck(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    substantive_change: str | None,
    note: str,
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    events = document.recheck(substantive_change=substantive_change, by=caller.sub, note=note)
    return outcome(await save(uow, office.clock, document, events), document)


async def register(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, code: str, copies: int
) -> Outcome:
    """登记: the 发文字号 is the next of (代字, year), allocated in this transaction (adapters/numbers.py).
    A registration refused after taking its number rolls back, and the number with it."""
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    number = await next_number(uow.connection, code, office.today().year)
    written = await save(uow, office.clock, document, document.register(number, copies=copies, by=caller.sub))
    await record_number(uow.connection, number, id, office.clock.now())
    return outcome(written, document)


async def void_number(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, reason: str
) -> Outcome:
    """A 发文字号 given in error is recorded as void; the document is registered again with a new one."""
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    number = document.number
    written = await save(uow, office.clock, document, document.void_number(reason, by=caller.sub))
    assert number is not None
    await record_void(uow.connection, number, reason)
    return outcome(written, document)


async def print_copies(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    events = document.print_copies(on=office.today(), by=caller.sub)
    return outcome(await save(uow, office.clock, document, events), document)


async def dispatch(
    uow: UnitOfWork,
    office: Office,
    caller: Caller,
    id: str,
    expected: int | None,
    *,
    recipients: list[str] | None,
) -> Outcome:
    """核发 to the recipients named, or to everyone on the list not yet served."""
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    pending = [r for r in document.distribution if r not in document.dispatched]
    events = document.dispatch(
        recipients if recipients is not None else pending, on=office.today(), by=caller.sub
    )
    return outcome(await save(uow, office.clock, document, events), document)


async def end(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, how: str, reason: str
) -> Outcome:
    """撤销 (revoke) or 废止 (abolish) an issued document."""
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    decide = document.revoke if how == "revoke" else document.abolish
    events = decide(reason, by=caller.sub, on=office.today())
    return outcome(await save(uow, office.clock, document, events), document)


async def archive(
    uow: UnitOfWork, office: Office, caller: Caller, id: str, expected: int | None, *, retention: str
) -> Outcome:
    document = await load_visible(uow, office, OutgoingDocument, id, caller, expected)
    events = document.archive(retention, on=office.today(), by=caller.sub)
    return outcome(await save(uow, office.clock, document, events), document)
