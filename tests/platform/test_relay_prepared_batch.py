"""The relay's next batch, read while the broker acknowledges this one, and the publisher's own batches,
against the real PostgreSQL and Kafka: nothing ahead of its turn, nothing twice (docs/platform.md)."""

from __future__ import annotations

import uuid

import pytest
from shuniu_shared.eventstore import EventStore
from shuniu_shared.kafka import KafkaPublisher, ensure_topics
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.records import Record

from tests.platform.kafka_support import first_occurrences, read_topic
from tests.platform.sample import Counted, Tally, registry


def relayed_store(pg_engine) -> EventStore:
    return EventStore(pg_engine, registry, topic=f"test.prepared.{uuid.uuid4().hex[:8]}")


async def count(store: EventStore, stream: str, times: int) -> None:
    for n in range(times):
        async with store.unit_of_work() as uow:
            tally = await uow.load_or_new(Tally, stream)
            await uow.save(tally, [Counted(by=1, note=f"#{n}")])


class ContinuingDuringThePublish(KafkaPublisher):
    """The real publisher, while whose first batch is on its way the batch's stream gets its next
    version and a new stream begins — what requests do while the relay waits for acknowledgements."""

    def __init__(self, bootstrap: str, store: EventStore) -> None:
        super().__init__(bootstrap)
        self.store, self.wrote = store, False

    async def publish(self, records) -> None:
        if not self.wrote:
            self.wrote = True
            await count(self.store, "continued", 2)
            await count(self.store, "begun-meanwhile", 1)
        await super().publish(records)


async def test_a_stream_continued_while_its_batch_is_in_flight_keeps_its_order(pg_engine, kafka):
    store = relayed_store(pg_engine)
    await ensure_topics(kafka.bootstrap, [store.topic])
    await count(store, "continued", 3)
    relay = OutboxRelay(store, lambda: ContinuingDuringThePublish(kafka.bootstrap, store), batch_size=3)

    published = [await relay.relay_once() for _ in range(3)]

    assert published[0] == 3 and sum(published) == 6 and await relay.pending() == 0
    records = await read_topic(kafka.bootstrap, store.topic, at_least=10**9, timeout=5)  # all there is
    assert len(records) == 6
    by_stream: dict[str, list[int]] = {}
    for envelope in first_occurrences(records):
        by_stream.setdefault(envelope.subject, []).append(envelope.sequence)
    assert by_stream == {"continued": [1, 2, 3, 4, 5], "begun-meanwhile": [1]}


class FailingOnce(KafkaPublisher):
    """A broker that refuses the first batch: whatever the relay prepared meanwhile must wait for it."""

    def __init__(self, bootstrap: str) -> None:
        super().__init__(bootstrap)
        self.refused = False

    async def publish(self, records) -> None:
        if not self.refused:
            self.refused = True
            raise ConnectionError("the broker refused the batch")
        await super().publish(records)


async def test_a_refused_batch_goes_before_the_one_prepared_behind_it(pg_engine, kafka):
    store = relayed_store(pg_engine)
    await ensure_topics(kafka.bootstrap, [store.topic])
    await count(store, "refused-first", 6)
    relay = OutboxRelay(store, lambda: FailingOnce(kafka.bootstrap), batch_size=3)
    with pytest.raises(ConnectionError):
        await relay.relay_once()

    assert [await relay.relay_once() for _ in range(3)] == [3, 3, 0]

    records = await read_topic(kafka.bootstrap, store.topic, at_least=10**9, timeout=5)
    assert [e.sequence for e in first_occurrences(records)] == [1, 2, 3, 4, 5, 6] and len(records) == 6


async def test_the_publisher_sends_more_than_a_batch_of_one_partition_in_order(kafka):
    """Over 1 MB for one key: three of the publisher's 512 KB batches queue on one partition."""
    topic = f"test.batches.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka.bootstrap, [topic])
    publisher = KafkaPublisher(kafka.bootstrap)
    await publisher.start()
    try:
        value = b"x" * 1000
        await publisher.publish(
            [Record(topic, b"one-key", value, [("n", str(n).encode())]) for n in range(1500)]
            + [Record(topic, f"key-{n}".encode(), value, [("n", b"-1")]) for n in range(30)]
        )
    finally:
        await publisher.stop()

    records = await read_topic(kafka.bootstrap, topic, at_least=1530)
    one_key = [int(dict(r.headers)["n"]) for r in records if r.key == b"one-key"]
    assert one_key == list(range(1500)) and len(records) == 1530
    assert len({r.partition for r in records if r.key == b"one-key"}) == 1
