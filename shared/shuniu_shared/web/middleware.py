"""What happens around every request: ids and trace context in, ids out, one access line, metrics.

Written as plain ASGI rather than Starlette's `BaseHTTPMiddleware`, which runs the app in a task of
its own and relays the response through an in-memory stream: context variables the endpoint sets
(the `actor`) would not reach the access line, and every chunk of a streamed response would take a
detour. Here the app runs in the caller's task and each message passes straight through, so an
export streams to the client as it is produced (`test_a_streamed_response_is_not_held_back`).
"""

from __future__ import annotations

import re
import time
import uuid

import structlog
from opentelemetry.trace import Span, SpanKind, StatusCode
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shuniu_shared import tracing
from shuniu_shared.web.context import bound_context, request_context
from shuniu_shared.web.metrics import HTTP_LATENCY, HTTP_REQUESTS
from shuniu_shared.web.problems import internal_error_response

log = structlog.get_logger("shuniu.access")

# An id from the caller is echoed into logs and responses, so only a plain token is taken on trust;
# anything else (too long, spaces, control characters) is replaced by an id of our own.
_ACCEPTABLE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
# Label values must stay few, or Prometheus drowns: requests no route answered share one route label
# (rather than each raw path), and invented methods share one method label.
_UNMATCHED = "<unmatched>"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings = getattr(scope["app"].state, "settings", None)
        if request_context() is not None:
            # An app mounted inside another (the embedded mode): the outer one already gave the
            # request its ids, trace, metrics and access line; only the service label changes.
            with structlog.contextvars.bound_contextvars(service=settings.service if settings else None):
                await self.app(scope, receive, send)
            return

        headers = Headers(scope=scope)
        started = time.perf_counter()
        status = 500  # what the access line says if the app fails before answering
        response_started = False

        method = scope["method"] if scope["method"] in _METHODS else "OTHER"
        with (
            # Named by the method until the router has matched a route (see `_record`).
            tracing.work_span(
                settings.service if settings else "shuniu",
                method,
                SpanKind.SERVER,
                traceparent=headers.get("traceparent"),
                attributes={"http.request.method": method, "url.path": scope["path"]},
            ) as span,
            bound_context(
                request_id=_acceptable_id(headers.get("x-request-id")) or str(uuid.uuid4()),
                correlation_id=_acceptable_id(headers.get("x-correlation-id")),
                traceparent=headers.get("traceparent"),
                trace=tracing.own_trace(span),
            ) as context,
        ):

            async def send_with_ids(message: Message) -> None:
                nonlocal status, response_started
                if message["type"] == "http.response.start":
                    status, response_started = message["status"], True
                    response_headers = MutableHeaders(scope=message)
                    response_headers["X-Request-ID"] = context.request_id
                    response_headers["X-Correlation-ID"] = context.correlation_id
                    response_headers["traceparent"] = context.traceparent
                await send(message)

            try:
                await self.app(scope, receive, send_with_ids)
            except Exception as exc:
                if response_started:
                    raise  # half a response is out; only the server can end it (by closing the connection)
                # A bug: answer here, inside the request's context, so the 500 carries the ids and
                # is counted and logged once (see `install_problem_handlers`).
                response = await internal_error_response(Request(scope), exc)
                await response(scope, receive, send_with_ids)
            finally:
                self._record(scope, method, status, time.perf_counter() - started, span)

    @staticmethod
    def _record(scope: Scope, method: str, status: int, seconds: float, span: Span) -> None:
        route = _route_template(scope)
        if span.is_recording():
            span.update_name(f"{method} {route}")
            span.set_attributes({"http.route": route, "http.response.status_code": status})
            if status >= 500:
                span.set_status(StatusCode.ERROR)
        HTTP_REQUESTS.labels(method, route, str(status)).inc()
        HTTP_LATENCY.labels(method, route).observe(seconds)
        # The path, never the query string: a query may carry personal data or a token.
        log.info(
            "request",
            method=method,
            path=scope["path"],
            route=route,
            status=status,
            duration_ms=round(seconds * 1000, 1),
        )


def _acceptable_id(value: str | None) -> str | None:
    return value if value and _ACCEPTABLE_ID.match(value) else None


def _route_template(scope: Scope) -> str:
    # The router records the route it matched in the scope, which this middleware shares.
    # A mounted app (the embedded mode) leaves its mount point in root_path.
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    return scope.get("root_path", "") + template if template else _UNMATCHED
