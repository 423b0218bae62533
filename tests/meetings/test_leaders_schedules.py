"""领导活动安排 (docs/rules.md §11): a leader's week compiled from the meetings he chairs, the visits he
hosts and the cars he rides in, plus the office's entries and his 外出报备; booked in two places at
once, the office is warned once, when the second is booked; the week's table lists both."""

from __future__ import annotations

import io

from docx import Document
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.meetings.office import TUESDAY, Office, beijing, ok
from tests.supervision.office import source_event, until

RECEPTION = "shuniu.reception.events"


async def week(office: Office, as_: str = "shen", **params: str) -> list[dict]:
    return ok(await office.get("/schedules/week", as_, monday="2026-03-09", **params))["activities"]


async def _read(office: Office, stream: str) -> list:
    store = office.service.runtime.store
    async with store.reading() as reading:
        return list(await store.read_stream(reading.connection, stream))


def visit(visit_id: str, host: str, at: str) -> Envelope:
    return source_event(
        "shuniu.reception.visit.appointed.v1",
        visit_id,
        {
            "person_id": "person-1",
            "organisation": "市发改委",
            "host_department": "gov",
            "host_person": host,
            "expected_at": at,
            "purpose": "项目对接",
            "booked_by": "zheng",
        },
    )


async def arrives(office: Office, envelope: Envelope) -> None:
    assert office.service.runtime.bus is not None
    await office.service.runtime.bus.append([Record.of(RECEPTION, envelope)])


async def test_a_meeting_and_a_visit_overlapping_by_30_minutes_warn_the_office_once(office):
    meeting = await office.schedule(chair="luo", starts=beijing(TUESDAY, 9), hours=1)  # 09:00–10:00
    meeting_activity = f"activity:luo:meeting:{meeting}"

    async def on_the_schedule(activity: str) -> bool:
        return (await office.get(f"/activities/{activity}", "shen")).status_code == 200

    await until(lambda: on_the_schedule(meeting_activity))
    await arrives(office, visit("visit-7", "luo", beijing(TUESDAY, 9, 30).isoformat()))  # 09:30–10:30
    visit_activity = "activity:luo:visit:visit-7"
    await until(lambda: on_the_schedule(visit_activity))
    await arrives(office, visit("visit-7", "luo", beijing(TUESDAY, 9, 30).isoformat()))  # republished
    await arrives(office, visit("visit-8", "fang", beijing(TUESDAY, 9, 30).isoformat()))  # another leader
    await until(lambda: on_the_schedule("activity:fang:visit:visit-8"))

    warnings = [e for e in await _read(office, visit_activity) if e.type.endswith("double_booked.v1")]
    assert len(warnings) == 1
    assert (warnings[0].data["other_activity"], warnings[0].data["overlap_minutes"]) == (meeting_activity, 30)
    assert [e.type.split(".")[3] for e in await _read(office, meeting_activity)] == ["planned"]

    luo = [a for a in await week(office) if a["leader"] == "luo"]
    assert [(a["kind"], a["title"]) for a in luo] == [
        ("meeting", "县政府办公会"),
        ("visit", "会见来访：市发改委"),
    ]
    table = Document(
        io.BytesIO((await office.get("/schedules/week", "shen", monday="2026-03-09", format="docx")).content)
    )
    cells = {cell.text for row in table.tables[0].rows for cell in row.cells}
    assert {"罗县长", "会议：县政府办公会", "会见来访：市发改委", "09:00—10:00"} <= cells


async def test_a_rescheduled_meeting_moves_on_the_schedule_and_a_cancelled_one_leaves_it(office):
    meeting = await office.schedule(chair="fang", starts=beijing(TUESDAY, 14), hours=1)
    activity = f"activity:fang:meeting:{meeting}"

    async def starts_at(expected: str) -> bool:
        found = await office.get(f"/activities/{activity}", "shen")
        return found.status_code == 200 and found.json()["starts_at"] == expected

    await until(
        lambda: starts_at(beijing(TUESDAY, 14).isoformat().replace("+08:00", "+00:00").replace("T14", "T06"))
    )
    body = {
        "starts_at": beijing(TUESDAY, 16).isoformat(),
        "ends_at": beijing(TUESDAY, 17).isoformat(),
        "reason": "与全市会议冲突",
    }
    ok(await office.post(f"/meetings/{meeting}/reschedule", "shen", body))
    await until(lambda: starts_at("2026-03-10T08:00:00+00:00"))
    ok(await office.post(f"/meetings/{meeting}/cancel", "shen", {"reason": "领导另有安排"}))

    async def gone() -> bool:
        return not [a for a in await week(office) if a["id"] == activity]

    await until(gone)


async def test_a_classified_meeting_is_on_the_week_only_for_those_cleared_and_never_in_the_published_table(
    office,
):
    await office.schedule(
        by="feng", chair="luo", title="县委常委会专题会议", classification="机密", starts=beijing(TUESDAY, 15)
    )
    await office.schedule(chair="luo", title="全县安全生产会", starts=beijing(TUESDAY, 9))
    await until(lambda: _count(office, "feng", 2))

    assert [a["title"] for a in await week(office, as_="wu")] == ["全县安全生产会"]  # 吴科长 is not cleared
    published = ok(await office.post("/schedules/weeks/2026-03-09/publish", "shen"))
    [event] = await _read(office, published["id"])
    assert [line["title"] for line in event.data["lines"]] == ["全县安全生产会"]
    audience = event.audience()
    assert audience is not None and "gov" in audience.departments  # circulated to the whole county
    refused = await office.post("/schedules/weeks/2026-03-09/publish", "chen")
    assert refused.status_code == 403


async def _count(office: Office, person: str, n: int) -> bool:
    return len(await week(office, as_=person)) == n


async def test_the_office_enters_an_outing_and_a_leader_reports_being_away(office):
    body = {
        "kind": "research",
        "title": "赴城关镇调研春耕",
        "place": "城关镇",
        "starts_at": beijing(TUESDAY, 9).isoformat(),
        "ends_at": beijing(TUESDAY, 12).isoformat(),
    }
    ok(await office.post("/schedules/luo/activities", "shen", body))
    away = {
        "destination": "市政府",
        "reason": "参加全市经济工作会",
        "starts_at": beijing(TUESDAY, 11).isoformat(),
        "ends_at": beijing(TUESDAY, 17).isoformat(),
    }
    answered = ok(await office.post("/schedules/luo/away", "luo", away))
    warnings = [e for e in await _read(office, answered["id"]) if e.type.endswith("double_booked.v1")]
    assert [w.data["overlap_minutes"] for w in warnings] == [60]

    assert (await office.post("/schedules/luo/activities", "chen", body)).status_code == 403  # not the office
    assert (await office.post("/schedules/chen/activities", "shen", body)).status_code == 422  # not a leader
    bad = await office.post("/schedules/luo/activities", "shen", body | {"kind": "banquet"})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
    backwards = await office.post("/schedules/luo/away", "luo", away | {"ends_at": away["starts_at"]})
    assert backwards.status_code == 422


SUPERVISION = "shuniu.supervision.events"


def research_visit(event: str, starts: int, ends: int, **fields: object) -> Envelope:
    """A research visit (调研行程) as supervision publishes it: the visit as it now stands."""
    data = {
        "topic_id": "research:roads",
        "topic_title": "全县农村公路建设与养护情况调研",
        "number": 1,
        "place": "青石镇",
        "starts_at": beijing(TUESDAY, starts).isoformat(),
        "ends_at": beijing(TUESDAY, ends).isoformat(),
        "leaders": ["luo"],
        "classification": "none",
        "members": ["gao", "he"],
        "by": "gao",
    } | fields
    return source_event(f"shuniu.supervision.research.{event}.v1", "research:roads", data)


async def test_a_research_visit_goes_on_the_leaders_week_and_a_meeting_at_the_same_time_warns(office):
    meeting = await office.schedule(chair="luo", starts=beijing(TUESDAY, 9), hours=1)  # 09:00–10:00
    visit_activity = "activity:luo:research:research:roads:1"

    async def on_the_week() -> bool:
        return any(a["id"] == visit_activity for a in await week(office))

    meeting_activity = f"activity:luo:meeting:{meeting}"

    async def meeting_on_the_week() -> bool:
        return any(a["id"] == meeting_activity for a in await week(office))

    await until(meeting_on_the_week)  # booked first: the visit is the second booking, which warns
    await _arrive_from(office, SUPERVISION, research_visit("visit_planned", 9, 12))  # 09:00–12:00
    await until(on_the_week)
    luo = [(a["kind"], a["title"], a["place"]) for a in await week(office) if a["leader"] == "luo"]
    assert ("research", "调研：全县农村公路建设与养护情况调研", "青石镇") in luo

    warnings = [e for e in await _read(office, visit_activity) if e.type.endswith("double_booked.v1")]
    assert [(w.data["other_activity"], w.data["overlap_minutes"]) for w in warnings] == [
        (meeting_activity, 60)
    ]

    await _arrive_from(office, SUPERVISION, research_visit("visit_moved", 14, 17))

    async def moved() -> bool:
        found = await office.get(f"/activities/{visit_activity}", "shen")
        return found.json()["starts_at"] == "2026-03-10T06:00:00+00:00"  # 14:00 in Beijing

    await until(moved)
    await _arrive_from(office, SUPERVISION, research_visit("visit_cancelled", 14, 17, reason="汛期道路封闭"))

    async def gone() -> bool:
        return not await on_the_week()

    await until(gone)


async def _arrive_from(office: Office, topic: str, envelope: Envelope) -> None:
    assert office.service.runtime.bus is not None
    await office.service.runtime.bus.append([Record.of(topic, envelope)])
