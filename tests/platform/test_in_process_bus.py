"""The embedded mode's bus keeps Kafka's promises: durable, ordered, once per group, dead letters."""

from __future__ import annotations

import asyncio

import pytest
from shuniu_shared.bus import InProcessBus
from shuniu_shared.consumer import Consumer, dead_letter_topic
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, outbox_table, processed_table
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.records import Record
from sqlalchemy import select

from tests.platform.sample import Counted, Tally, sqlite_store


@pytest.fixture
async def bus(tmp_path):
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    await bus.start()
    yield bus
    await bus.close()


@pytest.fixture
async def embedded_store(tmp_path):
    """The emitting service's store."""
    store = await sqlite_store(tmp_path / "sample.sqlite3")
    yield store
    await store.engine.dispose()


@pytest.fixture
async def consumer_store(tmp_path):
    """The consuming service's own database, where it records what it has processed."""
    store = await sqlite_store(tmp_path / "consumer.sqlite3")
    yield store
    await store.engine.dispose()


def bus_consumer(bus: InProcessBus, store: EventStore, handler, group: str = "g", **options) -> Consumer:
    """A consumer of the sample topic on the bus, recording what it processed in `store`."""
    return Consumer(
        group=group,
        store=store,
        handler=handler,
        source=bus.source(group, ["shuniu.sample.events"]),
        dead_letters=bus.publisher(),
        **options,
    )


async def count(store: EventStore, stream: str, times: int) -> None:
    for _ in range(times):
        async with store.unit_of_work() as uow:
            tally = await uow.load_or_new(Tally, stream)
            await uow.save(tally, [Counted(by=1)])


async def until(condition, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def relay_all(store: EventStore, bus: InProcessBus) -> None:
    relay = OutboxRelay(store, bus.publisher)
    while await relay.relay_once():
        pass


async def test_the_relay_publishes_to_the_bus_in_stream_order(embedded_store, bus):
    await count(embedded_store, "a", 3)
    await count(embedded_store, "b", 2)
    await relay_all(embedded_store, bus)
    records = await bus.topic_records("shuniu.sample.events")
    envelopes = [Envelope.from_kafka(r.headers, r.value) for r in records]
    assert [(e.subject, e.sequence) for e in envelopes] == [("a", 1), ("a", 2), ("a", 3), ("b", 1), ("b", 2)]
    assert all(e.source == "/shuniu/sample" and e.type == "shuniu.sample.tally.counted.v1" for e in envelopes)


async def test_each_group_gets_every_event_once_and_resumes_after_a_restart(
    embedded_store, consumer_store, bus
):
    seen: list[tuple[str, int]] = []

    async def note(envelope, uow):
        seen.append((envelope.subject, envelope.sequence))

    def consumer() -> Consumer:
        return bus_consumer(bus, consumer_store, note, group="notes")

    await count(embedded_store, "a", 3)
    await relay_all(embedded_store, bus)
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer().run(stopping, poll_seconds=0.05))
    await until(lambda: len(seen) == 3)
    stopping.set()
    await running

    await count(embedded_store, "a", 2)
    await relay_all(embedded_store, bus)
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer().run(stopping, poll_seconds=0.05))
    await until(lambda: len(seen) == 5)
    await asyncio.sleep(0.1)
    stopping.set()
    await running
    assert seen == [("a", n) for n in range(1, 6)]


async def test_a_redelivered_event_is_not_applied_twice(embedded_store, consumer_store, bus):
    applied = []

    async def apply(envelope, uow):
        applied.append(envelope.id)

    await count(embedded_store, "a", 2)
    await relay_all(embedded_store, bus)
    consumer = bus_consumer(bus, consumer_store, apply)
    await consumer.source.start()
    batch = (await consumer.source.fetch(0.1))[0]
    await consumer.process(batch)  # applied, but the offset is never committed: as if it crashed here
    await consumer.process(batch)
    assert len(applied) == 2 and len(set(applied)) == 2


async def test_a_failing_handler_is_retried_then_dead_lettered(embedded_store, consumer_store, bus):
    calls = []

    async def always_fails(envelope, uow):
        calls.append(envelope.sequence)
        if envelope.sequence == 2:
            raise RuntimeError("承办部门不存在")

    await count(embedded_store, "a", 3)
    await relay_all(embedded_store, bus)
    await bus.append([Record("shuniu.sample.events", b"x", b"not json", [])])
    consumer = bus_consumer(bus, consumer_store, always_fails, max_attempts=4, backoff_seconds=0.001)
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer.run(stopping, poll_seconds=0.05))
    await until(lambda: consumer.dead_lettered == 2)
    stopping.set()
    await running

    assert calls.count(2) == 4 and calls.count(3) >= 1
    dead = await bus.topic_records(dead_letter_topic("g"))
    headers = [{k: v.decode() for k, v in d.headers} for d in dead]
    assert headers[0]["dlq_attempts"] == "4" and "承办部门不存在" in headers[0]["dlq_error"]
    assert headers[1]["dlq_attempts"] == "0" and dead[1].value == b"not json"


async def test_the_bus_survives_a_restart_of_the_process(tmp_path, embedded_store):
    url = f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}"
    first = InProcessBus(url)
    await first.start()
    await count(embedded_store, "a", 2)
    await relay_all(embedded_store, first)
    await first.close()

    second = InProcessBus(url)
    await second.start()
    assert len(await second.topic_records("shuniu.sample.events")) == 2
    await second.close()


async def test_events_of_types_a_subscription_does_not_act_on_are_passed_over_without_a_trace(
    embedded_store, consumer_store, bus
):
    applied = []

    async def apply(envelope, uow):
        applied.append(envelope.id)

    await count(embedded_store, "a", 3)
    await relay_all(embedded_store, bus)
    other = Envelope.from_kafka(*_as_other_type((await bus.topic_records("shuniu.sample.events"))[0]))
    await bus.append([Record.of("shuniu.sample.events", other)])
    consumer = bus_consumer(bus, consumer_store, apply, types=frozenset({"shuniu.sample.tally.counted.v1"}))
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer.run(stopping, poll_seconds=0.05))
    await until(lambda: len(applied) == 3)
    await asyncio.sleep(0.2)
    stopping.set()
    await running

    async with consumer_store.engine.connect() as connection:
        remembered = set((await connection.execute(select(processed_table.c.event_id))).scalars())
    assert remembered == set(applied) and other.id not in remembered
    assert await consumer.source.fetch(0.05) == []  # passed over, and its offset committed with the rest


def _as_other_type(record) -> tuple[list[tuple[str, bytes]], bytes]:
    headers = [
        (
            name,
            b"shuniu.sample.tally.reset.v1"
            if name == "ce_type"
            else b"other-1"
            if name == "ce_id"
            else value,
        )
        for name, value in record.headers
    ]
    return headers, record.value


async def test_a_batch_handler_gets_the_unseen_events_at_once_and_a_replay_gets_them_one_by_one(
    embedded_store, consumer_store, bus
):
    batches: list[list[int]] = []
    singles: list[int] = []

    async def one(envelope, uow):
        singles.append(envelope.sequence)

    async def many(envelopes, uow):
        batches.append([e.sequence for e in envelopes])
        if len(batches) == 1:
            raise RuntimeError("the first try of the batch fails")

    await count(embedded_store, "a", 4)
    await relay_all(embedded_store, bus)
    consumer = bus_consumer(bus, consumer_store, one, batch_handler=many)
    await consumer.source.start()
    batch = (await consumer.source.fetch(0.1))[0]
    await consumer.process(batch)  # the batch fails, so each event is applied on its own
    await consumer.process(batch)  # redelivered: nothing is unseen any more

    assert batches == [[1, 2, 3, 4]] and singles == [1, 2, 3, 4]


async def test_after_a_crash_the_relay_does_not_put_on_the_bus_what_it_published_already(embedded_store, bus):
    await count(embedded_store, "a", 5)
    dying = OutboxRelay(embedded_store, bus.publisher, batch_size=3)
    assert await dying.relay_once() == 3
    async with embedded_store.engine.begin() as connection:  # as if it died before its delete
        await connection.execute(outbox_table.insert(), [{"position": p} for p in (1, 2, 3)])

    successor = OutboxRelay(embedded_store, bus.publisher, batch_size=3)
    stopping = asyncio.Event()
    running = asyncio.create_task(successor.run(stopping))
    await until(lambda: successor.published == 2)
    stopping.set()
    await running

    records = await bus.topic_records("shuniu.sample.events")
    assert [Envelope.from_kafka(r.headers, r.value).sequence for r in records] == [1, 2, 3, 4, 5]
