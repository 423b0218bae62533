"""督办情况通报与结果考评：通报期末各主办部门的亮灯（按当日历史回放，而非今天的状态）、逾期原因，考评逐项列明得分。"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shuniu_shared.clock import TestClock

from tests.supervision.office import Office, office

NOVEMBER_2 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # Monday 2 November 2026, 09:00 in Beijing
NOVEMBER = {"period_start": "2026-11-01", "period_end": "2026-11-30"}


async def issue(o: Office, period: dict[str, str], *, expect: int = 201) -> dict[str, Any]:
    response = await o.svc.client.post("/bulletins", json=period, headers=o.svc.as_("zhou"))
    assert response.status_code == expect, response.text
    return response.json()


async def read(o: Office, bulletin_id: str, *, as_: str) -> dict[str, Any]:
    response = await o.svc.client.get(f"/bulletins/{bulletin_id}", headers=o.svc.as_(as_))
    assert response.status_code == 200, response.text
    return response.json()


async def a_november_of_work(o: Office) -> dict[str, str]:
    """财政局 closes one task on time (rated 5), asks to extend another and is urged on it (the
    extension granted only in December), and lets a classified one run late; 教育局 has one on track."""
    funds = await o.open(
        title="落实全县秋粮收购资金", lead_department="finance", co_departments=[], deadline="2026-11-20"
    )
    roads = await o.open(
        title="拨付农村公路养护资金", lead_department="finance", co_departments=[], deadline="2026-11-25"
    )
    secret = await o.open(
        title="核查涉密专项资金",
        lead_department="finance",
        co_departments=[],
        deadline="2026-11-27",
        classification="秘密",
    )
    schools = await o.open(
        title="完成校舍安全排查", lead_department="education", co_departments=[], deadline="2026-12-10"
    )
    for task in (funds, roads, secret):
        await o.acknowledged(task, by="chen")
    await o.days_pass(16)  # 18 November
    await o.reported_done(funds)
    await o.days_pass(1)  # 19 November
    await o.step(funds, "close", by="zhou")
    await o.step(funds, "rating", by="zhou", rating=5, remark="资金拨付及时、台账清楚")
    await o.days_pass(4)  # 23 November
    await o.step(roads, "extension", by="chen", deadline="2026-12-31", reason="省级配套资金尚未到位")
    await o.days_pass(4)  # 27 November
    await o.step(roads, "urge", by="zhou", message="请于月底前拨付")
    await o.days_pass(5)  # 2 December: the extension is granted after the month is over
    await o.step(roads, "extension/grant", by="zhou")
    await o.days_pass(1)  # 3 December
    return {"funds": funds, "roads": roads, "secret": secret, "schools": schools}


async def test_a_november_bulletin_shows_the_lights_at_month_end_and_the_evaluation_shows_its_working(
    tmp_path,
):
    async with office(tmp_path, clock=TestClock(NOVEMBER_2)) as o:
        tasks = await a_november_of_work(o)
        assert (await o.task(tasks["roads"]))["light"] == "green"  # today: extended to 31 December

        written = await issue(o, NOVEMBER)
        bulletin = await read(o, written["id"], as_="zhou")

        assert (bulletin["year"], bulletin["number"], bulletin["title"]) == (
            2026,
            1,
            "督办工作情况通报（2026年第1期）",
        )
        education, finance = bulletin["departments"]  # by department code
        assert finance["department"] == "finance"
        # On 30 November the road funds were overdue: the December extension does not change that.
        assert [(t["title"], t["light"]) for t in finance["tasks"]] == [
            ("落实全县秋粮收购资金", "green"),
            ("拨付农村公路养护资金", "red"),
        ]
        assert finance["tasks"][1]["overdue_reasons"] == ["申请延期：省级配套资金尚未到位"]
        assert finance["lights"] == {"green": 1, "yellow": 0, "red": 2}  # the classified one counted
        assert finance["classified_count"] == 1
        assert [(w["task"], w["rule"], w["points"]) for w in finance["working"]] == [
            ("落实全县秋粮收购资金", "按时办结 / closed on time", 10),
            ("落实全县秋粮收购资金", "交办人质量评价 5 分 / the assigner's rating 5", 10),
            ("拨付农村公路养护资金", "期末逾期未办结 / overdue at the period's end", -5),
            ("拨付农村公路养护资金", "被催办 1 次 / urged 1 time(s)", -1),
            ("涉密事项", "期末逾期未办结 / overdue at the period's end", -5),
        ]
        assert finance["score"] == 9
        assert (education["department"], education["lights"], education["score"]) == (
            "education",
            {"green": 1, "yellow": 0, "red": 0},
            0,
        )


async def test_the_bulletin_is_circulated_to_every_department_and_names_no_classified_task(tmp_path):
    async with office(tmp_path, clock=TestClock(NOVEMBER_2)) as o:
        await a_november_of_work(o)
        written = await issue(o, NOVEMBER)
        response = await o.svc.client.get(f"/bulletins/{written['id']}", headers=o.svc.as_("zhao"))
        assert response.status_code == 200, response.text
        assert "核查涉密专项资金" not in response.text


async def test_bulletins_are_numbered_without_gaps_and_a_period_not_over_is_refused(tmp_path):
    async with office(tmp_path, clock=TestClock(NOVEMBER_2)) as o:
        await a_november_of_work(o)
        assert (await issue(o, NOVEMBER))["number"] == 1
        refused = await o.svc.client.post(
            "/bulletins",
            json={"period_start": "2026-12-01", "period_end": "2026-12-31"},
            headers=o.svc.as_("zhou"),
        )
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "period_not_over"
        second = await issue(o, {"period_start": "2026-11-16", "period_end": "2026-11-30"})
        assert second["number"] == 2  # the refused issue took no number
        inverted = await issue(o, {"period_start": "2026-11-30", "period_end": "2026-11-01"}, expect=422)
        assert inverted["code"] == "period_inverted"


async def test_the_assigner_rates_a_closed_task_once(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open()
        await o.acknowledged(task)
        await o.reported_done(task)
        early = await o.step(task, "rating", by="zhou", rating=4, expect=409)
        assert early.json()["code"] == "not_closed"
        await o.step(task, "close", by="zhou")
        await o.step(task, "rating", by="chen", rating=5, expect=403)  # the lead department rates not itself
        await o.step(task, "rating", by="zhou", rating=6, expect=422)
        await o.step(task, "rating", by="zhou", rating=4, remark="质量较好")
        again = await o.step(task, "rating", by="zhou", rating=5, expect=409)
        assert again.json()["code"] == "already_rated"
        assert (await o.history(task))[-1] == "rated"
