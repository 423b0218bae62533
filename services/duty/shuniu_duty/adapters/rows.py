"""Writing and reading an incident's read-model row, in the transaction that saves its events."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from shuniu_shared.commands import Actor
from shuniu_shared.database import admitted, upsert
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import Written
from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_duty.adapters.tables import incidents_table
from shuniu_duty.domain.incident import Incident, ReportStage

t = incidents_table


def _went_up_at(incident: Incident, kind: str) -> datetime | None:
    return next(
        (r.submitted_at for r in incident.reports.values() if r.kind == kind and r.submitted_at), None
    )


async def write_incident_row(connection: AsyncConnection, incident: Incident, written: Written) -> None:
    audience = incident.audience()
    assert audience is not None  # an incident always names one
    reports = incident.reports.values()
    await upsert(
        connection,
        incidents_table,
        {
            "incident_id": incident.id,
            "title": incident.title,
            "category": incident.category,
            "place": incident.place,
            "level": incident.level.value,
            "stage": incident.stage.value,
            "internal": incident.internal,
            "classification": incident.classification,
            "audience": audience.as_dict(),
            "learned_at": incident.learned_at,
            "phone_due": incident.phone_due,
            "written_due": incident.written_due,
            "phone_up_at": _went_up_at(incident, "phone"),
            "written_up_at": _went_up_at(incident, "written"),
            "late_reports": sum(1 for r in reports if r.minutes_late is not None),
            "reports_awaiting_approval": sum(1 for r in reports if r.stage is ReportStage.DRAFTED),
            "closed_at": incident.closed_at,
            "version": written.version,
            "position": written.position,
        },
    )


async def lock_incident_row(connection: AsyncConnection, incident_id: str) -> None:
    """Take the incident's row lock before loading it (PostgreSQL; SQLite writers take turns anyway),
    so that a duty officer's 报送 and the leader's 批示 at the same moment queue instead of one of
    them losing the optimistic race (the store's unique stream version would still refuse it)."""
    if connection.dialect.name == "postgresql":
        await connection.execute(
            select(t.c.incident_id).where(t.c.incident_id == incident_id).with_for_update()
        )


def visible_incidents(
    connection: AsyncConnection,
    actor: Actor,
    directory: Directory,
    *,
    open_only: bool = False,
    before: dict[str, Any] | None = None,
) -> AsyncIterator[Any]:
    """The incidents this person may see, newest learned-of first, from after `before` (a page's
    cursor): each row admitted by `Actor.sees` on the audience it keeps, the incident's own rule."""
    query = select(t).order_by(t.c.learned_at.desc(), t.c.incident_id.desc())
    if open_only:
        query = query.where(t.c.stage == "open")
    if before is not None:
        at, id = before["learned_at"], before["id"]
        query = query.where(or_(t.c.learned_at < at, and_(t.c.learned_at == at, t.c.incident_id < id)))
    return admitted(connection, query, actor, directory)
