"""`make dev` opens on a working office: the demo county's data, made through each service's own
commands, has flowed over the bus into the dashboards — documents at their steps, this week's
meetings, tasks in every colour, petitions on their clocks, visitors in the building — and the office
director signed in through the console's session sees it, in Chinese."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app


async def overview_once_settled(console: httpx.AsyncClient) -> dict[str, Any]:
    """The overview, once every service's demo events have reached the projection."""
    async with asyncio.timeout(60):
        while True:
            overview = (await console.get("/api/dashboards/overview")).json()
            if (
                overview["meetings_this_week"]
                and overview["tasks_by_light"]
                and overview["documents_waiting"]
            ):
                # The petitions arrive one by one: counting any petition at all read the board before the
                # late one (petition-demo-4, its routing five days overdue) had reached it.
                if overview["petitions_by_days_left"]["overdue"] and overview["visitors_in_building"]:
                    return overview
            await asyncio.sleep(0.2)


async def test_make_dev_opens_on_a_working_office(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1:8000"
        ) as console,
    ):
        signed_in = await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        assert signed_in.status_code == 200

        overview = await overview_once_settled(console)

        assert {"red", "yellow", "green"} <= set(overview["tasks_by_light"])
        stages = {(row["direction"], row["stage"]) for row in overview["documents_waiting"]}
        assert ("incoming", "circulation_started") in stages and any(d == "outgoing" for d, _ in stages)
        desk = (await console.get("/api/dashboards/my-desk")).json()["items"]
        assert desk, "the office director has work waiting"
        board = (await console.get("/api/dashboards/supervision")).json()
        assert board["overdue"] and board["on_time_rate"]
        chronicle = (await console.get("/api/dashboards/chronicle")).json()
        assert chronicle["title"].startswith("大事记")
