"""The HTTP conventions of commands and lists (docs/platform.md, "Commands"), in one place for every service.

- ``Idempotency-Key`` on a POST that creates: the key is claimed, and the first result stored, in the
  same transaction as the command's events, so a retry — also one racing the original — gets that
  result back and creates nothing new. A key reused with a different body is refused. A refused
  command stores nothing, so its retry runs again.
- ``If-Match`` on an update: the aggregate version the caller saw, which becomes the command's
  expected version; a version moved on is a 412 (`shuniu_shared.commands.check_version`).
- A command's route: `acting(*roles)` gives the caller as an `Actor`, `run_command` runs the
  command's handler and answers with the id, version and position it wrote (and sets ETag).
- Cursor pagination: ``?cursor=&limit=``, the limit capped, the cursor opaque to the caller and
  checked field by field against what its list sorts by (`Keyset`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import AsyncIterable, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_shared.commands import Actor, C, Handler, retrying
from shuniu_shared.database import Instant
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Json, StoredEvent, Written
from shuniu_shared.web.auth import Principal, current_principal, requires

if TYPE_CHECKING:  # the runtime builds the app these routes serve
    from shuniu_shared.runtime import ServiceRuntime

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

idempotency_metadata = MetaData()
idempotency_table = Table(
    "idempotency_keys",
    idempotency_metadata,
    Column("scope", String(300), primary_key=True),  # who, and which endpoint
    Column("key", String(200), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", Json, nullable=False),
    Column("created_at", Instant(), nullable=False),
    Index("ix_idempotency_keys_created_at", "created_at"),  # pruned by age (housekeeping.py)
)

_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")  # visible ASCII, as the header draft allows
_VERSION = re.compile(r'^(?:W/)?"?(\d+)"?$')


def runtime_of(request: Request) -> ServiceRuntime:
    """The runtime serving a request (`ServiceRuntime.app` puts it on the app's state)."""
    runtime: ServiceRuntime = request.app.state.runtime
    return runtime


def acting(*roles: str) -> Callable[..., Awaitable[Actor]]:
    """A dependency giving the verified caller as the `Actor` of a command, built once per request;
    with `roles`, only a caller holding one of them (others get 403 before the body is looked at)."""
    admitted = requires(*roles) if roles else current_principal

    # A default rather than Annotated: the annotations of this module are strings, and FastAPI could
    # not resolve the local `admitted` in one.
    async def actor(principal: Principal = Depends(admitted)) -> Actor:
        return Actor(principal.sub, principal.dept, principal.roles, principal.clearance)

    return actor


Acting = Annotated[Actor, Depends(acting())]
"""A route's caller, whoever has signed in; what they may see or do is the handler's to decide."""


class Body(BaseModel):
    """A request body that refuses a field it does not know (422) rather than dropping it unread."""

    model_config = ConfigDict(extra="forbid")


async def run_command(
    request: Request, command: C, handler: Handler[C], actor: Actor, *, status: int = 200
) -> JSONResponse:
    """Run `handler` on `command` as `actor` in one unit of work, and answer with what it wrote.

    If-Match becomes the command's expected version. An Idempotency-Key is claimed, and the first
    answer stored, in the same transaction as the command's events. A command that lost the race
    for its aggregate is run again when it may be (`Command.may_retry`), else it is a 409. The
    answer is `status` (201 for a route that creates; 200 when such a command wrote nothing) with
    the id, version and position written and the handler's details, and the version as ETag.
    """
    runtime = runtime_of(request)
    expected = if_match(request)
    if expected is not None:
        command = replace(command, expected_version=expected)
    key = request.headers.get("Idempotency-Key")
    if key is not None and not _KEY.match(key):
        raise InvalidInput(
            "Idempotency-Key 须为 1 至 200 个可见 ASCII 字符",
            "Idempotency-Key must be 1 to 200 visible ASCII characters",
            field="Idempotency-Key",
        )

    async def attempt() -> JSONResponse:
        if key is not None:
            return await _once_for_key(request, runtime, key, command, handler, actor, status)
        async with runtime.unit_of_work(actor) as uow:
            written = await handler(command, uow, actor)
        return answered(_status(status, written), written.answer())

    return await retrying(command, attempt)


async def _once_for_key(
    request: Request,
    runtime: ServiceRuntime,
    key: str,
    command: C,
    handler: Handler[C],
    actor: Actor,
    status: int,
) -> JSONResponse:
    """The command under an Idempotency-Key: run once, and every retry answered as the first was."""
    store = runtime.store
    scope = f"{actor.person} {request.method} {request.url.path}"
    digest = hashlib.sha256(await request.body()).hexdigest()
    try:
        async with runtime.unit_of_work(actor) as uow:
            stored = await _stored(uow.connection, scope, key)
            if stored is None:
                # Claim the key before running the command: a retry racing this one waits on the key
                # here, then finds it taken, instead of racing the command itself.
                await uow.connection.execute(
                    idempotency_table.insert().values(
                        scope=scope,
                        key=key,
                        request_hash=digest,
                        status=0,
                        body={},
                        created_at=store.clock.now(),
                    )
                )
                written = await handler(command, uow, actor)
                status, body = _status(status, written), written.answer()
                await uow.connection.execute(
                    update(idempotency_table)
                    .where(idempotency_table.c.scope == scope, idempotency_table.c.key == key)
                    .values(status=status, body=body)
                )
    except IntegrityError:
        # The same key committed meanwhile by a concurrent retry: this attempt rolled back; answer
        # with what the winner stored. (A lost race on an aggregate is a ConcurrencyError instead.)
        async with store.engine.connect() as connection:
            stored = await _stored(connection, scope, key)
        if stored is None:
            raise
    if stored is None:
        return answered(status, body)
    if stored.request_hash != digest:
        raise InvalidInput(
            "该 Idempotency-Key 已用于另一个不同的请求",
            "this Idempotency-Key was used for a different request",
            code="idempotency_key_reused",
            field="Idempotency-Key",
        )
    response = answered(stored.status, stored.body)
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _status(status: int, written: Written) -> int:
    """A create that wrote nothing created nothing (every week of a meeting series was taken): 200."""
    return 200 if status == 201 and not written.position else status


async def _stored(connection: AsyncConnection, scope: str, key: str) -> Any:
    query = select(idempotency_table).where(
        idempotency_table.c.scope == scope, idempotency_table.c.key == key
    )
    return (await connection.execute(query)).first()


def answered(status: int, body: dict[str, Any]) -> JSONResponse:
    """A command's answer, its version as ETag: `run_command`'s, and that of a route that runs its
    command itself (an upload, after its bytes are stored)."""
    response = JSONResponse(body, status_code=status)
    if body.get("version"):  # a series of meetings is no stream of its own: version 0, no ETag
        response.headers["ETag"] = f'"{body["version"]}"'  # what the next If-Match sends back
    return response


def if_match(request: Request) -> int | None:
    """The version in If-Match (``"3"``, ``W/"3"`` or ``3``), or None when the caller sent none."""
    header = request.headers.get("If-Match")
    if header is None or header.strip() == "*":
        return None
    match = _VERSION.match(header.strip())
    if match is None:
        raise InvalidInput(
            'If-Match 须为对象的版本号，如 "3"', 'If-Match must be a version, e.g. "3"', field="If-Match"
        )
    return int(match.group(1))


MAX_LIMIT = 200
DEFAULT_LIMIT = 50
MAX_CURSOR_LENGTH = 1000


@dataclass(frozen=True)
class PageRequest:
    cursor: str | None  # the previous page's next_cursor as the caller sent it; a `Keyset` reads it
    limit: int


def page_request(
    cursor: str | None = Query(
        None,
        max_length=MAX_CURSOR_LENGTH,
        description="从上一页的 next_cursor 继续 / the previous page's next_cursor",
    ),
    limit: int = Query(
        DEFAULT_LIMIT, ge=1, description=f"每页条数，最多 {MAX_LIMIT} / page size, at most {MAX_LIMIT}"
    ),
) -> PageRequest:
    """A FastAPI dependency: the cursor as sent (the list's `Keyset` checks it) and the limit capped."""
    return PageRequest(cursor or None, min(limit, MAX_LIMIT))


Paging = Annotated[PageRequest, Depends(page_request)]
"""A list route's ``?cursor=&limit=``, checked and capped."""


CursorValue = int | str | date | datetime
_BIGINT = (-(2**63), 2**63 - 1)  # what PostgreSQL compares an integer column with
_CURSOR_TEXT = 200  # no key the lists sort by is longer; longer is not one of their cursors


class Keyset:
    """What one list's cursor holds: the sort key of the last row a page showed, field by field.

    A cursor is opaque to the caller but not secret: base64 of JSON, which anyone can read and
    rewrite (`printf '{"before":"abc"}' | base64`). So each list declares its cursor's fields and
    their types, and a cursor holding anything else — a field missing or extra, text where a number
    goes, a number past PostgreSQL's bigint, text with U+0000, a date Python cannot read, an instant
    without a zone or outside Python's range once in UTC — is refused as a 422 naming `cursor`
    before any query sees it. Each of those was a 500, from `int("abc")` or from the database, on
    every list (issue 17, finding 3; tests/chaos/test_crafted_input.py).

        TASKS = Keyset(deadline=date, id=str)
        after = TASKS.after(page)              # {"deadline": date(2026, 3, 9), "id": "t-1"} or None
        next_cursor = TASKS.cursor(deadline=row.deadline, id=row.task_id)
    """

    def __init__(self, **fields: type[CursorValue]) -> None:
        self.fields = fields

    def cursor(self, **position: CursorValue) -> str:
        """The next page's cursor, from the last row's sort key. Instants are written in UTC (SQLite
        returns them without their zone; they are stored in UTC)."""
        assert position.keys() == self.fields.keys(), (position.keys(), self.fields.keys())
        written = {name: _written(value) for name, value in position.items()}
        return (
            base64.urlsafe_b64encode(json.dumps(written, separators=(",", ":")).encode()).decode().rstrip("=")
        )

    def after(self, page: PageRequest) -> dict[str, Any] | None:
        """Where the previous page ended, every field of the type this list sorts by; None on the
        first page."""
        if page.cursor is None:
            return None
        try:
            position = json.loads(base64.urlsafe_b64decode(page.cursor + "=" * (-len(page.cursor) % 4)))
        except (binascii.Error, ValueError):
            position = None
        if not isinstance(position, dict) or position.keys() != self.fields.keys():
            raise _invalid_cursor()
        return {name: _read(self.fields[name], value) for name, value in position.items()}


def _written(value: CursorValue) -> int | str:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _read(kind: type[CursorValue], value: Any) -> CursorValue:
    if kind is int and type(value) is int and _BIGINT[0] <= value <= _BIGINT[1]:
        return value
    if isinstance(value, str) and len(value) <= _CURSOR_TEXT and "\x00" not in value:
        if kind is str:
            return value
        try:
            if kind is datetime:
                instant = datetime.fromisoformat(value)
                if instant.tzinfo is not None:
                    return instant.astimezone(UTC)
            elif kind is date:
                return date.fromisoformat(value)
        except (ValueError, OverflowError):
            pass
    raise _invalid_cursor()


def _invalid_cursor() -> InvalidInput:
    return InvalidInput(
        "cursor 无效：请使用上一页返回的 next_cursor",
        "invalid cursor: pass the previous page's next_cursor",
        field="cursor",
    )


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def shown_as(model: type[M], source: Any, **computed: Any) -> M:
    """`model` with each field taken from the attribute of that name on `source` (a read-model row,
    an aggregate) but for those given in `computed`: a view names only what it does not copy."""
    copied = {name: getattr(source, name) for name in model.model_fields.keys() - computed.keys()}
    return model.model_validate(copied | computed)


class HistoryEntry(BaseModel):
    """One step in an object's history, as its owning service reads it from the object's stream."""

    version: int
    type: str
    time: datetime
    actor: str | None
    data: dict[str, Any]


def history_of(stream: list[StoredEvent]) -> list[HistoryEntry]:
    return [
        HistoryEntry(version=e.version, type=e.type, time=e.time, actor=e.context.get("actor"), data=e.data)
        for e in stream
    ]


async def first_page(
    rows: AsyncIterable[Any], page: PageRequest, present: Callable[[Any], T], cursor: Callable[[T], str]
) -> Page[T]:
    """The first `page.limit` of `rows` (already after the caller's cursor, in the list's order) as
    `present` shows each; the next page's cursor, made from the last item shown, only when another
    row follows, so the last page says there is none."""
    items: list[T] = []
    async for row in rows:
        if len(items) == page.limit:
            return Page(items=items, next_cursor=cursor(items[-1]))
        items.append(present(row))
    return Page(items=items, next_cursor=None)
