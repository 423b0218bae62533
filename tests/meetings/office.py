"""Given–when–then helpers: the county office running the meetings service, spoken to over HTTP.

Times are Beijing times on the days after the test clock's Monday (2026-03-09, 09:00), so a test
reads "the 常务会 on Tuesday at 09:00" instead of UTC arithmetic.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, time, timedelta
from typing import Any

import httpx
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.envelope import Envelope

from tests.services import MONDAY_MORNING, RunningService

MONDAY = MONDAY_MORNING.astimezone(OFFICE_TZ).date()
TOPIC = "shuniu.meetings.events"


def beijing(day: int, hour: int, minute: int = 0) -> datetime:
    """`day` days after the test's Monday, at hour:minute in Beijing."""
    return datetime.combine(MONDAY + timedelta(days=day), time(hour, minute), OFFICE_TZ)


TUESDAY, WEDNESDAY, THURSDAY = 1, 2, 3


def ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code < 300, f"{response.status_code}: {response.text}"
    return response.json()  # type: ignore[no-any-return]


class Office:
    def __init__(self, service: RunningService) -> None:
        self.service = service
        self.client = service.client

    def as_(self, person: str, **headers: str) -> dict[str, str]:
        return self.service.as_(person, **headers)

    async def post(self, path: str, by: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return await self.client.post(path, json=body if body is not None else {}, headers=self.as_(by))

    async def get(self, path: str, by: str, **params: Any) -> httpx.Response:
        return await self.client.get(path, params=params, headers=self.as_(by))

    # --- given ------------------------------------------------------------------------------------

    async def given_room(
        self, room_id: str = "room-first", name: str = "第一会议室", capacity: int = 30
    ) -> str:
        body = {
            "id": room_id,
            "name": name,
            "building": "县政府大楼",
            "capacity": capacity,
            "equipment": ["投影仪"],
        }
        ok(await self.post("/rooms", "shen", body))
        return room_id

    def plan(
        self,
        *,
        title: str = "县政府办公会",
        kind: str = "办公会",
        starts: datetime | None = None,
        hours: float = 2,
        room: str | None = "room-first",
        chair: str = "luo",
        department: str = "office",
        classification: str = "none",
    ) -> dict[str, Any]:
        starts = starts or beijing(TUESDAY, 9)
        return {
            "title": title,
            "kind": kind,
            "organiser_department": department,
            "chair": chair,
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=hours)).isoformat(),
            "room_id": room,
            "classification": classification,
        }

    async def schedule(self, by: str = "shen", **plan: Any) -> str:
        return ok(await self.post("/meetings", by, self.plan(**plan)))["id"]  # type: ignore[no-any-return]

    async def invite(
        self,
        meeting: str,
        people: dict[str, str] | list[str] = (),  # type: ignore[assignment]
        departments: dict[str, str] | list[str] = (),  # type: ignore[assignment]
        by: str = "shen",
    ) -> dict[str, Any]:
        def as_map(names: dict[str, str] | list[str]) -> dict[str, str]:
            return names if isinstance(names, dict) else dict.fromkeys(names, "出席")

        body = {
            "people": [{"person": p, "capacity": c} for p, c in as_map(people).items()],
            "departments": [{"department": d, "capacity": c} for d, c in as_map(departments).items()],
        }
        return ok(await self.post(f"/meetings/{meeting}/invitations", by, body))

    async def notice(self, meeting: str, by: str = "shen") -> dict[str, Any]:
        return ok(await self.post(f"/meetings/{meeting}/notice", by))

    async def meeting_with_invitees(self, *people: str, **plan: Any) -> str:
        meeting = await self.schedule(**plan)
        await self.invite(meeting, list(people))
        await self.notice(meeting)
        return meeting

    # --- when -------------------------------------------------------------------------------------

    def at(self, instant: datetime) -> None:
        self.service.clock.set(instant)

    async def leave(
        self, meeting: str, who: str, reason: str, substitute: str | None = None
    ) -> httpx.Response:
        return await self.post(
            f"/meetings/{meeting}/leave", who, {"reason": reason, "substitute": substitute}
        )

    async def sign_in(self, meeting: str, who: str) -> httpx.Response:
        return await self.post(f"/meetings/{meeting}/sign-in", who)

    async def held(self, meeting: str, by: str = "shen") -> dict[str, Any]:
        return ok(await self.post(f"/meetings/{meeting}/held", by))

    async def minutes_drafted(self, meeting: str, classification: str = "none", by: str = "li") -> None:
        body = {"classification": classification, "summary": "会议研究了有关事项。"}
        ok(await self.post(f"/meetings/{meeting}/minutes", by, body))

    async def resolution(self, meeting: str, title: str, lead: str, co: list[str], deadline: str) -> str:
        body = {"title": title, "lead_department": lead, "co_departments": co, "deadline": deadline}
        return ok(await self.post(f"/meetings/{meeting}/resolutions", "shen", body))["resolution_id"]  # type: ignore[no-any-return]

    async def fire_deadlines(self) -> int:
        """Fire what is due now; how many fired (the service's own scheduler is off in these tests)."""
        scheduler = self.service.runtime.scheduler
        assert scheduler is not None
        return await scheduler.fire_due()

    # --- then -------------------------------------------------------------------------------------

    async def meeting(self, meeting: str, as_: str = "shen") -> dict[str, Any]:
        return ok(await self.get(f"/meetings/{meeting}", as_))

    async def minutes(self, meeting: str, as_: str = "shen") -> dict[str, Any]:
        return ok(await self.get(f"/meetings/{meeting}/minutes", as_))

    async def todo(self, who: str, kind: str | None = None) -> list[dict[str, Any]]:
        """The person's open to-do items, of one kind if given."""
        items = ok(await self.get("/my/todo", who))["items"]
        return [i for i in items if kind is None or i["kind"] == kind]

    async def published(self, ce_type: str, at_least: int = 1, timeout: float = 10.0) -> list[Envelope]:
        """The events of a type on the service's topic, once the relay has published `at_least`."""
        bus = self.service.runtime.bus
        assert bus is not None
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = [
                e
                for e in (Envelope.from_kafka(r.headers, r.value) for r in await bus.topic_records(TOPIC))
                if e.type == ce_type
            ]
            if len(found) >= at_least or asyncio.get_running_loop().time() > deadline:
                return found
            await asyncio.sleep(0.02)


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, f"expected {status}, got {response.status_code}: {response.text}"
    body = json.loads(response.text)
    assert response.headers["content-type"].startswith("application/problem+json")
    return body  # type: ignore[no-any-return]
