"""Every delivered event goes into the timeline and moves its object's row forward, in the transaction
in which the consumer records the event id — so a redelivery changes nothing.

Events of one aggregate arrive in order (they share a key, hence a partition); events of different
services and aggregates arrive in any interleaving. Nothing here depends on that interleaving: the
object row takes the newest version, and with it the audience (知悉范围) its owner named with that
event — who may see the object now, never a guess of the projection's (app/access.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from shuniu_shared.database import upsert
from shuniu_shared.envelope import Envelope
from shuniu_shared.events import split_ce_type
from shuniu_shared.eventstore import UnitOfWork
from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import objects, timeline

ReadModel = Callable[[Envelope, AsyncConnection], Awaitable[None]]
TITLE_FIELDS = ("title", "case_number", "destination", "document", "name", "business")  # what names an object
# A field the owning service sealed under a person's key (reception's `enc:v1:<key id>:<base64>`):
# the projection holds it as the event carried it, and names nothing by it.
SEALED_PREFIX, SEALED_TITLE = "enc:", "（已加密）"


def event_kind(ce_type: str) -> tuple[str, str, str]:
    """``shuniu.documents.incoming.instructed.v1`` → (``documents``, ``incoming``, ``instructed``)."""
    name, _ = split_ce_type(ce_type)
    _, service, aggregate, event = name.split(".", 3)
    return service, aggregate, event


@dataclass(frozen=True)
class ObjectSeen:
    """What the projection knows of an event's object, its row already moved by this event."""

    title: str
    audience: str | None  # as objects.audience holds it: who may see the object after this event


# Object rows are read once per batch and written once at its end (see `intake`), so a read model
# asks here for its event's object as it stood right after that event, not as the table has it.
_seen_in_batch: ContextVar[dict[str, ObjectSeen]] = ContextVar("objects_seen_in_batch")


def object_of(envelope: Envelope) -> ObjectSeen:
    return _seen_in_batch.get()[envelope.id]


def timeline_row(envelope: Envelope) -> dict[str, Any]:
    service, aggregate, _ = event_kind(envelope.type)
    return {
        "event_id": envelope.id,
        "service": service,
        "aggregate": aggregate,
        "type": envelope.type,
        "stream_id": envelope.subject,
        "version": envelope.sequence,
        "time": envelope.time,
        "actor": envelope.actor,
        "correlation_id": envelope.correlation_id,
        "causation_id": envelope.causation_id,
        "data": envelope.data,
    }


class Intake:
    """The consumer's handler: timeline, object row, then each read model, in the consumer's transaction.

    It takes a whole batch at once (the consumer's batch handler), and one event as a batch of one
    (its per-event handler, when a failed batch is replayed event by event). What is the same for every
    event is done once per batch: one insert for all the timeline rows, one read of the objects the
    batch names, one write of those objects at the end. Round trips, not SQL, were most of the cost.

    Only the timeline rows are written before the read models run, and a read model reading the
    timeline (desk._earlier) asks for events before its own version, never a later one of the batch.
    The object rows are folded in memory event by event, and each read model sees its event's object
    as it stood right after that event (`object_of`): a batch then leaves the same rows as the same
    events one at a time, which is what makes a rebuild, batched differently, equal the live tables.
    """

    def __init__(self, read_models: Sequence[ReadModel]) -> None:
        self.read_models = read_models

    async def __call__(self, envelope: Envelope, uow: UnitOfWork) -> None:
        await self.batch([envelope], uow)

    async def batch(self, envelopes: list[Envelope], uow: UnitOfWork) -> None:
        await self.fold(envelopes, uow.connection)

    async def fold(self, envelopes: list[Envelope], connection: AsyncConnection) -> None:
        """The events' rows and read-model changes, in the connection's transaction: live intake's
        (`batch`, in the consumer's unit of work) and a rebuild's (app/rebuild.py, in memory)."""
        await connection.execute(timeline.insert(), [timeline_row(e) for e in envelopes])
        rows = await _objects_named(connection, envelopes)
        touched: dict[tuple[str, str], dict[str, Any]] = {}
        seen: dict[str, ObjectSeen] = {}
        for envelope in envelopes:
            key = (event_kind(envelope.type)[0], envelope.subject)
            row = _advanced(rows.get(key), envelope)
            rows[key] = touched[key] = row
            seen[envelope.id] = ObjectSeen(row["title"] or envelope.subject, row["audience"])
        token = _seen_in_batch.set(seen)
        try:
            for envelope in envelopes:
                for read_model in self.read_models:
                    await read_model(envelope, connection)
        finally:
            _seen_in_batch.reset(token)
        await upsert(connection, objects, list(touched.values()))


async def _objects_named(
    connection: AsyncConnection, envelopes: list[Envelope]
) -> dict[tuple[str, str], dict[str, Any]]:
    keys = {(event_kind(e.type)[0], e.subject) for e in envelopes}
    found = await connection.execute(
        select(objects).where(tuple_(objects.c.service, objects.c.stream_id).in_(sorted(keys)))
    )
    return {(row.service, row.stream_id): dict(row._mapping) for row in found}


def _advanced(row: dict[str, Any] | None, envelope: Envelope) -> dict[str, Any]:
    """The object's row moved by one more of its events: the newest version and the audience named
    with it (a redelivered older event changes neither), the first title any event gave."""
    service, aggregate, _ = event_kind(envelope.type)
    title = next(
        (envelope.data[name] for name in TITLE_FIELDS if isinstance(envelope.data.get(name), str)), None
    )
    if title is not None and title.startswith(SEALED_PREFIX):
        title = SEALED_TITLE
    audience = envelope.audience.header() if envelope.audience else None
    if row is None:
        return {
            "service": service,
            "stream_id": envelope.subject,
            "aggregate": aggregate,
            "version": envelope.sequence,
            "title": title,
            "audience": audience,
            "first_time": envelope.time,
            "last_time": envelope.time,
            "last_type": envelope.type,
        }
    newest = envelope.sequence >= row["version"]
    return row | {
        "version": max(row["version"], envelope.sequence),
        "title": row["title"] or title,
        "audience": audience if newest else row["audience"],
        "last_time": envelope.time if newest else row["last_time"],
        "last_type": envelope.type if newest else row["last_type"],
    }
