"""The demo county's 会务 loads into an empty service and shows every stage the issue asks for."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from shuniu_meetings.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from tests.meetings.office import Office, ok, problem
from tests.services import running_service

FRIDAY_MORNING = datetime(2026, 3, 13, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
MONDAY_EARLY = datetime(2026, 3, 9, 0, 0, tzinfo=UTC)  # 08:00 in Beijing


@contextlib.asynccontextmanager
async def demo_loaded(tmp_path, now: datetime) -> AsyncIterator[tuple[Office, dict[str, dict[str, Any]]]]:
    """The service with its demo data at `now`, and its meetings by title and Beijing date."""
    async with running_service(DEFINITION, tmp_path, clock=TestClock(now)) as service:
        assert await service.runtime.seed_demo()
        office = Office(service)
        listed = ok(await office.get("/meetings", "feng", limit=200))["items"]
        yield office, {m["title"] + m["starts_at"][:10]: m for m in listed}


async def test_the_demo_on_a_friday_has_this_weeks_meetings_held_and_next_weeks_to_come(tmp_path):
    async with demo_loaded(tmp_path, FRIDAY_MORNING) as (office, meetings):
        stages = {title: (m["stage"], m["minutes_stage"]) for title, m in meetings.items()}
        assert stages == {
            "县政府第11次常务会议2026-03-03": ("held", "issued"),
            "县政府办公室周例会2026-03-09": ("held", "issued"),
            "县政府第12次常务会议2026-03-11": ("held", "issued"),
            "农业生产专题会2026-03-12": ("held", "issued"),
            "县政府办公室周例会2026-03-16": ("notified", None),
            "县政府党组会议2026-03-17": ("notified", None),
            "县政府办公室周例会2026-03-23": ("notified", None),
            "县政府办公室周例会2026-03-30": ("notified", None),
        }
        assert len(await office.published("shuniu.meetings.meeting.resolution_adopted.v1", at_least=3)) == 3
        topical = meetings["农业生产专题会2026-03-12"]["id"]
        minutes = await office.minutes(topical, as_="feng")
        assert minutes["on_leave"] == [
            {"person": "zhang", "department": "union", "note": "小孙子住院，需在医院陪护"}
        ]
        assert [line["person"] for line in minutes["absent"]] == ["sun"]
        assert [item["person"] for item in await office.todo("fang", "leave_request")] == ["zhang"]
        party_group = meetings["县政府党组会议2026-03-17"]["id"]
        problem(await office.get(f"/meetings/{party_group}", "chen"), 404)  # 机密, beyond 陈局长's 秘密


async def test_the_demo_on_a_monday_morning_has_the_week_still_ahead(tmp_path):
    async with demo_loaded(tmp_path, MONDAY_EARLY) as (office, meetings):
        this_week = {t: m["stage"] for t, m in meetings.items() if "2026-03-09" <= t[-10:] <= "2026-03-15"}
        assert set(this_week.values()) == {"notified"} and len(this_week) == 3
        assert meetings["县政府第11次常务会议2026-03-03"]["minutes_stage"] == "issued"
        busy = ok(await office.get("/rooms/room-changwu/schedule", "zhao", week="2026-03-09"))["busy"]
        assert [b["title"] for b in busy] == ["县政府第12次常务会议"]  # 赵老师 is invited
        busy = ok(await office.get("/rooms/room-changwu/schedule", "zhang", week="2026-03-09"))["busy"]
        assert [b["title"] for b in busy] == [None]  # 小张 is not: only that the room is taken
