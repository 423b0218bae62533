"""Who asked, and as part of what: the ids that follow one piece of work across services.

Three ids travel with a request, and each answers a different question:

* the **request id** (`X-Request-ID`) names this one HTTP exchange — what an operator quotes when a
  user reports "it failed at 10:32";
* the **correlation id** (`X-Correlation-ID`) names the whole piece of work — a user's command and
  every event and reaction it sets off in other services carry the same one (events carry it as
  `ce_correlationid`);
* the **W3C trace context** (`traceparent`) lets a tracing backend draw the call tree; every hop gets
  a new span id under the same trace id.

They live in a context variable so that code far from the HTTP layer (the event store stamping a new
event, a log line in a repository) can read them without having them passed down, and so that a
consumer of an event can continue the same work with `bound_context`. So this module sits below both
the web layer (which binds them per request) and the event platform (which reads and continues them):
neither has to import the other.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import structlog

# https://www.w3.org/TR/trace-context/#traceparent-header-field-values
_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$")
_INVALID_TRACE_ID = "0" * 32
_INVALID_SPAN_ID = "0" * 16
_SAMPLED = "01"


@dataclass(frozen=True)
class TraceContext:
    """One span's place in a W3C trace: the trace it belongs to, its own id and the trace flags."""

    trace_id: str
    span_id: str
    flags: str = _SAMPLED

    @classmethod
    def parse(cls, traceparent: str | None) -> TraceContext | None:
        """The caller's span, or None when the header is absent or malformed (then a new trace starts)."""
        match = _TRACEPARENT.match((traceparent or "").strip())
        if match is None:
            return None
        version, trace_id, span_id, flags, rest = match.groups()
        # Version ff is forbidden; version 00 has exactly four fields, later versions may append more.
        if version == "ff" or (version == "00" and rest) or trace_id == _INVALID_TRACE_ID:
            return None
        if span_id == _INVALID_SPAN_ID:
            return None
        return cls(trace_id, span_id, flags)

    @classmethod
    def start(cls) -> TraceContext:
        # Sampled, so that a tracing backend added later records the traces that start here.
        return cls(secrets.token_hex(16), secrets.token_hex(8))

    def child(self) -> TraceContext:
        """A new span in the same trace: what this service does on behalf of the caller's span."""
        return TraceContext(self.trace_id, secrets.token_hex(8), self.flags)

    @property
    def traceparent(self) -> str:
        return f"00-{self.trace_id}-{self.span_id}-{self.flags}"


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    correlation_id: str
    trace: TraceContext

    @property
    def traceparent(self) -> str:
        return self.trace.traceparent


_current: ContextVar[RequestContext | None] = ContextVar("shuniu_request_context", default=None)


def request_context() -> RequestContext | None:
    """The context of the work in progress, or None outside a request or a `bound_context` block."""
    return _current.get()


@contextmanager
def bound_context(
    *,
    request_id: str,
    correlation_id: str | None = None,
    traceparent: str | None = None,
    trace: TraceContext | None = None,
) -> Iterator[RequestContext]:
    """Run a block as part of a piece of work: continue the caller's trace (or start one) and bind the
    ids for `request_context()` and for every log line written inside the block.

    Work that does not start with a request of its own (a consumer handling an event) passes the
    event's id as `request_id` and the event's correlation id and traceparent.

    `trace` is the span a tracer records for this work (`shuniu_shared.tracing.own_trace`), already
    a child of the caller's: then its ids are the ones forwarded, so the backend's tree and the ids
    on the events agree. Without one (tracing off) a span id is made here.
    """
    if trace is None:
        caller = TraceContext.parse(traceparent)
        trace = caller.child() if caller else TraceContext.start()
    context = RequestContext(request_id=request_id, correlation_id=correlation_id or request_id, trace=trace)
    token = _current.set(context)
    # `actor` starts empty and `current_principal` fills it in once the token is verified; binding it
    # here means leaving the block forgets whoever it was, so one request's user cannot stick to the next.
    with structlog.contextvars.bound_contextvars(
        request_id=context.request_id,
        correlation_id=context.correlation_id,
        trace_id=context.trace.trace_id,
        actor=None,
    ):
        try:
            yield context
        finally:
            _current.reset(token)
