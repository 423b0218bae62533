"""待办公文 counts for the overview, kept as events arrive, so the dashboard reads a few dozen rows
however many documents the office has ever handled.

Counting open documents on each request joins and groups every open document's row: linear in the
documents, 23 s at a million stored events. So each count is kept instead, keyed by what the overview
shows (direction, step, holding department) *and* by what decides who may see it (the departments
the document's events name, and its highest 密级 — app/access.py): each reader's figure is then the
sum of the keys they may see, judged once per key.

The hard part is moving a document between keys. Any event of a document may change its key: a new
step, a new holding department, or a department or 密级 named for the first time, which the object
knows, not the documents row. So after every documents event (the boards already moved its row, see
bootstrap.READ_MODELS' order; its object as it stands after the event from intake.object_of) the
document's key is worked out again and compared with the key it is counted under now, which the
documents row remembers in ``counted_under``: if they differ, one is taken from the old key and one
added to the new. A redelivered event finds the key unchanged and changes nothing, and a rebuild ends
with the same counts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from shuniu_shared.envelope import Envelope
from sqlalchemy import Executable, and_, bindparam, func, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.rows import update
from shuniu_projection.adapters.tables import document_counts, documents, objects
from shuniu_projection.app.intake import ObjectSeen, event_kind, object_of

FINAL_STAGES = frozenset({"closed", "archived", "issued", "revoked", "abolished", "returned"})
ITS_OBJECT = and_(objects.c.service == "documents", objects.c.stream_id == documents.c.stream_id)


@dataclass(frozen=True, order=True)
class CountKey:
    """Where an open document is counted: what the overview shows, and who may see it."""

    direction: str
    stage: str
    department: str
    departments: tuple[str, ...]
    classification: str

    def as_text(self) -> str:
        return json.dumps(
            [self.direction, self.stage, self.department, list(self.departments), self.classification],
            ensure_ascii=False,
        )

    @classmethod
    def from_text(cls, text: str | None) -> CountKey | None:
        if text is None:
            return None
        direction, stage, department, departments, classification = json.loads(text)
        return cls(direction, stage, department, tuple(departments), classification)

    def as_row(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "stage": self.stage,
            "department": self.department,
            "departments": json.dumps(list(self.departments), ensure_ascii=False),
            "classification": self.classification,
        }


def key_of(direction: str, stage: str, department: str | None, seen: ObjectSeen) -> CountKey | None:
    """Where a document is counted, or None once it is no longer waiting."""
    if stage in FINAL_STAGES:
        return None
    return CountKey(direction, stage, department or "", tuple(sorted(seen.departments)), seen.classification)


WHERE_COUNTED = select(
    documents.c.direction, documents.c.stage, documents.c.department, documents.c.counted_under
).where(documents.c.stream_id == bindparam("stream_id"))


async def keep_document_counts(e: Envelope, c: AsyncConnection) -> None:
    """The read model's reaction to every documents event (after the boards have moved the row)."""
    if event_kind(e.type)[0] != "documents":
        return
    row = (await c.execute(WHERE_COUNTED, {"stream_id": e.subject})).first()
    if row is None:
        return  # a document the boards do not track
    before = CountKey.from_text(row.counted_under)
    now = key_of(row.direction, row.stage, row.department, object_of(e))
    if before == now:
        return
    # Two keys changed in a fixed order, so two projection replicas never wait on each other's rows.
    for key, change in sorted([(k, d) for k, d in ((before, -1), (now, 1)) if k is not None]):
        await _add(c, key, change)
    await update(c, documents, {"stream_id": e.subject}, counted_under=now.as_text() if now else None)


async def _add(c: AsyncConnection, key: CountKey, change: int) -> None:
    await c.execute(_added(c.dialect.name), key.as_row() | {"waiting": change})


@cache
def _added(dialect: str) -> Executable:
    insert = postgres_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(document_counts)
    return statement.on_conflict_do_update(
        index_elements=[column.name for column in document_counts.primary_key.columns],
        set_={"waiting": document_counts.c.waiting + statement.excluded.waiting},
    )


async def counted(c: AsyncConnection) -> Sequence[tuple[CountKey, int]]:
    rows = (await c.execute(select(document_counts).where(document_counts.c.waiting > 0))).all()
    return [
        (
            CountKey(r.direction, r.stage, r.department, tuple(json.loads(r.departments)), r.classification),
            r.waiting,
        )
        for r in rows
    ]


def recount(connection: Connection) -> None:
    """Count every document afresh: for documents written in bulk rather than by intake (the
    benchmark's grown data). Grouped
    in SQL, so it touches one row per group, not per document."""
    shown = (documents.c.direction, documents.c.stage, documents.c.department)
    judged = (objects.c.departments, objects.c.classification)
    groups = connection.execute(
        select(*shown, *judged, documents.c.counted_under, func.count().label("n"))
        .select_from(documents)
        .join(objects, ITS_OBJECT)
        .group_by(*shown, *judged, documents.c.counted_under)
    ).all()
    totals: dict[CountKey, int] = {}
    for group in groups:
        object_seen = ObjectSeen("", group.classification, group.departments)
        key = key_of(group.direction, group.stage, group.department, object_seen)
        if key is not None:
            totals[key] = totals.get(key, 0) + group.n
        if key != CountKey.from_text(group.counted_under):
            members = (
                select(documents.c.stream_id)
                .join(objects, ITS_OBJECT)
                .where(
                    *[column.is_not_distinct_from(group._mapping[column.name]) for column in shown],
                    objects.c.departments == group.departments,
                    objects.c.classification == group.classification,
                    documents.c.counted_under.is_not_distinct_from(group.counted_under),
                )
            )
            connection.execute(
                documents.update()
                .where(documents.c.stream_id.in_(members))
                .values(counted_under=key.as_text() if key else None)
            )
    connection.execute(document_counts.delete())
    if totals:
        connection.execute(
            document_counts.insert(), [key.as_row() | {"waiting": n} for key, n in totals.items()]
        )
