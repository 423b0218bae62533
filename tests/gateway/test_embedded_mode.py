"""In the embedded mode (`make dev`) the same gateway code fronts every service in one process: the
same sign-in, limits and errors as in front of the services' own processes."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from shuniu_shared.eventstore import events_table
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import SERVICES, build_embedded_app
from sqlalchemy import func, select

from tests.gateway.support import SECRET, bearer

Suite = tuple[httpx.AsyncClient, FastAPI]


async def test_a_console_session_reaches_every_embedded_service_as_the_signed_in_person(embedded: Suite):
    client, app = embedded
    spec = (await client.get("/openapi.json")).json()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as console:
        login = await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        assert login.status_code == 200
        for service in SERVICES:
            reads = [
                path
                for path, item in spec["paths"].items()
                if path.startswith(f"/api/{service.name}/")
                and "{" not in path
                and item.get("get", {}).get("security")
            ]
            for path in reads:
                response = await console.get(path)
                assert response.status_code != 401, f"{path}: the session did not reach the service"
                assert response.status_code < 500, f"{path}: {response.status_code}"


async def test_an_oversized_body_is_refused_before_any_embedded_service_reads_it(embedded: Suite):
    client, app = embedded
    limit = app.state.settings.gateway_body_limit_bytes
    response = await client.post("/api/documents/anything", content=b"x" * (limit + 1))
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_an_embedded_service_answers_under_the_request_id_the_gateway_gave(embedded: Suite):
    client, _ = embedded
    response = await client.get("/api/meetings/healthz", headers={"X-Request-ID": "req-from-the-console"})
    assert response.headers["x-request-id"] == "req-from-the-console"
    assert re.fullmatch(r"00-[0-9a-f]{32}-[0-9a-f]{16}-01", response.headers["traceparent"])


async def test_make_dev_loads_each_services_demo_once_after_all_have_started(tmp_path):
    settings = Settings(service="gateway", var_dir=tmp_path, jwt_secret=SECRET, log_json=False)
    app = build_embedded_app(settings, demo=True)
    async with app.router.lifespan_context(app):
        with_demo = [r for r in app.state.runtimes if r.definition.demo is not None]
        assert with_demo, "the services have demo data for make dev"
        for runtime in with_demo:
            assert not await runtime.store.is_empty(), f"{runtime.definition.name} has no demo data"
        positions = {r.definition.name: await _last_position(r) for r in with_demo}

    again = build_embedded_app(settings, demo=True)  # `make dev` a second time: the data is kept, not doubled
    async with again.router.lifespan_context(again):
        for runtime in again.state.runtimes:
            if runtime.definition.name in positions:
                assert await _last_position(runtime) >= positions[runtime.definition.name]
                assert not await runtime.seed_demo()


async def _last_position(runtime) -> int:
    async with runtime.engine.connect() as connection:
        return (await connection.execute(select(func.max(events_table.c.position)))).scalar_one()


async def test_a_problem_names_the_path_the_client_called_through_the_gateway(embedded: Suite):
    client, _ = embedded
    response = await client.get("/api/documents/outgoing/no-such-draft", headers=bearer("shen"))
    assert response.status_code == 404
    assert response.json()["instance"] == "/api/documents/outgoing/no-such-draft"
