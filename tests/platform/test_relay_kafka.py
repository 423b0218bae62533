"""The outbox relay against the real broker: every committed event, once, in stream order."""

from __future__ import annotations

import asyncio
import random
import uuid
from collections import defaultdict

from shuniu_shared.database import create_engine
from shuniu_shared.errors import ConcurrencyError
from shuniu_shared.eventstore import EventStore, outbox_table
from shuniu_shared.kafka import KafkaPublisher, ensure_topics
from shuniu_shared.outbox import OutboxRelay
from sqlalchemy import select

from tests.platform.kafka_support import first_occurrences, read_topic
from tests.platform.sample import Counted, Tally, registry


class Abandoned(Exception):
    """A writer that gives up after writing: its transaction rolls back."""


def relayed_store(pg_engine) -> EventStore:
    return EventStore(pg_engine, registry, topic=f"test.relay.{uuid.uuid4().hex[:8]}")


async def start_relay(store: EventStore, bootstrap: str) -> tuple[OutboxRelay, asyncio.Event, asyncio.Task]:
    await ensure_topics(bootstrap, [store.topic])
    relay = OutboxRelay(store, lambda: KafkaPublisher(bootstrap), max_backoff_seconds=1.0)
    stopping = asyncio.Event()
    return relay, stopping, asyncio.create_task(relay.run(stopping))


async def drained(relay: OutboxRelay, timeout: float = 120.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while await relay.pending():
        assert asyncio.get_running_loop().time() < deadline, "the outbox did not drain"
        await asyncio.sleep(0.1)


def assert_each_stream_in_order(envelopes, committed: dict[str, list[int]]) -> None:
    by_stream = defaultdict(list)
    for e in envelopes:
        by_stream[e.subject].append(e.sequence)
    assert dict(by_stream) == committed


async def test_twenty_writers_with_late_commits_and_rollbacks_lose_nothing(pg_engine, kafka):
    store = relayed_store(pg_engine)
    relay, stopping, running = await start_relay(store, kafka.bootstrap)
    streams = [f"stream-{n:03d}" for n in range(200)]
    committed: dict[str, list[int]] = defaultdict(list)
    target, written = 10_000, 0
    rng = random.Random(7)

    async def writer(w: int) -> None:
        nonlocal written
        n = 0
        while written < target:
            n += 1
            stream = rng.choice(streams)
            try:
                async with store.unit_of_work() as uow:
                    tally = await uow.load_or_new(Tally, stream)
                    result = await uow.save(tally, [Counted(by=1, note=f"writer {w} #{n}")])
                    if n % 41 == 0:
                        raise Abandoned
                    if n % 25 == 0:
                        await asyncio.sleep(rng.uniform(0.05, 0.3))  # hold the position, commit late
                    if written >= target:
                        raise Abandoned
                    written += 1
                committed[stream].append(result.version)
            except (ConcurrencyError, Abandoned):
                continue

    await asyncio.gather(*(writer(w) for w in range(20)))
    await drained(relay)
    stopping.set()
    await running

    expected = {s: sorted(v) for s, v in committed.items()}
    assert sum(len(v) for v in expected.values()) == target
    assert all(v == list(range(1, len(v) + 1)) for v in expected.values())
    envelopes = first_occurrences(await read_topic(kafka.bootstrap, store.topic, at_least=target))
    assert len(envelopes) == target
    assert_each_stream_in_order(envelopes, expected)


async def test_events_appended_while_the_broker_is_down_arrive_after_it_returns(pg_engine, kafka):
    store = relayed_store(pg_engine)
    relay, stopping, running = await start_relay(store, kafka.bootstrap)
    tallies = [Tally(f"offline-{n}") for n in range(20)]

    async def writers(rounds: range) -> None:
        async def writer(tally: Tally) -> None:
            for round in rounds:
                async with store.unit_of_work() as uow:
                    await uow.save(tally, [Counted(by=round)])

        await asyncio.gather(*(writer(tally) for tally in tallies))

    # Writers at once, before the outage, so the pool keeps many connections: the relay, leading
    # again after the outage, gets another one than it led on, and must not find its own lock there.
    await writers(range(5))
    await drained(relay)
    kafka.stop()
    try:
        await writers(range(5, 50))
        assert await relay.pending() == 900  # acknowledged to the writers, waiting for the broker
    finally:
        kafka.start()
    await drained(relay, timeout=60)
    stopping.set()
    await running

    envelopes = first_occurrences(await read_topic(kafka.bootstrap, store.topic, at_least=1000))
    assert len(envelopes) == 1000
    assert_each_stream_in_order(envelopes, {t.id: list(range(1, 51)) for t in tallies})


async def test_only_one_relay_publishes_a_service_outbox_at_a_time(pg_engine, kafka):
    store = relayed_store(pg_engine)
    first, stop_first, running_first = await start_relay(store, kafka.bootstrap)
    second, stop_second, running_second = await start_relay(store, kafka.bootstrap)
    for n in range(200):
        async with store.unit_of_work() as uow:
            await uow.save(Tally(f"t{n}"), [Counted(by=1)])
    await drained(first)
    stop_first.set()
    stop_second.set()
    await asyncio.gather(running_first, running_second)
    assert sorted([first.published, second.published]) == [0, 200]


async def test_a_relay_that_died_between_the_acknowledgement_and_the_delete_publishes_nothing_twice(
    pg_engine, kafka
):
    store = relayed_store(pg_engine)
    await ensure_topics(kafka.bootstrap, [store.topic])
    tallies = [Tally(f"crash-{n}") for n in range(30)]
    for round in range(10):
        for tally in tallies:
            async with store.unit_of_work() as uow:
                await uow.save(tally, [Counted(by=round)])
    async with pg_engine.connect() as connection:
        first_pass = list(
            (
                await connection.execute(select(outbox_table.c.position).order_by("position").limit(120))
            ).scalars()
        )
    dying = OutboxRelay(store, lambda: KafkaPublisher(kafka.bootstrap), batch_size=120)
    assert await dying.relay_once() == 120
    async with pg_engine.begin() as connection:  # … and it died before its delete committed
        await connection.execute(outbox_table.insert(), [{"position": p} for p in first_pass])
    already_stopped = asyncio.Event()
    already_stopped.set()
    await dying.run(already_stopped)  # its producer goes, as a dead process's would

    successor, stopping, running = await start_relay(store, kafka.bootstrap)
    await drained(successor)
    stopping.set()
    await running

    records = await read_topic(kafka.bootstrap, store.topic, at_least=10**9, timeout=5)  # all there is
    assert len(records) == 300
    assert_each_stream_in_order(first_occurrences(records), {t.id: list(range(1, 11)) for t in tallies})
    assert successor.published == 180


async def test_a_relay_that_steps_down_leaves_the_lead_to_another_replica(pg_engine, kafka):
    """Stepping down (after any failed pass) must end the session that holds the advisory lock: a
    pooled connection handed back with its session alive would keep the lock, and every replica,
    this one included on its next connection, would wait as a standby for ever."""
    store = relayed_store(pg_engine)
    other_replica = create_engine(pg_engine.url.render_as_string(hide_password=False))
    try:
        first = OutboxRelay(store, lambda: KafkaPublisher(kafka.bootstrap))
        second = OutboxRelay(
            EventStore(other_replica, registry, topic=store.topic), lambda: KafkaPublisher(kafka.bootstrap)
        )
        assert await first._lead() and not await second._lead()

        await first._resign()

        assert await second._lead() and not await first._lead()
        await second._resign()
    finally:
        await other_replica.dispose()


class WriterDuringThePublish(KafkaPublisher):
    """The real publisher, while whose first send another request commits an event — as requests do
    all the time while the relay waits for Kafka's acknowledgement of a batch."""

    def __init__(self, bootstrap: str, store: EventStore) -> None:
        super().__init__(bootstrap)
        self.store, self.wrote = store, False

    async def publish(self, records) -> None:
        if not self.wrote:
            self.wrote = True
            async with self.store.unit_of_work() as uow:
                await uow.save(Tally("committed-meanwhile"), [Counted(by=1)])
        await super().publish(records)


async def test_an_event_committed_while_the_relay_publishes_is_published_without_the_idle_wait(
    pg_engine, kafka
):
    """The commit's wake-up belongs to the next pass: the pass in hand read the outbox before it. An
    idle interval of an hour stands for "never" — the event must not wait for it."""
    store = relayed_store(pg_engine)
    await ensure_topics(kafka.bootstrap, [store.topic])
    async with store.unit_of_work() as uow:
        await uow.save(Tally("first"), [Counted(by=1)])
    relay = OutboxRelay(store, lambda: WriterDuringThePublish(kafka.bootstrap, store), idle_seconds=3600)
    stopping = asyncio.Event()
    running = asyncio.create_task(relay.run(stopping))

    await drained(relay, timeout=60)

    stopping.set()
    await running
    records = await read_topic(kafka.bootstrap, store.topic, at_least=2)
    assert sorted(e.subject for e in first_occurrences(records)) == ["committed-meanwhile", "first"]
