"""Vehicles: no car in two overlapping trips, and the seed's county-car story — a car promised to
方副县长 is reassigned to 罗县长 only by telling 方副县长 first, with the cars still free."""

from __future__ import annotations

import asyncio

from tests.reception.office import ok

MORNING = {"starts_at": "2026-03-10T00:00:00Z", "ends_at": "2026-03-10T09:00:00Z"}  # 08:00–17:00 Beijing


async def a_car(svc, plate: str, model: str = "丰田凯美瑞") -> str:
    return ok(
        await svc.client.post(
            "/vehicles", json={"plate": plate, "model": model, "seats": 5}, headers=svc.as_("wu")
        ),
        201,
    )["id"]


async def an_approved_trip(svc, rider: str, destination: str, window: dict = MORNING) -> str:
    trip = ok(
        await svc.client.post(
            "/trips",
            json={"destination": destination, "purpose": "参加会议", **window},
            headers=svc.as_(rider),
        ),
        201,
    )["id"]
    ok(await svc.client.post(f"/trips/{trip}/approve", headers=svc.as_("feng")))
    return trip


async def dispatch(svc, trip: str, car: str, **more):
    return await svc.client.post(
        f"/trips/{trip}/dispatch", json={"vehicle_id": car, **more}, headers=svc.as_("wu")
    )


async def test_a_trip_is_requested_approved_dispatched_and_returned_with_its_mileage(reception):
    car = await a_car(reception, "F·A0001")
    trip = await an_approved_trip(reception, "chen", "省财政厅")
    ok(await dispatch(reception, trip, car))
    ok(
        await reception.client.post(
            f"/trips/{trip}/return", json={"mileage_km": 212.5}, headers=reception.as_("wu")
        )
    )
    seen = ok(await reception.client.get(f"/trips/{trip}", headers=reception.as_("chen")))
    assert seen["stage"] == "returned"
    assert seen["mileage_km"] == 212.5


async def test_a_trip_is_dispatched_only_after_approval(reception):
    car = await a_car(reception, "F·A0001")
    trip = ok(
        await reception.client.post(
            "/trips", json={"destination": "省城", **MORNING}, headers=reception.as_("chen")
        ),
        201,
    )
    response = await dispatch(reception, trip["id"], car)
    assert response.status_code == 409


async def test_no_vehicle_is_in_two_overlapping_trips(reception):
    car = await a_car(reception, "F·A0001")
    first = await an_approved_trip(reception, "chen", "省财政厅")
    second = await an_approved_trip(
        reception, "sun", "市总工会", {"starts_at": "2026-03-10T06:00:00Z", "ends_at": "2026-03-10T10:00:00Z"}
    )
    ok(await dispatch(reception, first, car))
    refused = await dispatch(reception, second, car)
    assert refused.status_code == 409
    assert refused.json()["code"] == "vehicle_promised"
    assert "陈局长" in refused.json()["detail"]
    assert (refused.json()["promised_to"], refused.json()["free_vehicles"]) == (first, [])
    later = await an_approved_trip(
        reception, "sun", "市总工会", {"starts_at": "2026-03-10T09:00:00Z", "ends_at": "2026-03-10T11:00:00Z"}
    )
    ok(await dispatch(reception, later, car))  # back-to-back is not overlapping


async def test_reassigning_the_deputy_county_heads_car_tells_him_first_and_offers_the_free_cars(reception):
    toyota = await a_car(reception, "F·00002", "丰田轿车")
    spare = await a_car(reception, "F·00009", "大众帕萨特")
    # 方副县长 is going to the provincial poverty-alleviation meeting; the office promised him the Toyota.
    fang_trip = await an_approved_trip(reception, "fang", "省城扶贫工作会")
    ok(await dispatch(reception, fang_trip, toyota))
    # 罗县长's own car has broken down; he must be at the prefecture's meeting this morning.
    luo_trip = await an_approved_trip(reception, "luo", "行署会议")

    # Taking the Toyota without a word is what went wrong in the seed: the system refuses it, names
    # whom the car is promised to, and lists the cars still free.
    silently = await dispatch(reception, luo_trip, toyota)
    assert silently.status_code == 409
    assert "方副县长" in silently.json()["detail"]
    assert "F·00009" in silently.json()["detail"]
    # The same facts for a client, without parsing the message: whose trip has it, which cars are free.
    assert (silently.json()["promised_to"], silently.json()["free_vehicles"]) == (fang_trip, [spare])

    # 吴科长 reassigns it openly, with the reason: 方副县长 is told first and offered the free car.
    ok(
        await dispatch(
            reception, luo_trip, toyota, reassign_from=fang_trip, reason="罗县长专车故障，急需赴行署开会"
        )
    )
    todo = ok(await reception.client.get("/todos", headers=reception.as_("fang")))["items"]
    assert len(todo) == 1
    assert "已改派给罗县长" in todo[0]["text"]
    assert todo[0]["options"] == ["F·00009"]
    fang_sees = ok(await reception.client.get(f"/trips/{fang_trip}", headers=reception.as_("fang")))
    assert fang_sees["stage"] == "approved"  # waiting for another car, not silently dropped
    async with reception.runtime.store.engine.connect() as connection:
        fang_events = [e for e in await reception.runtime.store.read_stream(connection, fang_trip)]
        luo_events = [e for e in await reception.runtime.store.read_stream(connection, luo_trip)]
    reassigned = fang_events[-1]
    assert reassigned.type == "shuniu.reception.trip.reassigned.v1"
    assert reassigned.data["alternatives"] == [spare]
    assert reassigned.position < luo_events[-1].position  # told before the car was dispatched away

    # …and the office finds him a car he is content with.
    ok(await dispatch(reception, fang_trip, spare))
    assert (
        ok(await reception.client.get(f"/trips/{fang_trip}", headers=reception.as_("fang")))["stage"]
        == "dispatched"
    )


async def test_the_free_cars_for_a_window_are_listed(reception):
    busy = await a_car(reception, "F·A0001")
    free = await a_car(reception, "F·A0002")
    ok(await dispatch(reception, await an_approved_trip(reception, "chen", "省城"), busy))
    listed = ok(
        await reception.client.get(
            "/vehicles",
            params={"free_from": "2026-03-10T02:00:00Z", "free_until": "2026-03-10T03:00:00Z"},
            headers=reception.as_("chen"),
        )
    )
    assert [v["id"] for v in listed["items"]] == [free]


async def test_only_the_dispatcher_dispatches(reception):
    car = await a_car(reception, "F·A0001")
    trip = await an_approved_trip(reception, "chen", "省城")
    response = await reception.client.post(
        f"/trips/{trip}/dispatch", json={"vehicle_id": car}, headers=reception.as_("chen")
    )
    assert response.status_code == 403


async def test_two_dispatchers_at_once_cannot_both_send_one_car_even_embedded(reception):
    """The embedded mode (SQLite) holds the rule too; PostgreSQL's is in test_on_the_real_stack."""
    car = await a_car(reception, "F·A0001")
    trips = [await an_approved_trip(reception, rider, "省城") for rider in ("chen", "sun", "zhao")]
    responses = await asyncio.gather(*(dispatch(reception, trip, car) for trip in trips))
    assert sorted(r.status_code for r in responses) == [200, 409, 409], [r.text for r in responses]


async def test_a_trip_lasts_at_most_fourteen_days_so_no_car_leaves_the_pool_for_years(reception):
    for window, status in [
        ({"starts_at": "2026-03-10T00:00:00Z", "ends_at": "2124-03-10T00:00:00Z"}, 422),  # 98 years
        ({"starts_at": "2026-03-10T00:00:00Z", "ends_at": "2026-03-24T00:00:01Z"}, 422),
        ({"starts_at": "2026-03-10T00:00:00Z", "ends_at": "2026-03-24T00:00:00Z"}, 201),
    ]:
        answer = await reception.client.post(
            "/trips",
            json={"destination": "市政府", "purpose": "出差", **window},
            headers=reception.as_("sun"),
        )
        assert answer.status_code == status, answer.text
        if status == 422:
            assert answer.json()["code"] == "trip_too_long" and answer.json()["field"] == "ends_at"
