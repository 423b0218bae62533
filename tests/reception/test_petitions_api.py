"""Petitions over HTTP: each step by the petitions officer, the clocks shown and alerted, the
assignment published for supervision, and the reply held until supervision closes the task."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.reception.office import (
    PETITIONER,
    accepted_petition,
    an_extension_is_asked,
    assigned_petition,
    clock_named,
    event_types,
    eventually,
    ok,
    petition,
    register_petition,
    supervision_publishes,
    task_event,
    the_extension_is_decided,
)


async def test_a_registered_petition_shows_its_routing_clock_with_the_days_left(reception):
    petition_id = await register_petition(reception, "2026-03-02")
    view = await petition(reception, petition_id)
    assert view["case_number"] == "信访〔2026〕1号"
    routing = clock_named(view, "routing")
    assert routing["due_on"] == "2026-03-17"
    assert routing["days_left"] == 8  # today is 9 March
    assert view["petitioner"]["name"] == PETITIONER["name"]  # the petitions officer sees it
    assert view["content"].startswith("反映")


async def test_case_numbers_count_up_within_the_year(reception):
    first, second = await register_petition(reception), await register_petition(reception)
    assert (await petition(reception, first))["case_number"] == "信访〔2026〕1号"
    assert (await petition(reception, second))["case_number"] == "信访〔2026〕2号"


async def test_only_the_petitions_office_registers_petitions(reception):
    response = await reception.client.post("/petitions", json={}, headers=reception.as_("zheng"))
    assert response.status_code == 403


async def test_an_unknown_department_is_a_clear_input_error(reception):
    petition_id = await register_petition(reception)
    response = await reception.client.post(
        f"/petitions/{petition_id}/route", json={"to_department": "nowhere"}, headers=reception.as_("wang")
    )
    assert response.status_code == 422
    assert response.json()["field"] == "to_department"


async def test_assignment_publishes_the_contract_event_with_its_summary_sealed(reception):
    petition_id = await assigned_petition(reception)
    async with reception.runtime.store.engine.connect() as connection:
        stored = await reception.runtime.store.read_stream(connection, petition_id)
    assigned = next(e for e in stored if e.type == "shuniu.reception.petition.assigned.v2")
    registered = next(e for e in stored if e.type.startswith("shuniu.reception.petition.registered."))
    assert assigned.data.pop("summary").startswith(f"enc:v1:{registered.data['person_id']}:")
    assert assigned.data == {
        "petition_id": petition_id,
        "case_number": "信访〔2026〕1号",
        "department": "education",
        "due_on": "2026-05-08",  # 60 days from acceptance on 9 March
        "assigned_by": "wang",
    }


async def test_a_petition_is_not_assigned_to_a_department_with_nobody_to_handle_it(reception):
    """县农业农村局 has nobody in the demo directory: its supervision task would wait for ever."""
    petition_id = await accepted_petition(reception)
    response = await reception.client.post(
        f"/petitions/{petition_id}/assign",
        json={"department": "agriculture", "summary": "反映农田灌溉渠损毁，请组织修复"},
        headers=reception.as_("wang"),
    )
    assert response.status_code == 422
    assert (response.json()["code"], response.json()["field"]) == ("department_has_nobody", "department")
    assert (await petition(reception, petition_id))["stage"] == "accepted"


async def test_a_summary_naming_the_petitioner_is_refused(reception):
    petition_id = await accepted_petition(reception)
    response = await reception.client.post(
        f"/petitions/{petition_id}/assign",
        json={"department": "education", "summary": f"{PETITIONER['name']}反映学校收费"},
        headers=reception.as_("wang"),
    )
    assert response.status_code == 422
    assert (response.json()["code"], response.json()["field"]) == ("personal_data_in_text", "summary")


async def test_the_reply_unlocks_only_when_supervision_closes_the_task(reception, clock):
    petition_id = await assigned_petition(reception)
    await supervision_publishes(reception, task_event("opened", petition_id, "task-42"))

    async def shows_task() -> bool:
        return (await petition(reception, petition_id))["supervision"] is not None

    await eventually(shows_task)
    assert (await petition(reception, petition_id))["supervision"] == {"task_id": "task-42", "closed": False}
    early = await reception.client.post(
        f"/petitions/{petition_id}/reply",
        json={"reply": "经核查，已责令退费。"},
        headers=reception.as_("wang"),
    )
    assert early.status_code == 409
    assert early.json()["code"] == "supervision_open"

    await supervision_publishes(
        reception, task_event("closed", petition_id, "task-42", result="已退费", closed_on="2026-04-01")
    )

    async def task_closed() -> bool:
        return (await petition(reception, petition_id))["supervision"]["closed"]

    await eventually(task_closed)
    clock.set(datetime(2026, 4, 2, 1, 0, tzinfo=UTC))
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/reply",
            json={"reply": "经核查，已责令退费。", "replied_on": "2026-04-02"},
            headers=reception.as_("wang"),
        )
    )
    view = await petition(reception, petition_id)
    assert view["stage"] == "replied"
    assert clock_named(view, "review_request")["due_on"] == "2026-05-02"


async def test_task_events_of_other_services_are_ignored(reception):
    petition_id = await assigned_petition(reception)
    await supervision_publishes(
        reception,
        task_event("opened", petition_id, "task-of-documents", service="documents"),
        task_event("opened", petition_id, "task-7"),
    )

    async def shows_task() -> bool:
        return (await petition(reception, petition_id))["supervision"] is not None

    await eventually(shows_task)
    assert (await petition(reception, petition_id))["supervision"]["task_id"] == "task-7"


async def test_an_uninvolved_person_is_told_the_petition_does_not_exist(reception):
    petition_id = await assigned_petition(reception)
    assert (
        await reception.client.get(f"/petitions/{petition_id}", headers=reception.as_("chen"))
    ).status_code == 404
    assert (
        await reception.client.get(f"/petitions/{petition_id}", headers=reception.as_("zheng"))
    ).status_code == 404


def without_request_details(problem: dict[str, Any]) -> dict[str, Any]:
    """The problem body less what differs per request (its path and correlation id)."""
    return {k: v for k, v in problem.items() if k not in ("instance", "correlation_id")}


async def test_a_hidden_petition_and_a_missing_one_answer_the_same_404(reception):
    petition_id = await assigned_petition(reception)
    hidden = await reception.client.get(f"/petitions/{petition_id}", headers=reception.as_("chen"))
    missing = await reception.client.get("/petitions/petition-that-never-was", headers=reception.as_("chen"))

    assert hidden.status_code == missing.status_code == 404
    assert without_request_details(hidden.json()) == without_request_details(missing.json())


async def test_the_handling_department_sees_the_petition_but_not_the_petitioner(reception):
    petition_id = await assigned_petition(reception)
    view = await petition(reception, petition_id, as_="zhao")  # 赵老师, 县教育局
    assert view["petitioner"]["name"] == "[已加密]"
    assert view["petitioner"]["phone"] == "[已加密]"
    assert view["content"] == "[已加密]"
    listed = ok(await reception.client.get("/petitions", headers=reception.as_("zhao")))
    assert [p["id"] for p in listed["items"]] == [petition_id]
    assert ok(await reception.client.get("/petitions", headers=reception.as_("chen")))["items"] == []


async def test_a_clock_raises_approaching_and_then_overdue_once_each(reception, clock):
    petition_id = await register_petition(reception, "2026-03-09")  # routing due 24 March
    scheduler = reception.runtime.scheduler
    assert scheduler is not None
    clock.advance(timedelta(days=12))  # 21 March: three days left
    assert await scheduler.fire_due() == 1
    clock.advance(timedelta(days=4))  # 25 March: overdue
    assert await scheduler.fire_due() == 1
    assert await scheduler.fire_due() == 0
    types = await event_types(reception, petition_id)
    assert types.count("shuniu.reception.petition.clock_approaching.v1") == 1
    assert types.count("shuniu.reception.petition.clock_overdue.v1") == 1
    assert clock_named(await petition(reception, petition_id), "routing")["status"] == "overdue"


async def test_a_clock_met_in_time_raises_nothing(reception, clock):
    petition_id = await register_petition(reception, "2026-03-09")  # routing due 24 March
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education"},
            headers=reception.as_("wang"),
        )
    )  # routed the same day: acceptance due 24 March too
    clock.advance(timedelta(days=13))  # 22 March
    scheduler = reception.runtime.scheduler
    assert scheduler is not None
    await scheduler.fire_due()
    async with reception.runtime.store.engine.connect() as connection:
        stored = await reception.runtime.store.read_stream(connection, petition_id)
    alerts = [(e.type.split(".")[-2], e.data["clock"]) for e in stored if "clock_" in e.type]
    assert alerts == [("clock_approaching", "acceptance")]


async def test_an_extension_is_approved_by_a_responsible_official_acting_themselves(reception):
    petition_id = await assigned_petition(reception)
    ok(await an_extension_is_asked(reception, petition_id, days=20, reason="案情复杂"))
    assert clock_named(await petition(reception, petition_id), "handling")["due_on"] == "2026-05-08"
    by_the_office_director = await the_extension_is_decided(reception, petition_id, by="feng")
    assert by_the_office_director.status_code == 403  # 办公室主任 heads the office, not the body
    ok(await the_extension_is_decided(reception, petition_id, by="fang"))  # 方副县长
    view = await petition(reception, petition_id)
    assert clock_named(view, "handling")["due_on"] == "2026-05-28"
    assert view["extension"] | {"reason": "…"} == {
        "days": 20,
        "reason": "…",
        "requested_on": "2026-03-09",
        "requested_by": "wang",
        "decision": "approved",
        "decided_by": "fang",
        "decided_on": "2026-03-09",
        "opinion": "",
        "told_on": None,
    }
    again = await an_extension_is_asked(reception, petition_id, days=5)
    assert again.status_code == 422
    assert again.json()["code"] == "extended_once"


async def test_an_update_on_a_version_the_petition_has_moved_past_is_refused(reception):
    petition_id = await register_petition(reception)
    stale = await reception.client.post(
        f"/petitions/{petition_id}/route",
        json={"to_department": "education"},
        headers=reception.as_("wang", **{"If-Match": '"5"'}),
    )
    assert stale.status_code == 412
    routed = ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education"},
            headers=reception.as_("wang", **{"If-Match": '"1"'}),
        )
    )
    assert routed["version"] == 2


async def test_a_retried_registration_with_its_idempotency_key_registers_once(reception):
    body = {
        "petitioner": PETITIONER,
        "channel": "visit",
        "content": "请求解决拖欠工资问题",
        "received_on": "2026-03-09",
    }
    headers = reception.as_("wang", **{"Idempotency-Key": "reg-1"})
    first = ok(await reception.client.post("/petitions", json=body, headers=headers), 201)
    again = await reception.client.post("/petitions", json=body, headers=headers)
    assert again.status_code == 201 and again.json()["id"] == first["id"]
    assert len(ok(await reception.client.get("/petitions", headers=reception.as_("wang")))["items"]) == 1


async def test_bad_input_is_a_422_naming_the_field_never_a_500(reception):
    body = {"petitioner": PETITIONER, "channel": "fax", "content": "x", "received_on": "2026-02-30"}
    response = await reception.client.post("/petitions", json=body, headers=reception.as_("wang"))
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"channel", "received_on"} <= {f.split(".")[-1] for f in fields}
    future = await reception.client.post(
        "/petitions",
        json=body | {"channel": "letter", "received_on": "2026-03-10"},
        headers=reception.as_("wang"),
    )
    assert future.status_code == 422 and future.json()["field"] == "received_on"
    cursor = await reception.client.get("/petitions", params={"cursor": "###"}, headers=reception.as_("wang"))
    assert cursor.status_code == 422


async def test_the_history_shows_every_step_with_who_took_it(reception):
    petition_id = await assigned_petition(reception)
    history = ok(
        await reception.client.get(f"/petitions/{petition_id}/history", headers=reception.as_("wang"))
    )
    steps = [(e["type"].split(".")[-2], e["actor"]) for e in history["events"]]
    assert steps == [("registered", "wang"), ("routed", "wang"), ("accepted", "wang"), ("assigned", "wang")]
    assert history["events"][0]["data"]["content"].startswith("反映")
    assert (
        await reception.client.get(f"/petitions/{petition_id}/history", headers=reception.as_("zhao"))
    ).status_code == 403


async def test_an_approved_extension_moves_the_overdue_alert_to_the_new_due_date(reception, clock):
    petition_id = await accepted_petition(reception)  # handling due 8 May
    ok(await an_extension_is_asked(reception, petition_id, days=10, reason="需现场核查"))
    ok(await the_extension_is_decided(reception, petition_id, by="luo"))
    scheduler = reception.runtime.scheduler
    assert scheduler is not None
    clock.set(datetime(2026, 5, 10, 1, 0, tzinfo=UTC))  # past the old due date
    await scheduler.fire_due()
    assert "overdue" not in str(await _alerts(reception, petition_id))
    clock.set(datetime(2026, 5, 19, 1, 0, tzinfo=UTC))  # past the new one, 18 May
    await scheduler.fire_due()
    assert await _alerts(reception, petition_id) == [
        ("clock_approaching", "handling", "2026-05-18"),
        ("clock_overdue", "handling", "2026-05-18"),
    ]


async def _alerts(svc, petition_id: str) -> list[tuple[str, str, str]]:
    async with svc.runtime.store.engine.connect() as connection:
        stored = await svc.runtime.store.read_stream(connection, petition_id)
    return [(e.type.split(".")[-2], e.data["clock"], e.data["due_on"]) for e in stored if "clock_" in e.type]


async def test_the_petition_list_is_read_page_by_page_with_the_cursor_it_issues(reception):
    registered = {await register_petition(reception) for _ in range(3)}
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 1} | ({"cursor": cursor} if cursor else {})
        page = ok(await reception.client.get("/petitions", params=params, headers=reception.as_("wang")))
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 3 and set(seen) == registered


async def test_an_objection_window_across_new_years_day_2027_skips_it_and_is_marked_provisional(
    reception, clock
):
    clock.set(datetime(2026, 12, 28, 1, 0, tzinfo=UTC))  # Monday 28 December, 09:00 in Beijing
    petition_id = await register_petition(reception, "2026-12-21")
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education", "routed_on": "2026-12-28"},
            headers=reception.as_("wang"),
        )
    )
    view = await petition(reception, petition_id)
    objection = clock_named(view, "objection")
    assert objection["due_on"] == "2027-01-05"  # 29, 30, 31 December, 4 and 5 January: 元旦 is off
    assert objection["provisional"] is True  # 2027's notice, with its 调休, is not out yet
    # 15 calendar days to tell the petitioner whether it is accepted: no holiday notice can move that.
    assert clock_named(view, "acceptance")["provisional"] is False
    listed = ok(await reception.client.get("/petitions", headers=reception.as_("wang")))["items"]
    assert [(p["next_clock"], p["next_due_provisional"]) for p in listed] == [("objection", True)]


async def test_a_working_day_clock_in_a_year_with_its_notice_is_not_provisional(reception):
    petition_id = await register_petition(reception, "2026-03-09")
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education", "routed_on": "2026-03-09"},
            headers=reception.as_("wang"),
        )
    )
    assert clock_named(await petition(reception, petition_id), "objection")["provisional"] is False
