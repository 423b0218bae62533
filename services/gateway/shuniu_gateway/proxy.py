"""Forwarding `/api/<service>/…` to the service: the request in, the response back, both streamed.

What crosses: the method, the path below the service's prefix with its query string untouched, the
headers less the hop-by-hop ones, and the body as it arrives. What the gateway adds: the request id,
the correlation id and a `traceparent` naming the gateway's own span (the service continues the same
trace under it), `X-Forwarded-*`, and the bearer token of a console session (the cookie itself stays
at the gateway). The response comes back as the service sent it, body bytes untouched.

When a service cannot answer, the caller gets a problem+json at once rather than a hang: 503 when the
service is down or its breaker is open (with `Retry-After`), 504 when it accepted the request but did
not answer in time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import structlog
from opentelemetry.trace import SpanKind, StatusCode
from shuniu_shared import tracing
from shuniu_shared.web.context import TraceContext, request_context
from shuniu_shared.web.problems import problem_response
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from shuniu_gateway.metrics import UPSTREAM_LATENCY, UPSTREAM_REQUESTS
from shuniu_gateway.upstreams import IDEMPOTENT_METHODS, Upstream

log = structlog.get_logger(__name__)

# RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. `host` is the gateway's;
# the ids and forwarding headers are replaced by the gateway's own, so a caller cannot forge them.
_NOT_FORWARDED = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"proxy-connection",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
        b"host",
        b"cookie",  # the console's session stays here; the service gets the bearer token it holds
        b"x-request-id",
        b"x-correlation-id",
        b"traceparent",
        b"x-forwarded-for",
        b"x-forwarded-host",
        b"x-forwarded-proto",
        b"x-forwarded-prefix",
    }
)
_NOT_RETURNED_RAW = frozenset({b"connection", b"keep-alive", b"transfer-encoding", b"trailer", b"upgrade"})
_BUFFERED_BYTES = 64 * 1024  # answers up to this size are read whole before being passed on
# The request certainly did not reach the service: safe to try again for an idempotent request.
_NOT_DELIVERED = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRY_BACKOFF_SECONDS = 0.05
_SERVICE_UNAVAILABLE_STATUSES = frozenset({502, 503, 504})


async def forward(request: Request, upstream: Upstream, bearer: str | None, prefix: str) -> Response:
    """Send the request, less `prefix`, to `upstream` and stream its answer back; a problem+json if
    it cannot."""
    if not upstream.breaker.allow():
        UPSTREAM_REQUESTS.labels(upstream.name, "breaker_open").inc()
        return _unavailable(request, upstream, retry_after=upstream.breaker.retry_after_seconds())

    method = request.method
    path = request.scope["raw_path"].decode("latin-1")[len(prefix) :] or "/"
    query = request.scope["query_string"]
    client = upstream.client_for(path)
    url = client.base_url.copy_with(raw_path=(path.encode("latin-1") + (b"?" + query if query else b"")))
    timeout = upstream.timeout_for(method, path)
    replayable = method in IDEMPOTENT_METHODS
    # An idempotent request's body (rarely any) is kept so that it can be sent again; any other
    # body is streamed through as it arrives and therefore can be sent only once.
    content: bytes | AsyncIterator[bytes] = await request.body() if replayable else request.stream()
    attempts = 1 + (upstream.retries if replayable else 0)

    started = time.perf_counter()
    # The CLIENT span ends with the response's headers; a streamed body's transfer is the server
    # span's (the gateway's answer to its caller), which lasts until the last byte is sent.
    with tracing.work_span(
        request.app.state.settings.service,
        f"{method} {upstream.name}",
        SpanKind.CLIENT,
        traceparent=_own_traceparent(),
        attributes={
            "http.request.method": method,
            "server.address": upstream.client.base_url.host,
            "server.port": upstream.client.base_url.port or 80,
            "url.path": path,
            "shuniu.upstream": upstream.name,
        },
    ) as span:
        # The service continues the trace under this span (or under the gateway's, tracing off).
        headers = _forwarded_headers(request, prefix, bearer, tracing.own_trace(span))
        try:
            response = await _send(client, method, url, headers, content, timeout, attempts)
        except httpx.TransportError as exc:  # timeouts included
            span.set_status(StatusCode.ERROR, type(exc).__name__)
            return _failed(request, upstream, exc)
        except BaseException:
            upstream.breaker.abandoned()  # cancelled (the caller went away) or a bug: no verdict on the service
            raise
        span.set_attribute("http.response.status_code", response.status_code)
        if response.status_code >= 500:
            span.set_status(StatusCode.ERROR)

    UPSTREAM_LATENCY.labels(upstream.name).observe(time.perf_counter() - started)
    UPSTREAM_REQUESTS.labels(upstream.name, f"{response.status_code // 100}xx").inc()
    if response.status_code in _SERVICE_UNAVAILABLE_STATUSES:
        upstream.breaker.failed()
    else:
        upstream.breaker.succeeded()
    # Raw bytes and headers as the service sent them: a compressed body stays compressed and its
    # Content-Length true; repeated headers (several Set-Cookie) stay repeated.
    headers = [(name, value) for name, value in response.headers.raw if name.lower() not in _NOT_RETURNED_RAW]
    declared = response.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) <= _BUFFERED_BYTES:
        # Most answers are a small JSON document: read at once, they skip the streaming machinery
        # (a task listening for the client going away), a good part of the gateway's cost per request.
        try:
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        except httpx.TransportError as exc:  # the service stalled or dropped the connection mid-answer
            return _failed(request, upstream, exc)
        finally:
            await response.aclose()
        answer = Response(body, status_code=response.status_code)
    else:
        answer = StreamingResponse(
            response.aiter_raw(), status_code=response.status_code, background=BackgroundTask(response.aclose)
        )
    answer.raw_headers = headers
    return answer


async def _send(
    client: httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    headers: list[tuple[bytes, bytes]],
    content: bytes | AsyncIterator[bytes],
    timeout: httpx.Timeout,
    attempts: int,
) -> httpx.Response:
    for attempt in range(1, attempts + 1):
        outgoing = client.build_request(method, url, headers=headers, content=content, timeout=timeout)
        try:
            return await client.send(outgoing, stream=True)
        except _NOT_DELIVERED:
            if attempt == attempts:
                raise
            await asyncio.sleep(_RETRY_BACKOFF_SECONDS * 2 ** (attempt - 1))
    raise AssertionError("unreachable: the last attempt returns or raises")


def _own_traceparent() -> str | None:
    context = request_context()
    return context.traceparent if context is not None else None


def _forwarded_headers(
    request: Request, prefix: str, bearer: str | None, client_span: TraceContext | None = None
) -> list[tuple[bytes, bytes]]:
    connection_scoped = {
        token.strip().lower().encode("latin-1")
        for token in request.headers.get("connection", "").split(",")
        if token.strip()
    }
    headers = [
        (name, value)
        for name, value in request.scope["headers"]
        if name not in _NOT_FORWARDED and name not in connection_scoped
    ]
    if bearer is not None and request.headers.get("authorization") is None:
        headers.append((b"authorization", f"Bearer {bearer}".encode("latin-1")))
    context = request_context()
    if context is not None:
        headers += [
            (b"x-request-id", context.request_id.encode()),
            (b"x-correlation-id", context.correlation_id.encode()),
            # The gateway's own span: the service's work is a child of what the gateway did.
            (b"traceparent", (client_span or context.trace).traceparent.encode()),
        ]
    client = request.client
    headers += [
        (b"x-forwarded-for", (client.host if client else "").encode("latin-1")),
        (b"x-forwarded-host", request.headers.get("host", "").encode("latin-1")),
        (b"x-forwarded-proto", request.url.scheme.encode("latin-1")),
        (b"x-forwarded-prefix", prefix.encode()),
    ]
    return headers


def _failed(request: Request, upstream: Upstream, exc: httpx.TransportError) -> Response:
    upstream.breaker.failed()
    timed_out = isinstance(exc, httpx.TimeoutException) and not isinstance(exc, _NOT_DELIVERED)
    UPSTREAM_REQUESTS.labels(upstream.name, "timeout" if timed_out else "unavailable").inc()
    log.warning("upstream_failed", upstream=upstream.name, error=type(exc).__name__)
    if timed_out:
        return _timed_out(request, upstream)
    return _unavailable(request, upstream, retry_after=1)


def _unavailable(request: Request, upstream: Upstream, *, retry_after: int) -> Response:
    return problem_response(
        request,
        503,
        "upstream_unavailable",
        f"{upstream.name} 服务暂时不可用，请稍后重试",
        f"the {upstream.name} service is unavailable; retry shortly",
        headers={"Retry-After": str(retry_after)},
        service=upstream.name,
    )


def _timed_out(request: Request, upstream: Upstream) -> Response:
    return problem_response(
        request,
        504,
        "upstream_timeout",
        f"{upstream.name} 服务未能及时答复；若是提交操作，请先查看是否已生效再重试",
        f"the {upstream.name} service did not answer in time; if this was a command, check whether it "
        "took effect before retrying",
        service=upstream.name,
    )
