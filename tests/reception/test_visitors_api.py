"""Visitors: appointment, arrival with a badge, departure, and who is in the building now."""

from __future__ import annotations

from tests.reception.office import VISITOR, ok


def appointment(**changes):
    return {
        "visitor": VISITOR,
        "organisation": "F县第一中学",
        "host_department": "education",
        "host_person": "zhao",
        "expected_at": "2026-03-09T02:00:00Z",
        "purpose": "商谈校舍维修",
    } | changes


async def test_a_booked_visitor_arrives_with_a_badge_and_is_in_the_building_until_they_leave(reception):
    visit = ok(
        await reception.client.post("/visits", json=appointment(), headers=reception.as_("zheng")), 201
    )["id"]
    ok(
        await reception.client.post(
            f"/visits/{visit}/arrive", json={"badge": "A-07"}, headers=reception.as_("zheng")
        )
    )
    inside = ok(await reception.client.get("/visitors/in-building", headers=reception.as_("zheng")))
    assert inside["count"] == 1
    assert inside["items"][0]["visitor"]["name"] == VISITOR["name"]
    assert inside["items"][0]["badge"] == "A-07"
    ok(await reception.client.post(f"/visits/{visit}/leave", headers=reception.as_("zheng")))
    assert (
        ok(await reception.client.get("/visitors/in-building", headers=reception.as_("zheng")))["count"] == 0
    )
    again = await reception.client.post(f"/visits/{visit}/leave", headers=reception.as_("zheng"))
    assert again.status_code == 409


async def test_a_walk_in_is_signed_in_at_once(reception):
    body = appointment(badge="B-01")
    body.pop("expected_at")
    ok(await reception.client.post("/visits/walk-ins", json=body, headers=reception.as_("zheng")), 201)
    assert (
        ok(await reception.client.get("/visitors/in-building", headers=reception.as_("zheng")))["count"] == 1
    )


async def test_one_badge_is_worn_by_one_visitor_in_the_building(reception):
    body = appointment(badge="B-01")
    body.pop("expected_at")
    ok(await reception.client.post("/visits/walk-ins", json=body, headers=reception.as_("zheng")), 201)
    second = await reception.client.post("/visits/walk-ins", json=body, headers=reception.as_("zheng"))
    assert second.status_code == 422
    assert second.json()["code"] == "badge_in_use"


async def test_a_wrong_id_number_is_refused_naming_the_field(reception):
    response = await reception.client.post(
        "/visits",
        json=appointment(visitor=VISITOR | {"id_number": "440301199003071231"}),
        headers=reception.as_("zheng"),
    )
    assert response.status_code == 422
    assert response.json()["field"] == "visitor.id_number"
    assert "校验码" in response.json()["detail"]


async def test_the_host_must_belong_to_the_host_department(reception):
    response = await reception.client.post(
        "/visits", json=appointment(host_person="chen"), headers=reception.as_("zheng")
    )
    assert response.status_code == 422
    assert response.json()["field"] == "host_person"


async def test_a_host_knows_whom_he_receives_but_not_their_id_number(reception):
    visit = ok(
        await reception.client.post("/visits", json=appointment(), headers=reception.as_("zheng")), 201
    )["id"]
    seen = ok(await reception.client.get(f"/visits/{visit}", headers=reception.as_("zhao")))
    listed = ok(await reception.client.get("/visits", headers=reception.as_("zhao")))["items"]
    for visitor in (seen["visitor"], listed[0]["visitor"]):
        assert (visitor["name"], visitor["phone"]) == (VISITOR["name"], VISITOR["phone"])
        assert visitor["id_number"] == "[已加密]"
    assert (await reception.client.get(f"/visits/{visit}", headers=reception.as_("chen"))).status_code == 404
    assert (
        await reception.client.get("/visitors/in-building", headers=reception.as_("zhao"))
    ).status_code == 403


async def test_todays_visitors_are_listed_by_date(reception):
    ok(await reception.client.post("/visits", json=appointment(), headers=reception.as_("zheng")), 201)
    tomorrow = appointment(expected_at="2026-03-10T02:00:00Z")
    ok(await reception.client.post("/visits", json=tomorrow, headers=reception.as_("zheng")), 201)
    today = ok(
        await reception.client.get("/visits", params={"on": "2026-03-09"}, headers=reception.as_("zheng"))
    )
    assert [v["expected_at"] for v in today["items"]] == ["2026-03-09T02:00:00+00:00"]
    assert len(ok(await reception.client.get("/visits", headers=reception.as_("zheng")))["items"]) == 2
