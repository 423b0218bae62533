"""知悉范围: a meeting names who may see it, every event carries that audience, and the service's own
GET, list and room schedule decide with exactly it — so a reader elsewhere that follows the audience
shows nobody a meeting its GET would refuse (issue 17, finding 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from shuniu_meetings.adapters.tables import meetings as meetings_table
from shuniu_meetings.app.common import viewer_of
from shuniu_meetings.bootstrap import DEFINITION
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.parts import Invitee, Slot
from shuniu_meetings.domain.room import EVERYONE_IN_THE_OFFICE
from shuniu_meetings.domain.values import Capacity, Response
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from sqlalchemy import select

from tests.meetings.office import TUESDAY, Office, beijing, ok
from tests.meetings.test_demo import FRIDAY_MORNING, demo_loaded
from tests.meetings.test_meeting_rules import a_meeting, apply, held
from tests.services import running_service

DIRECTORY = Directory.load()
PREVIOUS_RELEASE = Path(__file__).parents[1] / "platform" / "previous_release" / "sqlite"


def who_sees(audience: Audience) -> set[str]:
    return {p for p in DIRECTORY.people if Actor.of(DIRECTORY.person(p)).sees(audience, DIRECTORY)}


def viewer(person: str) -> Viewer:
    return viewer_of(Actor.of(DIRECTORY.person(person)), DIRECTORY)


OFFICE_STAFF = {person.id for person in DIRECTORY.members("office")}  # 办公室 and its sections


def test_whoever_takes_part_and_the_office_see_a_meeting_and_nobody_else():
    meeting = a_meeting()  # the office's 常务会, chaired by 罗县长 of 县政府, 陈局长 invited
    assert who_sees(meeting.audience()) == OFFICE_STAFF | {"luo", "fang", "chen"}


def test_the_county_government_as_the_chairs_department_shows_it_to_its_own_members_only():
    meeting = a_meeting()
    assert meeting.audience().members_of >= {"gov"}
    assert "fang" in who_sees(meeting.audience())  # 方副县长 belongs to 县政府 itself
    assert not {"zhao", "sun", "zhang", "wang"} & who_sees(meeting.audience())  # bureaus under it


def test_an_invited_department_brings_the_ones_under_it_along():
    meeting = a_meeting()
    apply(meeting, meeting.invite([], {"office": Capacity.OBSERVER, "union": Capacity.ATTENDEE}))
    assert {"zhang", "sun"} <= who_sees(meeting.audience())
    assert meeting.audience().departments == {"office", "union"}


def test_a_presenter_and_a_substitute_take_part_and_see_it():
    meeting = a_meeting()
    apply(meeting, meeting.add_agenda_item("item-1", "校园安全", "zhao", "education", []))
    chen = viewer("chen")
    apply(meeting, meeting.request_leave(chen, "出差", "sun", beijing(TUESDAY - 1, 9)))
    assert {"zhao", "sun"} <= who_sees(meeting.audience())
    assert "zhang" not in who_sees(meeting.audience())  # 小张 of the union is not 孙主席


def test_a_substitute_no_longer_named_no_longer_sees_it_so_readers_follow_the_latest_audience():
    meeting = a_meeting()
    chen = viewer("chen")
    apply(meeting, meeting.request_leave(chen, "出差", "sun", beijing(TUESDAY - 1, 9)))
    assert "sun" in who_sees(meeting.audience())
    apply(meeting, meeting.reply(chen, Response.ATTEND, beijing(TUESDAY - 1, 10)))  # 陈局长 comes after all
    assert "sun" not in who_sees(meeting.audience())


def test_nobody_sees_a_meeting_above_their_clearance_even_when_invited():
    meeting = a_meeting(classification="机密")
    assert meeting.audience().classification == "机密"
    assert who_sees(meeting.audience()) == {
        "luo",
        "fang",
        "feng",
        "yang",
        "tang",
        "qian",
    }  # not 陈局长 (秘密)


def test_a_leave_request_makes_the_meeting_carry_a_personal_reason():
    meeting = a_meeting()
    assert meeting.audience().personal_data == set()
    apply(meeting, meeting.request_leave(viewer("chen"), "住院", None, beijing(TUESDAY - 1, 9)))
    assert meeting.audience().personal_data == {"leave_reason"}


def test_the_minutes_raise_the_record_to_their_own_classification_but_not_the_meeting_itself():
    meeting = a_meeting()
    apply(meeting, meeting.invite([Invitee("zhao", "education", Capacity.ATTENDEE)], {}))
    apply(held(meeting), meeting.draft_minutes("li", "秘密", "研究了有关事项。"))
    assert meeting.audience().classification == "秘密"  # what the events carry: the summary too
    assert meeting.audience_apart_from_minutes().classification == "none"
    zhao, chen = viewer("zhao"), viewer("chen")  # 赵老师 is not cleared for 秘密, 陈局长 is
    assert meeting.visible_to(zhao, DIRECTORY) and not meeting.minutes_visible_to(zhao, DIRECTORY)
    assert meeting.minutes_visible_to(chen, DIRECTORY)


def test_a_redraft_classified_lower_does_not_unclassify_the_earlier_draft():
    meeting = held(a_meeting())
    apply(meeting, meeting.draft_minutes("li", "机密", "第一稿"))
    apply(meeting, meeting.draft_minutes("li", "秘密", "第二稿"))
    assert meeting.minutes is not None and meeting.minutes.classification == "秘密"
    assert meeting.audience().classification == "机密"  # the first draft stays in the record


def test_a_room_is_office_equipment_everyone_sees():
    assert who_sees(EVERYONE_IN_THE_OFFICE) == set(DIRECTORY.people)


def test_a_bureaus_own_meeting_is_seen_by_the_bureau_its_invitees_and_the_office():
    meeting = Meeting("mtg-2")
    apply(
        meeting,
        meeting.schedule(
            title="财政专题会", kind="专题会", organiser="chen", organiser_department="finance", chair="chen",
            chair_department="finance", chair_clearance="秘密", slot=Slot(beijing(TUESDAY, 14), beijing(TUESDAY, 15)),
            classification="none", now=beijing(0, 9),
        ),
    )  # fmt: skip
    apply(meeting, meeting.invite([Invitee("zhao", "education", Capacity.OBSERVER)], {}))
    assert who_sees(meeting.audience()) == OFFICE_STAFF | {"chen", "zhao"}


# --- the service: stored events, and its own lists agreeing with its GET --------------------------


async def test_every_stored_event_of_a_meeting_carries_its_audience_after_it(office: Office):
    meeting = await office.schedule(title="县政府办公会")
    await office.invite(meeting, ["chen"])
    await office.notice(meeting)
    ok(await office.leave(meeting, "chen", "赴省财政厅汇报"))
    office.at(beijing(TUESDAY, 11, 30))
    await office.held(meeting)
    await office.minutes_drafted(meeting, classification="秘密")
    store = office.service.runtime.store
    async with store.reading() as reading:
        stored = await store.read_stream(reading.connection, meeting)
    audiences = [(e.type.split(".")[3], e.audience()) for e in stored]
    assert all(audience is not None for _, audience in audiences)
    steps = [
        (kind, a.classification, "chen" in a.people, sorted(a.personal_data))
        for kind, a in audiences
        if a is not None
    ]
    assert steps == [
        ("scheduled", "none", False, []),
        ("room_booked", "none", False, []),
        ("person_invited", "none", True, []),
        ("notice_issued", "none", True, []),
        ("leave_requested", "none", True, ["leave_reason"]),
        ("marked_absent", "none", True, ["leave_reason"]),  # 罗县长, the chair, did not sign in
        ("held", "none", True, ["leave_reason"]),
        ("minutes_drafted", "秘密", True, ["leave_reason"]),
    ]
    first = audiences[0][1]
    assert first == Audience.of(people=["shen", "luo"], members_of=["office", "gov"], departments=["office"])


async def test_for_every_person_the_list_and_the_room_schedules_show_exactly_what_the_get_opens(tmp_path):
    async with demo_loaded(tmp_path, FRIDAY_MORNING) as (office, _):
        store = office.service.runtime.store
        async with store.reading() as reading:
            every_meeting = [row.id for row in await reading.connection.execute(select(meetings_table.c.id))]
            published = {  # the audience the last event of each meeting carries, as a reader receives it
                m: (await store.read_stream(reading.connection, m))[-1].audience() for m in every_meeting
            }
        whole = {m: await office.meeting(m, as_="feng") for m in every_meeting}  # 冯主任 sees them all
        rooms = [room["id"] for room in ok(await office.get("/rooms", "feng"))["items"]]
        weeks = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]
        only_taken = 0
        for person in DIRECTORY.people:
            opened = {
                m for m in every_meeting if (await office.get(f"/meetings/{m}", person)).status_code == 200
            }
            listed = {m["id"] for m in ok(await office.get("/meetings", person, limit=200))["items"]}
            assert listed == opened, person
            busy = [
                b
                for room in rooms
                for week in weeks
                for b in ok(await office.get(f"/rooms/{room}/schedule", person, week=week))["busy"]
            ]
            assert {b["meeting_id"] for b in busy if b["title"] is not None} == {
                m for m in opened if whole[m]["room"] is not None
            }, person
            only_taken += sum(b["title"] is None for b in busy)
            # What the events publish never admits someone the GET refuses: a reader that follows it
            # shows no more than the service does, the minutes included.
            for m, audience in published.items():
                assert audience is not None
                if Actor.of(DIRECTORY.person(person)).sees(audience, DIRECTORY):
                    assert m in opened, (person, m)
                    if whole[m]["minutes_stage"] is not None:
                        ok(await office.get(f"/meetings/{m}/minutes", person))
        assert only_taken > 0  # the demo does hide some titles from some people


async def test_an_upgraded_database_lists_exactly_what_its_get_opens(tmp_path):
    """The previous release's meetings database (tests/platform/previous_release) keeps its
    `meeting_access` rows as they were; read as the audience's grants, they list what the GET opens."""
    path = tmp_path / "previous.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript((PREVIOUS_RELEASE / "meetings.sql").read_text())
    async with running_service(DEFINITION, tmp_path, database_url=f"sqlite+aiosqlite:///{path}") as service:
        office = Office(service)
        async with service.runtime.store.reading() as reading:
            every_meeting = [row.id for row in await reading.connection.execute(select(meetings_table.c.id))]
        assert len(every_meeting) > 5
        for person in DIRECTORY.people:
            opened = {
                m for m in every_meeting if (await office.get(f"/meetings/{m}", person)).status_code == 200
            }
            listed = {m["id"] for m in ok(await office.get("/meetings", person, limit=200))["items"]}
            assert listed == opened, person
