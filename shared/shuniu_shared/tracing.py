"""Spans for OpenTelemetry: what each service did for one piece of work, exported over OTLP.

Off unless ``SHUNIU_OTLP_ENDPOINT`` names a collector (Jaeger, the OpenTelemetry Collector …); then
every service sends its spans there over OTLP/HTTP, batched in the background (the standard
``OTEL_BSP_*`` variables tune the batching). Off, nothing is recorded and the W3C trace context
still travels by hand as before (`shuniu_shared.context`), so turning tracing on later joins
the traces that were already flowing.

Which spans, and where they come from:

* ``SERVER`` — every HTTP request a service answers, named by its route template (`RequestContextMiddleware`);
* ``CLIENT`` — the gateway's call to a service (`shuniu_gateway.proxy`) and every database statement
  made inside a span (`instrument_engine`; statements outside any span, such as the relay's idle
  polling, would only be noise);
* ``PRODUCER`` — one per event the outbox relay publishes, a child of the work that appended it, and
  the record's ``traceparent`` header names this span;
* ``CONSUMER`` — one per event a consumer handles, continuing from the record's ``traceparent``;
* ``INTERNAL`` — one per deadline the scheduler fires; the events it appends start a trace there.

The ids a service forwards (to a service it calls, in the events it appends) are those of its own
span, so the backend draws one tree: `own_trace` turns the span into the `TraceContext` that
`bound_context` makes current.

Each service gets a tracer provider of its own, so that its spans carry its name (``service.name``)
even when several share a process (the embedded mode).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.trace import Span, SpanKind, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_shared.context import TraceContext
from shuniu_shared.envelope import Envelope
from shuniu_shared.settings import Settings

_NO_TRACER = trace.NoOpTracer()
_PROPAGATOR = TraceContextTextMapPropagator()
_STATEMENT_CHARACTERS = 2000  # parameters are never in the text (bound separately), only its length is capped


@dataclasses.dataclass
class _Tracing:
    endpoint: str | None = None
    exporter: SpanExporter | None = None
    providers: dict[str, TracerProvider] = dataclasses.field(default_factory=dict)


_state = _Tracing()


def configure_tracing(settings: Settings, *, exporter: SpanExporter | None = None) -> None:
    """Trace as `settings` say: export to ``otlp_endpoint``, or record nothing when it is unset.

    Called by every process as it builds a service; the same endpoint again changes nothing (the
    embedded mode builds several services with one set of settings). `exporter` replaces the OTLP
    exporter (a test reading the spans in memory)."""
    endpoint = settings.otlp_endpoint
    if endpoint == _state.endpoint and exporter is None:
        return
    shutdown_tracing()
    _state.endpoint, _state.exporter = endpoint, exporter


def shutdown_tracing() -> None:
    """Send what is still buffered and stop recording."""
    for provider in _state.providers.values():
        provider.shutdown()
    _state.providers.clear()
    _state.endpoint = _state.exporter = None


def flush_tracing() -> None:
    for provider in _state.providers.values():
        provider.force_flush()


def tracing_enabled() -> bool:
    return _state.endpoint is not None or _state.exporter is not None


def tracer(service: str) -> Tracer:
    """The service's tracer; one that records nothing while tracing is off."""
    if not tracing_enabled():
        return _NO_TRACER
    provider = _state.providers.get(service)
    if provider is None:
        provider = TracerProvider(resource=Resource.create({"service.name": f"shuniu-{service}"}))
        provider.add_span_processor(BatchSpanProcessor(_state.exporter or _otlp_exporter(_state.endpoint)))
        _state.providers[service] = provider
    return provider.get_tracer("shuniu")


def _otlp_exporter(endpoint: str | None) -> SpanExporter:
    assert endpoint is not None
    base = endpoint.rstrip("/")
    return OTLPSpanExporter(endpoint=base if base.endswith("/v1/traces") else f"{base}/v1/traces")


def parent_of(traceparent: str | None) -> Any:
    """The OpenTelemetry context of a W3C ``traceparent`` (an empty one, starting a trace, if it is
    absent or malformed)."""
    return _PROPAGATOR.extract({"traceparent": traceparent} if traceparent else {})


def own_trace(span: Span) -> TraceContext | None:
    """The span as the `TraceContext` this work forwards; None when nothing is recorded (tracing
    off), and the ids are then made by hand (`bound_context`)."""
    if not span.is_recording():
        return None
    context = span.get_span_context()
    return TraceContext(f"{context.trace_id:032x}", f"{context.span_id:016x}", f"{context.trace_flags:02x}")


@contextmanager
def work_span(
    service: str,
    name: str,
    kind: SpanKind,
    *,
    traceparent: str | None = None,
    attributes: dict[str, Any] | None = None,
) -> Iterator[Span]:
    """A span for a piece of work, current while the block runs, continuing `traceparent` if given.
    An exception leaving the block is recorded on it and marks it failed."""
    if not tracing_enabled():
        # Every request passes here: off, not even the caller's header is parsed a second time.
        yield trace.INVALID_SPAN
        return
    with tracer(service).start_as_current_span(
        name, context=parent_of(traceparent), kind=kind, attributes=attributes
    ) as span:
        yield span


def _event_attributes(envelope: Envelope) -> dict[str, Any]:
    return {
        "messaging.system": "kafka",
        "messaging.message.id": envelope.id,
        "messaging.kafka.message.key": envelope.subject,
        "cloudevents.event_type": envelope.type,
        "cloudevents.event_subject": envelope.subject,
    }


@contextmanager
def published(service: str, topic: str, envelopes: Sequence[Envelope]) -> Iterator[list[Envelope]]:
    """One PRODUCER span per event, each a child of the work that appended its event, open while
    the block publishes; yields the events with their ``traceparent`` naming their own span.

    One per event rather than one per batch: a batch holds the events of many requests, and a span
    belongs to one trace only — a batch span would tie every event to one request's trace and leave
    the rest of their traces broken at the broker."""
    if not tracing_enabled():
        yield list(envelopes)
        return
    source = tracer(service)
    spans = [
        source.start_span(
            f"publish {topic}",
            context=parent_of(envelope.traceparent),
            kind=SpanKind.PRODUCER,
            attributes={**_event_attributes(envelope), "messaging.destination.name": topic},
        )
        for envelope in envelopes
    ]
    with _ending(spans):
        yield [
            dataclasses.replace(envelope, traceparent=_traceparent(span) or envelope.traceparent)
            for envelope, span in zip(envelopes, spans, strict=True)
        ]


@contextmanager
def consumed(service: str, group: str, envelope: Envelope) -> Iterator[Span]:
    """The CONSUMER span of one event's handling, current while its handler runs."""
    with work_span(
        service,
        f"process {envelope.type}",
        SpanKind.CONSUMER,
        traceparent=envelope.traceparent,
        attributes={**_event_attributes(envelope), "messaging.consumer.group.name": group},
    ) as span:
        yield span


@contextmanager
def consumed_together(service: str, group: str, envelopes: Sequence[Envelope]) -> Iterator[None]:
    """A batch applied at once (one handler call, one transaction): each event still gets its
    CONSUMER span in its own trace, spanning the batch's work, so that no trace stops at this
    consumer because its event happened to arrive with others."""
    if not tracing_enabled():
        yield
        return
    source = tracer(service)
    spans = [
        source.start_span(
            f"process {envelope.type}",
            context=parent_of(envelope.traceparent),
            kind=SpanKind.CONSUMER,
            attributes={
                **_event_attributes(envelope),
                "messaging.consumer.group.name": group,
                "messaging.batch.message_count": len(envelopes),
            },
        )
        for envelope in envelopes
    ]
    with _ending(spans):
        yield


@contextmanager
def _ending(spans: list[Span]) -> Iterator[None]:
    try:
        yield
    except BaseException as error:
        for span in spans:
            span.record_exception(error)
            span.set_status(trace.StatusCode.ERROR, repr(error))
        raise
    finally:
        for span in spans:
            span.end()


def _traceparent(span: Span) -> str | None:
    own = own_trace(span)
    return own.traceparent if own else None


def instrument_engine(engine: AsyncEngine, service: str) -> None:
    """A CLIENT span for each statement the engine runs inside a span (nothing while tracing is off)."""
    if not tracing_enabled():
        return
    sync_engine = engine.sync_engine
    system = sync_engine.dialect.name
    database = Path(sync_engine.url.database or system).stem  # a SQLite file's name, or PostgreSQL's

    def before(
        _connection: Any, _cursor: Any, statement: str, _parameters: Any, context: Any, many: bool
    ) -> None:
        if not trace.get_current_span().is_recording():
            return
        operation = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "SQL"
        context._shuniu_span = tracer(service).start_span(
            f"{operation} {database}",
            kind=SpanKind.CLIENT,
            attributes={
                "db.system.name": system,
                "db.namespace": database,
                "db.operation.name": operation,
                "db.query.text": statement[:_STATEMENT_CHARACTERS],
                **({"db.operation.batch.size": len(_parameters)} if many and _parameters else {}),
            },
        )

    def after(
        _connection: Any, _cursor: Any, _statement: str, _parameters: Any, context: Any, _many: bool
    ) -> None:
        span = context.__dict__.pop("_shuniu_span", None)
        if span is not None:
            span.end()

    def failed(exception_context: Any) -> None:
        context = exception_context.execution_context
        span = context.__dict__.pop("_shuniu_span", None) if context is not None else None
        if span is not None:
            span.record_exception(exception_context.original_exception)
            span.set_status(trace.StatusCode.ERROR, type(exception_context.original_exception).__name__)
            span.end()

    event.listen(sync_engine, "before_cursor_execute", before)
    event.listen(sync_engine, "after_cursor_execute", after)
    event.listen(sync_engine, "handle_error", failed)
