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
from shuniu_shared.context import bound_context, request_context
from shuniu_shared.metrics import HTTP_LATENCY, HTTP_REQUESTS
from shuniu_shared.web.problems import internal_error_response, problem_response

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


MAX_JSON_DEPTH = 32  # the office's deepest body is five levels; a parser's stack is some hundreds
_STRUCTURE = re.compile(rb'[\[\]{}"\\]')  # the bytes that open or close a level or a string


class JsonDepthLimit:
    """A JSON body nested deeper than `MAX_JSON_DEPTH` is refused before anything parses it.

    Python's parser recurses once per level: a body of some thousand `[` raised RecursionError —
    not the ValueError FastAPI turns into a 422 — so it was a 500 on every endpoint, unsigned ones
    such as the gateway's `/auth/token` among them (issue 17, finding 3). The body is scanned as it
    streams past, a chunk at a time, counting levels outside strings; nothing is buffered. Once a
    chunk goes too deep, reading the body raises `_BodyTooDeep` in the app, which never sees that
    chunk: a service's parser stops there, and the gateway's forwarding (which streams a body to the
    service as it arrives) breaks off mid-body, so the service gets a request that never finished,
    not a shorter one it might act on. The exception comes back here and becomes a 422 that says why;
    if the app answered anyway, that answer is replaced. Bodies that are not JSON (no JSON media type)
    pass unscanned.
    """

    def __init__(self, app: ASGIApp, max_depth: int = MAX_JSON_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(Headers(scope=scope).get("content-type")):
            await self.app(scope, receive, send)
            return
        scanner = _DepthScanner(self.max_depth)
        too_deep = started = False

        async def scanning_receive() -> Message:
            nonlocal too_deep
            message = await receive()
            if message["type"] == "http.request" and scanner.too_deep(message.get("body", b"")):
                too_deep = True
                raise _BodyTooDeep
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if too_deep:
                return  # whatever the app makes of a body it could not finish, the 422 below says it
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, scanning_receive, watching_send)
        except _BodyTooDeep:
            pass
        except Exception:
            if not too_deep:
                raise
            # the app turned the broken-off body into an error of its own (a client disconnect, say)
        if too_deep and not started:
            response = problem_response(
                Request(scope),
                422,
                "json_too_deep",
                f"请求体的 JSON 嵌套过深：最多 {self.max_depth} 层",
                f"the JSON body is nested too deeply: at most {self.max_depth} levels",
                "body",
            )
            await response(scope, receive, send)


class _BodyTooDeep(Exception):
    """Raised from the body's stream at the chunk that goes too deep; JsonDepthLimit catches it."""


class _DepthScanner:
    """How deep a JSON text goes, fed a chunk at a time: `[` and `{` outside strings open a level,
    `]` and `}` close one; inside a string a backslash escapes the byte after it, in the next chunk
    if need be. Only those bytes are looked at, so a long string costs one regex pass."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.depth = 0
        self.in_string = False
        self.skip_first = False  # the previous chunk ended with a backslash inside a string

    def too_deep(self, chunk: bytes) -> bool:
        skip = 0 if self.skip_first else -1  # the position of a byte a backslash escaped
        self.skip_first = False
        for match in _STRUCTURE.finditer(chunk):
            at, byte = match.start(), match.group()
            if at == skip:
                continue
            if self.in_string:
                if byte == b"\\":
                    skip = at + 1
                    self.skip_first = skip == len(chunk)
                elif byte == b'"':
                    self.in_string = False
            elif byte == b'"':
                self.in_string = True
            elif byte in b"[{":
                self.depth += 1
                if self.depth > self.max_depth:
                    return True
            elif byte in b"]}":
                self.depth -= 1
        return False


def _is_json(content_type: str | None) -> bool:
    """What FastAPI parses as JSON: no content type at all, or application/json or …+json."""
    if not content_type:
        return True
    media_type = content_type.split(";")[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def _acceptable_id(value: str | None) -> str | None:
    return value if value and _ACCEPTABLE_ID.match(value) else None


def _route_template(scope: Scope) -> str:
    # The router records the route it matched in the scope, which this middleware shares.
    # A mounted app (the embedded mode) leaves its mount point in root_path.
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    return scope.get("root_path", "") + template if template else _UNMATCHED
