"""The demo data loads into an empty service and shows every stage the issue asks for."""

from __future__ import annotations

from tests.reception.office import clock_named, ok, petition


async def test_the_demo_loads_and_shows_every_stage(reception):
    assert await reception.runtime.seed_demo()
    inside = ok(await reception.client.get("/visitors/in-building", headers=reception.as_("zheng")))
    assert inside["count"] == 2
    stages = {
        p["id"]: p
        for p in ok(await reception.client.get("/petitions", headers=reception.as_("wang")))["items"]
    }
    assert stages["petition-demo-1"]["stage"] == "registered"
    assert stages["petition-demo-2"]["stage"] == "assigned" and stages["petition-demo-2"]["days_left"] == 40
    assert stages["petition-demo-3"]["days_left"] == 2  # near its deadline, an extension asked
    asked = (await petition(reception, "petition-demo-3"))["extension"]
    assert (asked["decision"], asked["days"]) == ("requested", 20)
    extended = await petition(reception, "petition-demo-7")
    assert (extended["extension"]["decision"], extended["extension"]["decided_by"]) == ("approved", "fang")
    assert extended["extension"]["told_on"] is not None
    assert clock_named(extended, "handling")["days_left"] == 10  # 60 + 20 days from acceptance 70 days ago
    assert clock_named(await petition(reception, "petition-demo-4"), "routing")["status"] == "overdue"
    assert stages["petition-demo-5"]["stage"] == "replied"
    assert stages["petition-demo-6"]["stage"] == "under_review"
    trips = {
        t["id"]: t["stage"]
        for t in ok(await reception.client.get("/trips", headers=reception.as_("wu")))["items"]
    }
    assert trips == {"trip-demo-1": "requested", "trip-demo-2": "dispatched", "trip-demo-3": "returned"}
    requests = ok(await reception.client.get("/seal-requests", headers=reception.as_("qian")))["items"]
    assert sorted(r["stage"] for r in requests) == ["approved", "requested", "used"]
    requisitions = ok(await reception.client.get("/requisitions", headers=reception.as_("wu")))["items"]
    assert sorted(r["stage"] for r in requisitions) == ["approved", "issued", "requested"]
    paper = next(
        i for i in ok(await reception.client.get("/supplies", headers=reception.as_("zhao")))["items"]
    )
    assert (paper["name"], paper["quantity"], paper["purchase_request"] is not None) == ("A4复印纸", 8, True)
    register = {
        a["tag"]: a for a in ok(await reception.client.get("/assets", headers=reception.as_("qian")))["items"]
    }
    assert register["FA-2024-0012"]["count"] == {"id": "count-demo-1", "finding": "missing"}
    assert (register["FA-2019-0007"]["stage"], register["FA-2025-0032"]["stage"]) == (
        "disposed",
        "transfer_proposed",
    )

    # The demo's past-due clocks fire at once: by this call, or by the scheduler's first pass at start-up
    # if it ran while the demo was being loaded.
    await reception.runtime.scheduler.fire_due()
    async with reception.runtime.store.engine.connect() as connection:
        stored = await reception.runtime.store.read_stream(connection, "petition-demo-4")
    assert any(e.type.endswith("clock_overdue.v1") for e in stored)
