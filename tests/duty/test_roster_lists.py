"""值班表、交接班和值班记录 by date (docs/rules.md §7), read back as the office reads them: the week's
带班领导 and 值班员 day by day (extra staff at 春节, the substitute once the director approves a swap),
the handovers of a day with their open items and who took them over, the calls of a day in the order
they came; each shown only to those the roster's or the entry's audience admits."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from shuniu_shared.clock import TestClock

from tests.duty.test_roster_service import (
    DIRECTOR,
    INCOMING,
    OUTGOING,
    OUTSIDER,
    at,
    duty,
    get,
    plan_spring_festival_week,
    post,
)
from tests.services import RunningService

LEADER = "yang"  # 杨副主任, the leader on call all week


async def rosters(svc: RunningService, by: str, **query: str) -> list[dict[str, Any]]:
    response = await svc.client.get("/rosters", params=query, headers=svc.as_(by))
    assert response.status_code == 200, response.text
    return list(response.json())


async def handovers(svc: RunningService, day: str, by: str) -> list[dict[str, Any]]:
    response = await svc.client.get("/handovers", params={"date": day}, headers=svc.as_(by))
    assert response.status_code == 200, response.text
    return list(response.json())


async def log_of(svc: RunningService, day: str, by: str, **query: Any) -> dict[str, Any]:
    response = await svc.client.get("/duty-log", params={"date": day, **query}, headers=svc.as_(by))
    assert response.status_code == 200, response.text
    return dict(response.json())


async def logs_a_call(svc: RunningService, when: Any, caller: str, told: list[str] | None = None) -> str:
    body = {
        "at": when.isoformat(),
        "caller": caller,
        "organisation": "城关镇",
        "said": "来电",
        "told": told or [],
    }
    return str((await post(svc, "/duty-log", OUTGOING, 201, **body))["id"])


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text)


def people(day: dict[str, Any]) -> tuple[list[str], list[str], str | None]:
    return day["leaders"], day["officers"], day["reason"]


async def test_the_spring_festival_week_lists_each_days_leader_on_call_and_the_holidays_extra_officers(
    tmp_path,
):
    async with duty(tmp_path, TestClock(at(1, 9))) as svc:
        roster = await plan_spring_festival_week(svc)

        [week] = await rosters(svc, DIRECTOR, **{"from": "2027-02-01", "to": "2027-02-07"})
        assert (week["id"], week["first_day"], week["last_day"]) == (roster, "2027-02-01", "2027-02-07")
        by_day = {d["day"]: d for d in week["days"]}
        assert len(by_day) == 7
        assert people(by_day["2027-02-01"]) == ([LEADER], [OUTGOING], None)  # an ordinary Monday
        assert people(by_day["2027-02-05"]) == ([LEADER], [OUTGOING, INCOMING], "节假日")  # 除夕, computed

        [middle] = await rosters(svc, LEADER, **{"from": "2027-02-03", "to": "2027-02-04"})
        assert [d["day"] for d in middle["days"]] == ["2027-02-03", "2027-02-04"]
        assert await rosters(svc, DIRECTOR, **{"from": "2027-03-01", "to": "2027-03-07"}) == []


async def test_a_swap_is_listed_as_asked_and_the_substitute_is_on_duty_once_the_director_approves(tmp_path):
    async with duty(tmp_path, TestClock(at(1, 9))) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(
            svc, f"/rosters/{roster}/swaps", OUTGOING, 201, day="2027-02-03", substitute="shen", reason="出差"
        )

        async def wednesday() -> dict[str, Any]:
            [week] = await rosters(svc, DIRECTOR, **{"from": "2027-02-03", "to": "2027-02-03"})
            return dict(week["days"][0])

        asked = await wednesday()
        assert asked["officers"] == [OUTGOING]
        swap = {"number": 1, "person": OUTGOING, "substitute": "shen", "reason": "出差", "approved": False}
        assert asked["swaps"] == [swap]

        await post(svc, f"/rosters/{roster}/swaps/1/approve", DIRECTOR)
        approved = await wednesday()
        assert (approved["officers"], approved["swaps"]) == (["shen"], [swap | {"approved": True}])


async def test_the_days_handover_carries_its_open_items_until_the_incoming_shift_acknowledges_it(tmp_path):
    await a_handover_listed_until_acknowledged(tmp_path)


@pytest.mark.postgres
async def test_on_postgresql_the_days_handover_is_listed_until_the_incoming_shift_acknowledges_it(
    postgres, tmp_path
):
    database = postgres.create_database(f"duty_handover_{uuid.uuid4().hex[:8]}")
    await a_handover_listed_until_acknowledged(tmp_path, database_url=database)


async def a_handover_listed_until_acknowledged(tmp_path: Path, **options: Any) -> None:
    clock = TestClock(at(2, 8))
    async with duty(tmp_path, clock, **options) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(
            svc, f"/rosters/{roster}/handovers", OUTGOING, day="2027-02-01", open_items=["化工厂火灾续报待报"]
        )

        [handover] = await handovers(svc, "2027-02-01", DIRECTOR)
        assert (handover["roster_id"], handover["by"], handover["open_items"]) == (
            roster,
            OUTGOING,
            ["化工厂火灾续报待报"],
        )
        assert handover["incoming"] == [LEADER, INCOMING]  # Tuesday's shift takes it over
        assert instant(handover["acknowledge_by"]) == at(2, 8) + timedelta(minutes=30)
        assert (handover["acknowledged_by"], handover["acknowledged_at"]) == (None, None)

        clock.advance(timedelta(minutes=10))
        await post(svc, f"/rosters/{roster}/handovers/2027-02-01/acknowledge", INCOMING)
        [taken] = await handovers(svc, "2027-02-01", OUTGOING)
        assert (taken["acknowledged_by"], instant(taken["acknowledged_at"])) == (INCOMING, at(2, 8, 10))
        assert await handovers(svc, "2027-02-02", DIRECTOR) == []  # Tuesday has not handed over

        [week] = await rosters(svc, DIRECTOR, **{"from": "2027-02-01", "to": "2027-02-01"})
        assert (week["days"][0]["handed_over"], week["days"][0]["acknowledged"]) == (True, True)


async def test_the_days_duty_log_lists_its_calls_in_the_order_they_came_a_page_at_a_time(tmp_path):
    await the_days_log_in_order_a_page_at_a_time(tmp_path)


@pytest.mark.postgres
async def test_on_postgresql_the_days_duty_log_lists_its_calls_in_order_a_page_at_a_time(postgres, tmp_path):
    database = postgres.create_database(f"duty_log_{uuid.uuid4().hex[:8]}")
    await the_days_log_in_order_a_page_at_a_time(tmp_path, database_url=database)


async def the_days_log_in_order_a_page_at_a_time(tmp_path: Path, **options: Any) -> None:
    async with duty(tmp_path, TestClock(at(6, 9)), **options) as svc:
        late, early, midnight = at(5, 23, 50), at(5, 8, 0), at(6, 0, 0)
        for when, caller in [
            (at(5, 22, 10), "张站长"),
            (late, "王书记"),
            (early, "刘所长"),
            (midnight, "次日来电"),
        ]:
            await logs_a_call(svc, when, caller)
        await logs_a_call(svc, at(4, 23, 59), "前日来电")  # 15:59 UTC on the 4th: still the 4th in Beijing

        first = await log_of(svc, "2027-02-05", DIRECTOR, limit=2)
        assert [e["caller"] for e in first["items"]] == ["刘所长", "张站长"]
        assert instant(first["items"][0]["at"]) == early
        rest = await log_of(svc, "2027-02-05", DIRECTOR, limit=2, cursor=first["next_cursor"])
        assert ([e["caller"] for e in rest["items"]], rest["next_cursor"]) == (["王书记"], None)
        assert [e["caller"] for e in (await log_of(svc, "2027-02-06", LEADER))["items"]] == ["次日来电"]


async def test_the_uninvolved_see_no_roster_no_handover_and_only_the_calls_they_were_told_of(tmp_path):
    async with duty(tmp_path, TestClock(at(5, 22, 30))) as svc:
        roster = await plan_spring_festival_week(svc)
        await post(svc, f"/rosters/{roster}/handovers", OUTGOING, day="2027-02-05", open_items=["续报"])
        await logs_a_call(svc, at(5, 22, 0), "张站长")
        await logs_a_call(svc, at(5, 22, 10), "群众来电", told=[OUTSIDER])  # 信访局 was told of this one

        assert await rosters(svc, OUTSIDER, **{"from": "2027-02-01", "to": "2027-02-07"}) == []
        assert await handovers(svc, "2027-02-05", OUTSIDER) == []
        await get(svc, f"/rosters/{roster}", OUTSIDER, 404)
        assert [e["caller"] for e in (await log_of(svc, "2027-02-05", OUTSIDER))["items"]] == ["群众来电"]
        assert [e["caller"] for e in (await log_of(svc, "2027-02-05", DIRECTOR))["items"]] == [
            "张站长",
            "群众来电",
        ]
        assert len(await handovers(svc, "2027-02-05", "shen")) == 1  # 沈秘书 of the office


async def test_bad_dates_and_cursors_are_problems_in_chinese_then_english_never_a_crash(tmp_path):
    async with duty(tmp_path, TestClock(at(1, 9))) as svc:

        async def refused(path: str) -> dict[str, Any]:
            response = await svc.client.get(path, headers=svc.as_(DIRECTOR))
            assert response.status_code == 422, response.text
            assert response.headers["content-type"] == "application/problem+json"
            return dict(response.json())

        backwards = await refused("/rosters?from=2027-02-07&to=2027-02-01")
        assert (backwards["code"], backwards["field"]) == ("date_range", "to")
        assert backwards["detail"].startswith("截止日早于起始日")
        assert (await refused("/rosters?from=2027-01-01&to=2027-12-31"))["code"] == "date_range"
        await refused("/rosters?from=2027-13-01")
        await refused("/handovers?date=yesterday")
        await refused("/handovers")
        await refused("/duty-log")
        await refused("/duty-log?date=2027-02-30")
        await refused("/duty-log?date=9999-12-31")  # outside the office's years, not an overflow
        await refused("/rosters?from=9999-12-31")
        await refused("/duty-log?date=2027-02-05&cursor=bm90LWEtY3Vyc29y")


async def test_for_every_person_of_the_demo_the_lists_show_exactly_what_the_single_gets_show(tmp_path):
    async with duty(tmp_path, TestClock(at(6, 9))) as svc:  # the demo week begins yesterday, the 5th
        assert await svc.runtime.seed_demo()
        everyone = svc.runtime.directory.people
        roster_ids = {
            r["id"] for r in await rosters(svc, DIRECTOR, **{"from": "2027-02-05", "to": "2027-02-11"})
        }
        entry_ids = {e["id"] for e in (await log_of(svc, "2027-02-05", DIRECTOR))["items"]}
        assert len(roster_ids) == 1 and len(entry_ids) == 1

        seeing: list[str] = []
        unseeing: list[str] = []
        for person in everyone:
            listed = {
                r["id"] for r in await rosters(svc, person, **{"from": "2027-02-05", "to": "2027-02-11"})
            }
            handed = {h["roster_id"] for h in await handovers(svc, "2027-02-05", person)}
            logged = {e["id"] for e in (await log_of(svc, "2027-02-05", person))["items"]}
            shown = {
                r
                for r in roster_ids
                if (await svc.client.get(f"/rosters/{r}", headers=svc.as_(person))).status_code == 200
            }
            told = {
                e
                for e in entry_ids
                if (await svc.client.get(f"/duty-log/{e}", headers=svc.as_(person))).status_code == 200
            }
            assert (listed, handed, logged) == (shown, shown, told), person
            (seeing if shown else unseeing).append(person)
        assert "feng" in seeing and OUTSIDER in unseeing  # the rule both admits and refuses
