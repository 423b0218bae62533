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
from collections.abc import AsyncIterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import httpx
import structlog
from shuniu_shared.settings import Settings
from starlette.types import ASGIApp

from shuniu_gateway.breaker import CircuitBreaker
from shuniu_gateway.metrics import BREAKER_STATE

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Long-lived pushes (the projection's /live, one per open console) hold a connection to the service
# for as long as the console stays open: they go through a pool of their own, so that 200 open
# consoles do not take every connection from the requests the same consoles make (docs/gateway.md).
STREAMS = re.compile(r"^/live$")
STREAMS_PER_UPSTREAM = 10_000  # open consoles per service per gateway process; past it one waits

# Routes whose answers legitimately take longer (or must come faster) than the defaults: the first
# pattern matching the path below the service's prefix sets the read timeout, in seconds.
ROUTE_TIMEOUTS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^/(healthz|readyz|metrics|openapi\.json|events/schemas|events/catalogue(/[^/]*)?)$"), 5.0),
    (re.compile(r"(^|/)exports?(/|$)"), 120.0),  # exports stream a whole register
    # The projection's live pushes: quiet but for a heartbeat every 15 s (api/live.py), which this
    # read timeout must outlast.
    (re.compile(r"^/live$"), 60.0),
    # A file's bytes (up to 50 MiB, services/documents/api/files.py) take as long as the caller's
    # line needs; in the embedded mode the wait for the answer includes the upload itself.
    (re.compile(r"^/(incoming|outgoing)/[^/]+/files(/[0-9a-f]{64})?$"), 300.0),
)


# The public name of a service whose name says how it is built rather than what people use it for:
# the projection serves the dashboards, and docs/gateway.md and the README call them /api/dashboards/….
PUBLIC_NAMES = {"projection": "dashboards"}


def public_prefix(service: str) -> str:
    """Where the service is reached, through the gateway and the front door alike."""
    return f"/api/{PUBLIC_NAMES.get(service, service)}"


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
    streams: httpx.AsyncClient | None = None  # the long-lived pushes' pool (STREAMS); None: `client`

    def __post_init__(self) -> None:
        BREAKER_STATE.labels(self.name).set_function(lambda: self.breaker.state.value)

    @property
    def prefix(self) -> str:
        return public_prefix(self.name)

    def timeout_for(self, method: str, path: str) -> httpx.Timeout:
        """Connect fast (a service that does not accept a connection is down), then wait as long as
        the route deserves."""
        read = next(
            (seconds for pattern, seconds in ROUTE_TIMEOUTS if pattern.search(path)),
            self.read_timeout if method in IDEMPOTENT_METHODS else self.command_timeout,
        )
        return httpx.Timeout(read, connect=self.connect_timeout, pool=self.connect_timeout)

    def client_for(self, path: str) -> httpx.AsyncClient:
        return self.streams if self.streams is not None and STREAMS.search(path) else self.client

    async def aclose(self) -> None:
        await self.client.aclose()
        if self.streams is not None:
            await self.streams.aclose()


def _upstream(
    settings: Settings, name: str, client: httpx.AsyncClient, streams: httpx.AsyncClient | None = None
) -> Upstream:
    return Upstream(
        name=name,
        client=client,
        streams=streams,
        breaker=CircuitBreaker(settings.gateway_breaker_failures, settings.gateway_breaker_reset_seconds),
        read_timeout=settings.gateway_timeout_seconds,
        command_timeout=settings.gateway_command_timeout_seconds,
        connect_timeout=settings.gateway_connect_timeout_seconds,
        retries=settings.gateway_retries,
    )


def http_upstream(settings: Settings, name: str) -> Upstream:
    """A service in its own process, at `SHUNIU_UPSTREAM_<NAME>` (default: loopback, its port)."""

    def client(limits: httpx.Limits) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=settings.upstream_url(name),
            limits=limits,
            follow_redirects=False,  # a service's redirect is for the browser, not for the gateway
            trust_env=False,  # an HTTP_PROXY meant for the internet must not capture calls between services
        )

    # Keep-alive connections are the point of pooling: a new TCP connection per request would cost
    # more than the request itself on a trivial route. Services keep an idle connection open longer
    # than this (shuniu_shared.runtime.serve), so the gateway is the one that closes it.
    requests = client(httpx.Limits(max_connections=200, max_keepalive_connections=50, keepalive_expiry=30))
    # A push ends when its console closes; its connection is not kept for another.
    streams = client(httpx.Limits(max_connections=STREAMS_PER_UPSTREAM, max_keepalive_connections=0))
    return _upstream(settings, name, requests, streams)


def in_process_upstream(settings: Settings, name: str, app: ASGIApp) -> Upstream:
    """A service running in this process (the embedded mode), called without a socket."""
    client = httpx.AsyncClient(
        transport=IsolatedASGITransport(app, service=name), base_url=f"http://{name}.embedded"
    )
    return _upstream(settings, name, client)


class IsolatedASGITransport(httpx.AsyncBaseTransport):
    """Calls a service's ASGI app in this process, in a context of its own, and streams its answer.

    Why not httpx's own ASGI transport: it awaits the app in the caller's task, so the service would
    inherit the gateway's context variables (its middleware would take the gateway's request context
    for its own and skip its ids, access line and metrics, and its log lines would be labelled with
    the gateway); and it gathers the whole body before answering, so a stream that never ends — the
    projection's live pushes (`GET /live`) — would never be answered at all. Here the app runs as a
    task in a fresh context, exactly as it sees requests behind the routing gateway, and the answer
    is returned as soon as its status and headers are, its body following as the app sends it.

    The app is told the client went away (``http.disconnect``) only when the gateway closes the
    answer, as a server would when its socket closes; closing before the end cancels the app's task.
    """

    def __init__(self, app: ASGIApp, *, service: str) -> None:
        self._app = app
        self._service = service

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "headers": [(k.lower(), v) for (k, v) in request.headers.raw],
            "scheme": request.url.scheme,
            "path": request.url.path,
            "raw_path": request.url.raw_path.split(b"?")[0],
            "query_string": request.url.query,
            "server": (request.url.host, request.url.port),
            "client": ("127.0.0.1", 0),
            "root_path": "",
        }
        chunks = request.stream.__aiter__()
        sent_whole_request = False
        closed = asyncio.Event()  # the gateway is done with the answer
        started: asyncio.Future[tuple[int, list[tuple[bytes, bytes]]]] = (
            asyncio.get_running_loop().create_future()
        )
        body: asyncio.Queue[bytes | None] = asyncio.Queue()

        async def receive() -> dict[str, object]:
            nonlocal sent_whole_request
            if sent_whole_request:
                await closed.wait()
                return {"type": "http.disconnect"}
            try:
                return {"type": "http.request", "body": await chunks.__anext__(), "more_body": True}
            except StopAsyncIteration:
                sent_whole_request = True
                return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start" and not started.done():
                started.set_result((message["status"], list(message.get("headers", []))))
            elif message["type"] == "http.response.body":
                if message.get("body") and request.method != "HEAD":
                    await body.put(message["body"])
                if not message.get("more_body", False):
                    await body.put(None)

        async def call() -> None:
            structlog.contextvars.bind_contextvars(service=self._service)
            try:
                await self._app(scope, receive, send)  # type: ignore[arg-type]
            except Exception:
                # What a server does with an app that raised: a bare 500 if nothing was sent yet.
                if not started.done():
                    started.set_result((500, []))
            finally:
                await body.put(None)

        task = asyncio.create_task(call(), context=contextvars.Context())
        # httpx's timeouts have no socket to act on here; the gateway's read timeout is enforced on
        # the wait for the answer to begin, so a stuck handler gets the same 504 in both modes.
        read_timeout = request.extensions.get("timeout", {}).get("read")
        try:
            async with asyncio.timeout(read_timeout):
                # Awaiting passes a cancellation (the caller went away) on to the service.
                status, headers = await asyncio.shield(started)
        except TimeoutError:
            task.cancel()
            raise httpx.ReadTimeout("the service did not answer in time", request=request) from None
        except asyncio.CancelledError:
            task.cancel()
            raise
        return httpx.Response(status, headers=headers, stream=_Answer(body, closed, task))


class _Answer(httpx.AsyncByteStream):
    """A service's answer body as the app sends it. Closing it tells the app the client went away;
    the app ends by itself (a streaming response stops at once), so nothing is cut off midway."""

    def __init__(
        self, body: asyncio.Queue[bytes | None], closed: asyncio.Event, task: asyncio.Task[None]
    ) -> None:
        self._body, self._closed = body, closed
        self._task = task  # held, so the running app is not collected while its answer is read

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while (chunk := await self._body.get()) is not None:
            yield chunk

    async def aclose(self) -> None:
        self._closed.set()
