"""What every reception route shares: the runtime, new ids, who may read personal data, and how a
command's result becomes its response body."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from shuniu_shared.eventstore import UnitOfWork, Written
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.auth import Principal
from shuniu_shared.web.commands import run_legacy_command

from shuniu_reception.app.personal_data import PersonalData, personal_data

# Who needs a visitor's or petitioner's personal data to do their work (RULES §2: not "anyone
# without need"); every other caller, and every event consumer, sees only ciphertext.
READS_VISITOR_DATA = ("receptionist", "petitions_officer", "office_director")
READS_PETITIONER_DATA = ("petitions_officer", "office_director")
PETITION_STAFF = ("petitions_officer", "office_director")
SEES_ALL_PETITIONS = ("petitions_officer", "office_director", "leader", "principal_leader")
RECEPTION_STAFF = ("receptionist", "office_director")


def runtime_of(request: Request) -> ServiceRuntime:
    runtime: ServiceRuntime = request.app.state.runtime
    return runtime


def keys() -> PersonalData:
    return personal_data()


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def result(written: Written, **extra: Any) -> dict[str, Any]:
    """A command's response: the object's id, version and position (read-your-writes), and more."""
    return {"id": written.stream_id, "version": written.version, "position": written.position, **extra}


async def run(
    request: Request,
    principal: Principal,
    action: Callable[[UnitOfWork], Awaitable[Written]],
    status: int = 200,
) -> JSONResponse:
    """Run a handler as the caller's command (Idempotency-Key honoured) and answer with `result`."""

    async def command(uow: UnitOfWork) -> tuple[int, dict[str, Any]]:
        return status, result(await action(uow))

    return await run_legacy_command(request, runtime_of(request).store, command, actor=principal.sub)


def may_read_personal_data(principal: Principal, kind: str) -> bool:
    return principal.has_any_role(READS_PETITIONER_DATA if kind == "petitioner" else READS_VISITOR_DATA)


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; they were stored in UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
