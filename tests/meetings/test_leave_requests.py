"""请假 reaches the organiser and the chair before the meeting (docs/rules.md §4): the seed's story of the
union chair whose leave, given by word of mouth to 党办老李, never reached the secretary."""

from __future__ import annotations

from tests.meetings.office import TUESDAY, Office, beijing, ok, problem

LEAVE_REQUESTED = "shuniu.meetings.meeting.leave_requested.v1"


async def test_the_union_secretary_asks_for_leave_and_the_chair_knows_before_the_meeting(office: Office):
    meeting = await office.meeting_with_invitees(
        "zhang", "chen", title="常委扩大会", kind="常务会", chair="luo"
    )

    office.at(beijing(TUESDAY - 1, 16))  # the afternoon before
    ok(await office.leave(meeting, "zhang", "小孙子住院，需在医院陪护"))

    # the chair and the organiser see it at once, on their to-do lists and as an event
    for who in ("luo", "shen"):
        [item] = await office.todo(who, "leave_request")
        assert (item["meeting_id"], item["person"], item["reason"]) == (
            meeting,
            "zhang",
            "小孙子住院，需在医院陪护",
        )
    [event] = await office.published(LEAVE_REQUESTED)
    assert event.subject == meeting
    assert (event.data["person"], event.data["chair"], event.data["organiser"]) == ("zhang", "luo", "shen")
    assert event.data["reason"] == "小孙子住院，需在医院陪护"

    # the meeting takes place; the minutes list 小张 under 请假 with the reason, not as absent
    office.at(beijing(TUESDAY, 8, 50))
    ok(await office.sign_in(meeting, "luo"))
    ok(await office.sign_in(meeting, "chen"))
    office.at(beijing(TUESDAY, 11, 5))
    await office.held(meeting)
    await office.minutes_drafted(meeting)
    minutes = await office.minutes(meeting)
    assert minutes["on_leave"] == [
        {"person": "zhang", "department": "union", "note": "小孙子住院，需在医院陪护"}
    ]
    assert [line["person"] for line in minutes["attended"]] == ["luo", "chen"]
    assert minutes["absent"] == [] and minutes["recorder"] == "li"


async def test_a_leave_request_needs_a_reason(office: Office):
    meeting = await office.meeting_with_invitees("zhang")
    problem(await office.leave(meeting, "zhang", "   "), 422)


async def test_leave_is_asked_before_the_meeting_not_after_it_started(office: Office):
    meeting = await office.meeting_with_invitees("zhang")
    office.at(beijing(TUESDAY, 9, 1))
    assert problem(await office.leave(meeting, "zhang", "临时有事"), 409)["code"] == "meeting_started"


async def test_only_an_invitee_may_ask_for_leave(office: Office):
    meeting = await office.meeting_with_invitees("zhang", "chen")
    await office.invite(meeting, departments=["education"])
    # 孙主席 sees the meeting (his department's 小张 is invited) but is not invited himself
    assert problem(await office.leave(meeting, "sun", "出差"), 403)["code"] == "not_invited"
    ok(await office.leave(meeting, "zhao", "参加省厅培训"))  # a member of an invited department


async def test_a_substitute_attends_in_place_of_whoever_asked_for_leave(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    ok(await office.leave(meeting, "chen", "赴省财政厅汇报", substitute="qian"))
    office.at(beijing(TUESDAY, 8, 55))
    ok(await office.sign_in(meeting, "luo"))
    ok(await office.sign_in(meeting, "qian"))
    office.at(beijing(TUESDAY, 11, 1))
    await office.held(meeting)
    await office.minutes_drafted(meeting)
    minutes = await office.minutes(meeting)
    assert {"person": "qian", "department": "office", "note": "代 chen"} in minutes["attended"]
    assert minutes["on_leave"] == [
        {"person": "chen", "department": "finance", "note": "赴省财政厅汇报（qian 代会）"}
    ]
    assert minutes["absent"] == []


async def test_the_chair_cannot_take_leave_from_their_own_meeting(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    assert problem(await office.leave(meeting, "luo", "另有安排"), 422)["code"] == "chair_leave"


async def test_a_to_do_item_marked_done_leaves_the_list(office: Office):
    meeting = await office.meeting_with_invitees("zhang")
    ok(await office.leave(meeting, "zhang", "病假"))
    [item] = await office.todo("luo", "leave_request")
    ok(await office.post(f"/my/todo/{item['id']}/done", "luo"))
    assert await office.todo("luo", "leave_request") == []
    assert (
        len(await office.todo("shen", "leave_request")) == 1
    )  # the organiser's own item stays until they look
    problem(await office.post(f"/my/todo/{item['id']}/done", "zhang"), 404)
