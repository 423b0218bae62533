"""The projection's two duty boards, built from the duty service's published events only
(docs/rules.md §7–§8): 谁在值班 — who is on duty now and next, swaps and handovers as they stand —
and 政务信息 — the issues published, 上级采用 and 批示, and the departments' ranking, which agrees with
the duty service's own. Each shows, and counts, only what the object's audience admits."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from shuniu_duty.app.policy import Policy
from shuniu_projection.app.information import ScoringRules as BoardScoring
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_shared.clock import OFFICE_TZ, TestClock

from tests.duty.office import DUTY
from tests.services import SCHEDULER_OFF, RunningService, read_caught_up, running_service

DIRECTOR, LEADER, OFFICER, OTHER_OFFICER = "feng", "yang", "li", "tang"  # 冯主任, 杨副主任, 李文书, 唐机要
EDITOR = "shen"  # 沈秘书 of the 信息科
FINANCE, UNION = "chen", "sun"  # 陈局长 (县财政局, cleared 秘密), 孙主席 (县总工会, not cleared)
VICE_MAGISTRATE = "fang"  # 方副县长: the leaders read every piece (cleared 机密)


def on(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in December 2026, in Beijing: the 8th is a Tuesday."""
    return datetime(2026, 12, day, hour, minute, tzinfo=OFFICE_TZ)


@contextlib.asynccontextmanager
async def office(
    tmp_path: Path, clock: TestClock, databases: tuple[str, str] | None = None
) -> AsyncIterator[tuple[RunningService, RunningService]]:
    """The duty service and the projection, on SQLite or each on its own PostgreSQL database, the
    events crossing the in-process bus (a Kafka topic would also carry other tests' pieces)."""
    duty_db, projection_db = databases or (None, None)
    async with (
        running_service(DUTY, tmp_path, clock=clock, database_url=duty_db, **SCHEDULER_OFF) as duty,
        running_service(PROJECTION, tmp_path, clock=clock, database_url=projection_db) as projection,
    ):
        yield duty, projection


async def post(svc: RunningService, path: str, by: str, expect: int = 200, **body: Any) -> dict[str, Any]:
    response = await svc.client.post(path, json=body, headers=svc.as_(by))
    assert response.status_code == expect, response.text
    return response.json()


async def board(projection: RunningService, path: str, person: str, written: dict[str, Any]) -> Any:
    """The board as `person` sees it once the projection has what the command wrote."""
    response = await read_caught_up(projection, path, f"{written['id']}:{written['version']}", person)
    assert response.status_code == 200, response.text
    return response.json()


async def plan_the_week(duty: RunningService) -> dict[str, Any]:
    """冯主任 plans Tuesday 8 to Sunday 13 December: 杨副主任 on call, 李文书 and 唐机要 in turn."""
    body = {"first_day": "2026-12-08", "last_day": "2026-12-13", "leaders": [LEADER]}
    return await post(duty, "/rosters", DIRECTOR, 201, officers=[OFFICER, OTHER_OFFICER], **body)


def names(shift: dict[str, Any], who: str) -> list[str]:
    return [person["name"] for person in shift[who]]


# ── 谁在值班 ──────────────────────────────────────────────────────────────────────────────────


async def test_at_nine_on_tuesday_yang_is_on_call_and_li_on_duty_and_the_next_shift_is_tangs(tmp_path):
    async with office(tmp_path, TestClock(on(8, 9))) as (duty, projection):
        planned = await plan_the_week(duty)

        shown = await board(projection, "/on-duty", DIRECTOR, planned)
        now, upcoming = shown["now"], shown["next"]
        assert (now["day"], names(now, "leaders"), names(now, "officers")) == (
            "2026-12-08",
            ["杨副主任"],
            ["李文书"],
        )
        assert (upcoming["day"], names(upcoming, "leaders"), names(upcoming, "officers")) == (
            "2026-12-09",
            ["杨副主任"],
            ["唐机要"],
        )
        assert (now["gap"], now["handover"], upcoming["gap"]) == (False, None, False)

        # the roster is the office's and its duty staff's: 县财政局 is told nothing of it
        outsider = await board(projection, "/on-duty", FINANCE, planned)
        assert outsider["now"] == {
            "day": "2026-12-08",
            "planned": False,
            "gap": True,
            "leaders": [],
            "officers": [],
        }
        assert "杨副主任" not in str(outsider) and planned["id"] not in str(outsider)


async def test_after_a_swap_is_approved_the_board_shows_the_new_officer(tmp_path):
    async with office(tmp_path, TestClock(on(8, 9))) as (duty, projection):
        roster = (await plan_the_week(duty))["id"]
        asked = await post(
            duty, f"/rosters/{roster}/swaps", OFFICER, 201, day="2026-12-08", substitute=EDITOR, reason="出差"
        )
        assert names((await board(projection, "/on-duty", DIRECTOR, asked))["now"], "officers") == ["李文书"]

        approved = await post(duty, f"/rosters/{roster}/swaps/1/approve", DIRECTOR)
        shown = await board(projection, "/on-duty", EDITOR, approved)
        assert names(shown["now"], "officers") == ["沈秘书"]
        assert names(shown["next"], "officers") == ["唐机要"]  # Wednesday's shift is as planned


async def test_a_handover_not_yet_acknowledged_is_shown_waiting_then_overdue_then_acknowledged(tmp_path):
    clock = TestClock(on(8, 9))
    async with office(tmp_path, clock) as (duty, projection):
        roster = (await plan_the_week(duty))["id"]
        clock.set(on(9, 8, 30))  # Wednesday morning: 李文书's Tuesday shift hands over to 唐机要's
        handed = await post(
            duty, f"/rosters/{roster}/handovers", OFFICER, day="2026-12-08", open_items=["城关镇火灾待续报"]
        )

        handover = (await board(projection, "/on-duty", DIRECTOR, handed))["now"]["handover"]
        assert handover["from_day"] == "2026-12-08" and handover["by"]["name"] == "李文书"
        assert handover["open_items"] == ["城关镇火灾待续报"]
        assert (handover["acknowledged"], handover["overdue"]) == (False, False)

        clock.set(on(9, 9, 1))  # 30 minutes to acknowledge, by default (docs/rules.md §7)
        handover = (await board(projection, "/on-duty", DIRECTOR, handed))["now"]["handover"]
        assert (handover["acknowledged"], handover["overdue"]) == (False, True)

        acknowledged = await post(duty, f"/rosters/{roster}/handovers/2026-12-08/acknowledge", OTHER_OFFICER)
        handover = (await board(projection, "/on-duty", OTHER_OFFICER, acknowledged))["now"]["handover"]
        assert (handover["acknowledged"], handover["acknowledged_by"]["name"], handover["overdue"]) == (
            True,
            "唐机要",
            False,
        )


async def test_a_shift_nobody_is_on_is_shown_as_a_gap(tmp_path):
    clock = TestClock(on(13, 9))  # Sunday, the roster's last day: Monday has no roster yet
    async with office(tmp_path, clock) as (duty, projection):
        body = {"first_day": "2026-12-12", "last_day": "2026-12-13", "leaders": [LEADER]}
        # 李文书 is away on Sunday, so only 唐机要 … and away himself: nobody is on duty that day
        planned = await post(
            duty,
            "/rosters",
            DIRECTOR,
            201,
            officers=[OFFICER, OTHER_OFFICER],
            away={"2026-12-13": [OFFICER, OTHER_OFFICER]},
            **body,
        )

        shown = await board(projection, "/on-duty", DIRECTOR, planned)
        assert (shown["now"]["planned"], shown["now"]["officers"], shown["now"]["gap"]) == (True, [], True)
        assert shown["now"]["reason"] == "节假日"
        assert (shown["next"]["day"], shown["next"]["planned"], shown["next"]["gap"]) == (
            "2026-12-14",
            False,
            True,
        )


# ── 政务信息 ──────────────────────────────────────────────────────────────────────────────────


async def submits(duty: RunningService, by: str, title: str, **fields: Any) -> dict[str, Any]:
    return await post(duty, "/information", by, 201, title=title, text=f"{title}：具体情况如下。", **fields)


async def publishes(duty: RunningService, publication: str, *pieces: str) -> dict[str, Any]:
    return await post(duty, "/information/issues", EDITOR, 201, publication=publication, pieces=list(pieces))


async def a_month_of_information(duty: RunningService, clock: TestClock) -> dict[str, Any]:
    """财政局 and 总工会 each submit a piece; both are adopted in 《政务信息》第1期, the finance piece
    also in 《信息专报》第1期; it goes up, the city adopts it and 罗县长 writes a 批示 on it."""
    finance = (await submits(duty, FINANCE, "县财政压减一般性支出一成"))["id"]
    union = (await submits(duty, UNION, "县总工会开展职工技能竞赛"))["id"]
    clock.set(on(10, 10))
    await publishes(duty, "zhengwu", finance, union)
    await publishes(duty, "zhuanbao", finance)
    clock.set(on(15, 16))
    await post(duty, f"/information/{finance}/report-up", EDITOR, to="市政府办公室")
    clock.set(on(18, 11))
    await post(
        duty,
        f"/information/{finance}/adopted-above",
        EDITOR,
        by_whom="市政府办公室",
        where="《某市政务信息》第8期",
    )
    clock.set(on(21, 9))
    last = await post(
        duty, f"/information/{finance}/instruction", EDITOR, leader="罗县长", instruction="经验做法值得推广"
    )
    return last


async def test_a_departments_adopted_piece_counts_one_point_a_zhuanbao_two_shangji_caiyong_three_a_pishi_five(
    tmp_path,
):
    clock = TestClock(on(8, 9))
    async with office(tmp_path, clock) as (duty, projection):
        last = await a_month_of_information(duty, clock)

        shown = await board(projection, "/information", VICE_MAGISTRATE, last)
        ranked = shown["ranking"]["month"]["departments"]
        assert [(d["rank"], d["name"], d["points"]) for d in ranked] == [
            (1, "县财政局", 11),
            (2, "县总工会", 1),
        ]
        assert [(line["what"], line["detail"], line["points"]) for line in ranked[0]["working"]] == [
            ("本级采用", "《政务信息》2026年第1期", 1),
            ("本级采用", "《信息专报》2026年第1期", 2),
            ("上级采用", "市政府办公室", 3),
            ("领导批示", "罗县长", 5),
        ]
        assert [(i["name"], [p["title"] for p in i["pieces"]]) for i in shown["issues"]] == [
            ("《信息专报》2026年第1期", ["县财政压减一般性支出一成"]),
            ("《政务信息》2026年第1期", ["县财政压减一般性支出一成", "县总工会开展职工技能竞赛"]),
        ]
        assert [(a["by_whom"], a["where"]) for a in shown["adopted_above"]] == [
            ("市政府办公室", "《某市政务信息》第8期")
        ]
        assert [(i["leader"], i["instruction"]) for i in shown["instructions"]] == [
            ("罗县长", "经验做法值得推广")
        ]
        # November counts nothing; the year counts what December did
        asked = {"year": 2026, "month": 11}
        november = (
            await projection.client.get("/information", params=asked, headers=projection.as_(VICE_MAGISTRATE))
        ).json()
        assert november["ranking"]["month"]["departments"] == []
        assert [d["points"] for d in november["ranking"]["year"]["departments"]] == [11, 1]


async def test_the_boards_ranking_agrees_with_the_duty_services_own_for_every_reader(tmp_path):
    await the_ranking_agrees_with_the_duty_services_own(tmp_path)


@pytest.mark.postgres
async def test_on_postgresql_the_ranking_agrees_and_a_swap_shows_on_the_board(postgres, tmp_path):
    run = uuid.uuid4().hex[:8]
    databases = (postgres.create_database(f"duty_{run}"), postgres.create_database(f"projection_{run}"))
    await the_ranking_agrees_with_the_duty_services_own(tmp_path, databases)
    async with office(tmp_path, TestClock(on(8, 9)), databases) as (duty, projection):
        roster = (await plan_the_week(duty))["id"]
        await post(duty, f"/rosters/{roster}/swaps", OFFICER, 201, day="2026-12-08", substitute=EDITOR)
        approved = await post(duty, f"/rosters/{roster}/swaps/1/approve", DIRECTOR)
        assert names((await board(projection, "/on-duty", DIRECTOR, approved))["now"], "officers") == [
            "沈秘书"
        ]


async def the_ranking_agrees_with_the_duty_services_own(
    tmp_path: Path, databases: tuple[str, str] | None = None
) -> None:
    clock = TestClock(on(8, 9))
    async with office(tmp_path, clock, databases) as (duty, projection):
        last = await a_month_of_information(duty, clock)
        await board(projection, "/information", VICE_MAGISTRATE, last)

        for person in (VICE_MAGISTRATE, EDITOR, FINANCE, UNION, DIRECTOR, "zhao"):
            for month in (12, None):
                query = {"year": 2026} | ({"month": month} if month else {})
                owner = await duty.client.get(
                    "/information/ranking/departments", params=query, headers=duty.as_(person)
                )
                assert owner.status_code == 200, owner.text
                shown = await projection.client.get(
                    "/information", params={"year": 2026, "month": 12}, headers=projection.as_(person)
                )
                ours = shown.json()["ranking"]["month" if month else "year"]
                assert comparable(ours) == comparable(owner.json()), (person, month)


def comparable(ranking: dict[str, Any]) -> dict[str, Any]:
    """A ranking with its instants read as instants (the two services write UTC differently)."""
    for department in ranking["departments"]:
        for line in department["working"]:
            line["at"] = datetime.fromisoformat(line["at"].replace("Z", "+00:00"))
    return ranking


async def test_a_classified_piece_and_the_issue_carrying_it_are_not_shown_to_a_reader_not_cleared(tmp_path):
    clock = TestClock(on(8, 9))
    async with office(tmp_path, clock) as (duty, projection):
        secret = (await submits(duty, FINANCE, "县级债务风险排查情况", classification="秘密"))["id"]
        union = (await submits(duty, UNION, "县总工会开展职工技能竞赛"))["id"]
        issue = await publishes(duty, "zhengwu", secret, union)
        await board(projection, "/information", VICE_MAGISTRATE, {"id": secret, "version": 2})
        await board(projection, "/information", VICE_MAGISTRATE, {"id": union, "version": 2})

        # 孙主席 is not cleared for 秘密: the issue is 秘密 (its highest piece's), the finance piece too
        shown = await board(projection, "/information", UNION, issue)
        assert shown["issues"] == []
        assert [(d["name"], d["points"]) for d in shown["ranking"]["month"]["departments"]] == [
            ("县总工会", 1)
        ]
        assert "县级债务风险排查情况" not in str(shown) and secret not in str(shown)

        # 方副县长 (a leader, 机密) is shown the issue with both pieces, and counts both
        office_view = await board(projection, "/information", VICE_MAGISTRATE, issue)
        assert [len(i["pieces"]) for i in office_view["issues"]] == [2]
        assert sorted(d["points"] for d in office_view["ranking"]["month"]["departments"]) == [1, 1]


def test_an_office_that_sets_its_own_scores_sets_them_once_for_both_rankings(monkeypatch):
    """The scores are the office's (docs/rules.md §8): the duty service and the board read the same
    SHUNIU_INFORMATION_* settings, so a 批示 worth 8 and a 《政务信息》 adoption worth 2 count so in both."""
    monkeypatch.setenv("SHUNIU_INFORMATION_ADOPTED", '{"zhengwu": 2, "zhuanbao": 4}')
    monkeypatch.setenv("SHUNIU_INFORMATION_ADOPTED_ABOVE", "6")
    monkeypatch.setenv("SHUNIU_INFORMATION_INSTRUCTED", "8")
    duty, board = Policy.from_environment().scoring, BoardScoring()
    steps = [("adopted", "zhengwu"), ("adopted", "zhuanbao"), ("adopted", "other"), ("adopted_above", None)]
    steps.append(("instructed", None))
    assert (
        [duty.points(*step) for step in steps] == [board.points(*step) for step in steps] == [2, 4, 1, 6, 8]
    )
