"""突发事件信息报送 (docs/rules.md §7), dated, on the incident's own rules: the clocks from when the office
learned of it, the 带班领导's approval before any report goes up, and 迟报 recorded with how late and why."""

from __future__ import annotations

from datetime import datetime

import pytest
from shuniu_duty.domain.events import Casualties, IncidentClosed, ReportSubmitted
from shuniu_duty.domain.incident import (
    Actor,
    Incident,
    Light,
    Oversight,
    ReportingLimits,
    ReportStage,
)
from shuniu_duty.domain.levels import IncidentLevel
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.errors import Forbidden, InvalidInput, OutOfTurn

DEFAULTS = ReportingLimits()
OFFICER = Actor("zhang.zhiban", frozenset({"bangongshi"}), frozenset({"duty_officer"}))
LEADER = Actor("li.daiban", frozenset({"gov"}), frozenset({"duty_leader"}))
OFFICE = Oversight(office_department="bangongshi")


def at(hour: int, minute: int, day: int = 7) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=OFFICE_TZ)


def learned(level: IncidentLevel, when: datetime, **kwargs: object) -> Incident:
    incident = Incident("inc-1", OFFICE)
    facts: dict[str, object] = {
        "title": "城关镇化工厂火灾",
        "category": "事故灾难",
        "place": "城关镇工业园",
        "level": level,
        "casualties": Casualties(injured=3),
        "measures": "消防已到场扑救，周边群众已疏散",
        "classification": "none",
        "reporting_department": "yingji",
        "departments_involved": ["yingji", "gongan"],
        "reported_by": "wang.yingji",
        "learned_at": when,
        "now": when,
        "limits": DEFAULTS,
        **kwargs,
    }
    for event in Incident.report("inc-1", **facts):  # type: ignore[arg-type]
        incident.apply(event)
    return incident


def act(incident: Incident, events: list) -> list:
    for event in events:
        incident.apply(event)
    return events


def goes_up(incident: Incident, kind: str, when: datetime, reason: str = "") -> ReportSubmitted:
    [drafted] = act(incident, incident.draft(OFFICER, kind, f"{kind} 报告", Casualties(injured=3), when))  # type: ignore[arg-type]
    act(incident, incident.approve(LEADER, drafted.number, when))
    return act(incident, incident.submit(OFFICER, drafted.number, when, late_reason=reason))[0]


def test_a_larger_incident_learned_of_at_2210_is_phoned_by_2240_and_written_by_2310() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10))

    assert incident.phone_due == at(22, 40)
    assert incident.written_due == at(23, 10)


def test_a_written_report_at_2325_is_recorded_15_minutes_late_with_its_reason() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10))
    goes_up(incident, "phone", at(22, 35))
    [drafted] = act(
        incident, incident.draft(OFFICER, "written", "火势已控制", Casualties(injured=3), at(23, 20))
    )
    act(incident, incident.approve(LEADER, drafted.number, at(23, 24)))

    with pytest.raises(InvalidInput) as refused:
        incident.submit(OFFICER, drafted.number, at(23, 25))
    assert refused.value.field == "late_reason"
    assert "15 分钟" in refused.value.zh

    [submitted] = act(incident, incident.submit(OFFICER, drafted.number, at(23, 25), "现场核实伤亡人数"))
    assert isinstance(submitted, ReportSubmitted)
    assert (submitted.due, submitted.minutes_late) == (at(23, 10), 15)
    assert submitted.late_reason == "现场核实伤亡人数"
    assert incident.reports[drafted.number].minutes_late == 15


def test_a_phone_report_in_time_is_not_late() -> None:
    incident = learned(IncidentLevel.MAJOR, at(22, 10))

    assert goes_up(incident, "phone", at(22, 40)).minutes_late is None  # the due minute itself is in time


def test_the_duty_leaders_approval_is_required_before_a_report_goes_up() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10))
    [drafted] = act(incident, incident.draft(OFFICER, "phone", "初报", Casualties(), at(22, 20)))

    with pytest.raises(OutOfTurn) as refused:
        incident.submit(OFFICER, drafted.number, at(22, 25))
    assert refused.value.code == "approval_required"
    with pytest.raises(Forbidden):
        incident.approve(OFFICER, drafted.number, at(22, 25))  # the duty officer cannot approve his own

    act(incident, incident.approve(LEADER, drafted.number, at(22, 26)))
    act(incident, incident.submit(OFFICER, drafted.number, at(22, 27)))
    assert incident.reports[drafted.number].stage is ReportStage.SUBMITTED
    assert incident.reports[drafted.number].approved_by == "li.daiban"


def test_a_general_incident_is_written_up_within_two_hours_with_no_phone_report() -> None:
    incident = learned(IncidentLevel.GENERAL, at(9, 0))

    assert incident.phone_due is None
    assert incident.written_due == at(11, 0)
    with pytest.raises(InvalidInput):
        incident.draft(OFFICER, "phone", "初报", Casualties(), at(9, 5))


def test_the_office_sets_its_own_limits() -> None:
    incident = learned(
        IncidentLevel.LARGER, at(22, 10), limits=ReportingLimits(phone_minutes=20, written_minutes=45)
    )

    assert (incident.phone_due, incident.written_due) == (at(22, 30), at(22, 55))


def test_levels_are_ordered_from_general_to_especially_major() -> None:
    assert IncidentLevel.GENERAL < IncidentLevel.LARGER < IncidentLevel.MAJOR < IncidentLevel.ESPECIALLY_MAJOR
    assert sorted(IncidentLevel, reverse=True)[0] is IncidentLevel.ESPECIALLY_MAJOR


def test_follow_ups_any_number_then_the_final_report_closes_it() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10))
    with pytest.raises(OutOfTurn):
        incident.draft(OFFICER, "follow_up", "续报", Casualties(), at(22, 15))  # the written report first
    goes_up(incident, "phone", at(22, 30))
    goes_up(incident, "written", at(23, 0))
    for hour in (23, 0, 1):
        assert goes_up(incident, "follow_up", at(hour, 30, day=7 if hour == 23 else 8)).minutes_late is None

    [drafted] = act(
        incident, incident.draft(OFFICER, "final", "处置结束", Casualties(injured=3), at(6, 0, day=8))
    )
    act(incident, incident.approve(LEADER, drafted.number, at(6, 5, day=8)))
    events = act(incident, incident.submit(OFFICER, drafted.number, at(6, 10, day=8)))

    assert isinstance(events[-1], IncidentClosed)
    assert incident.closed_at == at(6, 10, day=8)
    with pytest.raises(OutOfTurn):
        incident.draft(OFFICER, "follow_up", "又有新情况", Casualties(), at(7, 0, day=8))


def test_the_clock_lights_yellow_in_its_last_ten_minutes_and_red_once_past_due() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10))

    assert incident.light(at(22, 20), DEFAULTS) is Light.GREEN
    assert incident.light(at(22, 30), DEFAULTS) is Light.YELLOW  # the phone report is due at 22:40
    assert incident.light(at(22, 41), DEFAULTS) is Light.RED
    goes_up(incident, "phone", at(22, 42), reason="领导在现场")
    assert incident.light(at(22, 42), DEFAULTS) is Light.GREEN  # now the written report's clock, 23:10
    goes_up(incident, "written", at(23, 5))
    assert incident.light(at(23, 30), DEFAULTS) is None


def test_an_incident_is_seen_only_by_the_office_leaders_and_departments_involved() -> None:
    incident = learned(IncidentLevel.LARGER, at(22, 10), classification="秘密")
    audience = incident.audience()

    assert audience is not None
    assert audience.classification == "秘密"
    assert {"bangongshi", "yingji", "gongan"} <= audience.departments
    assert "caizheng" not in audience.departments  # a department not involved
    assert "duty_leader" in audience.roles


def test_bad_input_is_refused_in_chinese_first() -> None:
    with pytest.raises(InvalidInput) as empty:
        learned(IncidentLevel.LARGER, at(22, 10), place="  ")
    assert (empty.value.field, empty.value.zh) == ("place", "须写明事发地点")
    with pytest.raises(InvalidInput) as future:
        learned(IncidentLevel.LARGER, at(23, 0), now=at(22, 10))
    assert future.value.code == "learned_in_the_future"
    with pytest.raises(InvalidInput) as naive:
        learned(IncidentLevel.LARGER, datetime(2026, 12, 7, 22, 10))
    assert naive.value.code == "naive_time"
