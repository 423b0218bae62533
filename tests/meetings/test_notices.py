"""会议通知 reaches every invitee, and so does every change: on their to-do lists and as events."""

from __future__ import annotations

from tests.meetings.office import TUESDAY, WEDNESDAY, Office, beijing, ok


async def test_the_notice_lands_on_every_invitees_list_and_a_reply_clears_it(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    for who in ("chen", "zhang", "luo"):
        [notice] = await office.todo(who, "meeting_notice")
        assert (notice["meeting_id"], notice["person"]) == (meeting, "shen")
    ok(await office.post(f"/meetings/{meeting}/reply", "chen", {"response": "attend"}))
    ok(await office.leave(meeting, "zhang", "病假"))
    assert await office.todo("chen") == [] and await office.todo("zhang") == []
    [notice] = await office.todo("luo", "meeting_notice")  # the chair has not answered yet


async def test_a_rescheduled_meeting_tells_every_invitee_why(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    moved = office.plan(starts=beijing(WEDNESDAY, 15))
    body = {"starts_at": moved["starts_at"], "ends_at": moved["ends_at"], "reason": "与市里会议冲突"}
    ok(await office.post(f"/meetings/{meeting}/reschedule", "shen", body))
    [change] = await office.todo("chen", "meeting_rescheduled")
    assert change["reason"] == "与市里会议冲突" and change["starts_at"].startswith("2026-03-11T07:00")


async def test_a_cancelled_meeting_tells_every_invitee_and_clears_what_no_longer_matters(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    ok(await office.leave(meeting, "zhang", "病假"))
    ok(await office.post(f"/meetings/{meeting}/cancel", "shen", {"reason": "县长赴市里开会"}))
    for who in ("chen", "zhang", "luo"):
        assert [(i["kind"], i["reason"]) for i in await office.todo(who)] == [
            ("meeting_cancelled", "县长赴市里开会")
        ]
    assert await office.todo("shen") == []  # the leave request no longer needs the organiser


async def test_a_substitute_is_told_whom_they_attend_for(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    ok(await office.leave(meeting, "chen", "赴省财政厅汇报", substitute="li"))
    [item] = await office.todo("li", "substitute")
    assert (item["meeting_id"], item["person"], item["reason"]) == (meeting, "chen", "赴省财政厅汇报")


async def test_notices_left_open_are_cleared_once_the_meeting_is_held(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    office.at(beijing(TUESDAY, 11))
    await office.held(meeting)
    assert await office.todo("chen") == []


async def test_a_department_invited_as_a_whole_puts_the_notice_on_each_members_list(office: Office):
    meeting = await office.schedule()
    await office.invite(meeting, ["chen"], departments=["union", "finance"])
    await office.notice(meeting)
    for who in ("sun", "zhang", "chen"):  # 总工会's two members; 陈局长 by name and as 财政局, once
        [notice] = await office.todo(who, "meeting_notice")
        assert (notice["meeting_id"], notice["person"]) == (meeting, "shen")
    ok(await office.post(f"/meetings/{meeting}/reply", "zhang", {"response": "attend"}))
    assert await office.todo("zhang") == []
    [_] = await office.todo("sun", "meeting_notice")  # each member answers for themselves
    ok(await office.post(f"/meetings/{meeting}/cancel", "shen", {"reason": "另行安排"}))
    for who in ("sun", "zhang"):
        assert [i["kind"] for i in await office.todo(who)] == ["meeting_cancelled"]


async def test_members_not_cleared_for_a_classified_meeting_get_no_item_for_it(office: Office):
    meeting = await office.schedule(classification="秘密")
    await office.invite(meeting, departments=["union", "finance"])
    await office.notice(meeting)
    assert await office.todo("sun") == [] and await office.todo("zhang") == []  # not cleared for 秘密
    [_] = await office.todo("chen", "meeting_notice")
