"""An orchestrator asks whether the process lives and whether it can work; Prometheus asks how it is doing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
from fastapi import FastAPI
from shuniu_shared.metrics import (
    CONSUMER_LAG,
    DLQ,
    EVENTS_APPENDED,
    EVENTS_CONSUMED,
    EVENTS_PUBLISHED,
    OUTBOX_PENDING,
    REGISTRY,
)
from shuniu_shared.settings import Settings
from shuniu_shared.web import create_service_app


async def database_reachable() -> None:
    pass


async def broker_refusing() -> None:
    raise ConnectionRefusedError("kafka://broker-1:9092 refused the connection")


async def broker_hanging() -> None:
    await asyncio.Event().wait()  # never answers; the readiness timeout has to end it


async def test_a_live_process_is_healthy(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "service": "documents"}


async def test_a_service_whose_checks_all_pass_is_ready(
    settings: Settings, client_for: Callable[..., httpx.AsyncClient]
) -> None:
    app = create_service_app(settings, title="收文服务", readiness_checks={"database": database_reachable})

    async with client_for(app) as client:
        response = await client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "service": "documents", "checks": {"database": "ok"}}


async def test_a_failed_check_makes_the_service_unready_and_is_named(
    settings: Settings, client_for: Callable[..., httpx.AsyncClient]
) -> None:
    checks = {"database": database_reachable, "kafka": broker_refusing}
    app = create_service_app(settings, title="收文服务", readiness_checks=checks)

    async with client_for(app) as client:
        response = await client.get("/readyz", headers={"Accept-Language": "en"})

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "not_ready"
    assert body["checks"] == {"database": "ok", "kafka": "failed"}
    assert body["detail"] == "the service is not ready: kafka"
    assert "broker-1" not in response.text  # the reason is logged, not shown to whoever polls


async def test_a_check_that_does_not_answer_in_time_makes_the_service_unready(
    settings: Settings, client_for: Callable[..., httpx.AsyncClient]
) -> None:
    app = create_service_app(
        settings, title="收文服务", readiness_checks={"kafka": broker_hanging}, readiness_timeout=0.05
    )

    async with client_for(app) as client:
        response = await client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"] == {"kafka": "timeout"}
    assert response.json()["detail"] == "服务尚未就绪：kafka"


async def test_a_process_that_is_not_ready_is_still_alive(
    settings: Settings, client_for: Callable[..., httpx.AsyncClient]
) -> None:
    app = create_service_app(settings, title="收文服务", readiness_checks={"kafka": broker_refusing})

    async with client_for(app) as client:
        response = await client.get("/healthz")

    assert response.status_code == 200


async def test_requests_are_counted_by_route_template_not_by_path(client: httpx.AsyncClient) -> None:
    labels = {"method": "GET", "route": "/api/documents/incoming/{document_id}", "status": "404"}
    before = REGISTRY.get_sample_value("shuniu_http_requests_total", labels) or 0.0

    await client.get("/api/documents/incoming/1")
    await client.get("/api/documents/incoming/2")
    exposition = (await client.get("/metrics")).text

    assert REGISTRY.get_sample_value("shuniu_http_requests_total", labels) == before + 2
    assert "/api/documents/incoming/1" not in exposition
    assert 'shuniu_http_request_duration_seconds_bucket{le="0.005",method="GET",' in exposition


async def test_requests_no_route_answers_share_one_label(client: httpx.AsyncClient) -> None:
    await client.get("/wp-admin/setup.php")

    exposition = (await client.get("/metrics")).text

    assert 'route="<unmatched>",status="404"' in exposition
    assert "wp-admin" not in exposition


async def test_the_event_platform_s_numbers_are_exposed(client: httpx.AsyncClient) -> None:
    EVENTS_APPENDED.labels("documents").inc(3)
    EVENTS_PUBLISHED.labels("documents", "shuniu.documents.events").inc(2)
    EVENTS_CONSUMED.labels("projection", "shuniu.documents.events").inc()
    CONSUMER_LAG.labels("projection", "shuniu.documents.events", "0").set(7)
    DLQ.labels("projection").inc()
    OUTBOX_PENDING.labels("documents").set(1)

    response = await client.get("/metrics")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    for sample in [
        'shuniu_events_appended_total{service="documents"}',
        'shuniu_events_published_total{service="documents",topic="shuniu.documents.events"}',
        'shuniu_events_consumed_total{group="projection",topic="shuniu.documents.events"}',
        'shuniu_consumer_lag{group="projection",partition="0",topic="shuniu.documents.events"} 7.0',
        'shuniu_dlq_total{group="projection"}',
        'shuniu_outbox_pending{service="documents"} 1.0',
    ]:
        assert sample in response.text


async def test_the_openapi_document_stays_at_its_place_and_leaves_out_the_probes(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    response = await client.get("/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/documents/incoming" in paths
    assert not {"/healthz", "/readyz", "/metrics"} & set(paths)
    assert response.json()["info"]["title"] == app.title == "收文服务"


async def test_the_process_and_the_python_runtime_are_measured_too(client: httpx.AsyncClient) -> None:
    exposition = (await client.get("/metrics")).text

    for family in [
        "process_cpu_seconds_total",
        "process_resident_memory_bytes",
        "process_open_fds",
        "python_info",
        'python_gc_collections_total{generation="0"}',
        'python_gc_objects_collected_total{generation="2"}',
    ]:
        assert family in exposition
