"""End to end as `make stack` runs it: a real service process on PostgreSQL and Kafka, the routing
gateway in front of it over real sockets, and a person of the county signing in to the console."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import httpx
import pytest
from shuniu_gateway.app import build_routing_app
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

from tests.gateway.support import SECRET, gateway_settings, serving

pytestmark = [pytest.mark.postgres, pytest.mark.kafka]


def first_secured_list(spec: dict) -> str:
    """A read any signed-in person may try: the first secured GET without path parameters."""
    for path, item in spec["paths"].items():
        operation = item.get("get")
        if operation and operation.get("security") and not re.search(r"\{", path):
            return path
    raise AssertionError("the service has no secured list to read")


async def test_a_person_signs_in_at_the_gateway_and_reads_from_a_service_on_postgres_and_kafka(
    postgres, kafka, tmp_path: Path
):
    settings = Settings(
        service="supervision",
        database_url=postgres.create_database("gateway_e2e_supervision"),
        kafka_bootstrap=kafka.bootstrap,
        var_dir=tmp_path,
        jwt_secret=SECRET,
        log_json=False,
        relay_idle_seconds=0.01,
    )
    runtime = ServiceRuntime(SUPERVISION, settings)
    service = runtime.app()
    async with service.router.lifespan_context(service), serving(service) as service_url:
        gateway = build_routing_app(gateway_settings(upstream_supervision=service_url))
        async with (
            gateway.router.lifespan_context(gateway),
            serving(gateway) as gateway_url,
            httpx.AsyncClient(base_url=gateway_url) as console,
        ):
            ready = await console.get("/api/supervision/readyz")
            assert ready.status_code == 200
            assert ready.json()["checks"] == {
                "database": "ok",
                "broker": "ok",
                "workers": "ok",
                "sessions": "ok",
            }
            assert (await console.get("/readyz")).json()["upstreams"]["supervision"]["status"] == "ok"

            listing = first_secured_list((await console.get("/openapi.json")).json())
            assert listing.startswith("/api/supervision/")
            assert (await console.get(listing)).status_code == 401

            login = await console.post("/auth/login", json={"username": "zhou", "password": "shuniu-demo"})
            assert login.status_code == 200
            read = await console.get(listing)
            assert read.status_code == 200, read.text
            assert read.headers["x-request-id"]


async def test_signing_out_at_the_gateway_ends_the_session_at_a_service_that_only_hears_kafka(
    postgres, kafka, tmp_path: Path
):
    """The service and the gateway share nothing but the broker: the revocation reaches the service as
    the `session.revoked` event, and the service, called directly, refuses the token it had cached."""
    settings = Settings(
        service="supervision",
        database_url=postgres.create_database("gateway_e2e_sessions"),
        kafka_bootstrap=kafka.bootstrap,
        var_dir=tmp_path,
        jwt_secret=SECRET,
        log_json=False,
    )
    service = ServiceRuntime(SUPERVISION, settings).app()
    async with service.router.lifespan_context(service), serving(service) as service_url:
        gateway = build_routing_app(
            gateway_settings(upstream_supervision=service_url, kafka_bootstrap=kafka.bootstrap)
        )
        async with (
            gateway.router.lifespan_context(gateway),
            serving(gateway) as gateway_url,
            httpx.AsyncClient(base_url=gateway_url, headers={"Origin": gateway_url}) as console,
            httpx.AsyncClient(base_url=service_url) as directly,
        ):
            login = await console.post("/auth/login", json={"username": "zhou", "password": "shuniu-demo"})
            assert login.status_code == 200
            bearer = {"Authorization": f"Bearer {console.cookies['shuniu_session']}"}
            assert (await directly.get("/tasks", headers=bearer)).status_code == 200

            assert (await console.post("/auth/logout")).status_code == 204
            signed_out = time.monotonic()
            while (after := await directly.get("/tasks", headers=bearer)).status_code == 200:
                assert time.monotonic() - signed_out < 5, "the service never heard of the sign-out"
                await asyncio.sleep(0.02)
    assert after.status_code == 401
    assert after.json()["code"] == "session_ended"
