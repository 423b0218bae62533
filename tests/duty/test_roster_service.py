"""值班 through the duty service's routes, on its real runtime (SQLite, the platform's deadline
scheduler): the director plans 2027's 春节 week, the incoming shift acknowledges a handover, one left
unacknowledged for 30 minutes alerts the director exactly once across a restart, and a duty log
entry is seen by the office and those told but not by the petitions bureau outside both."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from shuniu_shared.clock import OFFICE_TZ, TestClock

from tests.duty.office import DUTY
from tests.services import SCHEDULER_OFF, RunningService, running_service

DIRECTOR, OUTGOING, INCOMING, OUTSIDER = "feng", "li", "tang", "wang"  # 冯主任, 李, 唐; 王 of 信访局


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 2, day, hour, minute, tzinfo=OFFICE_TZ)


@contextlib.asynccontextmanager
async def duty(tmp_path: Path, clock: TestClock, **options: Any) -> AsyncIterator[RunningService]:
    async with running_service(DUTY, tmp_path, clock=clock, **(SCHEDULER_OFF | options)) as svc:
        yield svc


async def post(svc: RunningService, path: str, by: str, expect: int = 200, **body: Any) -> dict[str, Any]:
    response = await svc.client.post(path, json=body, headers=svc.as_(by))
    assert response.status_code == expect, response.text
    return response.json()


async def get(svc: RunningService, path: str, by: str, expect: int = 200) -> dict[str, Any]:
    response = await svc.client.get(path, headers=svc.as_(by))
    assert response.status_code == expect, response.text
    return response.json()


async def plan_spring_festival_week(svc: RunningService) -> str:
    body = {
        "first_day": "2027-02-01",
        "last_day": "2027-02-07",
        "leaders": ["yang"],
        "officers": [OUTGOING, INCOMING],
    }
    return str((await post(svc, "/rosters", DIRECTOR, 201, **body))["id"])


async def fire(svc: RunningService, clock: TestClock, minutes: int) -> int:
    clock.advance(timedelta(minutes=minutes))
    assert svc.runtime.scheduler is not None
    return await svc.runtime.scheduler.fire_due()


async def test_the_spring_festival_week_has_two_officers_on_new_years_eve_and_one_on_the_monday(tmp_path):
    async with duty(tmp_path, TestClock(at(1, 9))) as svc:
        roster = await get(svc, f"/rosters/{await plan_spring_festival_week(svc)}", DIRECTOR)

        by_day = {s["day"]: s for s in roster["shifts"]}
        assert (by_day["2027-02-05"]["reason"], len(by_day["2027-02-05"]["officers"])) == ("节假日", 2)
        assert (by_day["2027-02-01"]["reason"], by_day["2027-02-01"]["officers"]) == (None, [OUTGOING])


async def test_only_the_director_plans_and_a_roster_of_two_months_is_a_problem_not_a_crash(tmp_path):
    async with duty(tmp_path, TestClock(at(1, 9))) as svc:
        body = {
            "first_day": "2027-02-01",
            "last_day": "2027-02-07",
            "leaders": ["yang"],
            "officers": [OUTGOING],
        }
        await post(svc, "/rosters", OUTGOING, 403, **body)
        response = await svc.client.post(
            "/rosters", json=body | {"last_day": "2027-03-31"}, headers=svc.as_(DIRECTOR)
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"


async def test_a_handover_acknowledged_by_the_incoming_shift_alerts_nobody(tmp_path):
    clock = TestClock(at(2, 8))
    async with duty(tmp_path, clock) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(
            svc, f"/rosters/{roster}/handovers", OUTGOING, day="2027-02-01", open_items=["化工厂火灾续报待报"]
        )
        await post(svc, f"/rosters/{roster}/handovers/2027-02-01/acknowledge", INCOMING)

        assert await fire(svc, clock, 30) == 1  # the deadline comes, and finds nothing to say
        shown = await get(svc, f"/rosters/{roster}", DIRECTOR)
        assert shown["alerts"] == []
        assert next(s for s in shown["shifts"] if s["day"] == "2027-02-01")["acknowledged"] is True


async def test_a_handover_left_unacknowledged_30_minutes_alerts_the_director_once_across_a_restart(tmp_path):
    await an_unacknowledged_handover_alerts_once_across_a_restart(tmp_path)


@pytest.mark.postgres
async def test_on_postgresql_the_unacknowledged_handover_alerts_once_across_a_restart(postgres, tmp_path):
    database = postgres.create_database(f"duty_roster_{uuid.uuid4().hex[:8]}")
    await an_unacknowledged_handover_alerts_once_across_a_restart(tmp_path, database_url=database)


async def an_unacknowledged_handover_alerts_once_across_a_restart(tmp_path: Path, **options: Any) -> None:
    clock = TestClock(at(2, 8))
    async with duty(tmp_path, clock, **options) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(svc, f"/rosters/{roster}/handovers", OUTGOING, day="2027-02-01", open_items=[])
        assert await fire(svc, clock, 29) == 0
        assert await fire(svc, clock, 1) == 1
    async with duty(tmp_path, clock, **options) as svc:
        assert await fire(svc, clock, 60) == 0
        alerts = (await get(svc, f"/rosters/{roster}", DIRECTOR))["alerts"]
        assert alerts == [{"day": "2027-02-01", "kind": "handover_unacknowledged"}]


async def test_a_duty_log_entry_is_seen_by_those_told_and_not_by_a_receptionist(tmp_path):
    async with duty(tmp_path, TestClock(at(5, 22, 15))) as svc:
        body = {
            "at": at(5, 22, 10).isoformat(),
            "caller": "张站长",
            "organisation": "城关镇派出所",
            "said": "工业园有浓烟",
            "done": "已通知消防，报带班领导",
            "told": ["yang"],
        }
        entry = (await post(svc, "/duty-log", OUTGOING, 201, **body))["id"]

        assert (await get(svc, f"/duty-log/{entry}", "yang"))["caller"] == "张站长"
        await get(svc, f"/duty-log/{entry}", OUTSIDER, 404)
        await post(svc, "/duty-log", OUTSIDER, 403, **body)


async def test_a_swap_stands_once_the_office_director_approves_it(tmp_path):
    async with duty(tmp_path, TestClock(at(1, 8))) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(
            svc, f"/rosters/{roster}/swaps", OUTGOING, 201, day="2027-02-03", substitute="shen", reason="出差"
        )
        await post(svc, f"/rosters/{roster}/swaps/1/approve", INCOMING, 403)

        def wednesday(shown: dict[str, Any]) -> list[str]:
            return next(s["officers"] for s in shown["shifts"] if s["day"] == "2027-02-03")

        assert wednesday(await get(svc, f"/rosters/{roster}", DIRECTOR)) == [OUTGOING]
        await post(svc, f"/rosters/{roster}/swaps/1/approve", DIRECTOR)
        assert wednesday(await get(svc, f"/rosters/{roster}", "shen")) == ["shen"]
