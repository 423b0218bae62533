"""The event platform's spans hang together: a fired deadline starts a trace, its statements and the
relay's publishing of the events it appended are children of it, the record carries the publishing
span, and a consumer of the event continues from there.

Read with the OpenTelemetry SDK's in-memory exporter, on SQLite and the in-process bus; the same
chain across processes, over Kafka and into a real Jaeger, is tests/platform/test_tracing_jaeger.py."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from shuniu_shared.bus import InProcessBus
from shuniu_shared.consumer import Consumer
from shuniu_shared.deadlines import Deadline, DeadlineScheduler, schedule
from shuniu_shared.envelope import Envelope
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.settings import Settings
from shuniu_shared.tracing import configure_tracing, flush_tracing, instrument_engine, shutdown_tracing
from shuniu_shared.web.context import TraceContext

from tests.platform.sample import Counted, Tally, sqlite_store


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    configure_tracing(Settings(service="sample"), exporter=exporter)
    try:
        yield exporter
    finally:
        shutdown_tracing()


async def remind(deadline: Deadline, uow) -> None:
    tally = await uow.load_or_new(Tally, deadline.stream_id)
    await uow.save(tally, [Counted(by=1, note="临近办理时限")])


def named(spans: InMemorySpanExporter, name: str) -> ReadableSpan:
    [span] = [span for span in spans.get_finished_spans() if span.name == name]
    return span


def child_of(span: ReadableSpan, parent: ReadableSpan) -> bool:
    return span.parent is not None and span.parent.span_id == parent.context.span_id


async def test_a_fired_deadline_starts_a_trace_that_the_relay_and_a_consumer_continue(spans, tmp_path):
    store = await sqlite_store(tmp_path / "sample.sqlite3")
    instrument_engine(store.engine, "sample")
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    await bus.start()
    consumed: list[Envelope] = []

    async def follow_up(envelope: Envelope, uow) -> None:
        consumed.append(envelope)

    consumer = Consumer(
        group="follow-up",
        store=store,
        handler=follow_up,
        source=bus.source("follow-up", [store.topic]),
        dead_letters=bus.publisher(),
    )
    try:
        async with store.unit_of_work() as uow:
            due = datetime.now(UTC) - timedelta(minutes=1)
            await schedule(uow.connection, Deadline("task-1:approaching", "task-1", "approaching", due, {}))
        assert await DeadlineScheduler(store, {"approaching": remind}).fire_due() == 1
        assert await OutboxRelay(store, bus.publisher).relay_once() == 1
        stopping = asyncio.Event()
        running = asyncio.create_task(consumer.run(stopping, poll_seconds=0.05))
        while not consumed:
            await asyncio.sleep(0.01)
        stopping.set()
        await running
    finally:
        await store.engine.dispose()
        await bus.close()
    flush_tracing()

    fired = named(spans, "deadline approaching")
    published = named(spans, "publish shuniu.sample.events")
    handled = named(spans, "process shuniu.sample.tally.counted.v1")
    assert fired.parent is None, "a deadline is nobody's request: its trace starts with it"
    assert published.kind is SpanKind.PRODUCER and child_of(published, fired)
    assert handled.kind is SpanKind.CONSUMER and child_of(handled, published)
    assert handled.attributes is not None
    assert handled.attributes["messaging.consumer.group.name"] == "follow-up"
    [record] = consumed
    carried = TraceContext.parse(record.traceparent)
    assert carried is not None, "the record carries a traceparent"
    assert (carried.trace_id, carried.span_id) == (
        f"{fired.context.trace_id:032x}",
        f"{published.context.span_id:016x}",
    ), "the record names the span that published it"
    statements = [span for span in spans.get_finished_spans() if child_of(span, fired)]
    assert {"SELECT sample", "INSERT sample"} <= {span.name for span in statements}
    assert all(span.kind is SpanKind.CLIENT for span in statements if span is not published)
