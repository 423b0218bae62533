"""Issue 15, defects 2 and 3, as the regulation reads (《信访工作条例》§22–§35, docs/rules.md §2).

A date a person enters for a step already taken is on or before today in Asia/Shanghai and on or
after the step it follows. A complex case's handling may be extended once, by at most 30 days,
"经本机关、单位负责人批准" (§34): the petitions office asks, a responsible official of the body —
a county leader — approves or refuses in person, and the petitioner is told after the approval;
only the approval moves the 60-day clock. The HTTP cases run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from shuniu_reception.bootstrap import DEFINITION
from shuniu_reception.domain.clocks import ClockName
from shuniu_reception.domain.events import HandlingExtendedV1
from shuniu_reception.domain.petitions import Petition
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken
from shuniu_shared.eventstore import EventContext

from tests.reception.office import (
    accepted_petition,
    an_extension_is_asked,
    assigned_petition,
    clock_named,
    ok,
    petition,
    register_petition,
    the_extension_is_decided,
    the_petitioner_is_told_of_the_extension,
)
from tests.services import RunningService, running_service

CALENDAR = WorkingCalendar.china()
TODAY = date(2026, 3, 20)  # the office's today in the domain cases
TOMORROW = TODAY + timedelta(days=1)
LEADER, DIRECTOR = frozenset({"leader"}), frozenset({"office_director", "department_head"})


@pytest.fixture(params=["sqlite", "postgres"])
async def office(request, tmp_path, clock) -> AsyncIterator[RunningService]:
    """The reception service (today Monday 9 March 2026 in Beijing) on either store."""
    url = None
    if request.param == "postgres":
        url = request.getfixturevalue("postgres").create_database(f"reception_{uuid.uuid4().hex[:8]}")
    async with running_service(DEFINITION, tmp_path, database_url=url, clock=clock) as svc:
        yield svc


# ── domain: one rule for every dated step ──────────────────────────────────────────────────────


def then(petition: Petition, events: list) -> Petition:
    for e in events:
        petition.apply(e)
    return petition


def received_on(on: date) -> Petition:
    p = Petition("petition-1")
    return then(
        p, Petition.register("信访〔2026〕1号", "person-1", "letter", "enc:v1:x:y", on, "wang", TODAY)
    )


def routed_on(on: date) -> Petition:
    p = received_on(date(2026, 3, 2))
    return then(p, p.route("education", on, "wang", CALENDAR, TODAY))


def accepted_on(on: date) -> Petition:
    p = routed_on(date(2026, 3, 3))
    return then(p, p.accept(on, "受理告知书〔2026〕1号", TODAY))


def extension_asked_on(on: date) -> Petition:
    p = accepted_on(date(2026, 3, 4))
    return then(p, p.request_extension(20, "案情复杂", on, "wang", TODAY))


def extension_approved_on(on: date) -> Petition:
    p = extension_asked_on(date(2026, 3, 10))
    return then(p, p.approve_extension("fang", LEADER, on, TODAY))


def closed_by_supervision_on(on: date) -> Petition:
    p = accepted_on(date(2026, 3, 4))
    then(p, p.assign("education", "学校收费问题", "wang", staffed=True))
    return then(p, p.supervision_closed("task-1", "已办结", on))


def replied_on(on: date) -> Petition:
    p = closed_by_supervision_on(date(2026, 3, 10))
    return then(p, p.reply(on, "enc:v1:x:z", TODAY))


def review_requested_on(on: date) -> Petition:
    p = replied_on(date(2026, 3, 12))
    return then(p, p.request_review(on, "enc:v1:x:g", TODAY))


def register_on(_: Petition, on: date) -> list:
    return Petition.register("信访〔2026〕1号", "person-1", "letter", "enc:v1:x:y", on, "wang", TODAY)


# Each dated step: the petition as the step before left it (taken on `before`), and the step itself.
DATED_STEPS = {
    "received_on": (lambda _: Petition("petition-1"), None, register_on),
    "routed_on": (
        received_on,
        date(2026, 3, 2),
        lambda p, on: p.route("education", on, "wang", CALENDAR, TODAY),
    ),
    "accepted_on": (routed_on, date(2026, 3, 3), lambda p, on: p.accept(on, "告知书", TODAY)),
    "objected_on": (routed_on, date(2026, 3, 16), lambda p, on: p.object(on, "不属本机关职权", TODAY)),
    "extension requested_on": (
        accepted_on,
        date(2026, 3, 4),
        lambda p, on: p.request_extension(20, "复杂", on, "wang", TODAY),
    ),
    "extension decided_on": (
        extension_asked_on,
        date(2026, 3, 10),
        lambda p, on: p.approve_extension("fang", LEADER, on, TODAY),
    ),
    "extension told_on": (
        extension_approved_on,
        date(2026, 3, 11),
        lambda p, on: p.tell_petitioner_of_extension(on, "wang", TODAY),
    ),
    "replied_on": (
        closed_by_supervision_on,
        date(2026, 3, 10),
        lambda p, on: p.reply(on, "enc:v1:x:z", TODAY),
    ),
    "review requested_on": (
        replied_on,
        date(2026, 3, 12),
        lambda p, on: p.request_review(on, "enc:v1:x:g", TODAY),
    ),
    "hearing from_on": (review_requested_on, date(2026, 3, 13), lambda p, on: p.hold_hearing(on, on, TODAY)),
    "hearing to_on": (
        review_requested_on,
        date(2026, 3, 13),
        lambda p, on: p.hold_hearing(date(2026, 3, 13), on, TODAY),
    ),
    "review decided_on": (
        review_requested_on,
        date(2026, 3, 13),
        lambda p, on: p.decide_review(on, "upheld", "维持", TODAY),
    ),
}


@pytest.mark.parametrize("step_name", list(DATED_STEPS))
def test_a_step_may_not_be_dated_after_today_in_beijing(step_name):
    given, before, step = DATED_STEPS[step_name]
    with pytest.raises(InvalidInput) as refused:
        step(given(before), TOMORROW)
    assert refused.value.code == "date_in_the_future"
    assert step(given(before), TODAY)  # today itself is fine


@pytest.mark.parametrize("step_name", [name for name, (_, before, _) in DATED_STEPS.items() if before])
def test_a_step_may_not_be_dated_before_the_step_it_follows(step_name):
    given, before, step = DATED_STEPS[step_name]
    assert before is not None
    with pytest.raises(InvalidInput) as refused:
        step(given(before), before - timedelta(days=1))
    assert refused.value.code == "date_before_previous_step"
    assert step(given(before), before)  # the same day is fine


def test_the_petitioner_told_on_2020_01_01_years_before_the_petition_is_refused():
    petition = extension_approved_on(date(2026, 3, 11))
    with pytest.raises(InvalidInput) as refused:
        petition.tell_petitioner_of_extension(date(2020, 1, 1), "wang", TODAY)
    assert refused.value.field == "told_on"


def test_an_extension_is_approved_by_a_county_leader_not_by_the_office_director():
    petition = extension_asked_on(date(2026, 3, 10))
    with pytest.raises(RuleBroken) as refused:
        petition.approve_extension("feng", DIRECTOR, date(2026, 3, 11), TODAY)
    assert refused.value.code == "approver_not_responsible"
    then(petition, petition.approve_extension("luo", frozenset({"leader", "principal_leader"}), TODAY, TODAY))
    assert petition.clocks[ClockName.HANDLING].due_on == date(2026, 5, 23)  # 4 March + 60 + 20


def test_only_the_approval_moves_the_60_day_clock_and_a_refusal_leaves_it():
    asked = extension_asked_on(date(2026, 3, 10))
    assert asked.clocks[ClockName.HANDLING].due_on == date(2026, 5, 3)
    refused = then(asked, asked.refuse_extension("fang", LEADER, date(2026, 3, 12), "尚可按期办结", TODAY))
    assert refused.clocks[ClockName.HANDLING].due_on == date(2026, 5, 3)
    assert not refused.extended
    with pytest.raises(RuleBroken) as again:
        refused.request_extension(10, "仍然复杂", date(2026, 3, 13), "wang", TODAY)
    assert again.value.code == "extended_once"


def test_the_petitioner_is_told_only_after_the_approval_and_only_once():
    asked = extension_asked_on(date(2026, 3, 10))
    with pytest.raises(OutOfTurn) as early:
        asked.tell_petitioner_of_extension(date(2026, 3, 11), "wang", TODAY)
    assert early.value.code == "extension_not_approved"
    approved = then(asked, asked.approve_extension("fang", LEADER, date(2026, 3, 11), TODAY))
    told = then(approved, approved.tell_petitioner_of_extension(date(2026, 3, 11), "wang", TODAY))
    assert told.extension is not None and told.extension.told_on == date(2026, 3, 11)
    with pytest.raises(OutOfTurn):
        told.tell_petitioner_of_extension(TODAY, "wang", TODAY)


def test_an_extension_is_approved_within_the_handling_period_it_extends():
    petition = received_on(date(2026, 1, 2))
    then(petition, petition.route("education", date(2026, 1, 3), "wang", CALENDAR, TODAY))
    then(petition, petition.accept(date(2026, 1, 4), "受理告知书〔2026〕1号", TODAY))  # handling due 5 March
    then(petition, petition.request_extension(20, "案情复杂", date(2026, 3, 5), "wang", TODAY))
    with pytest.raises(RuleBroken) as late:
        petition.approve_extension("fang", LEADER, date(2026, 3, 6), TODAY)
    assert late.value.code == "too_late_to_extend"


# ── over HTTP, on both stores ──────────────────────────────────────────────────────────────────


async def test_routing_dated_in_the_future_is_refused_and_moves_no_clock(office):
    petition_id = await register_petition(office, "2026-03-02")
    routed = await office.client.post(
        f"/petitions/{petition_id}/route",
        json={"to_department": "education", "routed_on": "2027-06-01"},
        headers=office.as_("wang"),
    )
    assert routed.status_code == 422
    assert (routed.json()["code"], routed.json()["field"]) == ("date_in_the_future", "routed_on")
    view = await petition(office, petition_id)
    assert view["stage"] == "registered" and [c["name"] for c in view["clocks"]] == ["routing"]


async def test_acceptance_dated_tomorrow_is_refused_and_handling_does_not_start(office):
    petition_id = await register_petition(office, "2026-03-02")
    ok(
        await office.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education", "routed_on": "2026-03-05"},
            headers=office.as_("wang"),
        )
    )
    tomorrow = await office.client.post(
        f"/petitions/{petition_id}/accept",
        json={"notice": "受理告知书〔2026〕1号", "accepted_on": "2026-03-10"},  # today is 9 March
        headers=office.as_("wang", **{"Accept-Language": "en"}),
    )
    assert tomorrow.status_code == 422 and tomorrow.json()["field"] == "accepted_on"
    assert "after today (2026-03-09)" in tomorrow.json()["detail"]
    assert clock_named(await petition(office, petition_id), "acceptance")["met_on"] is None


async def test_an_extension_is_asked_approved_by_a_leader_in_person_then_told(office):
    petition_id = await assigned_petition(office)  # accepted 9 March: handling due 8 May
    ok(await an_extension_is_asked(office, petition_id, days=30, reason="涉及多个部门，需现场核查"))
    assert clock_named(await petition(office, petition_id), "handling")["due_on"] == "2026-05-08"
    told_early = await the_petitioner_is_told_of_the_extension(office, petition_id)
    assert told_early.status_code == 409 and told_early.json()["code"] == "extension_not_approved"
    by_the_officer = await the_extension_is_decided(office, petition_id, by="wang")
    assert by_the_officer.status_code == 403  # the approval is the approver's own step

    ok(await the_extension_is_decided(office, petition_id, by="fang"))
    years_before = await the_petitioner_is_told_of_the_extension(office, petition_id, told_on="2020-01-01")
    assert years_before.status_code == 422 and years_before.json()["code"] == "date_before_previous_step"
    ok(await the_petitioner_is_told_of_the_extension(office, petition_id))
    view = await petition(office, petition_id)
    assert clock_named(view, "handling")["due_on"] == "2026-06-07"
    assert (view["extension"]["decided_by"], view["extension"]["told_on"]) == ("fang", "2026-03-09")
    steps = [e["type"] for e in (await _history(office, petition_id))[-3:]]
    assert steps == [
        "shuniu.reception.petition.extension_requested.v2",
        "shuniu.reception.petition.extended.v4",
        "shuniu.reception.petition.extension_told.v1",
    ]
    assert [e["actor"] for e in (await _history(office, petition_id))[-3:]] == ["wang", "fang", "wang"]


async def test_a_refused_extension_leaves_the_handling_clock(office):
    petition_id = await accepted_petition(office)
    ok(await an_extension_is_asked(office, petition_id))
    no_opinion = await the_extension_is_decided(office, petition_id, by="luo", decision="refuse")
    assert no_opinion.status_code == 422 and no_opinion.json()["field"] == "opinion"
    ok(await the_extension_is_decided(office, petition_id, by="luo", decision="refuse", opinion="可按期办结"))
    view = await petition(office, petition_id)
    assert clock_named(view, "handling")["due_on"] == "2026-05-08"
    assert (view["extended"], view["extension"]["decision"]) == (False, "refused")


async def test_an_extension_recorded_the_old_way_still_reads_as_an_approval(office):
    """A `petition.extended.v1` stored before approval was its own step is read through its
    upcaster: the clock it moved stays moved; its unchecked "told on" date is not taken over."""
    petition_id = await accepted_petition(office)
    legacy = HandlingExtendedV1(
        days=10,
        reason="案情复杂",
        approved_by="feng",
        petitioner_told_on=date(2020, 1, 1),
        handling_due_on=date(2026, 5, 18),
    )
    async with office.runtime.store.unit_of_work(EventContext(actor="wang")) as uow:
        await office.runtime.store.append(uow.connection, petition_id, 3, [legacy], uow.context)
    view = await petition(office, petition_id)
    assert clock_named(view, "handling")["due_on"] == "2026-05-18"
    assert view["extended"] is True
    assert view["extension"] | {"reason": "…"} == {
        "days": 10,
        "reason": "…",
        "requested_on": None,
        "requested_by": None,
        "decision": "approved",
        "decided_by": "feng",
        "decided_on": None,
        "opinion": "",
        "told_on": None,
    }
    assert (await _history(office, petition_id))[-1]["data"]["petitioner_told_on"] == "2020-01-01"


async def _history(svc: RunningService, petition_id: str) -> list[dict]:
    return ok(await svc.client.get(f"/petitions/{petition_id}/history", headers=svc.as_("wang")))["events"]
