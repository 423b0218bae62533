"""Given–when–then helpers for the reception service's tests: the office's people acting over HTTP."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from shuniu_reception.domain.hospitality import Reception
from shuniu_reception.domain.people import DataSubject
from shuniu_reception.domain.petitions import Petition
from shuniu_reception.domain.seals import Seal, SealRequest
from shuniu_reception.domain.vehicles import Trip, Vehicle
from shuniu_reception.domain.visitors import Visit
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import events_table
from shuniu_shared.records import Record
from sqlalchemy import select

from tests.services import RunningService

PETITIONER = {
    "name": "刘建国",
    "id_number": "11010519491231002X",
    "phone": "13800138000",
    "address": "F县城关镇幸福路8号",
}
VISITOR = {"name": "马晓燕", "id_number": "440301199003071230", "phone": "13912345678"}


def ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def register_petition(svc: RunningService, received_on: str = "2026-03-09", **petitioner: str) -> str:
    body = {
        "petitioner": PETITIONER | petitioner,
        "channel": "letter",
        "content": "反映某学校违规收取补课费，请求查处并退还。",
        "received_on": received_on,
    }
    return ok(await svc.client.post("/petitions", json=body, headers=svc.as_("wang")), 201)["id"]


async def accepted_petition(svc: RunningService, on: str = "2026-03-09") -> str:
    petition = await register_petition(svc, on)
    ok(
        await svc.client.post(
            f"/petitions/{petition}/route",
            json={"to_department": "education", "routed_on": on},
            headers=svc.as_("wang"),
        )
    )
    ok(
        await svc.client.post(
            f"/petitions/{petition}/accept",
            json={"notice": "受理告知书〔2026〕1号", "accepted_on": on},
            headers=svc.as_("wang"),
        )
    )
    return petition


async def assigned_petition(svc: RunningService, on: str = "2026-03-09") -> str:
    petition = await accepted_petition(svc, on)
    ok(
        await svc.client.post(
            f"/petitions/{petition}/assign",
            json={"department": "education", "summary": "反映学校违规收取补课费，请核查处理"},
            headers=svc.as_("wang"),
        )
    )
    return petition


async def an_extension_is_asked(
    svc: RunningService,
    petition_id: str,
    *,
    days: int = 20,
    reason: str = "案情复杂，需现场核查",
    **dated: str,
) -> Any:
    """申请延期 by 王信访员, the petitions officer."""
    return await svc.client.post(
        f"/petitions/{petition_id}/extension-request",
        json={"days": days, "reason": reason, **dated},
        headers=svc.as_("wang"),
    )


async def the_extension_is_decided(
    svc: RunningService, petition_id: str, *, by: str, decision: str = "approve", **body: str
) -> Any:
    """The approver decides in person: 批准 or 不批准."""
    return await svc.client.post(
        f"/petitions/{petition_id}/extension-decision",
        json={"decision": decision, **body},
        headers=svc.as_(by),
    )


async def the_petitioner_is_told_of_the_extension(svc: RunningService, petition_id: str, **dated: str) -> Any:
    return await svc.client.post(
        f"/petitions/{petition_id}/extension-notice", json=dated, headers=svc.as_("wang")
    )


def task_event(
    kind: str, petition_id: str, task_id: str, *, service: str = "reception", **extra: Any
) -> Envelope:
    """An event shaped as docs/contracts.md fixes supervision's task events."""
    data = {
        "task_id": task_id,
        "source": {"kind": "petition", "service": service, "id": petition_id, "item": None},
        "title": "信访交办：学校收费",
        "lead_department": "education",
        "co_departments": [],
        "deadline": "2026-05-08",
        **extra,
    }
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.supervision.task.{kind}.v1",
        source="/shuniu/supervision",
        subject=task_id,
        time=datetime.now(UTC),
        sequence=1,
        data=data,
    )


async def supervision_publishes(svc: RunningService, *envelopes: Envelope) -> None:
    assert svc.runtime.bus is not None
    await svc.runtime.bus.append([Record.of("shuniu.supervision.events", e) for e in envelopes])


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Poll an asynchronous outcome (delivery through the bus), failing after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


async def petition(svc: RunningService, petition_id: str, as_: str = "wang") -> dict[str, Any]:
    return ok(await svc.client.get(f"/petitions/{petition_id}", headers=svc.as_(as_)))


async def event_types(svc: RunningService, stream_id: str) -> list[str]:
    async with svc.runtime.store.engine.connect() as connection:
        return [e.type for e in await svc.runtime.store.read_stream(connection, stream_id)]


def clock_named(view: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in view["clocks"] if c["name"] == name)


AGGREGATES = {
    "person": DataSubject,
    "visit": Visit,
    "petition": Petition,
    "vehicle": Vehicle,
    "trip": Trip,
    "seal": Seal,
    "sealreq": SealRequest,
    "hospitality": Reception,
}


async def replay_every_stream(svc: RunningService) -> int:
    """Rebuild every aggregate of the store from its events; how many were rebuilt."""
    store = svc.runtime.store
    async with store.engine.connect() as connection:
        streams = (await connection.execute(select(events_table.c.stream_id).distinct())).scalars().all()
        for stream in streams:
            aggregate = AGGREGATES[stream.split("-", 1)[0]]
            stored = await store.read_stream(connection, stream)
            assert aggregate.replay(stream, (store.decode(e) for e in stored)).version == len(stored)
    return len(streams)
