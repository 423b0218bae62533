"""What every handler shares: the office's reference data, loading a document as the actor may see it
(its audience, domain/audience.py), and saving a document with its read-model row in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from shuniu_shared.audience import Audience
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.classification import Classification
from shuniu_shared.clock import OFFICE_TZ, Clock, office_date
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Reading, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork
from shuniu_shared.runtime import ServiceRuntime

from shuniu_documents.adapters.read_model import Viewer, write_row
from shuniu_documents.adapters.search import index_document
from shuniu_documents.domain.audience import EVERY_DOCUMENT
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument

Document = IncomingDocument | OutgoingDocument
D = TypeVar("D", bound=IncomingDocument | OutgoingDocument)


@dataclass(frozen=True)
class OnDocument(Command):
    """A step on an existing document."""

    id: str


@dataclass(frozen=True)
class Office:
    directory: Directory
    calendar: WorkingCalendar
    clock: Clock

    @classmethod
    def of(cls, runtime: ServiceRuntime) -> Office:
        return cls(runtime.directory, runtime.calendar, runtime.store.clock)

    def today(self) -> date:
        return office_date(self.clock.now())

    def viewer(self, actor: Actor) -> Viewer:
        """The actor as the list query takes them: `actor.sees(document.audience())` split into what
        every document's audience grants alike (decided here, by the same function) and what the
        read model holds per document (its 密级 and the departments taking part)."""
        return Viewer(
            dept=actor.department,
            granted_every_document=actor.sees(EVERY_DOCUMENT, self.directory),
            clearance_rank=Classification.parse(actor.clearance).rank,
        )


def at_office_time(day: date, hour: int, minute: int = 0) -> datetime:
    """That time of a civil day in Beijing, as an instant in UTC: events carry instants in UTC
    (docs/contracts.md), and a circulation's due time goes into its event as well as its deadline."""
    return datetime.combine(day, time(hour, minute), OFFICE_TZ).astimezone(UTC)


async def load_visible(
    unit: Reading, office: Office, cls: type[D], id: str, actor: Actor, expected: int | None = None
) -> D:
    """The document if its audience admits the actor; otherwise NotFound, exactly as if it did not exist."""
    document = await unit.load_or_new(cls, id)
    if not document.exists or not actor.sees(document.audience(), office.directory):
        raise NotFound(f"未找到公文 {id}", f"document {id} was not found")
    check_version(document, expected)
    return document


async def load_for(uow: UnitOfWork, cls: type[D], command: OnDocument, actor: Actor) -> D:
    """The document a step is taken on, as the actor may see it, at the version they saw."""
    return await load_visible(uow, Office.of(uow.runtime), cls, command.id, actor, command.expected_version)


async def save(uow: StoreUnitOfWork, clock: Clock, document: Document, events: list[DomainEvent]) -> Written:
    """Append the events and rewrite the document's read-model row in the same transaction, with
    its audience as the list query reads it: the 密级 in the row, and of the departments taking
    part only those the events added or took away (most steps change none), and its title and 正文
    as search reads them (adapters/search.py). What was written tells the stage the document reached."""
    before = document.audience().members_of if document.exists else frozenset()
    written = await uow.save(document, events)
    if events:
        after = document.audience()
        row = _row(document, after, clock, written)
        await write_row(
            uow.connection, row, joined=set(after.members_of - before), left=set(before - after.members_of)
        )
        body = (
            document.draft.body.as_text()
            if isinstance(document, OutgoingDocument) and document.draft
            else None
        )
        await index_document(uow.connection, document.id, row["title"], body)
    return written.telling(stage=document.stage.value)


def _row(document: Document, audience: Audience, clock: Clock, written: Written) -> dict[str, Any]:
    now = clock.now()
    common = {
        "id": document.id,
        "stage": document.stage.value,
        "classification": audience.classification,
        "classification_rank": Classification.parse(audience.classification).rank,
        "created_position": written.position,
        "created_at": now,
        "updated_at": now,
        "version": written.version,
        "year": office_date(now).year,
    }
    if isinstance(document, IncomingDocument):
        circulation = document.current_circulation
        instruction = document.instruction
        return common | {
            "kind": "incoming",
            "title": document.title,
            "doc_type": document.doc_type,
            "urgency": document.urgency,
            "year": document.receipt_number.year if document.receipt_number else common["year"],
            "number": str(document.receipt_number) if document.receipt_number else None,
            "lead_department": instruction.lead_department if instruction else None,
            "deadline": document.deadline,
            "circulation_overdue": bool(circulation and circulation.overdue and circulation.active),
            "under_supervision": document.under_supervision,
            "finished": document.finished,
        }
    draft = document.draft
    assert draft is not None
    return common | {
        "kind": "outgoing",
        "title": draft.title,
        "doc_type": draft.doc_type,
        "urgency": draft.urgency,
        "year": document.number.year if document.number else common["year"],
        "number": str(document.number) if document.number else None,
        "lead_department": document.drafting_department,
        "deadline": None,
        "circulation_overdue": False,
        "under_supervision": False,
        "finished": document.finished,
    }
