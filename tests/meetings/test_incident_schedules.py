"""突发事件处置 on the leaders' schedules (docs/rules.md §7, §11): a leader who writes a 批示 on an
incident's report, or who as 带班领导 approves the report of a 较大-or-above incident, has two hours
of his day held from then; held over a meeting, the office is warned once."""

from __future__ import annotations

from typing import Any

from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.meetings.office import TUESDAY, Office, beijing, ok
from tests.supervision.office import source_event, until

DUTY = "shuniu.duty.events"


def instructed(incident: str, leader: str, at: str, classification: str = "none") -> Envelope:
    """A leader's 批示 (shuniu.duty.incident.instructed.v1), as duty publishes it."""
    return source_event(
        "shuniu.duty.incident.instructed.v1",
        incident,
        {
            "incident_id": incident,
            "number": 2,
            "title": "城关镇化工厂火灾",
            "classification": classification,
            "instruction": "请应急局牵头，全力救治伤员，查明原因。",
            "leader": leader,
            "lead_department": "office",
            "co_departments": [],
            "deadline": None,
            "instructed_on": at[:10],
            "instructed_at": at,
        },
    )


def approved(incident: str, by: str, at: str, level: str) -> Envelope:
    """The 带班领导's approval of a report (shuniu.duty.incident.report_approved.v1)."""
    data: dict[str, Any] = {
        "number": 1,
        "by": by,
        "at": at,
        "title": "县道塌方",
        "level": level,
        "classification": "none",
    }
    return source_event("shuniu.duty.incident.report_approved.v1", incident, data)


async def arrives(office: Office, envelope: Envelope) -> None:
    assert office.service.runtime.bus is not None
    await office.service.runtime.bus.append([Record.of(DUTY, envelope)])


async def on_the_schedule(office: Office, activity: str) -> bool:
    return (await office.get(f"/activities/{activity}", "shen")).status_code == 200


async def stream(office: Office, activity: str) -> list[str]:
    store = office.service.runtime.store
    async with store.reading() as reading:
        return [e.type.split(".")[3] for e in await store.read_stream(reading.connection, activity)]


async def week(office: Office, as_: str = "shen") -> list[dict[str, Any]]:
    return ok(await office.get("/schedules/week", as_, monday="2026-03-09"))["activities"]  # type: ignore[no-any-return]


async def test_an_incident_handled_by_luo_is_on_his_week_and_over_a_meeting_warns_once(office):
    meeting = await office.schedule(chair="luo", starts=beijing(TUESDAY, 9), hours=1)  # 09:00–10:00
    await until(lambda: on_the_schedule(office, f"activity:luo:meeting:{meeting}"))

    await arrives(office, instructed("incident-fire", "luo", beijing(TUESDAY, 9, 20).isoformat()))
    activity = "activity:luo:incident:incident-fire"
    await until(lambda: on_the_schedule(office, activity))
    # A second 批示 on the same incident, and the first republished, are the same handling.
    await arrives(office, instructed("incident-fire", "luo", beijing(TUESDAY, 15).isoformat()))
    await arrives(office, instructed("incident-fire", "luo", beijing(TUESDAY, 9, 20).isoformat()))
    await arrives(office, instructed("incident-other", "fang", beijing(TUESDAY, 9).isoformat()))
    await until(lambda: on_the_schedule(office, "activity:fang:incident:incident-other"))

    assert await stream(office, activity) == ["planned", "double_booked"]
    found = ok(await office.get(f"/activities/{activity}", "shen"))
    assert (found["kind_name"], found["starts_at"], found["ends_at"]) == (
        "突发事件处置",
        "2026-03-10T01:20:00+00:00",
        "2026-03-10T03:20:00+00:00",
    )
    assert found["source"] == {"service": "duty", "id": "incident-fire"}
    luo = [(a["kind"], a["title"]) for a in await week(office) if a["leader"] == "luo"]
    assert luo == [("meeting", "县政府办公会"), ("incident", "处置突发事件：城关镇化工厂火灾")]


async def test_the_leader_on_call_is_held_for_a_larger_incident_not_for_a_general_one(office):
    await arrives(office, approved("incident-road", "fang", beijing(TUESDAY, 22).isoformat(), "一般"))
    await arrives(office, approved("incident-slide", "fang", beijing(TUESDAY, 23).isoformat(), "较大"))
    await arrives(office, approved("incident-slide", "yang", beijing(TUESDAY, 23).isoformat(), "较大"))
    await until(lambda: on_the_schedule(office, "activity:fang:incident:incident-slide"))

    assert not await on_the_schedule(office, "activity:fang:incident:incident-road")
    assert not await on_the_schedule(office, "activity:yang:incident:incident-slide")  # not a county leader


async def test_a_classified_incident_is_shown_only_to_the_cleared_and_never_published(office):
    await arrives(office, instructed("incident-secret", "luo", beijing(TUESDAY, 10).isoformat(), "机密"))
    await arrives(office, instructed("incident-open", "luo", beijing(TUESDAY, 14).isoformat()))
    await until(lambda: on_the_schedule(office, "activity:luo:incident:incident-open"))

    assert [a["title"] for a in await week(office, as_="feng")] == [
        "处置突发事件：城关镇化工厂火灾",
        "处置突发事件：城关镇化工厂火灾",
    ]
    assert [a["starts_at"] for a in await week(office, as_="wu")] == ["2026-03-10T06:00:00+00:00"]
    published = ok(await office.post("/schedules/weeks/2026-03-09/publish", "shen"))
    store = office.service.runtime.store
    async with store.reading() as reading:
        [event] = await store.read_stream(reading.connection, published["id"])
    assert event.data["lines"] == []  # incidents are known on need to know: not in the circulated table


async def test_the_week_shows_each_double_booking_on_the_activity_booked_second(office):
    meeting = await office.schedule(chair="luo", starts=beijing(TUESDAY, 9), hours=1)
    await until(lambda: on_the_schedule(office, f"activity:luo:meeting:{meeting}"))
    await arrives(office, instructed("incident-fire", "luo", beijing(TUESDAY, 9, 30).isoformat()))
    await until(lambda: on_the_schedule(office, "activity:luo:incident:incident-fire"))

    by_kind = {a["kind"]: a["warnings"] for a in await week(office)}
    assert by_kind["meeting"] == []
    [warning] = by_kind["incident"]
    assert (warning["other_activity"], warning["other_title"], warning["overlap_minutes"]) == (
        f"activity:luo:meeting:{meeting}",
        "县政府办公会",
        30,
    )
