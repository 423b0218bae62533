"""The HTTP conventions of commands and lists (CONVENTIONS, "HTTP"), in one place for every service.

- ``Idempotency-Key`` on a POST that creates: the key is claimed, and the first result stored, in the
  same transaction as the command's events, so a retry — also one racing the original — gets that
  result back and creates nothing new. A key reused with a different body is refused. A refused
  command stores nothing, so its retry runs again.
- ``If-Match`` on an update: the aggregate version the caller saw, which becomes the command's
  expected version; a version moved on is a 412 (`shuniu_shared.commands.check_version`).
- A command's route: `acting(*roles)` gives the caller as an `Actor`, `run_command` runs the
  command's handler and answers with the id, version and position it wrote (and sets ETag).
- Cursor pagination: ``?cursor=&limit=``, the limit capped, the cursor opaque to the caller.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_shared.commands import Actor, C, Handler, retrying
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Json, Written
from shuniu_shared.web.auth import Principal, current_principal, requires

if TYPE_CHECKING:  # the runtime builds the app these routes serve
    from shuniu_shared.runtime import ServiceRuntime

T = TypeVar("T")

idempotency_metadata = MetaData()
idempotency_table = Table(
    "idempotency_keys",
    idempotency_metadata,
    Column("scope", String(300), primary_key=True),  # who, and which endpoint
    Column("key", String(200), primary_key=True),
    Column("request_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
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
        return _respond(_status(status, written), written.answer())

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
        return _respond(status, body)
    if stored.request_hash != digest:
        raise InvalidInput(
            "该 Idempotency-Key 已用于另一个不同的请求",
            "this Idempotency-Key was used for a different request",
            code="idempotency_key_reused",
            field="Idempotency-Key",
        )
    response = _respond(stored.status, stored.body)
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


def _respond(status: int, body: dict[str, Any]) -> JSONResponse:
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


@dataclass(frozen=True)
class PageRequest:
    after: dict[str, Any] | None  # where the previous page ended, as the list endpoint encoded it
    limit: int


def page_request(
    cursor: str | None = Query(
        None, description="从上一页的 next_cursor 继续 / the previous page's next_cursor"
    ),
    limit: int = Query(
        DEFAULT_LIMIT, ge=1, description=f"每页条数，最多 {MAX_LIMIT} / page size, at most {MAX_LIMIT}"
    ),
) -> PageRequest:
    """A FastAPI dependency: the cursor decoded and the limit capped."""
    return PageRequest(decode_cursor(cursor) if cursor else None, min(limit, MAX_LIMIT))


def encode_cursor(position: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        position = None
    if not isinstance(position, dict):
        raise InvalidInput(
            "cursor 无效：请使用上一页返回的 next_cursor",
            "invalid cursor: pass the previous page's next_cursor",
            field="cursor",
        )
    return position


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None
