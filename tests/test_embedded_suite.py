"""`make dev` runs every service in one process behind the gateway: each routed, ready, and publishing
to the bus."""

from __future__ import annotations

import asyncio

import httpx
from shuniu_gateway.upstreams import PUBLIC_NAMES
from shuniu_shared.envelope import Envelope
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import SERVICES, build_embedded_app

from tests.platform.sample import Counted, Tally


async def test_every_service_answers_under_its_own_path_and_publishes_to_the_bus(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://shuniu"
        ) as client:
            ready = await client.get("/readyz")
            assert ready.status_code == 200
            assert ready.json()["status"] == "ok"
            assert ready.json()["upstreams"] == {
                s.name: {"status": "ok", "breaker": "closed"} for s in SERVICES
            }
            for service in SERVICES:
                public = PUBLIC_NAMES.get(service.name, service.name)
                health = await client.get(f"/api/{public}/healthz")
                assert health.json() == {"status": "ok", "service": service.name}
            catalogue = await client.get("/api/events/catalogue")
            assert catalogue.json()["channels"]["documents"]["address"] == "shuniu.documents.events"
            assert (await client.get("/api/dashboards/overview")).status_code == 401
            missing = await client.get("/api/documents/no-such-thing", headers={"Accept-Language": "en"})
            assert missing.status_code == 404
            assert missing.headers["content-type"] == "application/problem+json"

        documents = next(r for r in app.state.runtimes if r.definition.name == "documents")
        async with documents.store.unit_of_work() as uow:
            await uow.save(Tally("doc-1"), [Counted(by=1)])
        bus = documents.bus
        for _ in range(100):
            records = await bus.topic_records("shuniu.documents.events")
            if records:
                break
            await asyncio.sleep(0.02)
        envelope = Envelope.from_kafka(records[0].headers, records[0].value)
        assert (envelope.subject, envelope.source) == ("doc-1", "/shuniu/documents")
    assert (tmp_path / "documents.sqlite3").exists() and (tmp_path / "bus.sqlite3").exists()
