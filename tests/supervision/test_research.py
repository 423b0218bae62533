"""调研 (docs/rules.md §11): 罗县长 assigns a research topic on rural roads; the 交通局-led team plans
two visits, which go on his schedule; the report goes through two versions; his 批示 on version 2
opens one task for 交通局. Who is not involved is told the topic does not exist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx
from shuniu_shared.envelope import Envelope

from tests.content.test_content_store import PDF
from tests.supervision.office import Office, office, until

# 09:00 Beijing on Thursday 12 and Friday 13 March 2026 (the office's clock starts on Monday the 9th).
QINGSHI = (datetime(2026, 3, 12, 1, 0, tzinfo=UTC), datetime(2026, 3, 12, 4, 0, tzinfo=UTC))
BAISHUI = (datetime(2026, 3, 13, 6, 0, tzinfo=UTC), datetime(2026, 3, 13, 9, 0, tzinfo=UTC))


async def post(o: Office, path: str, *, by: str, expect: int = 200, **body: Any) -> dict[str, Any]:
    response = await o.svc.client.post(path, json=body, headers=o.svc.as_(by))
    assert response.status_code == expect, response.text
    return response.json()


async def get(o: Office, path: str, *, as_: str, expect: int = 200) -> httpx.Response:
    response = await o.svc.client.get(path, headers=o.svc.as_(as_))
    assert response.status_code == expect, response.text
    return response


async def published(o: Office, ce_type: str, count: int) -> list[Envelope]:
    """This service's events of one type on its topic, once `count` of them are there (the relay
    publishes asynchronously)."""
    found: list[Envelope] = []

    async def all_there() -> bool:
        nonlocal found
        found = await o.published(ce_type)
        return len(found) >= count

    await until(all_there)
    return found


async def luo_assigns_rural_roads(o: Office, **fields: Any) -> str:
    body = {
        "title": "全县农村公路建设与养护情况调研",
        "purpose": "摸清农村公路“建管养运”底数，提出改进措施",
        "due_on": "2026-04-10",
    } | fields
    return (await post(o, "/research", by="luo", expect=201, **body))["id"]


async def transport_leads_the_team(o: Office, topic: str) -> None:
    await post(o, f"/research/{topic}/team", by="zhou", lead_department="transport", members=["gao", "he"])


async def plans_visit(o: Office, topic: str, place: str, slot: tuple[datetime, datetime]) -> int:
    await post(
        o,
        f"/research/{topic}/visits",
        by="gao",
        place=place,
        starts_at=slot[0].isoformat(),
        ends_at=slot[1].isoformat(),
        members=["gao", "he"],
        leaders=["luo"],
    )
    return len((await get(o, f"/research/{topic}", as_="gao")).json()["visits"])


async def submits(o: Office, topic: str, name: str, note: str, *, by: str = "gao", expect: int = 201) -> Any:
    response = await o.svc.client.post(
        f"/research/{topic}/reports",
        content=PDF + note.encode(),
        params={"note": note},
        headers=o.svc.as_(by, **{"X-File-Name": quote(name), "Content-Type": "application/octet-stream"}),
    )
    assert response.status_code == expect, response.text
    return response.json()


async def visited_both(o: Office, topic: str) -> None:
    o.clock.advance(timedelta(days=3, hours=2))  # Thursday 12 March, 11:00
    await post(
        o, f"/research/{topic}/visits/1/record", by="he", findings="青石镇通村公路 12 公里，3 公里路面破损"
    )
    o.clock.advance(timedelta(days=1, hours=5))  # Friday 13 March, 16:00
    await post(o, f"/research/{topic}/visits/2/record", by="gao", findings="白水乡养护资金未按标准到位")


async def test_a_research_topic_from_assignment_to_the_task_its_instruction_opens(tmp_path):
    async with office(tmp_path) as o:
        topic = await luo_assigns_rural_roads(o)
        await transport_leads_the_team(o, topic)
        assert await plans_visit(o, topic, "青石镇", QINGSHI) == 1
        assert await plans_visit(o, topic, "白水乡", BAISHUI) == 2

        # The leaders' schedules read the planned visits, with the leaders who go and the audience.
        planned = await published(o, "shuniu.supervision.research.visit_planned.v1", 2)
        assert [(e.data["place"], e.data["leaders"], e.data["starts_at"]) for e in planned] == [
            ("青石镇", ["luo"], "2026-03-12T01:00:00Z"),
            ("白水乡", ["luo"], "2026-03-13T06:00:00Z"),
        ]
        assert planned[0].audience is not None and {"luo", "gao", "he"} <= planned[0].audience.people

        await visited_both(o, topic)
        first = await submits(o, topic, "农村公路调研报告（初稿）.pdf", "初稿")
        second = await submits(o, topic, "农村公路调研报告（修改稿）.pdf", "按冯主任意见修改")
        assert second["version"] == first["version"] + 1

        shown = (await get(o, f"/research/{topic}", as_="luo")).json()
        assert [(r["version"], r["note"]) for r in shown["reports"]] == [(1, "初稿"), (2, "按冯主任意见修改")]
        assert shown["stage"] == "reported"
        download = await get(o, f"/research/{topic}/reports/1/file", as_="luo")
        assert download.content == PDF + "初稿".encode()

        # The 批示 goes on the latest version; on version 1 it is refused.
        on_first = await post(
            o,
            f"/research/{topic}/reports/1/instruction",
            by="luo",
            expect=409,
            instruction="请交通局牵头整改",
            lead_department="transport",
        )
        assert on_first["code"] == "not_the_latest_version"
        instructed = await post(
            o,
            f"/research/{topic}/reports/2/instruction",
            by="luo",
            instruction="请交通局牵头，一个月内完成破损路段修复，养护资金足额到位。",
            lead_department="transport",
            deadline="2026-04-13",
        )
        task = await o.task(instructed["task_id"], as_="gao")
        assert (task["lead_department"], task["source"], task["deadline"], task["assigned_by"]) == (
            "transport",
            {"kind": "research_instruction", "service": "supervision", "id": topic, "item": None},
            "2026-04-13",
            "luo",
        )
        assert task["description"].startswith("批示：请交通局牵头") and "调研报告第2稿" in task["description"]
        assert [t["id"] for t in await o.listed(as_="gao")] == [instructed["task_id"]]
        assert (await get(o, f"/research/{topic}", as_="luo")).json()["stage"] == "instructed"


async def test_the_uninvolved_are_told_the_topic_does_not_exist(tmp_path):
    async with office(tmp_path) as o:
        topic = await luo_assigns_rural_roads(o)
        await transport_leads_the_team(o, topic)
        for outsider in ("zhao", "chen", "sun"):
            await get(o, f"/research/{topic}", as_=outsider, expect=404)
            assert (await get(o, "/research", as_=outsider)).json()["items"] == []
        for involved in ("luo", "fang", "zhou", "gao", "he"):
            listed = (await get(o, "/research", as_=involved)).json()["items"]
            assert [t["id"] for t in listed] == [topic]
        await post(
            o,
            f"/research/{topic}/visits",
            by="chen",
            expect=404,
            place="青石镇",
            members=["gao"],
            starts_at=QINGSHI[0].isoformat(),
            ends_at=QINGSHI[1].isoformat(),
        )


async def test_a_classified_topic_is_only_for_the_cleared(tmp_path):
    async with office(tmp_path) as o:
        topic = await luo_assigns_rural_roads(o, title="涉密路段安全隐患调研", classification="秘密")
        refused = await post(
            o,
            f"/research/{topic}/team",
            by="zhou",
            expect=422,
            lead_department="transport",
            members=["gao", "he"],
        )
        assert refused["code"] == "member_not_cleared"
        await post(o, f"/research/{topic}/team", by="zhou", lead_department="transport", members=["gao"])
        await get(o, f"/research/{topic}", as_="gao")
        await get(o, f"/research/{topic}", as_="he", expect=404)  # 交通局, but not cleared for 秘密
        assert (await get(o, "/research", as_="he")).json()["items"] == []


async def test_the_office_s_rules_on_topics_visits_and_reports(tmp_path):
    async with office(tmp_path) as o:
        # Only a leader assigns a topic.
        await post(o, "/research", by="zhou", expect=403, title="t", purpose="p", due_on="2026-04-10")
        past = await post(o, "/research", by="luo", expect=422, title="t", purpose="p", due_on="2026-03-01")
        assert past["field"] == "due_on"
        topic = await luo_assigns_rural_roads(o)
        no_team = await post(
            o,
            f"/research/{topic}/visits",
            by="zhou",
            expect=409,
            place="青石镇",
            members=["gao"],
            starts_at=QINGSHI[0].isoformat(),
            ends_at=QINGSHI[1].isoformat(),
        )
        assert no_team["code"] == "no_team"
        no_lead = await post(
            o, f"/research/{topic}/team", by="zhou", expect=422, lead_department="transport", members=["chen"]
        )
        assert no_lead["code"] == "lead_department_not_in_team"
        await transport_leads_the_team(o, topic)

        def visit(**fields: Any) -> dict[str, Any]:
            return {
                "place": "青石镇",
                "members": ["gao"],
                "leaders": ["luo"],
                "starts_at": QINGSHI[0].isoformat(),
                "ends_at": QINGSHI[1].isoformat(),
            } | fields

        inverted = await post(
            o,
            f"/research/{topic}/visits",
            by="gao",
            expect=422,
            **visit(ends_at=QINGSHI[0].isoformat(), starts_at=QINGSHI[1].isoformat()),
        )
        assert (inverted["code"], inverted["field"]) == ("slot_inverted", "ends_at")
        not_a_leader = await post(
            o, f"/research/{topic}/visits", by="gao", expect=422, **visit(leaders=["zhou"])
        )
        assert not_a_leader["field"] == "leaders"
        stranger = await post(o, f"/research/{topic}/visits", by="gao", expect=422, **visit(members=["chen"]))
        assert stranger["code"] == "not_a_team_member"
        naive = await post(
            o, f"/research/{topic}/visits", by="gao", expect=422, **visit(starts_at="2026-03-12T09:00")
        )
        assert "starts_at" in str(naive)
        await post(o, f"/research/{topic}/visits", by="gao", **visit())

        # The report comes after a visit was made; a visit is recorded once it has begun.
        early = await submits(o, topic, "报告.pdf", "", expect=409)
        assert early["code"] == "no_visit_recorded"
        not_yet = await post(o, f"/research/{topic}/visits/1/record", by="gao", expect=409, findings="…")
        assert not_yet["code"] == "visit_not_begun"

        # A visit moved or cancelled is told to the schedules.
        later = (QINGSHI[0] + timedelta(days=7)).isoformat(), (QINGSHI[1] + timedelta(days=7)).isoformat()
        await post(o, f"/research/{topic}/visits/1/move", by="gao", starts_at=later[0], ends_at=later[1])
        await post(o, f"/research/{topic}/visits/1/cancel", by="gao", reason="汛期道路封闭")
        moved = await published(o, "shuniu.supervision.research.visit_moved.v1", 1)
        cancelled = await published(o, "shuniu.supervision.research.visit_cancelled.v1", 1)
        assert [e.data["starts_at"] for e in moved] == ["2026-03-19T01:00:00Z"]
        assert [(e.data["leaders"], e.data["reason"]) for e in cancelled] == [(["luo"], "汛期道路封闭")]
        await post(o, f"/research/{topic}/visits/1/cancel", by="gao", expect=409, reason="again")
        await post(o, f"/research/{topic}/visits/9/cancel", by="gao", expect=404, reason="none such")
        bad = await post(o, f"/research/{topic}/visits/0/cancel", by="gao", expect=422, reason="zero")
        assert bad["status"] == 422
