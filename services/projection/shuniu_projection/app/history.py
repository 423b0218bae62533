"""Any object as it stood at a given moment, and the chain of cause and effect it belongs to.

The state is rebuilt with the producing service's own aggregate and event classes — the same code
that decided the events folds them here, upcasters included — so "as of" means exactly what the
service would have served at that moment, not an approximation of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import structlog
from pydantic_core import to_jsonable_python
from shuniu_shared.aggregate import Aggregate
from shuniu_shared.errors import InvalidInput, NotFound
from shuniu_shared.events import DomainEvent, EventRegistry
from sqlalchemy import Row, select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import objects, timeline

log = structlog.get_logger(__name__)

LINEAGE_LIMIT = 50  # objects in one chain; a chain longer than this is cut, and says so


def _aggregate_applying(event_class: type[DomainEvent]) -> type[Aggregate] | None:
    """The aggregate class with a `when_` method for this event: the one its stream belongs to."""
    pending: list[type[Aggregate]] = list(Aggregate.__subclasses__())
    while pending:
        candidate = pending.pop()
        if event_class in candidate._appliers:
            return candidate
        pending += candidate.__subclasses__()
    return None


def _state_of(aggregate: Aggregate) -> dict[str, Any]:
    fields = {name: value for name, value in vars(aggregate).items() if not name.startswith("_")}
    return dict(to_jsonable_python(fields, fallback=str))


def _event(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.event_id,
        "type": row.type,
        "version": row.version,
        "time": row.time.isoformat(),
        "actor": row.actor,
        "data": row.data,
    }


class Histories:
    def __init__(self, registries: Iterable[EventRegistry]) -> None:
        self._registries = {registry.service: registry for registry in registries}

    async def as_of(
        self, connection: AsyncConnection, service: str, stream_id: str, at: datetime | None
    ) -> dict[str, Any]:
        query = select(timeline).where(timeline.c.service == service, timeline.c.stream_id == stream_id)
        if at is not None:
            query = query.where(timeline.c.time <= at)
        rows = (await connection.execute(query.order_by(timeline.c.version))).all()
        if not rows:
            raise NotFound(
                f"{service} 中没有 {stream_id} 在该时间之前的记录",
                f"{service} has no record of {stream_id} by then",
            )
        return {
            "service": service,
            "id": stream_id,
            "at": at.isoformat() if at else None,
            "version": rows[-1].version,
            "state": self._rebuild(service, stream_id, rows),
            "events": [_event(row) for row in rows],
        }

    def _rebuild(self, service: str, stream_id: str, rows: Sequence[Row[Any]]) -> dict[str, Any] | None:
        registry = self._registries.get(service)
        if registry is None:
            return None
        try:
            events = [registry.decode(row.type, row.data) for row in rows]
        except InvalidInput:
            # A version newer than this build of the projection knows, or one it cannot read: the
            # events are still shown as recorded; only the folded state is left out.
            log.warning("history_state_unavailable", service=service, stream_id=stream_id, exc_info=True)
            return None
        aggregate_class = _aggregate_applying(type(events[0]))
        if aggregate_class is None:
            return None
        return _state_of(aggregate_class.replay(stream_id, events))


async def lineage(connection: AsyncConnection, service: str, stream_id: str) -> dict[str, Any]:
    """The objects linked to this one by cause and effect, across services: a 批示 → its supervision
    task → the task's closure → the document's 办结. Each link is an event and the event it caused."""
    seen: dict[tuple[str, str], None] = {}
    links: list[dict[str, str]] = []
    pending = [(service, stream_id)]
    while pending and len(seen) < LINEAGE_LIMIT:
        current = pending.pop(0)
        if current in seen:
            continue
        seen[current] = None
        own = (
            await connection.execute(
                select(timeline.c.event_id, timeline.c.causation_id).where(
                    timeline.c.service == current[0], timeline.c.stream_id == current[1]
                )
            )
        ).all()
        ids = [row.event_id for row in own]
        causes = [row.causation_id for row in own if row.causation_id]
        effects = select(timeline).where(timeline.c.causation_id.in_(ids))
        origins = select(timeline).where(timeline.c.event_id.in_(causes))
        for effect in (await connection.execute(effects)).all():
            links.append(
                {"cause": effect.causation_id, "effect": effect.event_id, "effect_type": effect.type}
            )
            pending.append((effect.service, effect.stream_id))
        for origin in (await connection.execute(origins)).all():
            pending.append((origin.service, origin.stream_id))
    if len(seen) == 1 and not links:
        exists = await connection.scalar(
            select(objects.c.version).where(objects.c.service == service, objects.c.stream_id == stream_id)
        )
        if exists is None:
            raise NotFound(f"{service} 中没有 {stream_id}", f"{service} has no {stream_id}")
    found = select(objects).where(tuple_(objects.c.service, objects.c.stream_id).in_(list(seen)))
    nodes = [_node(row) for row in (await connection.execute(found)).all()]
    unique_links = list({(link["cause"], link["effect"]): link for link in links}.values())
    return {"objects": nodes, "links": unique_links, "complete": not pending}


def _node(row: Row[Any]) -> dict[str, Any]:
    return {
        "service": row.service,
        "id": row.stream_id,
        "aggregate": row.aggregate,
        "title": row.title,
        "version": row.version,
        "last_type": row.last_type,
        "last_time": row.last_time.isoformat(),
        "classification": row.classification,
        "departments": row.departments,
    }
