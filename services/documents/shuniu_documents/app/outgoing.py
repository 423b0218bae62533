"""发文 commands and their handlers: 起草 → 审核 → 会签 → 签发 → 复核 → 登记 → 印制 → 核发, then
撤销/废止 and 归档."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Reading, Written

from shuniu_documents.adapters.numbers import next_number, record_number, record_void
from shuniu_documents.adapters.typesetting import Imprint
from shuniu_documents.app.letterheads import letterhead_of
from shuniu_documents.app.office import OnDocument, load_for, save
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.letterhead import Format, Letterhead
from shuniu_documents.domain.outgoing import (
    ISSUING_BODY,
    PRINTING_BODY,
    Direction,
    Draft,
    OutgoingDocument,
    is_department_code,
)


def check_draft(directory: Directory, draft: Draft) -> None:
    """Departments are checked against the directory; a recipient written in ASCII is a department
    code and must exist, one written in Chinese names an outside body (上级机关, 兄弟单位)."""
    for code in draft.co_issuers:
        directory.department(code, field="co_issuers")
    for name, recipients in (
        ("main_recipients", draft.main_recipients),
        ("copied_recipients", draft.copied_recipients),
    ):
        for recipient in recipients:
            if not recipient.strip():
                raise InvalidInput("收文机关不能为空", "a recipient cannot be empty", field=name)
            if is_department_code(recipient):
                directory.department(recipient, field=name)


@dataclass(frozen=True)
class WriteDraft(Command):  # 起草
    draft: Draft


@dataclass(frozen=True)
class Revise(OnDocument):  # 修改后重新送审
    draft: Draft


@dataclass(frozen=True)
class Review(OnDocument):  # 审核
    approve: bool
    opinion: str


@dataclass(frozen=True)
class Countersign(OnDocument):  # 会签
    opinion: str


@dataclass(frozen=True)
class EditBody(OnDocument):  # 修改正文（审核、会签、复核时）
    body: str | dict[str, Any]  # structured, or plain text read by `DocumentBody.from_text`
    note: str


@dataclass(frozen=True)
class Sign(OnDocument):  # 签发
    opinion: str
    digest: str | None = None  # the version signed, by its digest …
    body_version: int | None = None  # … or its number


@dataclass(frozen=True)
class Recheck(OnDocument):  # 复核
    substantive_change: str | None
    note: str


@dataclass(frozen=True)
class Register(OnDocument):  # 登记（编发文字号）
    code: str  # 机关代字
    copies: int


@dataclass(frozen=True)
class VoidNumber(OnDocument):  # 作废文号
    reason: str


@dataclass(frozen=True)
class PrintCopies(OnDocument):  # 印制
    pass


@dataclass(frozen=True)
class Dispatch(OnDocument):  # 核发
    recipients: list[str] | None  # None: everyone on the list not yet served


@dataclass(frozen=True)
class Revoke(OnDocument):  # 撤销
    reason: str


@dataclass(frozen=True)
class Abolish(OnDocument):  # 废止
    reason: str


@dataclass(frozen=True)
class Archive(OnDocument):  # 归档
    retention: str


def co_issuer_members(directory: Directory, draft: Draft) -> dict[str, list[Person]]:
    """The people of each co-issuing body, for the domain to find one who can countersign."""
    people = directory.people.values()
    return {code: [p for p in people if p.dept == code] for code in draft.co_issuers}


async def write(command: WriteDraft, uow: UnitOfWork, actor: Actor) -> Written:
    """起草 by the actor's department."""
    check_draft(uow.directory, command.draft)
    document = OutgoingDocument(f"out-{uuid.uuid4().hex[:16]}")
    events = OutgoingDocument.write(
        command.draft,
        department=actor.department,
        clearance=actor.clearance,
        co_issuer_members=co_issuer_members(uow.directory, command.draft),
        by=actor.person,
    )
    return await save(uow, uow.clock, document, events)


async def revise(command: Revise, uow: UnitOfWork, actor: Actor) -> Written:
    check_draft(uow.directory, command.draft)
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.revise(
        command.draft,
        department=actor.department,
        clearance=actor.clearance,
        co_issuer_members=co_issuer_members(uow.directory, command.draft),
        by=actor.person,
    )
    return await save(uow, uow.clock, document, events)


async def review(command: Review, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.review(approve=command.approve, opinion=command.opinion, by=actor.person)
    return await save(uow, uow.clock, document, events)


async def countersign(command: Countersign, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.countersign(
        department=actor.department, opinion=command.opinion, by=actor.person, on=uow.today()
    )
    return await save(uow, uow.clock, document, events)


def body_of(raw: str | dict[str, Any], title: str) -> DocumentBody:
    """The body as a request gives it: its elements (the title the draft's unless given), or plain
    text, one paragraph a line, headings recognised by their 层次序数."""
    if isinstance(raw, str):
        return DocumentBody.from_text(title, raw).within_length()
    return DocumentBody.from_dict({"title": title} | raw).within_length()


async def edit_body(command: EditBody, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    assert document.draft is not None
    editor = uow.directory.person(actor.person, field="editor")
    current = document.draft.body
    body = (
        # Plain text edits the paragraphs; the other elements stay as they were.
        replace(current, paragraphs=DocumentBody.from_text(current.title, command.body).paragraphs)
        if isinstance(command.body, str)
        else body_of(command.body, current.title)
    )
    return await save(uow, uow.clock, document, document.edit(body, editor=editor, note=command.note))


async def sign(command: Sign, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    signer = uow.directory.person(actor.person, field="signer")
    events = document.sign(
        signer,
        opinion=command.opinion,
        on=uow.today(),
        digest=command.digest,
        version=command.body_version,
    )
    return await save(uow, uow.clock, document, events)


async def recheck(command: Recheck, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.recheck(
        substantive_change=command.substantive_change, by=actor.person, note=command.note
    )
    return await save(uow, uow.clock, document, events)


async def register(command: Register, uow: UnitOfWork, actor: Actor) -> Written:
    """登记: the 发文字号 is the next of (代字, year), allocated in this transaction (adapters/numbers.py).
    A registration refused after taking its number rolls back, and the number with it."""
    document = await load_for(uow, OutgoingDocument, command, actor)
    number = await next_number(uow.connection, command.code, uow.today().year)
    events = document.register(number, copies=command.copies, by=actor.person)
    written = await save(uow, uow.clock, document, events)
    await record_number(uow.connection, number, document.id, uow.clock.now())
    return written


async def void_number(command: VoidNumber, uow: UnitOfWork, actor: Actor) -> Written:
    """A 发文字号 given in error is recorded as void; the document is registered again with a new one."""
    document = await load_for(uow, OutgoingDocument, command, actor)
    number = document.number
    written = await save(uow, uow.clock, document, document.void_number(command.reason, by=actor.person))
    assert number is not None
    await record_void(uow.connection, number, command.reason)
    return written


async def print_copies(command: PrintCopies, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    return await save(uow, uow.clock, document, document.print_copies(on=uow.today(), by=actor.person))


async def dispatch(command: Dispatch, uow: UnitOfWork, actor: Actor) -> Written:
    """核发 to the recipients named, or to everyone on the list not yet served."""
    document = await load_for(uow, OutgoingDocument, command, actor)
    pending = [r for r in document.distribution if r not in document.dispatched]
    recipients = command.recipients if command.recipients is not None else pending
    return await save(
        uow, uow.clock, document, document.dispatch(recipients, on=uow.today(), by=actor.person)
    )


async def revoke(command: Revoke, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    return await save(
        uow, uow.clock, document, document.revoke(command.reason, by=actor.person, on=uow.today())
    )


async def abolish(command: Abolish, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.abolish(command.reason, by=actor.person, on=uow.today())
    return await save(uow, uow.clock, document, events)


async def archive(command: Archive, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, OutgoingDocument, command, actor)
    events = document.archive(command.retention, on=uow.today(), by=actor.person)
    return await save(uow, uow.clock, document, events)


async def printed_imprint(
    reading: Reading, directory: Directory, draft: Draft, document: OutgoingDocument | None = None
) -> Imprint:
    """What the 发文 prints around its 正文 under the issuing organ's 套红 in the document's format."""
    letterhead = await letterhead_of(reading, directory, ISSUING_BODY, Format.of(draft.doc_type))
    return imprint_of(draft, directory, letterhead, document)


def imprint_of(
    draft: Draft, directory: Directory, letterhead: Letterhead, document: OutgoingDocument | None = None
) -> Imprint:
    """What the typeset 发文 prints around its 正文, as far as the document has come: the 发文字号
    once registered, the 签发人 of a 上行文 once signed, the 印发日期 once printed (a draft not
    yet saved, previewed, has none of them)."""

    def name(recipient: str) -> str:  # a department by its name, an outside body as written
        known = directory.departments.get(recipient) if is_department_code(recipient) else None
        return known.name if known else recipient

    signature = document.signature if document else None
    number = document.number if document else None
    return Imprint(
        letterhead=letterhead,
        # a 命令's number is its 令号, 第N号 (§10.2); every other format prints the 发文字号
        number=""
        if number is None
        else f"第{number.sequence}号"
        if letterhead.format is Format.ORDER
        else str(number),
        signers=(signature.signer_name,) if signature and draft.direction == Direction.UPWARD else (),
        marking=f"{draft.classification}★{draft.secrecy_period}" if draft.classification != "none" else "",
        urgency=draft.urgency or "",
        main_recipients=tuple(name(r) for r in draft.main_recipients),
        copied=tuple(name(r) for r in draft.copied_recipients),
        printer=directory.departments[PRINTING_BODY].name,
        printed_on=document.printed_on if document else None,
    )
