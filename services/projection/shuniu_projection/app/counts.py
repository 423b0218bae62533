"""待办公文 counts for the overview, kept as events arrive, so the dashboard reads a few dozen rows
however many documents the office has ever handled.

Counting open documents on each request joins and groups every open document's row: linear in the
documents, 23 s at a million stored events. So each count is kept instead, keyed by what the overview
shows (direction, step, holding department) *and* by who may see it (the audience the document's
owner named with its newest event — app/access.py): each reader's figure is then the sum of the keys
whose audience admits them, judged once per key, so a count never includes a document the reader
could not open. Documents whose events name no audience are counted nowhere: nobody may see them.

The hard part is moving a document between keys. Any event of a document may change its key: a new
step, a new holding department, or a new audience, which the object knows, not the documents row.
So after every documents event (the boards already moved its row, see bootstrap.READ_MODELS' order;
its object as it stands after the event from intake.object_of) the document's key is worked out again
and compared with the key it is counted under now, which the documents row remembers in
``counted_under``: if they differ, one is taken from the old key and one added to the new. A
redelivered event finds the key unchanged and changes nothing, and a rebuild ends with the same counts.
An audience can be long (a meeting's invitees), so keys name it by its SHA-256 (`audience_key`).
"""

from __future__ import annotations

import hashlib
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
from shuniu_projection.app.boards import FINISHED
from shuniu_projection.app.intake import event_kind, object_of

ITS_OBJECT = and_(objects.c.service == "documents", objects.c.stream_id == documents.c.stream_id)


@dataclass(frozen=True, order=True)
class CountKey:
    """Where an open document is counted: what the overview shows, and who may see it."""

    direction: str
    stage: str
    department: str
    audience: str  # objects.audience: the document's audience, as its newest event named it

    @property
    def audience_key(self) -> str:
        return hashlib.sha256(self.audience.encode()).hexdigest()

    def as_text(self) -> str:
        """What ``documents.counted_under`` remembers: enough to find the key's row again."""
        return json.dumps(
            [self.direction, self.stage, self.department, self.audience_key], ensure_ascii=False
        )

    def as_row(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "stage": self.stage,
            "department": self.department,
            "audience_key": self.audience_key,
            "audience": self.audience,
        }


def key_of(direction: str, stage: str, department: str | None, audience: str | None) -> CountKey | None:
    """Where a document is counted, or None once it is no longer waiting or nobody may see it."""
    if stage in FINISHED[direction] or audience is None:
        return None
    return CountKey(direction, stage, department or "", audience)


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
    now = key_of(row.direction, row.stage, row.department, object_of(e).audience)
    after = now.as_text() if now else None
    if row.counted_under == after:
        return
    # Two keys changed in a fixed order, so two projection replicas never wait on each other's rows.
    for text, change in sorted((t, d) for t, d in ((row.counted_under, -1), (after, 1)) if t):
        if change < 0:
            await c.execute(
                TAKEN, {f"key_{n}": v for n, v in zip(KEY_COLUMNS, json.loads(text), strict=True)}
            )
        elif now is not None:
            await c.execute(_added(c.dialect.name), now.as_row() | {"waiting": change})
    await update(c, documents, {"stream_id": e.subject}, counted_under=after)


KEY_COLUMNS = ("direction", "stage", "department", "audience_key")  # as `CountKey.as_text` lists them
TAKEN = (
    document_counts.update()
    .where(*[document_counts.c[name] == bindparam(f"key_{name}") for name in KEY_COLUMNS])
    .values(waiting=document_counts.c.waiting - 1)
)


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
    return [(CountKey(r.direction, r.stage, r.department, r.audience), r.waiting) for r in rows]


def recount(connection: Connection) -> None:
    """Count every document afresh: for documents written in bulk rather than by intake (the
    benchmark's grown data). Grouped
    in SQL, so it touches one row per group, not per document."""
    shown = (documents.c.direction, documents.c.stage, documents.c.department)
    judged = (objects.c.audience,)
    groups = connection.execute(
        select(*shown, *judged, documents.c.counted_under, func.count().label("n"))
        .select_from(documents)
        .join(objects, ITS_OBJECT)
        .group_by(*shown, *judged, documents.c.counted_under)
    ).all()
    totals: dict[CountKey, int] = {}
    for group in groups:
        key = key_of(group.direction, group.stage, group.department, group.audience)
        if key is not None:
            totals[key] = totals.get(key, 0) + group.n
        if (key.as_text() if key else None) != group.counted_under:
            members = (
                select(documents.c.stream_id)
                .join(objects, ITS_OBJECT)
                .where(
                    *[column.is_not_distinct_from(group._mapping[column.name]) for column in shown],
                    objects.c.audience.is_not_distinct_from(group.audience),
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
