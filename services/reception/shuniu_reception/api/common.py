"""What every reception route shares: the runtime, new ids, who may read personal data, and the one
decision of every GET — whether the caller is in the object's audience — with the list and the
single read that most registers answer through it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience, Viewer
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import Reading
from shuniu_shared.web.auth import Principal
from shuniu_shared.web.commands import Page, PageRequest, runtime_of
from sqlalchemy import Column, Table, select
from sqlalchemy.engine import Row

from shuniu_reception.adapters.queries import keyset_page
from shuniu_reception.domain.people import READS_PETITIONER_DATA, READS_VISITOR_DATA

PETITION_STAFF = ("petitions_officer", "office_director")
A = TypeVar("A", bound=Aggregate)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def may_read_personal_data(principal: Principal, kind: str) -> bool:
    return principal.has_any_role(READS_PETITIONER_DATA if kind == "petitioner" else READS_VISITOR_DATA)


async def load_seen(
    reading: Reading, kind: type[A], object_id: str, viewer: Viewer, directory: Directory, missing: NotFound
) -> A:
    """The object of this `kind` as its events make it, if its audience admits the caller — the
    audience its events carry to every other reader, so nothing here can show more than they do.
    Otherwise `missing`, the very same answer for an object hidden from the caller, one that never
    was, and an id of another kind of object (which, replayed as this kind, was a 500)."""
    try:
        aggregate = await reading.load(kind, object_id)
    except NotFound:
        raise missing from None
    audience = aggregate.audience()
    if audience is None or not viewer.sees(audience, directory):
        raise missing
    return aggregate


def shown_to(
    viewer: Viewer, directory: Directory, audience_of: Callable[[Row[Any]], Audience]
) -> Callable[[Row[Any]], bool]:
    """A list's filter: a row is listed when the caller is in the audience its object names, built
    by the aggregate's own rule from the row's copy of what the rule reads (so a list shows exactly
    what the single GET would open)."""
    return lambda row: viewer.sees(audience_of(row), directory)


async def listed(
    request: Request,
    viewer: Viewer,
    page: PageRequest,
    table: Table,
    order: Column[Any],
    present: Callable[[Row[Any]], dict[str, Any]],
    audience_of: Callable[[Row[Any]], Audience] | None = None,
) -> Page[dict[str, Any]]:
    """A register's page in (`order`, the table's key) order, each row as `present` shows it: the
    rows whose audience admits the caller, or every row where the route's roles already are every
    row's audience (`audience_of` None)."""
    runtime = runtime_of(request)
    key = next(iter(table.primary_key))  # each register's id: the order's tie-break, and the read's key
    shown = shown_to(viewer, runtime.directory, audience_of) if audience_of else lambda row: True
    async with runtime.store.engine.connect() as connection:
        rows, cursor = await keyset_page(connection, select(table), order, key, page, shown=shown)
    return Page(items=[present(r) for r in rows], next_cursor=cursor)


async def seen_row(
    request: Request, kind: type[Aggregate], object_id: str, viewer: Viewer, table: Table, missing: NotFound
) -> Row[Any]:
    """The register's row of one object, read in the same transaction as the audience check, for a
    caller the object's own audience admits (`load_seen`)."""
    runtime = runtime_of(request)
    key = next(iter(table.primary_key))
    async with runtime.store.reading() as reading:
        await load_seen(reading, kind, object_id, viewer, runtime.directory, missing)
        return (await reading.connection.execute(select(table).where(key == object_id))).one()
