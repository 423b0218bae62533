"""政务信息 through the duty service's routes (docs/rules.md §8), on a December 2026 test clock: the
信息科 keeps every version of a piece, numbers each issue 第N期 per publication and year, and scores
the departments by the office's rules, the ranking showing its working."""

from __future__ import annotations

from typing import Any

from tests.duty.office import at, duty_office

EDITOR = "shen"  # 沈秘书 of the 信息科
FINANCE, UNION = "chen", "sun"  # 陈局长 (县财政局), 孙主席 (县总工会)


async def submits(office: Any, by: str, title: str, **fields: Any) -> str:
    body = {"title": title, "text": f"{title}：具体情况如下。"} | fields
    return (await office.post("/information", by=by, expect=201, **body)).json()["id"]


async def publishes(office: Any, publication: str, *pieces: str, expect: int = 201) -> Any:
    return await office.post(
        "/information/issues", by=EDITOR, expect=expect, publication=publication, pieces=list(pieces)
    )


async def test_every_edit_is_a_new_version_and_the_older_ones_stay_readable(tmp_path):
    async with duty_office(tmp_path) as office:
        piece = await submits(office, FINANCE, "财政局压减一般性支出")
        await office.post(
            f"/information/{piece}/edit",
            by=EDITOR,
            title="县财政压减一般性支出一成",
            text="改后正文",
            note="标题更具体",
        )

        shown = (await office.svc.client.get(f"/information/{piece}", headers=office.svc.as_(FINANCE))).json()
        assert (shown["title"], shown["versions"], shown["stage"]) == (
            "县财政压减一般性支出一成",
            2,
            "edited",
        )
        first = await office.svc.client.get(
            f"/information/{piece}/versions/1", headers=office.svc.as_(FINANCE)
        )
        assert (first.json()["title"], first.json()["by"]) == ("财政局压减一般性支出", FINANCE)
        missing = await office.svc.client.get(
            f"/information/{piece}/versions/3", headers=office.svc.as_(FINANCE)
        )
        assert (missing.status_code, missing.headers["content-type"]) == (404, "application/problem+json")

        await office.post(f"/information/{piece}/edit", by=FINANCE, expect=403, title="自改", text="自改")


async def test_a_department_sees_its_own_pieces_and_a_classified_piece_only_the_cleared(tmp_path):
    async with duty_office(tmp_path) as office:
        own = await submits(office, FINANCE, "财政收入情况")
        union = await submits(office, UNION, "职工技能竞赛")
        secret = await submits(office, "luo", "债务风险研判", classification="绝密")  # 罗县长, cleared 绝密
        above = await office.post(
            "/information", by=FINANCE, expect=403, title="越级定密", text="正文", classification="机密"
        )
        assert above.headers["content-type"] == "application/problem+json"  # 陈局长 is cleared for 秘密

        listed = (await office.svc.client.get("/information", headers=office.svc.as_(UNION))).json()
        assert [p["id"] for p in listed] == [union]
        hidden = await office.svc.client.get(f"/information/{own}", headers=office.svc.as_(UNION))
        assert hidden.status_code == 404
        # 沈秘书 edits everything but is cleared for 秘密 only; 方副县长, a leader, for 机密
        editors = (await office.svc.client.get("/information", headers=office.svc.as_(EDITOR))).json()
        assert {p["id"] for p in editors} == {own, union}
        assert (
            await office.svc.client.get(f"/information/{secret}", headers=office.svc.as_(EDITOR))
        ).status_code == 404
        assert (
            await office.svc.client.get(f"/information/{secret}", headers=office.svc.as_("fang"))
        ).status_code == 404
        assert (
            await office.svc.client.get(f"/information/{secret}", headers=office.svc.as_("luo"))
        ).status_code == 200


async def test_issues_are_numbered_per_publication_and_year_and_an_unknown_publication_is_refused(tmp_path):
    async with duty_office(tmp_path) as office:
        a, b, c = [await submits(office, FINANCE, f"信息{i}") for i in range(3)]
        first = (await publishes(office, "zhengwu", a)).json()
        second = (await publishes(office, "zhengwu", b)).json()
        special = (await publishes(office, "zhuanbao", c)).json()
        assert [first["name"], second["name"], special["name"]] == [
            "《政务信息》2026年第1期",
            "《政务信息》2026年第2期",
            "《信息专报》2026年第1期",
        ]
        again = await publishes(office, "zhengwu", a, expect=409)  # adopted by it already: no number taken
        assert again.json()["code"] == "already_adopted"
        refused = await publishes(office, "内参", a, expect=422)
        assert refused.json()["field"] == "publication"
        assert (await publishes(office, "zhengwu", c)).json()["number"] == 3  # the refused took no number


async def test_scores_follow_the_rules_and_the_monthly_ranking_shows_its_working(tmp_path):
    async with duty_office(tmp_path, starting=at(9, 0, day=3)) as office:
        finance = await submits(office, FINANCE, "财政直达资金快速下达")
        union = await submits(office, UNION, "职工技能竞赛")
        await publishes(office, "zhuanbao", finance)  # 信息专报: 2
        await publishes(office, "zhengwu", union)  # 政务信息: 1
        await office.post(f"/information/{finance}/report-up", by=EDITOR, to="市政府办公室")
        await office.post(
            f"/information/{finance}/adopted-above",
            by=EDITOR,
            by_whom="市政府办公室",
            where="《某市政务信息》第8期",
        )
        await office.post(
            f"/information/{finance}/instruction", by=EDITOR, leader="罗县长", instruction="经验做法值得推广"
        )
        office.svc.clock.set(at(10, 0).replace(year=2027, month=1, day=4))
        late = await submits(office, UNION, "一月份的信息")
        await publishes(office, "zhengwu", late)  # January's: not in December's ranking

        response = await office.svc.client.get(
            "/information/ranking/departments",
            params={"year": 2026, "month": 12},
            headers=office.svc.as_(EDITOR),
        )
        ranking = response.json()
        assert ranking["period"] == "2026年12月"
        [first, second] = ranking["departments"]
        assert (first["department"], first["points"], first["rank"]) == ("finance", 2 + 3 + 5, 1)
        assert [(w["what"], w["points"]) for w in first["working"]] == [
            ("本级采用", 2),
            ("上级采用", 3),
            ("领导批示", 5),
        ]
        assert first["working"][0]["detail"] == "《信息专报》2026年第1期"
        assert (second["department"], second["points"], second["rank"]) == ("union", 1, 2)

        year = await office.svc.client.get(
            "/information/ranking/departments", params={"year": 2027}, headers=office.svc.as_(EDITOR)
        )
        assert [(d["department"], d["points"]) for d in year.json()["departments"]] == [("union", 1)]
        # 总工会 ranks what it may open: its own pieces only
        own = await office.svc.client.get(
            "/information/ranking/departments",
            params={"year": 2026, "month": 12},
            headers=office.svc.as_(UNION),
        )
        assert [d["department"] for d in own.json()["departments"]] == ["union"]
        bad = await office.svc.client.get(
            "/information/ranking/departments",
            params={"year": 2026, "month": 13},
            headers=office.svc.as_(EDITOR),
        )
        assert (bad.status_code, bad.headers["content-type"]) == (422, "application/problem+json")


async def test_an_issue_is_seen_by_the_departments_it_carries_each_seeing_only_its_own_pieces_in_it(tmp_path):
    async with duty_office(tmp_path) as office:
        finance, union = await submits(office, FINANCE, "财政信息"), await submits(office, UNION, "工会信息")
        issue = (await publishes(office, "zhengwu", finance, union)).json()["id"]

        async def issue_as(person: str) -> Any:
            return await office.svc.client.get(f"/information/issues/{issue}", headers=office.svc.as_(person))

        whole = (await issue_as(EDITOR)).json()
        assert (whole["name"], [p["id"] for p in whole["pieces"]]) == (
            "《政务信息》2026年第1期",
            [finance, union],
        )
        assert [p["id"] for p in (await issue_as(UNION)).json()["pieces"]] == [union]  # not 财政局's
        outside = await issue_as("zhao")  # 县教育局 has no piece in it: the same 404 as no issue at all
        assert (outside.status_code, outside.json()["code"]) == (404, "issue_not_found")
        missing = await office.svc.client.get(
            "/information/issues/issue-zhengwu-2026-9", headers=office.svc.as_(EDITOR)
        )
        assert (missing.status_code, missing.json()["code"]) == (404, "issue_not_found")
        adoption = (
            await office.svc.client.get(f"/information/{union}", headers=office.svc.as_(UNION))
        ).json()
        assert adoption["adoptions"][0]["issue_id"] == issue
