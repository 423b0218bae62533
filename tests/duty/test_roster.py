"""值班 (docs/rules.md §7) as the roster's own rules, dated: 2027's 春节 from the computed calendar
(no notice installed yet) gets the extra staff; a swap stands once the office director approves it; the
incoming shift acknowledges a handover; one left unacknowledged for 30 minutes alerts the director
once; and a duty log entry is seen by the office and by those told, nobody else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import pytest
from shuniu_duty.domain.roster import DutyLogEntry, Roster, SensitivePeriod, Staffing
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor
from shuniu_shared.errors import Forbidden, InvalidInput
from shuniu_shared.events import DomainEvent

CALENDAR = WorkingCalendar.china()  # 2027 has no notice: its 春节 is the computed one
STAFFING = Staffing(leaders=1, officers=1, extra_leaders=1, extra_officers=2)
LEADERS, OFFICERS = ["yang", "zhao"], ["li", "wang", "sun"]
DIRECTOR = Actor("zhou", "office", frozenset({"office_director"}), "机密")


def person(id: str, *roles: str) -> Actor:
    return Actor(id, "office", frozenset(roles), "none")


def at(day: int, hour: int, minute: int = 0, month: int = 2) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=OFFICE_TZ)


def planned(first: date, last: date, staffing: Staffing = STAFFING, **kw: object) -> Roster:
    events = Roster.plan(
        "2027-02",
        DIRECTOR,
        office_department="office",
        first_day=first,
        last_day=last,
        leaders=LEADERS,
        officers=OFFICERS,
        calendar=CALENDAR,
        staffing=staffing,
        **kw,  # type: ignore[arg-type]
    )
    return Roster.replay("2027-02", events)


def then(roster: Roster, events: Sequence[DomainEvent]) -> Roster:
    for event in events:
        roster.apply(event)
    return roster


def test_2027s_spring_festival_days_off_are_staffed_with_two_officers_and_the_working_days_around_with_one():
    roster = planned(date(2027, 2, 1), date(2027, 2, 14))

    for day in (date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 8)):  # 除夕, 初一, 初三
        shift = roster.shifts[day]
        assert (shift.reason, len(shift.leaders), len(shift.officers)) == ("节假日", 1, 2)
    for day in (date(2027, 2, 4), date(2027, 2, 11)):  # the Thursday before, the Thursday after
        shift = roster.shifts[day]
        assert (shift.reason, len(shift.leaders), len(shift.officers)) == (None, 1, 1)
    # the officers take their turns: nobody stands two days running while others rest
    assert roster.shifts[date(2027, 2, 4)].officers == ["li"]
    assert roster.shifts[date(2027, 2, 5)].officers == ["wang", "sun"]


def test_a_sensitive_period_on_working_days_gets_the_configured_extra_staff():
    两会 = SensitivePeriod("全国两会", date(2027, 3, 3), date(2027, 3, 4))
    staffing = Staffing(extra_leaders=2, extra_officers=3, sensitive_periods=(两会,))
    roster = planned(date(2027, 3, 1), date(2027, 3, 5), staffing)

    assert roster.shifts[date(2027, 3, 3)].reason == "全国两会"
    assert (len(roster.shifts[date(2027, 3, 3)].leaders), len(roster.shifts[date(2027, 3, 3)].officers)) == (
        2,
        3,
    )
    assert roster.shifts[date(2027, 3, 2)].reason is None


def test_a_roster_longer_than_a_month_is_refused_and_only_the_director_plans_one():
    with pytest.raises(InvalidInput):
        planned(date(2027, 2, 1), date(2027, 3, 15))
    with pytest.raises(Forbidden):
        Roster.plan(
            "r",
            person("li", "duty_officer"),
            office_department="office",
            first_day=date(2027, 2, 1),
            last_day=date(2027, 2, 7),
            leaders=LEADERS,
            officers=OFFICERS,
            calendar=CALENDAR,
            staffing=STAFFING,
        )


def test_a_swap_asked_for_takes_effect_only_when_the_office_director_approves_it():
    roster = planned(date(2027, 2, 1), date(2027, 2, 7))
    monday = date(2027, 2, 1)
    assert roster.on_duty(monday) == (["yang"], ["li"])

    then(roster, roster.request_swap(person("li", "duty_officer"), monday, "wang", "孩子生病", at(1, 8)))
    assert roster.on_duty(monday) == (["yang"], ["li"])  # asked, not yet approved
    with pytest.raises(Forbidden):
        roster.approve_swap(person("yang", "duty_leader"), 1, at(1, 9))

    then(roster, roster.approve_swap(DIRECTOR, 1, at(1, 9)))
    assert roster.on_duty(monday) == (["yang"], ["wang"])
    audience = roster.audience()
    assert audience is not None and "wang" in audience.people


def test_the_incoming_shift_acknowledges_the_handover_and_no_alert_is_raised():
    roster = planned(date(2027, 2, 1), date(2027, 2, 7))
    items = ["城关镇化工厂火灾续报待报", "县应急局回电待接"]
    then(roster, roster.hand_over(person("li", "duty_officer"), date(2027, 2, 1), items, at(2, 8), STAFFING))
    with pytest.raises(Forbidden):  # 李 handed over; he cannot acknowledge his own handover
        roster.acknowledge(person("li", "duty_officer"), date(2027, 2, 1), at(2, 8, 10))

    then(roster, roster.acknowledge(person("wang", "duty_officer"), date(2027, 2, 1), at(2, 8, 10)))

    assert roster.handovers[date(2027, 2, 1)].open_items == items
    assert roster.alerts_due(at(2, 9)) == []


def test_a_handover_left_unacknowledged_for_30_minutes_alerts_the_director_once():
    roster = planned(date(2027, 2, 1), date(2027, 2, 7))
    then(roster, roster.hand_over(person("li", "duty_officer"), date(2027, 2, 1), [], at(2, 8), STAFFING))

    assert roster.alerts_due(at(2, 8, 29)) == []
    alerts = roster.alerts_due(at(2, 8, 30))
    assert [(a.day, a.kind) for a in alerts] == [(date(2027, 2, 1), "handover_unacknowledged")]
    then(roster, alerts)
    assert roster.alerts_due(at(2, 10)) == []  # already told: not again


def test_a_day_with_every_officer_away_is_unstaffed_and_alerts_the_director_once_it_comes():
    roster = planned(date(2027, 2, 1), date(2027, 2, 7), away={date(2027, 2, 3): set(OFFICERS)})

    assert roster.on_duty(date(2027, 2, 3))[1] == []
    assert roster.alerts_due(at(2, 23)) == []  # the day has not come yet
    alerts = roster.alerts_due(at(3, 0, 5))
    assert [(a.day, a.kind) for a in alerts] == [(date(2027, 2, 3), "unstaffed")]
    assert then(roster, alerts).alerts_due(at(3, 12)) == []


def test_a_duty_log_entry_is_seen_by_the_office_and_those_told_and_nobody_else():
    events = DutyLogEntry.record(
        "log-1",
        person("li", "duty_officer"),
        office_department="office",
        at=at(5, 22, 10),
        caller="张站长",
        organisation="城关镇派出所",
        said="工业园有浓烟",
        done="已通知消防并报带班领导",
        told=["yang"],
        now=at(5, 22, 15),
    )
    entry = DutyLogEntry.replay("log-1", events)
    audience = entry.audience()
    assert audience is not None
    assert audience.people == frozenset({"yang", "li"})
    assert audience.departments == frozenset({"office"})
    with pytest.raises(InvalidInput):
        DutyLogEntry.record(
            "log-2",
            person("li", "duty_officer"),
            office_department="office",
            at=at(5, 22, 10),
            caller=" ",
            organisation="",
            said="x",
            done="",
            told=[],
            now=at(5, 22, 15),
        )
