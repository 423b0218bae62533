"""Reading and writing raw Kafka records in tests, as an outside consumer would."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer
from shuniu_shared.envelope import Envelope
from shuniu_shared.kafka import KafkaPublisher
from shuniu_shared.records import Delivery, Record


async def read_topic(bootstrap: str, topic: str, *, at_least: int, timeout: float = 60.0) -> list[Delivery]:
    """Every record on the topic from the beginning, once `at_least` of them have arrived."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    records: list[Delivery] = []
    try:
        deadline = asyncio.get_running_loop().time() + timeout
        while len(records) < at_least and asyncio.get_running_loop().time() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for messages in batch.values():
                records += [
                    Delivery(m.topic, m.partition, m.offset, m.key, m.value, list(m.headers or ()))
                    for m in messages
                ]
    finally:
        await consumer.stop()
    return records


async def read_until(
    bootstrap: str, topic: str, enough: Callable[[list[Envelope]], bool], *, timeout: float = 60.0
) -> list[Envelope]:
    """Every event on the topic, deduplicated, once `enough` holds for them. The session's broker is
    shared by every test, so a topic holds other tests' events too: wait for one's own, then filter."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        events = first_occurrences(await read_topic(bootstrap, topic, at_least=10**9, timeout=1.5))
        if enough(events) or asyncio.get_running_loop().time() > deadline:
            return events


def envelope(
    subject: str, sequence: int, data: dict, *, type: str = "shuniu.sample.tally.counted.v1"
) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=type,
        source="/shuniu/sample",
        subject=subject,
        time=datetime.now(UTC),
        sequence=sequence,
        data=data,
    )


async def publish(bootstrap: str, topic: str, envelopes: list[Envelope]) -> None:
    publisher = KafkaPublisher(bootstrap)
    await publisher.start()
    try:
        await publisher.publish([Record.of(topic, e) for e in envelopes])
    finally:
        await publisher.stop()


def first_occurrences(records: list[Delivery]) -> list[Envelope]:
    """The records as envelopes, each event id once (how a deduplicating consumer sees them)."""
    seen, envelopes = set(), []
    for record in records:
        e = Envelope.from_kafka(record.headers, record.value)
        if e.id not in seen:
            seen.add(e.id)
            envelopes.append(e)
    return envelopes
