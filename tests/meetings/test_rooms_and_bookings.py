"""Bookings never overlap: whoever asks second is told which meeting holds the room."""

from __future__ import annotations

import asyncio
from datetime import datetime

from tests.meetings.office import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, Office, beijing, ok, problem

ROOM_RELEASED = "shuniu.meetings.meeting.room_released.v1"


async def test_a_room_booked_for_a_time_is_refused_to_an_overlapping_meeting_naming_the_holder(
    office: Office,
):
    holder = await office.schedule(title="县政府常务会", starts=beijing(TUESDAY, 9), hours=2)
    refused = problem(await office.post("/meetings", "yang", office.plan(starts=beijing(TUESDAY, 10))), 409)
    assert refused["code"] == "room_taken"
    assert holder in refused["detail"] and "县政府常务会" in refused["detail"]
    assert refused["held_by"] == {  # the same facts for a client, without parsing the message
        "meeting_id": holder,
        "title": "县政府常务会",
        "starts_at": "2026-03-10T01:00:00+00:00",
        "ends_at": "2026-03-10T03:00:00+00:00",
    }


async def test_back_to_back_meetings_do_not_overlap(office: Office):
    await office.schedule(starts=beijing(TUESDAY, 9), hours=1)
    await office.schedule(starts=beijing(TUESDAY, 10), hours=1)


async def test_another_room_at_the_same_time_is_free(office: Office):
    await office.given_room("room-second", "第二会议室")
    await office.schedule(starts=beijing(TUESDAY, 9))
    await office.schedule(starts=beijing(TUESDAY, 9), room="room-second")


async def test_a_cancelled_meeting_releases_its_room_and_notifies_every_invitee(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    ok(await office.post(f"/meetings/{meeting}/cancel", "shen", {"reason": "县长赴市里开会"}))
    await office.schedule(starts=beijing(TUESDAY, 9))
    [cancelled] = await office.published("shuniu.meetings.meeting.cancelled.v1")
    assert cancelled.data["notified_people"] == ["chen", "luo", "zhang"]
    [released] = await office.published(ROOM_RELEASED)
    assert released.data["room_id"] == "room-first"


async def test_rescheduling_moves_the_booking_and_notifies_every_invitee(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    moved = office.plan(starts=beijing(WEDNESDAY, 15))
    body = {"starts_at": moved["starts_at"], "ends_at": moved["ends_at"], "reason": "与市里会议冲突"}
    ok(await office.post(f"/meetings/{meeting}/reschedule", "shen", body))
    await office.schedule(starts=beijing(TUESDAY, 9))  # the old slot is free again
    refused = problem(await office.post("/meetings", "shen", office.plan(starts=beijing(WEDNESDAY, 16))), 409)
    assert meeting in refused["detail"]
    [rescheduled] = await office.published("shuniu.meetings.meeting.rescheduled.v1")
    assert rescheduled.data["notified_people"] == ["chen", "luo"]
    assert rescheduled.data["reason"] == "与市里会议冲突"


async def test_a_reschedule_onto_a_taken_room_is_refused_and_keeps_the_old_booking(office: Office):
    first = await office.schedule(starts=beijing(TUESDAY, 9))
    second = await office.schedule(starts=beijing(TUESDAY, 14))
    slot = office.plan(starts=beijing(TUESDAY, 9, 30))
    body = {"starts_at": slot["starts_at"], "ends_at": slot["ends_at"], "reason": "提前"}
    assert first in problem(await office.post(f"/meetings/{second}/reschedule", "shen", body), 409)["detail"]
    problem(await office.post("/meetings", "shen", office.plan(starts=beijing(TUESDAY, 14))), 409)


async def test_the_weekly_office_meeting_is_booked_week_by_week_and_each_conflict_reported(office: Office):
    taken = await office.schedule(title="专题会", kind="专题会", starts=beijing(TUESDAY + 14, 9))
    weekly = {**office.plan(title="县政府办公会", starts=beijing(TUESDAY, 9)), "weeks": 4}
    result = ok(await office.post("/meetings/series", "shen", weekly))
    assert [b["starts_at"][:10] for b in result["booked"]] == ["2026-03-10", "2026-03-17", "2026-03-31"]
    [conflict] = result["conflicts"]
    assert datetime.fromisoformat(conflict["starts_at"]) == beijing(TUESDAY + 14, 9)
    assert (conflict["held_by"], conflict["held_by_title"]) == (taken, "专题会")
    listed = ok(await office.get("/meetings", "shen"))["items"]
    assert sum(1 for m in listed if m["series_id"] == result["series_id"]) == 3


async def test_a_weekly_meeting_whose_every_week_is_taken_creates_nothing_and_says_so(office: Office):
    taken = await office.schedule(title="专题会", kind="专题会", starts=beijing(TUESDAY, 9))
    weekly = {**office.plan(title="县政府办公会", starts=beijing(TUESDAY, 9)), "weeks": 1}
    response = await office.post("/meetings/series", "shen", weekly)
    assert response.status_code == 200 and "ETag" not in response.headers
    assert response.json()["booked"] == [] and response.json()["conflicts"][0]["held_by"] == taken


async def test_a_weekly_meeting_skips_public_holidays(office: Office):
    # 2026-05-05 (Tuesday) falls in the 劳动节 holiday
    weekly = {**office.plan(starts=beijing((MONDAY.replace(month=4, day=28) - MONDAY).days, 9)), "weeks": 2}
    result = ok(await office.post("/meetings/series", "shen", weekly))
    assert result["days_off"] == ["2026-05-05"] and len(result["booked"]) == 1


async def test_free_and_busy_for_a_day_and_a_week(office: Office):
    meeting = await office.meeting_with_invitees("zhang", title="县政府常务会", starts=beijing(TUESDAY, 9))
    secret = await office.schedule(
        by="luo", title="绝密专题会", starts=beijing(WEDNESDAY, 14), classification="绝密"
    )
    await office.invite(secret, ["zhang"], by="luo")
    day = ok(await office.get("/rooms/room-first/schedule", "zhang", day="2026-03-10"))
    assert [(b["meeting_id"], b["title"]) for b in day["busy"]] == [(meeting, "县政府常务会")]
    assert [(f["starts_at"][11:16], f["ends_at"][11:16]) for f in day["free"]] == [
        ("08:00", "09:00"),
        ("11:00", "18:00"),
    ]
    week = ok(await office.get("/rooms/room-first/schedule", "zhang", week="2026-03-12"))
    assert [b["title"] for b in week["busy"]] == ["县政府常务会", None]  # 绝密 is beyond 小张's clearance
    assert len(week["free"]) == 2 + 2 + 5
    problem(await office.get("/rooms/room-none/schedule", "zhang", day="2026-03-10"), 404)
    problem(await office.get("/rooms/room-first/schedule", "zhang"), 422)


async def test_a_meeting_that_would_not_fit_the_room_is_refused(office: Office):
    await office.given_room("room-small", "小会议室", capacity=3)
    meeting = await office.schedule(room="room-small")
    await office.invite(meeting, ["chen", "zhang"])
    refused = await office.post(
        f"/meetings/{meeting}/invitations", "shen", {"people": [{"person": "zhao"}, {"person": "sun"}]}
    )
    assert problem(refused, 422)["code"] == "room_too_small"


async def test_rooms_are_registered_by_the_office_and_listed_to_everyone(office: Office):
    body = {"id": "room-party", "name": "党组会议室", "building": "县政府大楼", "capacity": 15}
    assert problem(await office.post("/rooms", "zhang", body), 403)["code"] == "forbidden"
    ok(await office.post("/rooms", "wu", body))
    assert problem(await office.post("/rooms", "wu", body), 409)["code"] == "room_exists"
    rooms = ok(await office.get("/rooms", "zhang"))["items"]
    assert [r["name"] for r in rooms] == ["第一会议室", "党组会议室"]


async def test_a_meeting_is_scheduled_for_a_time_still_to_come_and_of_a_known_kind(office: Office):
    refused = await office.post("/meetings", "shen", office.plan(starts=beijing(0, 8)))
    assert problem(refused, 422)["code"] == "in_the_past"
    assert problem(await office.post("/meetings", "shen", office.plan(kind="茶话")), 422)["field"] == "kind"
    backwards = {**office.plan(), "ends_at": office.plan()["starts_at"]}
    assert problem(await office.post("/meetings", "shen", backwards), 422)["field"] == "ends_at"


async def test_the_refusal_names_a_classified_holder_without_its_title(office: Office):
    holder = await office.schedule(by="feng", title="干部任免专题会", classification="机密")
    refused = problem(await office.post("/meetings", "shen", office.plan(starts=beijing(TUESDAY, 10))), 409)
    assert holder in refused["detail"] and "干部任免" not in refused["detail"]
    assert "03-10 09:00–11:00" in refused["detail"]
    assert refused["held_by"] == {
        "meeting_id": holder,
        "starts_at": "2026-03-10T01:00:00+00:00",
        "ends_at": "2026-03-10T03:00:00+00:00",
    }  # no title


async def test_the_refusal_does_not_tell_the_title_of_a_meeting_the_booker_may_not_open(office: Office):
    """Issue 17: the title of an unclassified 办公会 was told to any organiser who wanted its room,
    though the meeting itself answered them 404."""
    holder = await office.schedule(title="县政府办公会", starts=beijing(TUESDAY, 9))
    problem(await office.get(f"/meetings/{holder}", "chen"), 404)  # 财政局 is not invited
    own = office.plan(department="finance", starts=beijing(TUESDAY, 10))
    refused = problem(await office.post("/meetings", "chen", own), 409)
    assert "县政府办公会" not in refused["detail"] and "title" not in refused["held_by"]
    weekly = {**own, "weeks": 1}
    (conflict,) = ok(await office.post("/meetings/series", "chen", weekly))["conflicts"]
    assert (conflict["held_by"], conflict["held_by_title"]) == (holder, None)


async def test_a_rooms_schedule_titles_only_the_meetings_the_caller_may_open(office: Office):
    """Issue 17: the schedule showed the titles of meetings the caller gets 404 for."""
    hidden = await office.schedule(title="县政府办公会", starts=beijing(TUESDAY, 9))
    invited = await office.meeting_with_invitees("chen", title="财政工作专题会", starts=beijing(TUESDAY, 14))
    day = ok(await office.get("/rooms/room-first/schedule", "chen", day="2026-03-10"))
    assert [(b["meeting_id"], b["title"]) for b in day["busy"]] == [
        (hidden, None),
        (invited, "财政工作专题会"),
    ]


async def test_concurrent_bookings_of_one_slot_on_sqlite_leave_exactly_one(office: Office):
    people = ["shen", "li", "feng", "yang", "luo", "fang"]
    responses = await asyncio.gather(
        *(office.post("/meetings", who, office.plan(title=f"会议{n}")) for n, who in enumerate(people))
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 5
    [winner] = [r.json()["id"] for r in responses if r.status_code == 201]
    assert all(winner in r.json()["detail"] for r in responses if r.status_code == 409)


async def test_a_meeting_lasts_at_most_a_day_so_no_organiser_holds_a_room_for_years(office: Office):
    ninety_eight_years = 98 * 365 * 24
    refused = problem(await office.post("/meetings", "shen", office.plan(hours=ninety_eight_years)), 422)
    assert refused["code"] == "meeting_too_long" and refused["field"] == "ends_at"
    await office.schedule(hours=24)  # a whole day is still one meeting

    meeting = await office.schedule(starts=beijing(THURSDAY, 9))
    moved = office.plan(starts=beijing(THURSDAY, 9), hours=25)
    body = {"starts_at": moved["starts_at"], "ends_at": moved["ends_at"], "reason": "延长"}
    refused = problem(await office.post(f"/meetings/{meeting}/reschedule", "shen", body), 422)
    assert refused["code"] == "meeting_too_long"
