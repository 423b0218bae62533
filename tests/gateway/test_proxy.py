"""The gateway forwards `/api/<service>/…` to the service and the answer back, and fails fast and
plainly when the service cannot answer."""

from __future__ import annotations

import contextlib
import time

import httpx
from shuniu_gateway.app import build_gateway_app, build_routing_app
from shuniu_gateway.breaker import BreakerState, CircuitBreaker
from shuniu_gateway.upstreams import Upstream
from shuniu_shared.web.context import TraceContext
from shuniu_shared.web.metrics import REGISTRY

from tests.gateway.support import (
    Echo,
    echo_behind_gateway,
    echo_service,
    gateway_settings,
    gateway_to,
    service_settings,
    serving,
    unused_port_url,
)

PROBLEM = "application/problem+json"


async def test_a_request_reaches_the_service_below_its_prefix_with_path_query_and_body_intact():
    async with echo_behind_gateway() as (gateway, echo):
        response = await gateway.client.post(
            "/api/documents/echo/incoming/%E6%94%B6%E6%96%87-1?status=registered&q=%E6%B2%88",
            content=b"x" * 1000,
            headers={"Content-Type": "application/octet-stream", "Idempotency-Key": "k-1"},
        )
    assert response.status_code == 200
    seen = response.json()
    assert seen["method"] == "POST"
    assert seen["raw_path"] == "/echo/incoming/%E6%94%B6%E6%96%87-1"
    assert seen["query"] == "status=registered&q=%E6%B2%88"
    assert seen["body_bytes"] == 1000
    assert seen["headers"]["idempotency-key"] == "k-1"
    assert echo.calls == 1


async def test_the_service_continues_the_callers_trace_under_the_gateways_request_id():
    caller = TraceContext.start()
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.get(
            "/api/documents/echo/x",
            headers={"traceparent": caller.traceparent, "X-Correlation-ID": "case-42"},
        )
    seen = response.json()["headers"]
    assert seen["x-request-id"] == response.headers["x-request-id"]
    assert seen["x-correlation-id"] == "case-42"
    forwarded = TraceContext.parse(seen["traceparent"])
    assert forwarded is not None and forwarded.trace_id == caller.trace_id
    assert forwarded.span_id != caller.span_id, "the gateway's own span sits between caller and service"
    assert response.headers["x-correlation-id"] == "case-42"


async def test_a_forwarded_request_is_counted_under_its_service_s_route_not_as_unmatched():
    labels = {"method": "GET", "route": "/api/documents/{path}", "status": "200"}
    before = REGISTRY.get_sample_value("shuniu_http_requests_total", labels) or 0.0
    async with echo_behind_gateway() as (gateway, _):
        await gateway.client.get("/api/documents/echo/incoming/收文-7")

    assert REGISTRY.get_sample_value("shuniu_http_requests_total", labels) == before + 1


async def test_connection_headers_and_forged_forwarding_headers_do_not_reach_the_service():
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.get(
            "/api/documents/echo/x",
            headers={
                "X-Forwarded-For": "10.9.9.9",
                "X-Forwarded-Prefix": "/admin",
                "Connection": "keep-alive, X-Secret-Hop",
                "X-Secret-Hop": "only for the gateway",
                "Cookie": "theme=dark",
            },
        )
    seen = response.json()["headers"]
    assert seen["x-forwarded-for"] != "10.9.9.9"
    assert seen["x-forwarded-prefix"] == "/api/documents"
    assert "x-secret-hop" not in seen
    assert "cookie" not in seen


async def test_a_stopped_service_gets_a_503_problem_within_a_second():
    async with gateway_to(unused_port_url()) as gateway:
        began = time.monotonic()
        response = await gateway.client.get("/api/documents/echo/x", headers={"Accept-Language": "en"})
        elapsed = time.monotonic() - began
    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == "upstream_unavailable"
    assert response.json()["service"] == "documents"
    assert response.headers["retry-after"] == "1"
    assert elapsed < 1.0


async def test_after_repeated_failures_the_breaker_answers_503_without_calling_the_service():
    now = [1000.0]
    async with echo_behind_gateway(gateway_breaker_failures=3, gateway_breaker_reset_seconds=5) as (
        gateway,
        echo,
    ):
        gateway.documents.breaker = CircuitBreaker(3, 5, monotonic=lambda: now[0])
        echo.status = 503  # the service says it cannot work (its database is down, say)
        for _ in range(3):
            assert (await gateway.client.get("/api/documents/echo/x")).status_code == 503
        assert echo.calls == 3

        refused = await gateway.client.get("/api/documents/echo/x")
        assert refused.status_code == 503
        assert refused.json()["code"] == "upstream_unavailable"
        assert refused.headers["retry-after"] == "5"
        assert echo.calls == 3, "an open breaker does not call the service"

        now[0] += 5  # the reset period passes: one trial request goes through
        echo.status = 200
        assert (await gateway.client.get("/api/documents/echo/x")).status_code == 200
        assert gateway.documents.breaker.state is BreakerState.CLOSED
        assert echo.calls == 4


async def test_a_failed_trial_opens_the_breaker_again_for_another_period():
    now = [0.0]
    breaker = CircuitBreaker(failures=2, reset_seconds=10, monotonic=lambda: now[0])
    breaker.failed()
    breaker.failed()
    assert breaker.state is BreakerState.OPEN and not breaker.allow()
    now[0] = 10
    assert breaker.allow(), "the trial"
    assert not breaker.allow(), "only one trial at a time"
    breaker.failed()
    assert breaker.state is BreakerState.OPEN
    assert breaker.retry_after_seconds() == 10


class RefusingFirst(httpx.AsyncBaseTransport):
    """A real HTTP transport whose first connection attempts are refused, as by a restarting service."""

    def __init__(self, refusals: int) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.refusals = refusals

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.refusals:
            self.refusals -= 1
            raise httpx.ConnectError("connection refused", request=request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_idempotent_reads_are_retried_when_the_connection_fails_and_commands_are_not():
    echo = Echo()
    settings = gateway_settings()
    async with serving(echo_service(service_settings(), echo)) as url:
        transport = RefusingFirst(refusals=1)
        upstream = Upstream(
            name="documents",
            client=httpx.AsyncClient(transport=transport, base_url=url),
            breaker=CircuitBreaker(5, 5),
            read_timeout=5,
            command_timeout=5,
            connect_timeout=0.5,
            retries=1,
        )
        app = build_gateway_app(settings, [upstream])
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway") as client,
        ):
            read = await client.get("/api/documents/echo/x")
            assert read.status_code == 200 and echo.calls == 1

            transport.refusals = 1
            command = await client.post("/api/documents/echo/x", json={})
            assert command.status_code == 503, "a command is sent once; the caller decides to retry"
            assert echo.calls == 1


async def test_a_service_that_does_not_answer_in_time_gets_a_504_problem():
    async with echo_behind_gateway(gateway_timeout_seconds=0.2) as (gateway, echo):
        response = await gateway.client.get("/api/documents/hang")
        echo.release.set()
    assert response.status_code == 504
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == "upstream_timeout"


async def test_a_service_that_stalls_in_the_middle_of_a_small_answer_gets_a_504_problem():
    async with echo_behind_gateway(gateway_timeout_seconds=0.2) as (gateway, echo):
        response = await gateway.client.get("/api/documents/stall")
        echo.release.set()
    assert response.status_code == 504
    assert response.json()["code"] == "upstream_timeout"


async def test_a_streamed_response_reaches_the_client_before_the_service_has_finished():
    echo = Echo()
    async with serving(echo_service(service_settings(), echo)) as url:
        settings = gateway_settings(upstream_documents=url)
        gateway_app = build_routing_app(settings)
        async with gateway_app.router.lifespan_context(gateway_app), serving(gateway_app) as gateway_url:
            async with (
                httpx.AsyncClient(base_url=gateway_url) as client,
                client.stream("GET", "/api/documents/stream") as response,
            ):
                lines = response.aiter_lines()
                assert await anext(lines) == "first line"  # while the service still holds the rest
                echo.release.set()
                assert await anext(lines) == "second line"


async def test_250_open_consoles_take_no_connection_from_the_requests_they_make():
    """Each open console holds a push from the service for as long as it is open; past the 200
    connections of the gateway's pool to a service, the 201st console, and every request, waited."""
    echo = Echo()
    async with serving(echo_service(service_settings(), echo)) as url:
        # 250 people's consoles, here from one client: the per-caller rate limit is not what is tested
        settings = gateway_settings(
            upstream_documents=url, gateway_connect_timeout_seconds=1, gateway_rate_limit_burst=1000
        )
        gateway_app = build_routing_app(settings)
        async with (
            gateway_app.router.lifespan_context(gateway_app),
            serving(gateway_app) as gateway_url,
            httpx.AsyncClient(base_url=gateway_url, limits=httpx.Limits(max_connections=None)) as client,
            contextlib.AsyncExitStack() as consoles,
        ):
            opened = [
                await consoles.enter_async_context(client.stream("GET", "/api/documents/live"))
                for _ in range(250)
            ]
            assert [push.status_code for push in opened] == [200] * 250
            assert all([await anext(push.aiter_lines()) == "event: hello" for push in opened])
            answered = await client.get("/api/documents/echo/while-250-consoles-are-open")
            assert answered.status_code == 200 and answered.json()["path"].endswith(
                "while-250-consoles-are-open"
            )
            echo.release.set()


async def test_a_path_below_no_known_service_is_a_404_problem():
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.get("/api/nonesuch/x")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM


async def test_the_dashboards_are_reached_at_the_path_conventions_give_them(embedded):
    client, _ = embedded
    response = await client.get("/api/dashboards/healthz")
    assert response.json() == {"status": "ok", "service": "projection"}
