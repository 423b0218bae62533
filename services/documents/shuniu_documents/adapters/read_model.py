"""The read model: one row per document and its taking-part departments, and the list query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from shuniu_shared.database import upsert
from sqlalchemy import ColumnElement, and_, delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_documents.adapters.tables import documents, participants

_KEPT_ON_UPDATE = frozenset({"id", "created_position", "created_at"})


async def write_row(
    connection: AsyncConnection, row: dict[str, Any], *, joined: set[str], left: set[str]
) -> None:
    """Insert or rewrite the document's row, and add and remove departments, in the caller's transaction."""
    await upsert(connection, documents, row, kept=_KEPT_ON_UPDATE)
    if left:
        await connection.execute(
            delete(participants).where(
                participants.c.document_id == row["id"], participants.c.department.in_(sorted(left))
            )
        )
    if joined:
        await connection.execute(
            participants.insert(), [{"document_id": row["id"], "department": d} for d in sorted(joined)]
        )


@dataclass(frozen=True)
class Viewer:
    """Who is looking: their department, whether the grants every document's audience names alike
    admit them (the office's people), and how far their clearance reaches."""

    dept: str
    granted_every_document: bool
    clearance_rank: int


@dataclass(frozen=True)
class Filters:
    stage: str | None = None
    department: str | None = None
    doc_type: str | None = None
    year: int | None = None
    urgency: str | None = None
    overdue: bool | None = None
    q: str | None = None


def visible_to(viewer: Viewer) -> ColumnElement[bool]:
    """Whether the viewer may see the `documents` row: `Audience.admits` over the document's
    audience (domain/audience.py), in SQL — cleared for the row's 密级, and admitted by the grants
    common to every document or by their own department among those taking part.
    tests/documents/test_audience.py checks, for every person of the demo county, that the list
    shows exactly the documents whose GET answers 200."""
    cleared = documents.c.classification_rank <= viewer.clearance_rank
    if viewer.granted_every_document:
        return cleared
    takes_part = exists().where(
        participants.c.document_id == documents.c.id, participants.c.department == viewer.dept
    )
    return and_(cleared, takes_part)


async def list_documents(
    connection: AsyncConnection,
    kind: str,
    viewer: Viewer,
    filters: Filters,
    *,
    today: date,
    before: int | None,
    limit: int,
) -> list[Any]:
    """The documents of `kind` the viewer may see, newest first, filtered, one page after `before`."""
    d = documents
    query = select(d).where(d.c.kind == kind, visible_to(viewer))
    if filters.stage:
        query = query.where(d.c.stage == filters.stage)
    if filters.department:
        query = query.where(
            exists().where(
                participants.c.document_id == d.c.id, participants.c.department == filters.department
            )
        )
    if filters.doc_type:
        query = query.where(d.c.doc_type == filters.doc_type)
    if filters.year:
        query = query.where(d.c.year == filters.year)
    if filters.urgency:
        query = query.where(d.c.urgency == filters.urgency)
    if filters.overdue is not None:
        late = or_(d.c.circulation_overdue, and_(d.c.deadline < today, d.c.finished.is_(False)))
        query = query.where(late if filters.overdue else ~late)
    if filters.q:
        escaped = filters.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(d.c.title.like(f"%{escaped}%", escape="\\"))
    if before is not None:
        query = query.where(d.c.created_position < before)
    query = query.order_by(d.c.created_position.desc()).limit(limit)
    return list(await connection.execute(query))


def row_json(row: Any, today: date) -> dict[str, Any]:
    overdue = bool(row.circulation_overdue) or (
        row.deadline is not None and row.deadline < today and not row.finished
    )
    return {
        "id": row.id,
        "title": row.title,
        "doc_type": row.doc_type,
        "stage": row.stage,
        "classification": row.classification,
        "urgency": row.urgency,
        "year": row.year,
        "number": row.number,
        "lead_department": row.lead_department,
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "overdue": overdue,
        "under_supervision": bool(row.under_supervision),
        "created_at": _utc(row.created_at),
        "version": row.version,
    }


def _utc(instant: datetime) -> str:
    return instant.isoformat()
