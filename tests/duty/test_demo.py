"""`make dev`'s demo incidents: one of each light and stage, and each shown only to its audience."""

from __future__ import annotations

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
