"""签到: late after the grace period; whoever was expected and neither came nor sent word is absent."""

from __future__ import annotations

from tests.meetings.office import TUESDAY, Office, beijing, ok, problem


async def test_signing_in_after_the_grace_period_is_marked_late(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    office.at(beijing(TUESDAY, 9, 10))
    assert ok(await office.sign_in(meeting, "chen"))["late"] is False
    office.at(beijing(TUESDAY, 9, 25))
    assert ok(await office.sign_in(meeting, "zhang"))["late"] is True
    [late] = await office.published("shuniu.meetings.meeting.marked_late.v1")
    assert late.data == {"person": "zhang", "minutes_late": 25}
    sign_ins = {s["person"]: s["minutes_late"] for s in (await office.meeting(meeting))["sign_ins"]}
    assert sign_ins == {"chen": 0, "zhang": 25}


async def test_sign_in_opens_half_an_hour_before_and_closes_at_the_end(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    office.at(beijing(TUESDAY, 8, 29))
    assert problem(await office.sign_in(meeting, "chen"), 409)["code"] == "sign_in_closed"
    office.at(beijing(TUESDAY, 11, 1))
    assert problem(await office.sign_in(meeting, "chen"), 409)["code"] == "sign_in_closed"


async def test_one_signs_in_once(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    office.at(beijing(TUESDAY, 8, 45))
    ok(await office.sign_in(meeting, "chen"))
    assert problem(await office.sign_in(meeting, "chen"), 409)["code"] == "already_signed_in"


async def test_only_invitees_sign_in(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    office.at(beijing(TUESDAY, 8, 45))
    assert problem(await office.sign_in(meeting, "li"), 403)["code"] == "not_invited"  # the office sees it


async def test_whoever_neither_came_nor_sent_word_is_absent_when_the_meeting_ends(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang", "zhao")
    ok(await office.leave(meeting, "zhao", "参加省厅培训"))
    office.at(beijing(TUESDAY, 8, 50))
    ok(await office.sign_in(meeting, "luo"))
    ok(await office.sign_in(meeting, "chen"))
    office.at(beijing(TUESDAY, 10, 59))
    assert await office.fire_deadlines() == 0
    assert (await office.meeting(meeting))["absent"] == []
    office.at(beijing(TUESDAY, 11, 0))
    assert await office.fire_deadlines() == 1
    assert (await office.meeting(meeting))["absent"] == ["zhang"]
    [absent] = await office.published("shuniu.meetings.meeting.marked_absent.v1")
    assert absent.data == {"person": "zhang"}


async def test_recording_the_meeting_as_held_marks_the_absent_once(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    office.at(beijing(TUESDAY, 8, 50))
    ok(await office.sign_in(meeting, "luo"))
    ok(await office.sign_in(meeting, "chen"))
    office.at(beijing(TUESDAY, 10, 30))
    await office.held(meeting)
    office.at(beijing(TUESDAY, 11, 0))
    assert await office.fire_deadlines() == 1  # the deadline fires, and finds nobody left to mark
    assert len(await office.published("shuniu.meetings.meeting.marked_absent.v1")) == 1
    assert problem(await office.post(f"/meetings/{meeting}/held", "shen"), 409)["code"] == "out_of_turn"


async def test_a_meeting_is_recorded_as_held_only_once_it_has_started(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    assert problem(await office.post(f"/meetings/{meeting}/held", "shen"), 409)["code"] == "not_started"


async def test_a_cancelled_meeting_marks_nobody_absent(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    ok(await office.post(f"/meetings/{meeting}/cancel", "shen", {"reason": "另行安排"}))
    office.at(beijing(TUESDAY, 12))
    assert await office.fire_deadlines() == 0
    assert (await office.meeting(meeting))["absent"] == []


async def test_whoever_said_they_would_attend_and_did_not_come_is_absent(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhao")
    ok(await office.post(f"/meetings/{meeting}/reply", "chen", {"response": "attend"}))
    ok(await office.post(f"/meetings/{meeting}/reply", "zhao", {"response": "decline"}))
    office.at(beijing(TUESDAY, 8, 55))
    ok(await office.sign_in(meeting, "luo"))
    office.at(beijing(TUESDAY, 11))
    await office.held(meeting)
    await office.minutes_drafted(meeting)
    minutes = await office.minutes(meeting)
    assert [line["person"] for line in minutes["absent"]] == ["chen"]
    assert minutes["on_leave"] == [{"person": "zhao", "department": "education", "note": "回复不参加"}]


async def test_replies_come_before_the_meeting_from_invitees(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    assert problem(await office.post(f"/meetings/{meeting}/reply", "li", {"response": "attend"}), 403)
    assert problem(await office.post(f"/meetings/{meeting}/reply", "chen", {"response": "maybe"}), 422)
    office.at(beijing(TUESDAY, 9, 5))
    refused = await office.post(f"/meetings/{meeting}/reply", "chen", {"response": "attend"})
    assert problem(refused, 409)["code"] == "meeting_started"


async def test_a_reply_on_a_version_the_meeting_has_moved_past_is_refused_and_changes_nothing(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    seen = (await office.meeting(meeting))["version"]
    ok(await office.post(f"/meetings/{meeting}/reply", "zhang", {"response": "decline"}))
    stale = await office.client.post(
        f"/meetings/{meeting}/reply",
        json={"response": "attend"},
        headers=office.as_("chen", **{"If-Match": f'"{seen}"'}),
    )
    assert problem(stale, 412)["code"] == "precondition_failed"
    after = await office.meeting(meeting)
    assert after["version"] == seen + 1 and [r["person"] for r in after["replies"]] == ["zhang"]
    hidden = await office.client.post(  # 教育局, not invited, is not told the meeting exists, stale or not
        f"/meetings/{meeting}/sign-in", headers=office.as_("zhao", **{"If-Match": f'"{seen}"'})
    )
    assert problem(hidden, 404)["code"] == "not_found"
