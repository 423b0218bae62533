"""A department sees the meetings it takes part in, the office sees all, minutes follow their 密级;
anyone else is told the meeting does not exist."""

from __future__ import annotations

from tests.meetings.office import TUESDAY, Office, beijing, ok, problem


async def test_an_invited_department_sees_the_meeting_and_others_do_not(office: Office):
    meeting = await office.meeting_with_invitees("chen")  # 财政局
    await office.invite(meeting, departments=["agriculture"])
    for who in ("chen", "luo", "feng", "qian"):  # invitee, chair, office director, office auditor
        ok(await office.get(f"/meetings/{meeting}", who))
    problem(await office.get(f"/meetings/{meeting}", "zhao"), 404)  # 教育局: not involved
    listed = ok(await office.get("/meetings", "zhao"))["items"]
    assert listed == []
    assert [m["id"] for m in ok(await office.get("/meetings", "chen"))["items"]] == [meeting]


async def test_a_presenters_department_sees_the_meeting(office: Office):
    meeting = await office.schedule()
    body = {"title": "关于校园安全的汇报", "presenter": "zhao", "materials": ["汇报材料.docx"]}
    ok(await office.post(f"/meetings/{meeting}/agenda", "shen", body))
    assert (await office.meeting(meeting, as_="zhao"))["agenda"][0]["presenter"] == "zhao"


async def test_a_meeting_beyond_ones_clearance_is_not_found(office: Office):
    meeting = await office.schedule(by="feng", classification="机密")
    await office.invite(meeting, ["chen"], by="feng")  # 陈局长 has 秘密 clearance
    problem(await office.get(f"/meetings/{meeting}", "chen"), 404)
    ok(await office.get(f"/meetings/{meeting}", "feng"))  # 机密
    problem(await office.get(f"/meetings/{meeting}", "shen"), 404)  # the office, but 秘密 only


async def test_minutes_follow_their_classification(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    office.at(beijing(TUESDAY, 11, 30))
    await office.held(meeting)
    await office.minutes_drafted(meeting, classification="秘密")
    ok(await office.get(f"/meetings/{meeting}/minutes", "chen"))  # 秘密
    problem(await office.get(f"/meetings/{meeting}/minutes", "zhang"), 404)  # none
    assert (await office.meeting(meeting, as_="zhang"))["resolutions"] is None
    problem(await office.get(f"/meetings/{meeting}/resolutions", "zhang"), 404)


async def test_an_invitee_who_is_not_an_organiser_cannot_change_the_meeting(office: Office):
    meeting = await office.meeting_with_invitees("chen")
    refused = await office.post(f"/meetings/{meeting}/cancel", "chen", {"reason": "我不想开"})
    assert problem(refused, 403)["code"] == "not_an_organiser"
    problem(await office.post(f"/meetings/{meeting}/cancel", "zhao", {"reason": "x"}), 404)


async def test_only_organising_roles_call_a_meeting_and_for_their_own_department(office: Office):
    assert problem(await office.post("/meetings", "zhao", office.plan()), 403)["code"] == "forbidden"
    own = office.plan(department="finance", room=None)
    assert ok(await office.post("/meetings", "chen", own))["version"] == 1
    other = office.plan(department="education", room=None)
    assert problem(await office.post("/meetings", "chen", other), 403)["code"] == "not_your_department"


async def test_nobody_calls_a_meeting_classified_above_their_own_clearance(office: Office):
    refused = await office.post("/meetings", "shen", office.plan(classification="机密"))
    assert problem(refused, 422)["field"] == "classification"


async def test_the_chair_is_cleared_for_the_meeting_or_its_minutes_could_never_be_approved(office: Office):
    """Issue 15: the chair alone approves the minutes, so a chair who may not open a 机密 meeting
    (陈局长, 秘密) would leave its minutes 起草 for ever."""
    refused = await office.post("/meetings", "feng", office.plan(chair="chen", classification="机密"))
    body = problem(refused, 422)
    assert (body["code"], body["field"], body["required_clearance"]) == ("chair_not_cleared", "chair", "机密")
    ok(await office.post("/meetings", "feng", office.plan(chair="fang", classification="机密")))


async def test_unknown_people_and_departments_are_input_errors(office: Office):
    assert (
        problem(await office.post("/meetings", "shen", office.plan(chair="nobody")), 422)["field"] == "chair"
    )
    meeting = await office.schedule()
    refused = await office.post(
        f"/meetings/{meeting}/invitations", "shen", {"departments": [{"department": "x"}]}
    )
    assert problem(refused, 422)["field"] == "departments"
    refused = await office.post(f"/meetings/{meeting}/invitations", "shen", {"people": [{"person": "x"}]})
    assert problem(refused, 422)["field"] == "people"
    assert problem(await office.post("/meetings", "shen", {"title": "x"}), 422)["code"] == "invalid_input"


async def test_an_update_on_a_stale_version_is_refused(office: Office):
    meeting = await office.schedule()
    stale = await office.client.post(
        f"/meetings/{meeting}/notice", headers=office.as_("shen", **{"If-Match": '"1"'})
    )
    assert problem(stale, 412)["code"] == "precondition_failed"


async def test_scheduling_again_with_the_same_idempotency_key_creates_nothing_new(office: Office):
    headers = office.as_("shen", **{"Idempotency-Key": "notice-2026-03-10"})
    first = await office.client.post("/meetings", json=office.plan(), headers=headers)
    again = await office.client.post("/meetings", json=office.plan(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"] and again.headers["Idempotent-Replayed"] == "true"


async def test_the_history_shows_who_did_what_and_hides_minutes_beyond_ones_clearance(office: Office):
    meeting = await office.meeting_with_invitees("chen", "zhang")
    ok(await office.leave(meeting, "zhang", "病假"))
    office.at(beijing(TUESDAY, 11, 30))
    await office.held(meeting)
    await office.minutes_drafted(meeting, classification="秘密")
    seen_by_chen = ok(await office.get(f"/meetings/{meeting}/history", "chen"))["items"]
    assert [(e["type"].split(".")[3], e["actor"]) for e in seen_by_chen][-3:] == [
        ("marked_absent", "shen"),
        ("held", "shen"),
        ("minutes_drafted", "li"),
    ]
    seen_by_zhang = ok(await office.get(f"/meetings/{meeting}/history", "zhang"))["items"]
    assert "minutes_drafted" not in {e["type"].split(".")[3] for e in seen_by_zhang}
    assert len(seen_by_zhang) == len(seen_by_chen) - 1
    problem(await office.get(f"/meetings/{meeting}/history", "zhao"), 404)


async def test_meetings_are_listed_page_by_page_in_time_order(office: Office):
    ids = [await office.schedule(starts=beijing(TUESDAY + n, 9)) for n in range(5)]
    first = ok(await office.get("/meetings", "shen", limit=2))
    second = ok(await office.get("/meetings", "shen", limit=2, cursor=first["next_cursor"]))
    third = ok(await office.get("/meetings", "shen", limit=2, cursor=second["next_cursor"]))
    assert [m["id"] for page in (first, second, third) for m in page["items"]] == ids
    assert third["next_cursor"] is None
    window = ok(
        await office.get(
            "/meetings",
            "shen",
            **{"from": beijing(TUESDAY + 1, 0).isoformat(), "to": beijing(TUESDAY + 3, 0).isoformat()},
        )
    )
    assert [m["id"] for m in window["items"]] == ids[1:3]
    assert problem(await office.get("/meetings", "shen", cursor="not-a-cursor"), 422)["field"] == "cursor"


async def test_the_api_is_described_in_openapi(office: Office):
    paths = ok(await office.client.get("/openapi.json"))["paths"]
    assert {"/rooms", "/meetings", "/meetings/{meeting_id}/leave", "/my/todo"} <= set(paths)
    schemas = ok(await office.client.get("/events/schemas"))
    assert "shuniu.meetings.meeting.resolution_adopted.v1" in schemas
