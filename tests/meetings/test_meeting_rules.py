"""Rules of §4 checked on the Meeting aggregate itself: no I/O, instants passed in."""

from __future__ import annotations

from datetime import date

import pytest
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.events import registry
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.parts import Invitee, Slot
from shuniu_meetings.domain.values import Capacity, FollowUp
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import InvalidInput, RuleBroken
from shuniu_shared.events import DomainEvent

from tests.meetings.office import TUESDAY, beijing

DIRECTORY = Directory.load()
CHEN = Viewer("chen", ("finance", "gov"), frozenset({"department_head"}), "秘密")
ZHAO = Viewer("zhao", ("education", "gov"), frozenset({"staff"}), "none")
CHEN_IN_DIRECTORY = Person(
    "chen", "陈局长", "finance", frozenset({"department_head"}), "秘密"
)  # takes 财政局's tasks


def apply(meeting: Meeting, events: list) -> Meeting:
    for event in events:
        meeting.apply(event)
    return meeting


def a_meeting(classification: str = "none") -> Meeting:
    meeting = Meeting("mtg-1")
    slot = Slot(beijing(TUESDAY, 9), beijing(TUESDAY, 11))
    apply(
        meeting,
        meeting.schedule(
            title="常务会", kind="常务会", organiser="shen", organiser_department="office", chair="luo",
            chair_department="gov", chair_clearance="绝密", slot=slot,
            classification=classification,  # type: ignore[arg-type]
            now=beijing(0, 9),
        ),
    )  # fmt: skip
    return apply(meeting, meeting.invite([Invitee("chen", "finance", Capacity.ATTENDEE)], {}))


def held(meeting: Meeting) -> Meeting:
    return apply(meeting, meeting.mark_held("shen", beijing(TUESDAY, 9, 5)))


def test_minutes_are_never_classified_below_their_meeting():
    meeting = held(a_meeting(classification="秘密"))
    with pytest.raises(RuleBroken):
        meeting.draft_minutes("li", "none", "")
    assert meeting.draft_minutes("li", "机密", "")


def test_someone_marked_absent_at_held_who_then_signs_in_late_is_present_and_late():
    meeting = held(a_meeting())
    assert meeting.absent == {"luo": "gov", "chen": "finance"}
    apply(meeting, meeting.sign_in(CHEN, beijing(TUESDAY, 9, 40)))
    assert "chen" not in meeting.absent and meeting.attendance["chen"].minutes_late == 40


def test_a_supervision_report_already_known_changes_nothing():
    meeting = held(a_meeting())
    apply(meeting, meeting.draft_minutes("li", "none", ""))
    apply(
        meeting,
        meeting.draft_resolution("r1", "落实资金", "finance", [], date(2026, 3, 31), [CHEN_IN_DIRECTORY]),
    )
    apply(meeting, meeting.approve_minutes("luo"))
    apply(meeting, meeting.record_supervision("r1", "task-1"))
    assert meeting.record_supervision("r1", "task-1") == []
    apply(meeting, meeting.record_completion("r1", "task-1", "已拨付", date(2026, 3, 20)))
    assert meeting.resolutions["r1"].follow_up is FollowUp.DONE
    assert meeting.record_completion("r1", "task-1", "again", None) == []
    assert meeting.record_supervision("r1", "task-2") == []  # done stays done


def test_a_substitute_must_be_someone_else():
    meeting = a_meeting()
    with pytest.raises(InvalidInput):
        meeting.request_leave(CHEN, "出差", "chen", beijing(TUESDAY - 1, 9))


def test_a_department_under_the_county_government_does_not_see_the_county_leaders_meetings():
    meeting = a_meeting()
    assert meeting.visible_to(CHEN, DIRECTORY) and not meeting.visible_to(ZHAO, DIRECTORY)
    apply(meeting, meeting.invite([], {"education": Capacity.OBSERVER}))
    assert meeting.visible_to(ZHAO, DIRECTORY)


def test_the_stored_history_replays_to_the_same_meeting():
    meeting, history = Meeting("mtg-1"), list[DomainEvent]()

    def decide(events: list) -> None:
        history.extend(registry.decode(e.ce_type(), e.data()) for e in events)  # as stored and read back
        apply(meeting, events)

    slot = Slot(beijing(TUESDAY, 9), beijing(TUESDAY, 11))
    decide(
        meeting.schedule(
            title="常务会", kind="常务会", organiser="shen", organiser_department="office", chair="luo",
            chair_department="gov", chair_clearance="绝密", slot=slot, classification="none",
            now=beijing(0, 9),
        )
    )  # fmt: skip
    decide(meeting.invite([Invitee("chen", "finance", Capacity.ATTENDEE)], {"education": Capacity.OBSERVER}))
    decide(meeting.request_leave(CHEN, "出差", "qian", beijing(TUESDAY - 1, 9)))
    decide(meeting.sign_in(ZHAO, beijing(TUESDAY, 9, 15)))
    decide(meeting.mark_held("shen", beijing(TUESDAY, 11)))
    decide(meeting.draft_minutes("li", "none", "纪要"))
    decide(
        meeting.draft_resolution(
            "r1", "落实资金", "finance", ["agriculture"], date(2026, 3, 31), [CHEN_IN_DIRECTORY]
        )
    )
    decide(meeting.approve_minutes("luo"))

    replayed = Meeting.replay("mtg-1", history)
    assert replayed.version == meeting.version == len(history)
    assert replayed.attendance_blocks() == meeting.attendance_blocks()
    assert replayed.resolutions == meeting.resolutions and replayed.resolutions["r1"].adopted
    assert [line.person for line in replayed.attendance_blocks().observers] == ["zhao"]
