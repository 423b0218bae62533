"""纪要 and 决议: the blocks are derived, the chair approves, adopted resolutions go to supervision,
and each resolution's follow-up status comes back from supervision's events."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.meetings.office import TUESDAY, Office, beijing, ok, problem

ADOPTED = "shuniu.meetings.meeting.resolution_adopted.v1"
CONTRACT_FIELDS = {
    "meeting_id", "meeting_title", "meeting_kind", "resolution_id", "title", "lead_department",
    "co_departments", "deadline", "decided_by", "classification", "adopted_on",
}  # fmt: skip


async def a_held_standing_committee(office: Office, classification: str = "none") -> str:
    """常务会 on Tuesday: 陈局长 and 赵老师 attend, 小张 asked for leave, 孙主席 列席, nobody else came."""
    meeting = await office.schedule(title="县政府第12次常务会", kind="常务会", chair="luo")
    await office.invite(
        meeting, {"chen": "出席", "zhao": "出席", "zhang": "出席", "sun": "列席", "wang": "出席"}
    )
    await office.notice(meeting)
    ok(await office.leave(meeting, "zhang", "小孙子住院"))
    office.at(beijing(TUESDAY, 8, 50))
    for person in ("luo", "chen", "sun"):
        ok(await office.sign_in(meeting, person))
    office.at(beijing(TUESDAY, 9, 20))
    ok(await office.sign_in(meeting, "zhao"))
    office.at(beijing(TUESDAY, 11, 30))
    await office.held(meeting)
    await office.minutes_drafted(meeting, classification)
    return meeting


async def test_the_minutes_blocks_are_derived_from_invitations_replies_and_sign_in(office: Office):
    meeting = await a_held_standing_committee(office)
    minutes = await office.minutes(meeting)
    assert minutes["chair"] == "luo" and minutes["recorder"] == "li"
    assert minutes["attended"] == [
        {"person": "luo", "department": "gov", "note": ""},
        {"person": "chen", "department": "finance", "note": ""},
        {"person": "zhao", "department": "education", "note": "迟到 20 分钟"},
    ]
    assert minutes["observers"] == [{"person": "sun", "department": "union", "note": ""}]
    assert minutes["on_leave"] == [{"person": "zhang", "department": "union", "note": "小孙子住院"}]
    assert minutes["absent"] == [{"person": "wang", "department": "petitions", "note": ""}]


async def test_adopted_resolutions_are_published_with_what_supervision_needs(office: Office):
    meeting = await a_held_standing_committee(office, classification="秘密")
    first = await office.resolution(
        meeting, "完善春耕备耕资金保障方案", "finance", ["agriculture"], "2026-03-31"
    )
    # 秘密: 教育局's only member 赵老师 is not cleared, so the office leads the second one
    second = await office.resolution(meeting, "开展校园安全专项检查", "office", ["education"], "2026-04-15")
    assert [e.data for e in await office.published(ADOPTED, timeout=0.3)] == []  # not before approval
    ok(await office.post(f"/meetings/{meeting}/minutes/approve", "luo"))
    adopted = await office.published(ADOPTED, at_least=2)
    assert [(e.subject, e.data["resolution_id"]) for e in adopted] == [(meeting, first), (meeting, second)]
    assert set(adopted[0].data) == CONTRACT_FIELDS
    assert adopted[0].data | {"meeting_id": meeting} == {
        "meeting_id": meeting,
        "meeting_title": "县政府第12次常务会",
        "meeting_kind": "常务会",
        "resolution_id": first,
        "title": "完善春耕备耕资金保障方案",
        "lead_department": "finance",
        "co_departments": ["agriculture"],
        "deadline": "2026-03-31",
        "decided_by": "luo",
        "classification": "秘密",
        "adopted_on": "2026-03-10",
    }


async def test_only_the_chair_approves_the_minutes(office: Office):
    meeting = await a_held_standing_committee(office)
    assert (
        problem(await office.post(f"/meetings/{meeting}/minutes/approve", "shen"), 403)["code"]
        == "not_the_chair"
    )


async def test_minutes_are_issued_after_approval_and_keep_the_blocks_as_issued(office: Office):
    meeting = await a_held_standing_committee(office)
    issue = f"/meetings/{meeting}/minutes/issue"
    assert problem(await office.post(issue, "shen"), 409)["code"] == "minutes_not_approved"
    ok(await office.post(f"/meetings/{meeting}/minutes/approve", "luo"))
    ok(await office.post(issue, "shen"))
    [issued] = await office.published("shuniu.meetings.meeting.minutes_issued.v1")
    assert [line["person"] for line in issued.data["on_leave"]] == ["zhang"]
    assert (await office.minutes(meeting))["stage"] == "issued"
    redraft = await office.post(f"/meetings/{meeting}/minutes", "li", {"summary": "改"})
    assert problem(redraft, 409)["code"] == "minutes_approved"


async def test_a_resolution_names_known_departments_and_a_deadline_not_before_the_meeting(office: Office):
    meeting = await a_held_standing_committee(office)
    path = f"/meetings/{meeting}/resolutions"
    body = {"title": "x", "lead_department": "nowhere", "co_departments": [], "deadline": "2026-03-31"}
    assert problem(await office.post(path, "shen", body), 422)["field"] == "lead_department"
    body |= {"lead_department": "finance", "co_departments": ["finance"]}
    assert problem(await office.post(path, "shen", body), 422)["field"] == "co_departments"
    body |= {"co_departments": [], "deadline": "2026-03-01"}
    assert problem(await office.post(path, "shen", body), 422)["field"] == "deadline"


async def test_minutes_are_drafted_only_after_the_meeting(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    refused = await office.post(f"/meetings/{meeting}/minutes", "li", {"summary": "x"})
    assert problem(refused, 409)["code"] == "not_held"


def supervision_event(ce_type: str, meeting: str, item: str, **extra: Any) -> Record:
    """An event shaped as docs/contracts.md fixes it, as the supervision service would publish it."""
    task_id = extra.pop("task_id", "task-7")
    data = {
        "task_id": task_id,
        "source": {"kind": "meeting_resolution", "service": "meetings", "id": meeting, "item": item},
        "title": "完善春耕备耕资金保障方案",
        "lead_department": "finance",
        "co_departments": ["agriculture"],
        "deadline": "2026-03-31",
        **extra,
    }
    envelope = Envelope(
        id=str(uuid.uuid4()),
        type=ce_type,
        source="/shuniu/supervision",
        subject=task_id,
        time=datetime.now(UTC),
        sequence=1,
        data=data,
    )
    return Record.of("shuniu.supervision.events", envelope)


async def follow_up_of(office: Office, meeting: str, resolution: str, expected: str) -> dict[str, Any]:
    """The resolution as the meeting shows it, once its follow-up reads `expected` (the consumer is async)."""
    deadline = asyncio.get_running_loop().time() + 10
    while True:
        [shown] = [
            r
            for r in ok(await office.get(f"/meetings/{meeting}/resolutions", "shen"))["items"]
            if r["resolution_id"] == resolution
        ]
        if shown["follow_up"] == expected or asyncio.get_running_loop().time() > deadline:
            return shown
        await asyncio.sleep(0.02)


async def test_a_resolution_shows_its_follow_up_from_not_opened_to_supervised_to_done(office: Office):
    meeting = await a_held_standing_committee(office)
    resolution = await office.resolution(
        meeting, "完善春耕备耕资金保障方案", "finance", ["agriculture"], "2026-03-31"
    )
    ok(await office.post(f"/meetings/{meeting}/minutes/approve", "luo"))
    assert (await follow_up_of(office, meeting, resolution, "未立项"))["task_id"] is None
    bus = office.service.runtime.bus
    assert bus is not None
    opened = supervision_event("shuniu.supervision.task.opened.v1", meeting, resolution)
    await bus.append([opened, opened])  # delivered twice: applied once
    shown = await follow_up_of(office, meeting, resolution, "督办中")
    assert (shown["follow_up"], shown["task_id"]) == ("督办中", "task-7")
    closed = supervision_event(
        "shuniu.supervision.task.closed.v1", meeting, resolution, result="资金已下达", closed_on="2026-03-28"
    )
    await bus.append([closed])
    shown = await follow_up_of(office, meeting, resolution, "已办结")
    assert (shown["follow_up"], shown["result"], shown["closed_on"]) == ("已办结", "资金已下达", "2026-03-28")
    assert len(await office.published("shuniu.meetings.meeting.resolution_supervised.v1")) == 1


async def test_tasks_from_other_sources_are_ignored(office: Office):
    meeting = await a_held_standing_committee(office)
    resolution = await office.resolution(meeting, "开展校园安全专项检查", "education", [], "2026-04-15")
    ok(await office.post(f"/meetings/{meeting}/minutes/approve", "luo"))
    bus = office.service.runtime.bus
    assert bus is not None
    other = supervision_event("shuniu.supervision.task.opened.v1", meeting, resolution, task_id="task-doc")
    other_data = Envelope.from_kafka(other.headers, other.value).data
    other_data["source"] |= {"service": "documents", "kind": "document_instruction"}
    unknown = supervision_event("shuniu.supervision.task.opened.v1", "mtg-unknown", "r1", task_id="task-x")
    ours = supervision_event("shuniu.supervision.task.opened.v1", meeting, resolution, task_id="task-8")
    await bus.append([Record(other.topic, other.key, _json(other_data), other.headers), unknown, ours])
    shown = await follow_up_of(office, meeting, resolution, "督办中")
    assert shown["task_id"] == "task-8"


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


async def test_a_resolution_goes_only_to_a_lead_department_where_someone_can_take_it_on(office: Office):
    """Issue 15: an adopted resolution is a supervision task only its lead department signs for."""
    meeting = await a_held_standing_committee(office, classification="秘密")
    body = {"title": "开展校园安全专项检查", "co_departments": [], "deadline": "2026-04-15"}
    for lead in ("agriculture", "education"):  # nobody at 农业农村局; 赵老师 not cleared for 秘密
        refused = await office.post(
            f"/meetings/{meeting}/resolutions", "shen", body | {"lead_department": lead}
        )
        assert problem(refused, 422)["code"] == "lead_department_cannot_act"
    await office.resolution(meeting, "落实资金", "finance", [], "2026-03-31")  # 陈局长, 秘密
    redraft = await office.post(
        f"/meetings/{meeting}/minutes", "li", {"classification": "机密", "summary": "改"}
    )
    body = problem(redraft, 422)  # 机密 minutes would strand 财政局's task
    assert (body["code"], body["required_clearance"]) == ("lead_department_cannot_act", "机密")
