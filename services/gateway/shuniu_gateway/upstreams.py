"""The services behind the gateway: one pooled HTTP client, one breaker and one timeout policy each.

In the routing mode (`make stack`, compose) a service is a process reached over HTTP; in the embedded
mode (`make dev`) it is an ASGI app in this process, called through an in-process transport. Either
way the gateway holds an `httpx.AsyncClient`, so everything above this module — authentication,
limits, ids, retries, breakers, errors — is the same code in both modes.
"""

from __future__ import annotations

import asyncio
import contextvars
import re
from dataclasses import dataclass

import httpx
import structlog
from shuniu_shared.settings import Settings
from starlette.types import ASGIApp

from shuniu_gateway.breaker import CircuitBreaker
from shuniu_gateway.metrics import BREAKER_STATE

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Routes whose answers legitimately take longer (or must come faster) than the defaults: the first
# pattern matching the path below the service's prefix sets the read timeout, in seconds.
ROUTE_TIMEOUTS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^/(healthz|readyz|metrics|openapi\.json|events/schemas|events/catalogue(/[^/]*)?)$"), 5.0),
    (re.compile(r"(^|/)exports?(/|$)"), 120.0),  # exports stream a whole register
)


# The public name of a service whose name says how it is built rather than what people use it for:
# the projection serves the dashboards, and docs/gateway.md and the README call them /api/dashboards/….
PUBLIC_NAMES = {"projection": "dashboards"}


@dataclass
class Upstream:
    """A service behind the gateway, reached at `/api/<public name>/…` (its own name, unless
    `PUBLIC_NAMES` gives another)."""

    name: str
    client: httpx.AsyncClient
    breaker: CircuitBreaker
    read_timeout: float
    command_timeout: float
    connect_timeout: float
    retries: int

    def __post_init__(self) -> None:
        BREAKER_STATE.labels(self.name).set_function(lambda: self.breaker.state.value)

    @property
    def prefix(self) -> str:
        return f"/api/{PUBLIC_NAMES.get(self.name, self.name)}"

    def timeout_for(self, method: str, path: str) -> httpx.Timeout:
        """Connect fast (a service that does not accept a connection is down), then wait as long as
        the route deserves."""
        read = next(
            (seconds for pattern, seconds in ROUTE_TIMEOUTS if pattern.search(path)),
            self.read_timeout if method in IDEMPOTENT_METHODS else self.command_timeout,
        )
        return httpx.Timeout(read, connect=self.connect_timeout, pool=self.connect_timeout)

    async def aclose(self) -> None:
        await self.client.aclose()


def _upstream(settings: Settings, name: str, client: httpx.AsyncClient) -> Upstream:
    return Upstream(
        name=name,
        client=client,
        breaker=CircuitBreaker(settings.gateway_breaker_failures, settings.gateway_breaker_reset_seconds),
        read_timeout=settings.gateway_timeout_seconds,
        command_timeout=settings.gateway_command_timeout_seconds,
        connect_timeout=settings.gateway_connect_timeout_seconds,
        retries=settings.gateway_retries,
    )


def http_upstream(settings: Settings, name: str) -> Upstream:
    """A service in its own process, at `SHUNIU_UPSTREAM_<NAME>` (default: loopback, its port)."""
    client = httpx.AsyncClient(
        base_url=settings.upstream_url(name),
        # Keep-alive connections are the point of pooling: a new TCP connection per request would
        # cost more than the request itself on a trivial route. Services keep an idle connection open
        # longer than this (shuniu_shared.runtime.serve), so the gateway is the one that closes it.
        limits=httpx.Limits(max_connections=200, max_keepalive_connections=50, keepalive_expiry=30),
        follow_redirects=False,  # a service's redirect is for the browser, not for the gateway
        trust_env=False,  # an HTTP_PROXY meant for the internet must not capture calls between services
    )
    return _upstream(settings, name, client)


def in_process_upstream(settings: Settings, name: str, app: ASGIApp) -> Upstream:
    """A service running in this process (the embedded mode), called without a socket."""
    client = httpx.AsyncClient(
        transport=IsolatedASGITransport(app, service=name), base_url=f"http://{name}.embedded"
    )
    return _upstream(settings, name, client)


class IsolatedASGITransport(httpx.AsyncBaseTransport):
    """httpx's ASGI transport, running the app in a context of its own.

    httpx awaits the app in the caller's task, so the service would inherit the gateway's context
    variables: its middleware would take the gateway's request context for its own and skip its ids,
    access line and metrics, and its log lines would be labelled with the gateway. Run in a fresh
    context, the service sees exactly what it sees behind the routing gateway — the ids and the
    `traceparent` the gateway sends as headers — so both modes behave alike.
    """

    def __init__(self, app: ASGIApp, *, service: str) -> None:
        self._inner = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self._service = service

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async def call() -> httpx.Response:
            structlog.contextvars.bind_contextvars(service=self._service)
            return await self._inner.handle_async_request(request)

        # httpx's ASGI transport ignores timeouts (there is no socket to time out); the gateway's
        # read timeout is enforced here, so a stuck handler gets the same 504 in both modes.
        read_timeout = request.extensions.get("timeout", {}).get("read")
        try:
            async with asyncio.timeout(read_timeout):
                # Awaiting the task passes a cancellation (the caller went away) on to the service.
                return await asyncio.create_task(call(), context=contextvars.Context())
        except TimeoutError:
            raise httpx.ReadTimeout("the service did not answer in time", request=request) from None
