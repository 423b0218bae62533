"""The platform's throughput figures: appends, relay publication and consumption, on real servers.

Starts a *durable* PostgreSQL (fsync on: these figures claim durability, unlike the test cluster)
and a Kafka 4.1 broker, then measures, each beside its baseline where one exists:

- event-store appends per second with 1 and with 16 concurrent writers, ~1 KB events, one event
  per transaction (the way commands append);
- the outbox relay's publish rate, beside raw aiokafka producing the same records (acks=all,
  idempotent);
- the consumer runtime's rate (dedupe row + a trivial effect per event, offsets after commit),
  beside a raw aiokafka consumer reading the same topic.

Writes docs/bench/platform.md and docs/bench/platform.json. `python -m bench.platform [--quick]`.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from shuniu_infra.postgres import create_database
from shuniu_shared.aggregate import Aggregate
from shuniu_shared.consumer import Consumer
from shuniu_shared.database import create_engine
from shuniu_shared.events import DomainEvent, EventRegistry
from shuniu_shared.eventstore import EventStore, StoredEvent, events_table
from shuniu_shared.kafka import KafkaPublisher, KafkaSource, ensure_topics
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.records import Record
from sqlalchemy import select

from bench.common import bench_directory, durable_postgres, kafka_broker, machine, machine_line, write_report

registry = EventRegistry("bench")

# About 1 KB of JSON: a registration with a realistic mix of Chinese and ASCII.
ABSTRACT = ("关于进一步加强公文处理工作的通知，请各部门认真贯彻执行。" * 9)[:300]


@registry.event("incoming.registered")
class Registered(DomainEvent):
    receipt_number: str
    title: str
    abstract: str


class Document(Aggregate):
    def when_registered(self, event: Registered) -> None:
        pass


def one_kilobyte_event(n: int) -> Registered:
    return Registered(receipt_number=f"收〔2026〕{n}号", title=f"第{n}件来文", abstract=ABSTRACT)


async def appends_per_second(store: EventStore, writers: int, per_writer: int) -> float:
    async def write(w: int) -> None:
        for n in range(per_writer):
            async with store.unit_of_work() as uow:
                await uow.save(Document(f"doc-{w}-{n}-{uuid.uuid4().hex[:6]}"), [one_kilobyte_event(n)])

    began = time.perf_counter()
    await asyncio.gather(*(write(w) for w in range(writers)))
    return writers * per_writer / (time.perf_counter() - began)


class Connected:
    """A publisher connected before the clock starts. The relay keeps one producer for as long as it
    runs, and the raw baseline is timed with its producer connected too; without this the relay's
    figure would also carry the producer's start-up (connect, then an idempotent producer id), about a
    quarter of a second against the ~0.2 s the baseline takes for the same few thousand records."""

    def __init__(self, publisher: KafkaPublisher) -> None:
        self.publisher = publisher

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        await self.publisher.stop()

    async def publish(self, records: Sequence[Record]) -> None:
        await self.publisher.publish(records)

    async def newest_ids(self, topic: str, per_partition: int) -> set[str]:
        return await self.publisher.newest_ids(topic, per_partition)


async def relay_rate(store: EventStore, bootstrap: str) -> tuple[float, int]:
    publisher = KafkaPublisher(bootstrap)
    await publisher.start()
    relay = OutboxRelay(store, lambda: Connected(publisher), batch_size=1000)
    pending = await relay.pending()
    began = time.perf_counter()
    while await relay.relay_once():
        pass
    elapsed = time.perf_counter() - began
    await publisher.stop()
    return pending / elapsed, pending


async def raw_produce_rate(store: EventStore, bootstrap: str, topic: str) -> float:
    async with store.engine.connect() as connection:
        rows = (await connection.execute(select(events_table).order_by(events_table.c.position))).all()
    records = [Record.of(topic, StoredEvent.from_row(r).envelope(store.source)) for r in rows]
    # aiokafka as an application would use it — `send()` per record, then the acknowledgements —
    # with the relay's producer settings; not KafkaPublisher, whose batches are the relay's own work.
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_batch_size=512 * 1024,
    )
    await producer.start()
    began = time.perf_counter()
    for start in range(0, len(records), 1000):
        sent = [
            await producer.send(r.topic, value=r.value, key=r.key, headers=r.headers)
            for r in records[start : start + 1000]
        ]
        await asyncio.gather(*sent)
    elapsed = time.perf_counter() - began
    await producer.stop()
    return len(records) / elapsed


async def consume_rate(url: str, bootstrap: str, topic: str, expected: int) -> float:
    engine = create_engine(url)
    await migrate(engine, PLATFORM_MIGRATIONS)
    applied = 0

    async def count(envelope, uow) -> None:
        nonlocal applied
        applied += 1

    consumer = Consumer(
        group="bench",
        store=EventStore(engine, registry),
        handler=count,
        source=KafkaSource(bootstrap, "bench", [topic]),
        dead_letters=KafkaPublisher(bootstrap),
    )
    stopping = asyncio.Event()
    began = time.perf_counter()
    running = asyncio.create_task(consumer.run(stopping, poll_seconds=0.2))
    while consumer.applied < expected:
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - began
    stopping.set()
    await running
    await engine.dispose()
    return expected / elapsed


async def raw_consume_rate(bootstrap: str, topic: str, expected: int) -> float:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    began = time.perf_counter()
    await consumer.start()
    received = 0
    while received < expected:
        batch = await consumer.getmany(timeout_ms=200)
        received += sum(len(messages) for messages in batch.values())
    elapsed = time.perf_counter() - began
    await consumer.stop()
    return expected / elapsed


async def measure(url: str, consumer_url: str, bootstrap: str, scale: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    engine = create_engine(url, pool_size=20)
    await migrate(engine, PLATFORM_MIGRATIONS)
    topic = f"bench.{uuid.uuid4().hex[:8]}"
    await ensure_topics(bootstrap, [topic])
    store = EventStore(engine, registry, topic=topic)
    await appends_per_second(store, 1, 50)  # warm the pool and the plans
    figures["appends_per_second_1_writer"] = await appends_per_second(store, 1, 100 * scale)
    figures["appends_per_second_16_writers"] = await appends_per_second(store, 16, 50 * scale)
    figures["relay_events_per_second"], published = await relay_rate(store, bootstrap)
    raw_topic = f"{topic}.raw"
    await ensure_topics(bootstrap, [raw_topic])
    figures["raw_produce_events_per_second"] = await raw_produce_rate(store, bootstrap, raw_topic)
    figures["consumer_events_per_second"] = await consume_rate(consumer_url, bootstrap, topic, published)
    figures["raw_consume_events_per_second"] = await raw_consume_rate(bootstrap, topic, published)
    figures["events_per_run"] = published
    await engine.dispose()
    return figures


def report(figures: dict[str, float], startup: dict[str, float], facts: dict[str, str]) -> str:
    f = figures
    lines = [
        "# Platform benchmark",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `make bench` (`python -m bench.platform`).",
        machine_line(facts),
        "",
        "| figure | Shuniu | baseline in the same run | ratio |",
        "|---|---|---|---|",
        f"| event-store appends/s, 1 writer, ~1 KB events, one per transaction | "
        f"{f['appends_per_second_1_writer']:,.0f} | — | — |",
        f"| event-store appends/s, 16 writers | {f['appends_per_second_16_writers']:,.0f} | — | — |",
        f"| outbox relay publish, events/s | {f['relay_events_per_second']:,.0f} | raw aiokafka produce, acks=all, "
        f"idempotent: {f['raw_produce_events_per_second']:,.0f} | "
        f"{f['relay_events_per_second'] / f['raw_produce_events_per_second']:.2f}× |",
        f"| consumer runtime, events/s (dedupe row per event, offsets after commit) | "
        f"{f['consumer_events_per_second']:,.0f} | raw aiokafka consume: {f['raw_consume_events_per_second']:,.0f} | "
        f"{f['consumer_events_per_second'] / f['raw_consume_events_per_second']:.2f}× |",
        "",
        f"Events per run: {int(f['events_per_run']):,}. Start-up on this run: PostgreSQL "
        f"{startup['postgres_seconds']:.1f} s, Kafka {startup['kafka_seconds']:.1f} s.",
        "",
        "The baseline for appends (the `eventsourcing` library's PostgreSQL recorder) comes with the bench "
        "issue's full `make bench`; these are the platform's own figures.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller run, for trying the harness")
    scale = 1 if parser.parse_args().quick else 10
    with bench_directory() as base:
        began = time.perf_counter()
        with durable_postgres(base) as postgres:
            startup = {"postgres_seconds": time.perf_counter() - began}
            began = time.perf_counter()
            with kafka_broker(base) as kafka:
                startup["kafka_seconds"] = time.perf_counter() - began
                url = create_database(postgres.url(), "bench")
                consumer_url = create_database(postgres.url(), "bench_consumer")
                figures = asyncio.run(measure(url, consumer_url, kafka.bootstrap, scale))
    facts = machine()
    write_report(
        "platform",
        report(figures, startup, facts),
        {"figures": figures, "startup": startup, "machine": facts},
    )


if __name__ == "__main__":
    main()
