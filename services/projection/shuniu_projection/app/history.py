"""Any object as it stood at a given moment, and the chain of cause and effect it belongs to — both
built from the events as they were published, never from another service's code.

"As of" a moment is the object's events up to that moment, and a state that is their data folded in
order: each event's fields over the earlier ones' (a later `deadline` replaces an earlier one; a field
no later event repeats keeps its last value). That is what the events say, not what the owning
service would have served: the owner may derive more from them (a stage, a count, a default), and
only its own GET, or its own history, shows that.

Both show only what the reader may see: the object itself, and of its chain only the objects whose
audience admits the reader (app/access.py) — the chain is followed through those alone, so an object
the reader may not see is neither shown, nor named by a link, nor counted, nor a way to reach others.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from shuniu_shared.errors import NotFound
from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import objects, timeline

LINEAGE_LIMIT = 50  # objects in one chain; a chain longer than this is cut, and says so

Sees = Callable[[str | None], bool]  # whether an object with this stored audience may be shown


def _event(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.event_id,
        "type": row.type,
        "version": row.version,
        "time": row.time.isoformat(),
        "actor": row.actor,
        "data": row.data,
    }


def folded(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The events' data, later fields over earlier ones."""
    state: dict[str, Any] = {}
    for event in events:
        state |= event["data"]
    return state


async def as_of(
    connection: AsyncConnection, service: str, stream_id: str, at: datetime | None
) -> dict[str, Any]:
    query = select(timeline).where(timeline.c.service == service, timeline.c.stream_id == stream_id)
    if at is not None:
        query = query.where(timeline.c.time <= at)
    events = [_event(row) for row in (await connection.execute(query.order_by(timeline.c.version))).all()]
    if not events:
        raise NotFound(
            f"{service} 中没有 {stream_id} 在该时间之前的记录",
            f"{service} has no record of {stream_id} by then",
        )
    return {
        "service": service,
        "id": stream_id,
        "at": at.isoformat() if at else None,
        "version": events[-1]["version"],
        "state": folded(events),
        "events": events,
    }


async def lineage(connection: AsyncConnection, service: str, stream_id: str, sees: Sees) -> dict[str, Any]:
    """The objects linked to this one by cause and effect, across services, that the reader may see:
    a 批示 → its supervision task → the task's closure → the document's 办结. Each link is an event
    and the event it caused, both of objects shown."""
    found: dict[tuple[str, str], Row[Any]] = {}
    effects: list[Row[Any]] = []
    pending = [(service, stream_id)]
    while pending and len(found) < LINEAGE_LIMIT:
        current = pending.pop(0)
        if current in found:
            continue
        row = await _visible_object(connection, current, sees)
        if row is None:
            continue  # not the reader's to know: neither shown nor followed
        found[current] = row
        own = (
            await connection.execute(
                select(timeline.c.event_id, timeline.c.causation_id).where(
                    timeline.c.service == current[0], timeline.c.stream_id == current[1]
                )
            )
        ).all()
        ids = [event.event_id for event in own]
        causes = [event.causation_id for event in own if event.causation_id]
        caused = (await connection.execute(select(timeline).where(timeline.c.causation_id.in_(ids)))).all()
        origins = (await connection.execute(select(timeline).where(timeline.c.event_id.in_(causes)))).all()
        effects += caused
        pending += [(event.service, event.stream_id) for event in (*caused, *origins)]
    if not found:
        raise NotFound(f"{service} 中没有 {stream_id}", f"{service} has no {stream_id}")
    # Every effect's cause is an event of an object shown (its effects were asked for); the link is
    # shown only if the effect's object is shown too.
    links = {
        (effect.causation_id, effect.event_id): {
            "cause": effect.causation_id,
            "effect": effect.event_id,
            "effect_type": effect.type,
        }
        for effect in effects
        if (effect.service, effect.stream_id) in found
    }
    cut = [key for key in pending if key not in found and await _visible_object(connection, key, sees)]
    return {
        "objects": [_node(row) for row in found.values()],
        "links": list(links.values()),
        "complete": not cut,
    }


async def _visible_object(connection: AsyncConnection, key: tuple[str, str], sees: Sees) -> Row[Any] | None:
    """The object's row, if there is one and the reader may see it."""
    row = (
        await connection.execute(
            select(objects).where(objects.c.service == key[0], objects.c.stream_id == key[1])
        )
    ).first()
    return row if row is not None and sees(row.audience) else None


def _node(row: Row[Any]) -> dict[str, Any]:
    return {
        "service": row.service,
        "id": row.stream_id,
        "aggregate": row.aggregate,
        "title": row.title,
        "version": row.version,
        "last_type": row.last_type,
        "last_time": row.last_time.isoformat(),
    }
