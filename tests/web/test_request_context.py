"""Every request is known by its ids: they come in with it or are made for it, go back out with the
answer, and stay reachable for the code that handles it (and the events it appends)."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from shuniu_shared.settings import Settings
from shuniu_shared.web import TraceContext, bound_context, create_service_app, request_context

CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
CALLER_SPAN = "00f067aa0ba902b7"
CALLER_TRACEPARENT = f"00-{CALLER_TRACE}-{CALLER_SPAN}-01"
TRACEPARENT = re.compile(r"^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")


async def test_a_request_without_ids_gets_new_ones(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context")

    request_id = response.headers["x-request-id"]
    assert uuid.UUID(request_id)
    assert response.headers["x-correlation-id"] == request_id  # the work starts with this request
    assert TRACEPARENT.match(response.headers["traceparent"])


async def test_the_caller_s_request_id_is_echoed(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"X-Request-ID": "gw-7f3a2c"})

    assert response.headers["x-request-id"] == "gw-7f3a2c"


async def test_the_caller_s_correlation_id_is_kept(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"X-Correlation-ID": "work-2024-0042"})

    assert response.headers["x-correlation-id"] == "work-2024-0042"
    assert response.headers["x-request-id"] != "work-2024-0042"


async def test_an_id_that_is_not_a_plain_token_is_replaced(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"X-Request-ID": "x" * 500})

    assert uuid.UUID(response.headers["x-request-id"])


async def test_the_caller_s_trace_continues_in_a_new_span(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"traceparent": CALLER_TRACEPARENT})

    echoed = TraceContext.parse(response.headers["traceparent"])
    assert echoed is not None
    assert echoed.trace_id == CALLER_TRACE
    assert echoed.span_id != CALLER_SPAN
    assert echoed.flags == "01"


async def test_a_malformed_traceparent_starts_a_new_trace(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"traceparent": "00-not-a-trace-01"})

    assert TRACEPARENT.match(response.headers["traceparent"])
    assert CALLER_TRACE not in response.headers["traceparent"]


async def test_the_handler_sees_the_ids_the_caller_is_given(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/context", headers={"traceparent": CALLER_TRACEPARENT})

    assert response.json() == {
        "request_id": response.headers["x-request-id"],
        "correlation_id": response.headers["x-correlation-id"],
        "traceparent": response.headers["traceparent"],
    }


async def test_a_problem_carries_the_ids_too(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/incoming/9", headers={"X-Request-ID": "req-404"})

    assert response.status_code == 404
    assert response.headers["x-request-id"] == "req-404"
    assert response.json()["correlation_id"] == "req-404"


async def test_outside_a_request_there_is_no_context(client: httpx.AsyncClient) -> None:
    await client.get("/api/context")

    assert request_context() is None


def test_a_consumer_continues_the_work_an_event_belongs_to() -> None:
    event = {"ce_id": "evt-1", "ce_correlationid": "work-2024-0042", "traceparent": CALLER_TRACEPARENT}

    with bound_context(
        request_id=event["ce_id"], correlation_id=event["ce_correlationid"], traceparent=event["traceparent"]
    ) as ctx:
        assert request_context() == ctx
        assert ctx.correlation_id == "work-2024-0042"
        assert ctx.trace.trace_id == CALLER_TRACE

    assert request_context() is None


@pytest.mark.parametrize(
    "traceparent",
    [
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",  # version ff is forbidden
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",  # all-zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",  # all-zero span id
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",  # upper case
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",  # version 00 has four fields
        "",
    ],
)
def test_an_invalid_traceparent_is_ignored(traceparent: str) -> None:
    assert TraceContext.parse(traceparent) is None


def test_a_later_version_of_traceparent_is_read_for_what_it_shares() -> None:
    parsed = TraceContext.parse(f"01-{CALLER_TRACE}-{CALLER_SPAN}-01-what-comes-next")

    assert parsed == TraceContext(CALLER_TRACE, CALLER_SPAN, "01")


@pytest.fixture
async def exporting_service(
    settings: Settings, serve: Callable[[FastAPI], AbstractAsyncContextManager[str]]
) -> AsyncIterator[tuple[str, asyncio.Event]]:
    """A service streaming an export whose second half waits until the test opens the gate."""
    gate = asyncio.Event()
    app = create_service_app(settings, title="导出")

    async def export() -> AsyncIterator[bytes]:
        yield b"first half\n"
        await gate.wait()
        yield b"second half\n"

    @app.get("/export")
    async def export_route() -> StreamingResponse:
        return StreamingResponse(export(), media_type="text/plain")

    async with serve(app) as base_url:
        yield base_url, gate


async def test_a_streamed_response_is_not_held_back(exporting_service: tuple[str, asyncio.Event]) -> None:
    base_url, gate = exporting_service

    async with httpx.AsyncClient(base_url=base_url) as client, client.stream("GET", "/export") as response:
        lines = response.aiter_lines()
        # Arrives while the second half is still being produced: nothing in between buffers the body.
        first = await asyncio.wait_for(anext(lines), timeout=5)
        gate.set()
        second = await anext(lines)

    assert (first, second) == ("first half", "second half")
    assert TRACEPARENT.match(response.headers["traceparent"])
