"""Every delivered event goes into the timeline and moves its object's row forward, in the transaction
in which the consumer records the event id — so a redelivery changes nothing.

Events of one aggregate arrive in order (they share a key, hence a partition); events of different
services and aggregates arrive in any interleaving. Nothing here depends on that interleaving: the
object row takes the union of departments and the highest 密级 ever named, and the newest version.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from shuniu_shared.directory import CLEARANCES
from shuniu_shared.envelope import Envelope
from shuniu_shared.events import split_ce_type
from shuniu_shared.eventstore import UnitOfWork
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.rows import update
from shuniu_projection.adapters.tables import objects, timeline

ReadModel = Callable[[Envelope, AsyncConnection], Awaitable[None]]
TITLE_FIELDS = ("title", "case_number", "destination", "document", "name")  # what names an object, by kind


def event_kind(ce_type: str) -> tuple[str, str, str]:
    """``shuniu.documents.incoming.instructed.v1`` → (``documents``, ``incoming``, ``instructed``)."""
    name, _ = split_ce_type(ce_type)
    _, service, aggregate, event = name.split(".", 3)
    return service, aggregate, event


@dataclass(frozen=True)
class ObjectSeen:
    """What the projection knows of an event's object, its row already moved by this event."""

    title: str
    classification: str
    departments: list[str]


# Built once: an event's writes are a few small statements, and building each afresh cost more than
# executing it (adapters/rows.py).
OBJECT_ROW = select(objects).where(
    objects.c.service == bindparam("service"), objects.c.stream_id == bindparam("stream_id")
)


async def object_of(connection: AsyncConnection, envelope: Envelope) -> ObjectSeen:
    service = event_kind(envelope.type)[0]
    row = (await connection.execute(OBJECT_ROW, {"service": service, "stream_id": envelope.subject})).one()
    return ObjectSeen(row.title or envelope.subject, row.classification, list(row.departments))


def departments_named(data: Any) -> set[str]:
    """The department codes an event names, wherever it names them (``lead_department``,
    ``co_departments``, ``source.department``, …): whoever is named takes part and may see it."""
    found: set[str] = set()
    for key, value in _items(data):
        if key.endswith("department") and isinstance(value, str):
            found.add(value)
        elif key.endswith("departments") and isinstance(value, list):
            found.update(v for v in value if isinstance(v, str))
    return found


def _items(data: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield key, value
            yield from _items(value)
    elif isinstance(data, list):
        for value in data:
            yield from _items(value)


def higher_classification(current: str, named: Any) -> str:
    if isinstance(named, str) and named in CLEARANCES and CLEARANCES.index(named) > CLEARANCES.index(current):
        return named
    return current


def intake(read_models: Sequence[ReadModel]) -> Callable[[Envelope, UnitOfWork], Awaitable[None]]:
    """The consumer's handler: timeline, object row, then each read model, in one transaction."""

    async def record(envelope: Envelope, uow: UnitOfWork) -> None:
        connection = uow.connection
        service, aggregate, _ = event_kind(envelope.type)
        await connection.execute(
            timeline.insert(),
            {
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
            },
        )
        await _advance_object(connection, service, aggregate, envelope)
        for read_model in read_models:
            await read_model(envelope, connection)

    return record


async def _advance_object(
    connection: AsyncConnection, service: str, aggregate: str, envelope: Envelope
) -> None:
    key = {"service": service, "stream_id": envelope.subject}
    row = (await connection.execute(OBJECT_ROW, key)).first()
    title = next(
        (envelope.data[name] for name in TITLE_FIELDS if isinstance(envelope.data.get(name), str)), None
    )
    classification = higher_classification(
        row.classification if row else "none", envelope.data.get("classification")
    )
    departments = sorted(set(row.departments if row else ()) | departments_named(envelope.data))
    if row is None:
        await connection.execute(
            objects.insert(),
            key
            | {
                "aggregate": aggregate,
                "version": envelope.sequence,
                "title": title,
                "classification": classification,
                "departments": departments,
                "first_time": envelope.time,
                "last_time": envelope.time,
                "last_type": envelope.type,
            },
        )
        return
    newest = envelope.sequence >= row.version
    await update(
        connection,
        objects,
        key,
        version=max(row.version, envelope.sequence),
        title=row.title or title,
        classification=classification,
        departments=departments,
        last_time=envelope.time if newest else row.last_time,
        last_type=envelope.type if newest else row.last_type,
    )
