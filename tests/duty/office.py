"""Given–when–then helpers for the duty tests: the duty office acting on incidents over HTTP, on a
test clock set to the evening the incident is learned of."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from shuniu_duty.app.policy import Policy
from shuniu_duty.bootstrap import build
from shuniu_shared.clock import OFFICE_TZ, TestClock

from tests.services import RunningService, running_service

DUTY = build(Policy())  # the default clocks: 30 minutes to phone, an hour to write (docs/rules.md §7)
OFFICER, LEADER = "li", "yang"  # 李文书 on duty (值班员), 杨副主任 the leader on call (带班领导)


def at(hour: int, minute: int, day: int = 7) -> datetime:
    """A time on the evening of Monday 2026-12-07, in Beijing."""
    return datetime(2026, 12, day, hour, minute, tzinfo=OFFICE_TZ)


@dataclass
class DutyOffice:
    svc: RunningService

    def now(self, instant: datetime) -> None:
        self.svc.clock.set(instant)

    async def post(self, path: str, *, by: str, expect: int = 200, **body: Any) -> httpx.Response:
        response = await self.svc.client.post(path, json=body, headers=self.svc.as_(by))
        assert response.status_code == expect, response.text
        return response

    async def learns_of(self, *, by: str = OFFICER, learned_at: datetime | None = None, **fields: Any) -> str:
        body = {
            "title": "城关镇化工厂火灾",
            "category": "事故灾难",
            "place": "城关镇工业园",
            "level": "较大",
            "casualties": {"injured": 3},
            "measures": "消防已到场扑救，周边群众已疏散",
            "departments_involved": ["agriculture"],
            "learned_at": (learned_at or self.svc.clock.now()).isoformat(),
        } | fields
        return (await self.post("/incidents", by=by, expect=201, **body)).json()["id"]

    async def drafts(self, incident: str, kind: str, text: str = "报告正文", *, by: str = OFFICER) -> int:
        response = await self.post(f"/incidents/{incident}/reports", by=by, expect=201, kind=kind, text=text)
        return int(response.json()["report"])

    async def approves(self, incident: str, number: int, *, by: str = LEADER, expect: int = 200) -> None:
        await self.post(f"/incidents/{incident}/reports/{number}/approve", by=by, expect=expect)

    async def submits(
        self, incident: str, number: int, *, by: str = OFFICER, expect: int = 200, late_reason: str = ""
    ) -> httpx.Response:
        return await self.post(
            f"/incidents/{incident}/reports/{number}/submit", by=by, expect=expect, late_reason=late_reason
        )

    async def goes_up(self, incident: str, kind: str, when: datetime, late_reason: str = "") -> int:
        self.now(when)
        number = await self.drafts(incident, kind)
        await self.approves(incident, number)
        await self.submits(incident, number, late_reason=late_reason)
        return number

    async def incident(self, incident: str, *, as_: str = OFFICER, expect: int = 200) -> dict[str, Any]:
        response = await self.svc.client.get(f"/incidents/{incident}", headers=self.svc.as_(as_))
        assert response.status_code == expect, response.text
        return response.json()

    async def listed(self, *, as_: str = OFFICER, **query: Any) -> list[dict[str, Any]]:
        response = await self.svc.client.get("/incidents", params=query, headers=self.svc.as_(as_))
        assert response.status_code == 200, response.text
        return response.json()["items"]


@contextlib.asynccontextmanager
async def duty_office(
    tmp_path: Path, *, starting: datetime | None = None, **settings: Any
) -> AsyncIterator[DutyOffice]:
    clock = TestClock(starting or at(22, 10))
    async with running_service(DUTY, tmp_path, clock=clock, **settings) as svc:
        yield DutyOffice(svc)


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)
