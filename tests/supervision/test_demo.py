"""演示数据：空库加载后，各阶段、各颜色的督办事项都有。"""

from __future__ import annotations

from collections import Counter

from tests.supervision.office import office


async def test_the_demo_shows_tasks_at_every_stage_and_in_every_colour(tmp_path):
    async with office(tmp_path) as o:
        assert await o.svc.runtime.seed_demo()
        tasks = await o.listed(as_="feng", limit=100)
        assert Counter(t["stage"] for t in tasks) == {
            "in_progress": 4,
            "closed": 2,
            "assigned": 1,
            "infeasible": 1,
        }
        open_lights = {t["title"]: t["light"] for t in tasks if t["stage"] != "closed"}
        assert open_lights["落实工会会员服务阵地建设"] == "green"
        assert open_lights["全县中小学食堂食品安全检查"] == "yellow"
        assert open_lights["困难职工帮扶资金拨付"] == "red"
        closed = {t["title"]: (t["on_time"], t["light"]) for t in tasks if t["stage"] == "closed"}
        assert closed == {"报送上半年预算执行情况": (True, "green"), "办公楼消防设施维修": (False, "red")}
        assert sum(t["extension_pending"] for t in tasks) == 1
        # 调研: 罗县长's topic with two visits planned, and a classified one only the cleared see.
        topics = await o.listed("/research", as_="feng")
        assert [(t["title"], t["visits"], t["classification"]) for t in topics] == [
            ("重点路段安全隐患调研", 0, "秘密"),
            ("全县农村公路建设与养护情况调研", 2, "none"),
        ]
        assert [t["title"] for t in await o.listed("/research", as_="he")] == [
            "全县农村公路建设与养护情况调研"
        ]
        assert not await o.svc.runtime.seed_demo()  # once, into an empty store only
