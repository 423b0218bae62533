"""The statutory clocks of a petition (《信访工作条例》2022, docs/rules.md §2), as dated cases.

Calendar days unless the rule says working days; "within N days of D" ends on D + N.
"""

from __future__ import annotations

from datetime import date

import pytest
from shuniu_reception.domain.clocks import ClockName
from shuniu_reception.domain.petitions import Petition, PetitionStage
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken

CALENDAR = WorkingCalendar.china()
LEADER = frozenset({"leader"})
TODAY = date(2026, 9, 1)  # the office's today: after every dated step below


def given_a_petition_received_on(received: date) -> Petition:
    petition = Petition("petition-1")
    for e in Petition.register(
        "信访〔2026〕1号", "person-1", "letter", "enc:v1:x:y", received, "wang", received
    ):
        petition.apply(e)
    return petition


def then(petition: Petition, events: list) -> Petition:
    for e in events:
        petition.apply(e)
    return petition


def routed(received: date, on: date) -> Petition:
    p = given_a_petition_received_on(received)
    return then(p, p.route("education", on, "wang", CALENDAR, TODAY))


def accepted(on: date) -> Petition:
    p = routed(on, on)
    return then(p, p.accept(on, "受理告知书〔2026〕1号", TODAY))


def replied(on: date) -> Petition:
    p = accepted(on)
    then(p, p.assign("education", "学校收费问题", "wang", staffed=True))
    then(p, p.supervision_opened("task-1"))
    then(p, p.supervision_closed("task-1", "已办结", on))
    return then(p, p.reply(on, "enc:v1:x:z", TODAY))


def due(petition: Petition, clock: ClockName) -> date:
    return petition.clocks[clock].due_on


def test_routing_is_due_15_days_after_receipt():
    petition = given_a_petition_received_on(date(2026, 3, 2))
    assert due(petition, ClockName.ROUTING) == date(2026, 3, 17)
    assert petition.clocks[ClockName.ROUTING].days_left(date(2026, 3, 14)) == 3
    assert petition.clocks[ClockName.ROUTING].status(date(2026, 3, 14)) == "approaching"
    assert petition.clocks[ClockName.ROUTING].status(date(2026, 3, 18)) == "overdue"


def test_the_acceptance_notice_is_due_15_days_after_routing():
    petition = routed(date(2026, 3, 2), date(2026, 3, 10))
    assert petition.clocks[ClockName.ROUTING].met_on == date(2026, 3, 10)
    assert due(petition, ClockName.ACCEPTANCE) == date(2026, 3, 25)


def test_an_objection_window_crossing_qingming_counts_5_working_days():
    # Routed Thu 2 April 2026: Fri 3 is worked, 4–6 April are 清明 holidays, then Tue 7 to Fri 10.
    petition = routed(date(2026, 3, 30), date(2026, 4, 2))
    assert due(petition, ClockName.OBJECTION) == date(2026, 4, 10)


def test_an_objection_window_crossing_labour_day_counts_the_make_up_saturday():
    # Routed Thu 30 April 2026: 1–5 May are 劳动节; Wed 6, Thu 7, Fri 8 and the 调休 Saturday 9 May
    # are worked, so the fifth working day is Monday 11 May.
    petition = routed(date(2026, 4, 28), date(2026, 4, 30))
    assert due(petition, ClockName.OBJECTION) == date(2026, 5, 11)


def test_an_objection_after_5_working_days_is_refused():
    petition = routed(date(2026, 3, 30), date(2026, 4, 2))
    with pytest.raises(RuleBroken) as refused:
        petition.object(date(2026, 4, 11), "不属本机关职权", TODAY)
    assert refused.value.code == "objection_window_passed"
    assert petition.object(date(2026, 4, 10), "不属本机关职权", TODAY)


def test_an_objected_petition_is_routed_again_to_the_body_whose_remit_it_is():
    """§23: a body that finds the item outside its remit objects; the petitions office then routes it
    to the right body, whose 15 days to accept run from that routing. The first routing was on time
    and stays so."""
    petition = routed(date(2026, 3, 30), date(2026, 4, 2))
    then(petition, petition.object(date(2026, 4, 8), "不属本机关职权", TODAY))
    with pytest.raises(InvalidInput) as refused:
        petition.route("finance", date(2026, 4, 7), "wang", CALENDAR, TODAY)
    assert refused.value.code == "date_before_previous_step"

    then(petition, petition.route("finance", date(2026, 4, 9), "wang", CALENDAR, TODAY))

    assert (petition.stage, petition.department) == (PetitionStage.ROUTED, "finance")
    assert due(petition, ClockName.ACCEPTANCE) == date(2026, 4, 24)
    assert petition.clocks[ClockName.ROUTING].met_on == date(2026, 4, 2)


def test_handling_is_due_60_days_after_acceptance():
    petition = accepted(date(2026, 3, 10))
    assert due(petition, ClockName.HANDLING) == date(2026, 5, 9)


def test_handling_may_be_extended_once_by_at_most_30_days_once_a_responsible_official_approves():
    petition = accepted(date(2026, 3, 10))
    with pytest.raises(RuleBroken) as too_long:
        petition.request_extension(31, "案情复杂", date(2026, 4, 1), "wang", TODAY)
    assert too_long.value.code == "extension_too_long"
    then(petition, petition.request_extension(30, "案情复杂，需现场核查", date(2026, 4, 1), "wang", TODAY))
    assert due(petition, ClockName.HANDLING) == date(2026, 5, 9)  # asked, not yet approved
    then(petition, petition.approve_extension("fang", LEADER, date(2026, 4, 2), TODAY))
    assert due(petition, ClockName.HANDLING) == date(2026, 6, 8)
    with pytest.raises(RuleBroken) as second:
        petition.request_extension(5, "仍需核查", date(2026, 4, 3), "wang", TODAY)
    assert second.value.code == "extended_once"


def test_the_reply_waits_for_the_supervision_task_to_close():
    petition = accepted(date(2026, 3, 10))
    then(petition, petition.assign("education", "学校收费问题", "wang", staffed=True))
    then(petition, petition.supervision_opened("task-7"))
    with pytest.raises(OutOfTurn) as refused:
        petition.reply(date(2026, 4, 1), "enc:v1:x:z", TODAY)
    assert refused.value.code == "supervision_open"


def test_a_review_asked_on_day_30_after_the_reply_is_accepted_and_on_day_31_refused():
    petition = replied(date(2026, 3, 10))
    assert due(petition, ClockName.REVIEW_REQUEST) == date(2026, 4, 9)
    with pytest.raises(RuleBroken) as late:
        petition.request_review(date(2026, 4, 10), "enc:v1:x:g", TODAY)
    assert late.value.code == "review_window_passed"
    then(petition, petition.request_review(date(2026, 4, 9), "enc:v1:x:g", TODAY))
    assert petition.stage is PetitionStage.UNDER_REVIEW
    assert due(petition, ClockName.REVIEW_DECISION) == date(2026, 5, 9)


def test_hearing_days_do_not_count_towards_the_review_decision():
    petition = replied(date(2026, 3, 10))
    then(petition, petition.request_review(date(2026, 4, 1), "enc:v1:x:g", TODAY))
    assert due(petition, ClockName.REVIEW_DECISION) == date(2026, 5, 1)
    then(petition, petition.hold_hearing(date(2026, 4, 20), date(2026, 4, 22), TODAY))  # 听证 three days
    assert due(petition, ClockName.REVIEW_DECISION) == date(2026, 5, 4)


def test_second_review_is_asked_within_30_days_of_the_review_decision_and_decided_within_30():
    petition = replied(date(2026, 3, 10))
    then(petition, petition.request_review(date(2026, 4, 1), "enc:v1:x:g", TODAY))
    then(petition, petition.decide_review(date(2026, 4, 20), "upheld", "维持原答复", TODAY))
    assert due(petition, ClockName.SECOND_REVIEW_REQUEST) == date(2026, 5, 20)
    with pytest.raises(RuleBroken):
        petition.request_review(date(2026, 5, 21), "enc:v1:x:g", TODAY)
    then(petition, petition.request_review(date(2026, 5, 20), "enc:v1:x:g", TODAY))
    assert petition.stage is PetitionStage.UNDER_SECOND_REVIEW
    then(petition, petition.hold_hearing(date(2026, 6, 1), date(2026, 6, 1), TODAY))
    assert due(petition, ClockName.SECOND_REVIEW_DECISION) == date(2026, 6, 20)


def test_after_second_review_the_same_facts_and_grounds_are_refused():
    petition = replied(date(2026, 3, 10))
    then(petition, petition.request_review(date(2026, 4, 1), "enc:v1:x:g", TODAY))
    then(petition, petition.decide_review(date(2026, 4, 20), "upheld", "维持", TODAY))
    then(petition, petition.request_review(date(2026, 5, 1), "enc:v1:x:g", TODAY))
    then(petition, petition.decide_review(date(2026, 5, 15), "upheld", "维持", TODAY))
    assert petition.stage is PetitionStage.FINAL
    with pytest.raises(RuleBroken) as refused:
        petition.request_review(date(2026, 5, 16), "enc:v1:x:g", TODAY)
    assert refused.value.code == "same_facts_and_grounds"


def test_an_alert_is_raised_once_and_not_for_a_clock_that_moved_or_stopped():
    petition = accepted(date(2026, 3, 10))
    first = petition.raise_alert("approaching", ClockName.HANDLING, date(2026, 5, 9))
    assert len(first) == 1
    then(petition, first)
    assert petition.raise_alert("approaching", ClockName.HANDLING, date(2026, 5, 9)) == []
    then(petition, petition.request_extension(10, "复杂", date(2026, 5, 1), "wang", TODAY))
    then(petition, petition.approve_extension("fang", LEADER, date(2026, 5, 1), TODAY))
    assert petition.raise_alert("overdue", ClockName.HANDLING, date(2026, 5, 9)) == []
    assert petition.raise_alert("overdue", ClockName.ROUTING, date(2026, 3, 25)) == []  # met


def test_a_petition_refuses_a_channel_it_does_not_know_whoever_registers_it():
    """来信、来访、电话、网上: the petition checks its own words rather than trusting the API's model."""
    with pytest.raises(InvalidInput) as refused:
        Petition.register(
            "信访〔2026〕2号", "person-1", "fax", "enc:v1:x:y", date(2026, 3, 10), "wang", date(2026, 3, 10)
        )
    assert refused.value.field == "channel"


def test_a_review_is_decided_as_upheld_or_revised_and_nothing_else():
    petition = replied(date(2026, 3, 10))
    then(petition, petition.request_review(date(2026, 4, 1), "enc:v1:x:g", TODAY))
    with pytest.raises(InvalidInput) as refused:
        petition.decide_review(date(2026, 4, 20), "withdrawn", "撤回", TODAY)
    assert refused.value.field == "outcome"
