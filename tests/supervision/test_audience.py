"""督办事项的知悉范围：谁能看到一项督办，由事项自己说明；详情、全过程、清单和统计都照此执行，每个事件都带着它。

The office and the leaders see every task, whoever assigned it sees it, and so do the departments
taking part with the sections within them — except the county government (县政府), whose tasks its
own members see, not every bureau under it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from shuniu_shared.audience import Audience
from shuniu_shared.clock import office_date
from shuniu_shared.directory import DEMO, Directory
from shuniu_supervision.adapters.tables import tasks_table
from shuniu_supervision.app.policy import Policy, policy_of
from sqlalchemy import select

from tests.supervision.office import Office, instructed, office, petition_assigned, resolution_adopted, until

LEADERS = ["leader", "principal_leader"]
OPEN = {"assigned", "in_progress", "infeasible"}


async def shown(o: Office, task_id: str, as_: str) -> bool:
    """Whether the task's own GET shows it to this person (a task one may not see is a plain 404)."""
    response = await o.svc.client.get(f"/tasks/{task_id}", headers=o.svc.as_(as_))
    assert response.status_code in (200, 404), response.text
    return response.status_code == 200


async def given_a_task_the_county_government_leads(o: Office) -> str:
    return await o.open(title="全县安全生产大检查", lead_department="gov", co_departments=[])


async def test_a_task_the_county_government_leads_is_not_shown_to_every_bureau(tmp_path):
    async with office(tmp_path) as o:
        task = await given_a_task_the_county_government_leads(o)
        for bureau_staff in ("chen", "zhao", "sun", "zhang", "wang"):
            assert not await shown(o, task, bureau_staff)
            assert task not in {t["id"] for t in await o.listed(as_=bureau_staff)}
        for its_own_and_the_office in ("luo", "fang", "feng", "zhou", "wu", "qian"):
            assert await shown(o, task, its_own_and_the_office)
        await o.step(task, "acknowledge", by="chen", expect=404)  # nor may a bureau act on it unseen


def test_the_top_of_the_directory_names_its_own_members_and_any_other_department_its_sections_too():
    oversight = Policy(runtime_directory=Directory.load()).oversight
    audience = oversight.audience_of(classification="秘密", assigned_by="luo", taking_part=["gov", "finance"])
    assert audience == Audience.of(
        classification="秘密",
        people=["luo"],
        roles=LEADERS,
        members_of=["gov"],
        departments=["office", "finance"],
    )


def with_a_budget_section(tmp_path: Path) -> Path:
    """The demo county, with a 预算股 inside 财政局 and one accountant in it."""
    path = tmp_path / "directory.toml"
    path.write_text(
        DEMO.read_text(encoding="utf-8")
        + '\n[[departments]]\ncode = "finance.budget"\nname = "预算股"\nparent = "finance"\n'
        + '\n[[people]]\nid = "lu"\nname = "卢会计"\ndept = "finance.budget"\nroles = ["staff"]\n',
        encoding="utf-8",
    )
    return path


async def test_a_bureaus_task_is_shown_within_its_sections_but_a_sections_task_stays_in_the_section(tmp_path):
    async with office(tmp_path, directory_file=with_a_budget_section(tmp_path)) as o:
        bureaus = await o.open(title="编制下年度部门预算", lead_department="finance", co_departments=[])
        sections = await o.open(title="核对预算股台账", lead_department="finance.budget", co_departments=[])
        assert await shown(o, bureaus, "lu")
        assert await shown(o, sections, "lu")
        assert not await shown(o, sections, "chen")
        assert {t["id"] for t in await o.listed(as_="lu")} == {bureaus, sections}


async def test_every_event_of_a_task_carries_its_audience_as_it_stands_after_that_event(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(lead_department="finance", co_departments=["agriculture"])
        await o.acknowledged(task, by="chen")
        await o.step(task, "infeasibility", by="chen", reason="农业农村局无人承办")
        await o.step(
            task,
            "reassign",
            by="zhou",
            lead_department="education",
            co_departments=["union"],
            deadline="2026-04-10",
        )
        await o.step(task, "acknowledge", by="zhao")
        async with o.svc.runtime.store.reading() as reading:
            stored = await reading.store.read_stream(reading.connection, task)

        def taking_part(*departments: str) -> Audience:
            return Audience.of(people=["zhou"], roles=LEADERS, departments=["office", *departments])

        assert [(e.type.split(".")[3], e.audience()) for e in stored] == [
            ("opened", taking_part("finance", "agriculture")),
            ("acknowledged", taking_part("finance", "agriculture")),
            ("infeasibility_reported", taking_part("finance", "agriculture")),
            ("reassigned", taking_part("education", "union")),
            ("acknowledged", taking_part("education", "union")),
        ]
        (published,) = await o.published("shuniu.supervision.task.reassigned.v1")
        assert published.audience == taking_part("education", "union")
        assert not await shown(o, task, "chen")  # 财政局 no longer takes part
        assert await shown(o, task, "sun")


async def given_an_office_day(o: Office) -> list[str]:
    """The demo's tasks at every stage and colour, a task the county government leads, a 机密 批示
    the office leads, a resolution and a petition: every task id there is."""
    assert await o.svc.runtime.seed_demo()
    await given_a_task_the_county_government_leads(o)
    await o.arrives(
        "shuniu.documents.events",
        instructed(
            "in-2026-0099",
            classification="机密",
            leader="fang",
            lead_department="office",
            co_departments=["finance"],
        ),
    )
    await o.arrives("shuniu.meetings.events", resolution_adopted())
    await o.arrives("shuniu.reception.events", petition_assigned())

    async def all_tasks() -> list[str]:
        async with o.svc.runtime.store.engine.connect() as connection:
            return list((await connection.execute(select(tasks_table.c.task_id))).scalars())

    async def the_sources_arrived() -> bool:
        return len(await all_tasks()) == 8 + 1 + 3

    await until(the_sources_arrived)
    return sorted(await all_tasks())


async def every_page(o: Office, path: str, as_: str) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        query = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        response = await o.svc.client.get(path, params=query, headers=o.svc.as_(as_))
        assert response.status_code == 200, response.text
        ids += [t["id"] for t in response.json()["items"]]
        if not (cursor := response.json()["next_cursor"]):
            return ids


async def test_every_list_and_count_shows_each_person_exactly_the_tasks_their_get_shows(tmp_path):
    async with office(tmp_path) as o:
        every_task = await given_an_office_day(o)
        today = office_date(o.clock.now())
        seen_differently = set()
        for person in sorted(o.svc.runtime.directory.people):
            details = [await o.task(t, as_=person) for t in every_task if await shown(o, t, person)]
            visible = sorted(d["id"] for d in details)
            seen_differently.add(tuple(visible))
            for task in every_task:
                history = await o.svc.client.get(f"/tasks/{task}/history", headers=o.svc.as_(person))
                assert (history.status_code == 200) == (task in visible), (person, task)

            listed = await every_page(o, "/tasks", person)
            assert sorted(listed) == visible, person
            overdue = await every_page(o, "/tasks/overdue", person)
            assert sorted(overdue) == sorted(
                d["id"] for d in details if d["stage"] in OPEN and date.fromisoformat(d["deadline"]) < today
            ), person

            lights = await o.svc.client.get("/views/lights", headers=o.svc.as_(person))
            assert lights.json() == open_lights_of(details), person

            rates = await o.svc.client.get("/views/completion-rates", headers=o.svc.as_(person))
            assert rates.status_code in (200, 403), rates.text
            if rates.status_code == 200:
                assert {(r["department"], r["month"]): r["closed"] for r in rates.json()} == Counter(
                    (d["lead_department"], d["closed_on"][:7]) for d in details if d["stage"] == "closed"
                ), person
        assert len(seen_differently) >= 6, "the people of the county see different tasks"
        assert policy_of(o.svc.runtime).oversight.top_departments == {"gov"}


def open_lights_of(details: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"green": 0, "yellow": 0, "red": 0})
    for d in details:
        if d["stage"] in OPEN:
            counts[d["lead_department"]][d["light"]] += 1
    return dict(counts)


def where_the_office_has_no_department_heads(tmp_path: Path) -> Path:
    """The demo county, but 冯主任 and 吴科长 are not department heads: in the office nobody acts for 县政府."""
    path = tmp_path / "directory.toml"
    text = DEMO.read_text(encoding="utf-8")
    for heads, not_a_head in (
        ('roles = ["office_director", "department_head"]', 'roles = ["office_director"]'),
        (
            'roles = ["dispatcher", "seal_keeper", "department_head", "affairs_officer"]',
            'roles = ["dispatcher", "seal_keeper", "affairs_officer"]',
        ),
    ):
        assert heads in text
        text = text.replace(heads, not_a_head)
    path.write_text(text, encoding="utf-8")
    return path


async def test_a_county_government_task_goes_to_nobody_who_could_not_even_see_it(tmp_path):
    """A bureau head acts for 县政府 (the department above their own), but does not see its tasks: so
    where only bureau heads could sign for it, a task 县政府 leads would wait 待签收 for ever."""
    async with office(tmp_path, directory_file=where_the_office_has_no_department_heads(tmp_path)) as o:
        opening = {"title": "全县安全生产大检查", "lead_department": "gov", "deadline": "2026-04-10"}
        refused = await o.svc.client.post("/tasks", json=opening, headers=o.svc.as_("zhou"))
        assert (refused.status_code, refused.json()["code"]) == (422, "lead_department_cannot_act")
        task = await o.open(lead_department="finance", co_departments=[])
        await o.step(task, "infeasibility", by="chen", reason="应由县政府统筹")
        response = await o.step(
            task,
            "reassign",
            by="zhou",
            lead_department="gov",
            co_departments=[],
            deadline="2026-04-10",
            expect=422,
        )
        assert response.json()["code"] == "lead_department_cannot_act"
