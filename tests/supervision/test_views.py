"""督办视图：按部门和亮灯查看、逾期清单、各部门按时办结率、事项全过程；办公室看全部，部门看自己的，其他人看不到。"""

from __future__ import annotations

from tests.supervision.office import Office, office


async def given_tasks_in_every_colour(o: Office) -> dict[str, str]:
    """On Monday 16 March: one green, one yellow, one red, for finance and education."""
    tasks = {
        "green": await o.open(
            title="绿灯事项", lead_department="finance", co_departments=[], deadline="2026-04-30"
        ),
        "yellow": await o.open(
            title="黄灯事项", lead_department="finance", co_departments=[], deadline="2026-03-18"
        ),
        "red": await o.open(
            title="红灯事项", lead_department="education", co_departments=["finance"], deadline="2026-03-12"
        ),
    }
    await o.days_pass(7)
    return tasks


async def test_the_office_sees_tasks_by_department_and_light(tmp_path):
    async with office(tmp_path) as o:
        tasks = await given_tasks_in_every_colour(o)
        for colour, task in tasks.items():
            assert [t["id"] for t in await o.listed(light=colour)] == [task]
        assert {t["id"] for t in await o.listed(department="finance")} == set(
            tasks.values()
        )  # leads or assists
        assert [t["id"] for t in await o.listed(department="education")] == [tasks["red"]]
        lights = (await o.svc.client.get("/views/lights", headers=o.svc.as_("feng"))).json()
        assert lights == {
            "education": {"green": 0, "yellow": 0, "red": 1},
            "finance": {"green": 1, "yellow": 1, "red": 0},
        }


async def test_the_overdue_list_holds_the_open_tasks_past_their_deadline(tmp_path):
    async with office(tmp_path) as o:
        tasks = await given_tasks_in_every_colour(o)
        overdue = await o.listed("/tasks/overdue")
        assert [(t["id"], t["light"]) for t in overdue] == [(tasks["red"], "red")]


async def test_a_department_sees_only_the_tasks_it_leads_or_assists(tmp_path):
    async with office(tmp_path) as o:
        tasks = await given_tasks_in_every_colour(o)
        assert {t["id"] for t in await o.listed(as_="chen")} == set(tasks.values())
        assert [t["id"] for t in await o.listed(as_="zhao")] == [tasks["red"]]
        assert await o.listed(as_="sun") == []
        await o.task(tasks["green"], as_="sun", expect=404)  # the union takes no part: not even its existence
        await o.task(tasks["green"], as_="luo")  # a leader sees every task
        await o.step(tasks["green"], "acknowledge", by="zhao", expect=404)


async def test_the_lists_are_paged_by_deadline(tmp_path):
    async with office(tmp_path) as o:
        tasks = await given_tasks_in_every_colour(o)
        first = (await o.svc.client.get("/tasks", params={"limit": 2}, headers=o.svc.as_("zhou"))).json()
        assert [t["id"] for t in first["items"]] == [tasks["red"], tasks["yellow"]]
        rest = await o.svc.client.get(
            "/tasks", params={"limit": 2, "cursor": first["next_cursor"]}, headers=o.svc.as_("zhou")
        )
        assert ([t["id"] for t in rest.json()["items"]], rest.json()["next_cursor"]) == (
            [tasks["green"]],
            None,
        )
        bad = await o.svc.client.get("/tasks", params={"cursor": "!!"}, headers=o.svc.as_("zhou"))
        assert (bad.status_code, bad.json()["field"]) == (422, "cursor")


async def test_the_on_time_rate_counts_closed_tasks_by_department_and_month(tmp_path):
    async with office(tmp_path) as o:
        on_time = await o.open(lead_department="finance", co_departments=[], deadline="2026-03-20")
        late = await o.open(lead_department="finance", co_departments=[], deadline="2026-03-10")
        other = await o.open(lead_department="education", co_departments=[], deadline="2026-03-20")
        for task, person in ((on_time, "chen"), (late, "chen"), (other, "zhao")):
            await o.acknowledged(task, by=person)
        await o.days_pass(2)
        for task, person in ((on_time, "chen"), (late, "chen"), (other, "zhao")):
            await o.reported_done(task, by=person)
            await o.step(task, "close", by="zhou")
        response = await o.svc.client.get(
            "/views/completion-rates", params={"month": "2026-03"}, headers=o.svc.as_("feng")
        )
        assert response.json() == [
            {"department": "education", "month": "2026-03", "closed": 1, "on_time": 1, "rate": 1.0},
            {"department": "finance", "month": "2026-03", "closed": 2, "on_time": 1, "rate": 0.5},
        ]
        assert (
            await o.svc.client.get("/views/completion-rates", headers=o.svc.as_("chen"))
        ).status_code == 403
        bad = await o.svc.client.get(
            "/views/completion-rates", params={"month": "三月"}, headers=o.svc.as_("feng")
        )
        assert bad.status_code == 422


async def test_a_tasks_whole_history_names_who_did_what(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(by="yang")
        await o.step(task, "urge", by="zhou", message="请尽快签收")
        await o.acknowledged(task)
        response = await o.svc.client.get(f"/tasks/{task}/history", headers=o.svc.as_("chen"))
        entries = response.json()
        assert [(e["type"], e["actor"]) for e in entries] == [
            ("shuniu.supervision.task.opened.v1", "yang"),
            ("shuniu.supervision.task.urged.v1", "zhou"),
            ("shuniu.supervision.task.acknowledged.v1", "chen"),
        ]
        assert entries[1]["data"]["message"] == "请尽快签收"
        assert (await o.svc.client.get(f"/tasks/{task}/history", headers=o.svc.as_("sun"))).status_code == 404
