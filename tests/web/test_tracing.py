"""A service's spans and the trace context it forwards are one: the ids a request hands on are its
server span's. With no OTLP endpoint nothing is recorded and the trace context still travels.

The spans are read with the OpenTelemetry SDK's in-memory exporter; the whole path over OTLP into a
real Jaeger is tests/platform/test_tracing_jaeger.py."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import NoOpTracer, SpanKind
from shuniu_shared.settings import Settings
from shuniu_shared.tracing import configure_tracing, flush_tracing, shutdown_tracing, tracer
from shuniu_shared.web import create_service_app, request_context
from shuniu_shared.web.context import TraceContext


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    configure_tracing(Settings(service="documents"), exporter=exporter)
    try:
        yield exporter
    finally:
        shutdown_tracing()


def app_telling_its_trace() -> FastAPI:
    app = create_service_app(Settings(service="documents", log_json=False), title="收文服务")

    @app.get("/incoming/{id}")
    async def incoming(id: str) -> dict[str, str]:
        context = request_context()
        assert context is not None
        return {"forwards": context.traceparent}

    return app


async def asked_with(app: FastAPI, traceparent: str) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://documents"
    ) as client:
        return await client.get("/incoming/收文-7", headers={"traceparent": traceparent})


async def test_the_ids_a_service_forwards_are_those_of_its_server_span_named_by_the_route(
    spans: InMemorySpanExporter,
) -> None:
    caller = TraceContext.start()

    response = await asked_with(app_telling_its_trace(), caller.traceparent)
    flush_tracing()

    [span] = spans.get_finished_spans()
    assert span.name == "GET /incoming/{id}"
    assert span.kind is SpanKind.SERVER
    assert span.resource.attributes["service.name"] == "shuniu-documents"
    assert span.attributes is not None
    assert span.attributes["http.route"] == "/incoming/{id}"
    assert span.attributes["http.response.status_code"] == 200
    assert span.parent is not None and f"{span.parent.span_id:016x}" == caller.span_id
    forwarded = TraceContext.parse(response.json()["forwards"])
    assert forwarded == TraceContext(caller.trace_id, f"{span.context.span_id:016x}", "01")
    assert response.headers["traceparent"] == forwarded.traceparent


async def test_without_an_endpoint_nothing_is_recorded_and_the_trace_still_travels() -> None:
    assert isinstance(tracer("documents"), NoOpTracer)
    caller = TraceContext.start()

    response = await asked_with(app_telling_its_trace(), caller.traceparent)

    forwarded = TraceContext.parse(response.json()["forwards"])
    assert forwarded is not None and forwarded.trace_id == caller.trace_id
    assert forwarded.span_id != caller.span_id
