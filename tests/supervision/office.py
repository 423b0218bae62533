"""Given–when–then helpers for the supervision tests: the office, the departments and the leaders
acting on tasks over HTTP, and the source services' events as they arrive on the bus."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.bootstrap import build

from tests.services import SCHEDULER_OFF, RunningService, running_service

SUPERVISION = build(Policy())  # the default numbers: yellow 3 working days ahead, 批示 default 10
# Monday 2026-03-09, 09:00 in Beijing: far from any public holiday.
MONDAY = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
TODAY = date(2026, 3, 9)


@dataclass
class Office:
    """The supervision service in use: `office.open(...)`, `office.step(task, "acknowledge", by="chen")`."""

    svc: RunningService

    @property
    def clock(self) -> TestClock:
        return self.svc.clock

    async def open(self, *, by: str = "zhou", expect: int = 201, **fields: Any) -> str:
        body = {
            "title": "落实全县秋粮收购资金",
            "lead_department": "finance",
            "co_departments": ["agriculture"],
            "deadline": (TODAY + timedelta(days=14)).isoformat(),
        } | fields
        response = await self.svc.client.post("/tasks", json=body, headers=self.svc.as_(by))
        assert response.status_code == expect, response.text
        return response.json().get("id", "")

    async def step(
        self, task_id: str, action: str, *, by: str, expect: int = 200, **body: Any
    ) -> httpx.Response:
        response = await self.svc.client.post(
            f"/tasks/{task_id}/{action}", json=body, headers=self.svc.as_(by)
        )
        assert response.status_code == expect, response.text
        return response

    async def acknowledged(self, task_id: str, by: str = "chen") -> None:
        await self.step(task_id, "acknowledge", by=by)

    async def reported_done(self, task_id: str, by: str = "chen") -> None:
        await self.step(task_id, "completion", by=by, text="资金已全部拨付到位")

    async def task(self, task_id: str, *, as_: str = "zhou", expect: int = 200) -> dict[str, Any]:
        response = await self.svc.client.get(f"/tasks/{task_id}", headers=self.svc.as_(as_))
        assert response.status_code == expect, response.text
        return response.json()

    async def history(self, task_id: str, *, as_: str = "zhou") -> list[str]:
        response = await self.svc.client.get(f"/tasks/{task_id}/history", headers=self.svc.as_(as_))
        assert response.status_code == 200, response.text
        return [
            entry["type"].removeprefix("shuniu.supervision.task.").removesuffix(".v1")
            for entry in response.json()
        ]

    async def listed(self, path: str = "/tasks", *, as_: str = "zhou", **query: Any) -> list[dict[str, Any]]:
        response = await self.svc.client.get(path, params=query, headers=self.svc.as_(as_))
        assert response.status_code == 200, response.text
        return response.json()["items"]

    async def days_pass(self, days: int) -> int:
        """Move the clock on and fire what came due; how many fired (the runtime's own scheduler is
        off in these tests, so nothing fires behind the test's back)."""
        self.clock.advance(timedelta(days=days))
        assert self.svc.runtime.scheduler is not None
        return await self.svc.runtime.scheduler.fire_due()

    async def raised(self, task_id: str) -> list[str]:
        """The time-driven events of a task's history: 临近提醒, 逾期, 定期报告."""
        clockwork = {"deadline_approaching", "overdue", "report_due"}
        return [kind for kind in await self.history(task_id) if kind in clockwork]

    # the source services' events, as the contract shapes them
    async def arrives(self, topic: str, envelope: Envelope) -> None:
        assert self.svc.runtime.bus is not None
        await self.svc.runtime.bus.append([Record.of(topic, envelope)])

    async def published(self, ce_type: str) -> list[Envelope]:
        """What this service put on its own topic, of one type (polled: the relay is asynchronous)."""
        assert self.svc.runtime.bus is not None
        found: list[Envelope] = []
        for _ in range(200):
            records = await self.svc.runtime.bus.topic_records("shuniu.supervision.events")
            found = [e for r in records if (e := Envelope.from_kafka(r.headers, r.value)).type == ce_type]
            if found:
                return found
            await asyncio.sleep(0.02)
        return found


@contextlib.asynccontextmanager
async def office(tmp_path: Path, **options: Any) -> AsyncIterator[Office]:
    clock = options.pop("clock", None) or TestClock(MONDAY)
    definition = options.pop("definition", SUPERVISION)
    async with running_service(definition, tmp_path, clock=clock, **(SCHEDULER_OFF | options)) as svc:
        yield Office(svc)


async def until(condition: Any, timeout: float = 10.0) -> None:
    """Poll an async condition until it holds (asynchronous delivery), failing after `timeout`."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not await condition():
        assert loop.time() < end, "timed out waiting for asynchronous delivery"
        await asyncio.sleep(0.02)


def source_event(
    ce_type: str, subject: str, data: dict[str, Any], *, event_id: str | None = None
) -> Envelope:
    service = ce_type.split(".")[1]
    return Envelope(
        id=event_id or str(uuid.uuid4()),
        type=ce_type,
        source=f"/shuniu/{service}",
        subject=subject,
        time=MONDAY,
        sequence=3,
        data=data,
        correlation_id=str(uuid.uuid4()),
        actor="luo",
    )


def instructed(document_id: str = "in-2026-0042", **fields: Any) -> Envelope:
    """A leader's 批示 on an incoming document (shuniu.documents.incoming.instructed.v1)."""
    data = {
        "document_id": document_id,
        "receipt_number": "收〔2026〕42号",
        "title": "关于下达2026年春耕备耕资金的通知",
        "classification": "none",
        "urgency": "加急",
        "instruction": "请财政局牵头，农业农村局配合，按时拨付到位。",
        "leader": "fang",
        "lead_department": "finance",
        "co_departments": ["agriculture"],
        "deadline": "2026-03-20",
        "instructed_on": "2026-03-09",
    } | fields
    return source_event("shuniu.documents.incoming.instructed.v1", document_id, data)


def resolution_adopted(
    meeting_id: str = "mtg-2026-007", resolution_id: str = "r1", **fields: Any
) -> Envelope:
    data = {
        "meeting_id": meeting_id,
        "meeting_title": "县政府第七次常务会议",
        "meeting_kind": "常务会",
        "resolution_id": resolution_id,
        "title": "三月底前完成全县中小学校舍安全排查",
        "lead_department": "education",
        "co_departments": ["finance"],
        "deadline": "2026-03-31",
        "decided_by": "luo",
        "classification": "none",
        "adopted_on": "2026-03-09",
    } | fields
    return source_event("shuniu.meetings.meeting.resolution_adopted.v1", meeting_id, data)


SEALED_SUMMARY = "enc:v1:person-0f3c:bm9uY2UgYW5kIGNpcGhlcnRleHQ="  # as reception seals it


def petition_assigned(petition_id: str = "pet-2026-015", version: int = 2, **fields: Any) -> Envelope:
    """交办 as reception publishes it: v2 with the summary sealed under the petitioner's key (v1, from
    before sealing, carried it in clear)."""
    data = {
        "petition_id": petition_id,
        "case_number": "F信〔2026〕15号",
        "summary": SEALED_SUMMARY if version == 2 else "反映某村农田灌溉补贴未发放",
        "department": "agriculture",
        "due_on": "2026-05-08",
        "assigned_by": "wang",
    } | fields
    return source_event(f"shuniu.reception.petition.assigned.v{version}", petition_id, data)
