"""How a route of either kind of document runs its handler as the caller's command: in one unit of
work with the Idempotency-Key honoured (shuniu_shared.web.commands), the office of this runtime, and
for a step on an existing document the version the caller saw (If-Match)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Concatenate, ParamSpec

from fastapi import Request
from fastapi.responses import JSONResponse
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.web.auth import Principal
from shuniu_shared.web.commands import Outcome, if_match, run_command

from shuniu_documents.api.reads import office_of, runtime_of
from shuniu_documents.app.office import Office

P = ParamSpec("P")


async def run(
    request: Request,
    principal: Principal,
    handler: Callable[Concatenate[UnitOfWork, Office, Principal, P], Awaitable[Outcome]],
    *args: P.args,
    **kwargs: P.kwargs,
) -> JSONResponse:
    """Call ``handler(uow, office, principal, *args, **kwargs)`` as the caller's command."""
    office = office_of(request)
    return await run_command(
        request,
        runtime_of(request).store,
        lambda uow: handler(uow, office, principal, *args, **kwargs),
        actor=principal.sub,
    )


async def step(
    request: Request,
    principal: Principal,
    handler: Callable[Concatenate[UnitOfWork, Office, Principal, str, int | None, P], Awaitable[Outcome]],
    id: str,
    *args: P.args,
    **kwargs: P.kwargs,
) -> JSONResponse:
    """Take a step on document `id` as the caller's command, on the version in If-Match if one was sent."""
    return await run(request, principal, handler, id, if_match(request), *args, **kwargs)
