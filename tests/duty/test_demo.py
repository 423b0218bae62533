"""`make dev`'s demo: incidents of each light and stage, and 政务信息 through each of its steps, each
shown only to its audience."""

from __future__ import annotations

from typing import Any

from tests.duty.office import duty_office


async def test_the_demo_shows_an_incident_in_each_state_to_those_who_may_see_it(tmp_path):
    async with duty_office(tmp_path) as office:
        assert await office.svc.runtime.seed_demo()

        seen = {i["title"]: i for i in await office.listed(as_="feng")}  # the office director sees all three
        fire, accident, poisoning = (
            seen["城关镇化工厂仓库火灾"],
            seen["G318国道三车追尾事故"],
            seen["县第二中学学生疑似食物中毒"],
        )
        assert (fire["light"], fire["reports_awaiting_approval"]) == ("yellow", 1)
        assert (accident["light"], accident["late_reports"], accident["internal"]) == (None, 1, False)
        assert (poisoning["stage"], poisoning["classification"]) == ("closed", "秘密")
        assert [i["title"] for i in await office.listed(as_="sun")] == ["G318国道三车追尾事故"]
        instructed = await office.incident(accident["id"], as_="luo")
        assert instructed["instructions"][0]["lead_department"] == "agriculture"
        assert not await office.svc.runtime.seed_demo()  # once, into an empty store only


async def test_the_demo_has_pieces_in_each_step_an_issue_numbered_第1期_and_a_ranking_with_its_working(
    tmp_path,
):
    async with duty_office(tmp_path) as office:  # 22:10: the demo's pieces were written this morning
        assert await office.svc.runtime.seed_demo()

        async def read(path: str, as_: str, **params: Any) -> Any:
            return (await office.svc.client.get(path, params=params, headers=office.svc.as_(as_))).json()

        listed = await read("/information", "shen")
        stages = {p["department"]: (p["stage"], p["versions"]) for p in listed}
        assert stages == {
            "finance": ("adopted_above", 2),  # edited by 沈秘书, reported up and adopted by the city
            "education": ("adopted", 1),  # in the same issue, with 方副县长's 批示
            "union": ("edited", 2),  # edited by 谢编辑, waiting for an issue
        }
        ids = {p["department"]: p["id"] for p in listed}
        finance = await read(f"/information/{ids['finance']}", "chen")
        assert [
            (a["publication"], a["year"], a["issue"], a["piece_version"]) for a in finance["adoptions"]
        ] == [("zhengwu", 2026, 1, 2)]
        assert finance["adopted_above_by"] == "市政府办公室"
        first = await read(f"/information/{ids['finance']}/versions/1", "chen")
        assert first["title"] == "县财政局推进直达资金快速下达"  # the department's own words, kept
        education = await read(f"/information/{ids['education']}", "zhao")
        assert education["instructions"] == ["方副县长：课后服务经验值得推广，请教育局总结报县政府"]
        union = await read(f"/information/{ids['union']}/versions/2", "xie")
        assert union["by"] == "xie"

        ranking = await read("/information/ranking/departments", "shen", year=2026, month=12)
        assert [(d["department"], d["points"], d["rank"]) for d in ranking["departments"]] == [
            ("education", 1 + 5, 1),  # 本级采用 and a 批示
            ("finance", 1 + 3, 2),  # 本级采用 and 上级采用
        ]
        assert [p["department"] for p in await read("/information", "sun")] == ["union"]
