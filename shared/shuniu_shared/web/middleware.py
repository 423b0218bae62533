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
from dataclasses import dataclass
from urllib.parse import parse_qsl

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
_NUL_ESCAPE = b"u0000"  # what follows the backslash where JSON text writes U+0000


@dataclass(frozen=True)
class _Refusal:
    code: str
    zh: str
    en: str
    field: str


def _too_deep(max_depth: int) -> _Refusal:
    return _Refusal(
        "json_too_deep",
        f"请求体的 JSON 嵌套过深：最多 {max_depth} 层",
        f"the JSON body is nested too deeply: at most {max_depth} levels",
        "body",
    )


def _nul_in(field: str) -> _Refusal:
    # The same code as the database's own refusal (`problems.UNSTORABLE_TEXT`), which this forestalls.
    return _Refusal(
        "invalid_character",
        "请求中含有无法保存的字符（U+0000 空字符），请删除后重试",
        "the request contains a character that cannot be stored (U+0000); remove it and retry",
        field,
    )


class InputGuard:
    """Input no service can take is refused before anything parses or stores it, with a 422 that says
    why: a JSON body nested deeper than `MAX_JSON_DEPTH`, and U+0000 in the path, the query or the
    text of a JSON body.

    Depth: Python's parser recurses once per level, so a body of some thousand `[` raised
    RecursionError — not the ValueError FastAPI turns into a 422 — and was a 500 on every endpoint,
    unsigned ones such as the gateway's `/auth/token` among them (issue 17, finding 3).
    U+0000: PostgreSQL stores none in text or jsonb, so a filter or a field holding one was a 500
    from the database, or a 422 only where a route remembered to forbid it (issue 16, item 5).
    A JSON text can only write it as the escape `\\u0000` (a raw control byte is not JSON).

    The body is scanned as it streams past, a chunk at a time, counting levels outside strings and
    looking at each escape inside them; nothing is buffered. Once a chunk is refused, reading the body
    raises `_BodyRefused` in the app, which never sees that chunk: a service's parser stops there, and
    the gateway's forwarding (which streams a body to the service as it arrives) breaks off mid-body,
    so the service gets a request that never finished, not a shorter one it might act on. The
    exception comes back here and becomes the 422; if the app answered anyway, that answer is
    replaced. Bodies that are not JSON (no JSON media type) pass unscanned.
    """

    def __init__(self, app: ASGIApp, max_depth: int = MAX_JSON_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = _nul_in_address(scope)
        if refusal is not None:
            await _refuse(refusal, scope, receive, send)
            return
        if not _is_json(Headers(scope=scope).get("content-type")):
            await self.app(scope, receive, send)
            return
        scanner = _JsonScanner(self.max_depth)
        refused: _Refusal | None = None
        started = False

        async def scanning_receive() -> Message:
            nonlocal refused
            message = await receive()
            if message["type"] == "http.request":
                refused = scanner.refusal(message.get("body", b""))
                if refused is not None:
                    raise _BodyRefused
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if refused is not None:
                return  # whatever the app makes of a body it could not finish, the 422 below says it
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, scanning_receive, watching_send)
        except _BodyRefused:
            pass
        except Exception:
            if refused is None:
                raise
            # the app turned the broken-off body into an error of its own (a client disconnect, say)
        if refused is not None and not started:
            await _refuse(refused, scope, receive, send)


def _nul_in_address(scope: Scope) -> _Refusal | None:
    """The path arrives percent-decoded; the query string raw, with `%00` or a bare NUL byte."""
    if "\x00" in scope["path"]:
        return _nul_in("path")
    query = scope.get("query_string", b"")
    if b"\x00" in query or b"%00" in query:
        for name, value in parse_qsl(query.decode(errors="replace"), keep_blank_values=True):
            if "\x00" in name or "\x00" in value:
                return _nul_in(f"query.{name.replace(chr(0), '')}")
    return None


async def _refuse(refusal: _Refusal, scope: Scope, receive: Receive, send: Send) -> None:
    response = problem_response(Request(scope), 422, refusal.code, refusal.zh, refusal.en, refusal.field)
    await response(scope, receive, send)


class _BodyRefused(Exception):
    """Raised from the body's stream at the chunk that is refused; InputGuard catches it."""


class _JsonScanner:
    """How deep a JSON text goes and whether it writes U+0000, fed a chunk at a time: `[` and `{`
    outside strings open a level, `]` and `}` close one; inside a string a backslash escapes what
    follows it, in the next chunk if need be, and `\\u0000` is U+0000. Only those bytes are looked
    at, so a long string costs one regex pass."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.depth = 0
        self.in_string = False
        # What followed a backslash at the end of the previous chunk, while it may still spell
        # `u0000` (empty: the chunk ended with the backslash itself); None outside an escape.
        self.escape: bytes | None = None

    def refusal(self, chunk: bytes) -> _Refusal | None:
        skip = -1  # the position of a byte a backslash escaped
        if self.escape is not None:
            escaped = self.escape + chunk[: len(_NUL_ESCAPE) - len(self.escape)]
            if escaped == _NUL_ESCAPE:
                return _nul_in("body")
            if len(escaped) < len(_NUL_ESCAPE) and _NUL_ESCAPE.startswith(escaped):
                self.escape = escaped  # the chunk was shorter than the escape: wait for the next
                return None
            skip = 0 if not self.escape else -1
            self.escape = None
        for match in _STRUCTURE.finditer(chunk):
            at, byte = match.start(), match.group()
            if at == skip:
                continue
            if self.in_string:
                if byte == b"\\":
                    skip = at + 1
                    escaped = chunk[skip : skip + len(_NUL_ESCAPE)]
                    if escaped == _NUL_ESCAPE:
                        return _nul_in("body")
                    if len(escaped) < len(_NUL_ESCAPE) and _NUL_ESCAPE.startswith(escaped):
                        self.escape = escaped  # the chunk ends inside what may be `\\u0000`
                elif byte == b'"':
                    self.in_string = False
            elif byte == b'"':
                self.in_string = True
            elif byte in b"[{":
                self.depth += 1
                if self.depth > self.max_depth:
                    return _too_deep(self.max_depth)
            elif byte in b"]}":
                self.depth -= 1
        return None


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
