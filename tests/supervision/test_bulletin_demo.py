"""演示数据中的情况通报：上月的通报已印发，考评列明得分依据 / the demo's bulletin: last month's, issued,
with an evaluation that shows its working."""

from __future__ import annotations

from tests.supervision.office import office


async def test_the_demo_has_last_months_bulletin_with_its_evaluation(tmp_path):
    async with office(tmp_path) as o:  # Monday 9 March 2026
        assert await o.svc.runtime.seed_demo()
        listed = await o.svc.client.get("/bulletins", headers=o.svc.as_("chen"))
        [summary] = listed.json()["items"]
        assert (summary["number"], summary["period_start"], summary["period_end"]) == (
            1,
            "2026-02-01",
            "2026-02-28",
        )
        bulletin = (await o.svc.client.get(f"/bulletins/{summary['id']}", headers=o.svc.as_("chen"))).json()
        sections = {s["department"]: s for s in bulletin["departments"]}
        finance = [(w["task"], w["rule"]) for w in sections["finance"]["working"]]
        assert ("报送上半年预算执行情况", "按时办结 / closed on time") in finance
        assert ("报送上半年预算执行情况", "交办人质量评价 5 分 / the assigner's rating 5") in finance
        late = [(t["title"], t["light"]) for t in sections["office.affairs"]["tasks"]]
        assert late == [("办公楼消防设施维修", "red")]  # closed after its deadline, in February
