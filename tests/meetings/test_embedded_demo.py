"""`make dev`: the whole suite in one process with its demo data — the meetings' adopted resolutions
reach the supervision service through the bus, and its tasks come back as 督办中 on the meetings."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from shuniu_suite.embedded import build_embedded_app


async def test_in_make_dev_the_demo_resolutions_come_back_under_supervision(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with app.router.lifespan_context(app):
        meetings = next(r for r in app.state.runtimes if r.definition.name == "meetings")
        feng = meetings.directory.person("feng")
        token = issue_dev_token(meetings.settings, feng.id, feng.name, feng.dept, feng.roles, feng.clearance)
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://shuniu"
        ) as client:
            listed = (await client.get("/api/meetings/meetings", headers=headers)).json()["items"]
            with_minutes = [m["id"] for m in listed if m["minutes_stage"] == "issued"]
            assert with_minutes, listed

            async def resolutions() -> list[dict[str, Any]]:
                found = []
                for meeting in with_minutes:
                    response = await client.get(
                        f"/api/meetings/meetings/{meeting}/resolutions", headers=headers
                    )
                    found += response.json()["items"]
                return found

            deadline = asyncio.get_running_loop().time() + 30
            while True:
                shown = await resolutions()
                if (
                    all(r["follow_up"] == "督办中" for r in shown)
                    or asyncio.get_running_loop().time() > deadline
                ):
                    break
                await asyncio.sleep(0.2)
            assert shown and {r["follow_up"] for r in shown} == {"督办中"}
            assert all(r["task_id"] for r in shown)
