"""The bench waits for the consumer groups to catch up before it times the half load (bench/drain.py):
what it counts as behind is what a group has not committed, against the real broker."""

import asyncio
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from shuniu_shared.kafka import ensure_topics

from bench.drain import drained


async def test_a_group_is_behind_by_what_it_has_not_committed_and_drained_once_it_has(kafka):
    topic, group = f"test.drain.{uuid.uuid4().hex[:8]}", f"drain-{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka.bootstrap, [topic], partitions=1)
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap)
    await producer.start()
    for n in range(5):
        await producer.send_and_wait(topic, str(n).encode(), key=b"s1")
    await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka.bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        partition = TopicPartition(topic, 0)
        await consumer.commit({partition: 3})  # three of the five applied

        waited, behind = await drained(kafka.bootstrap, groups={group}, timeout=1.0)
        assert behind == 2 and waited >= 1.0

        async def apply_the_rest() -> None:
            await asyncio.sleep(0.6)
            await consumer.commit({partition: 5})

        catching_up = asyncio.create_task(apply_the_rest())
        waited, behind = await drained(kafka.bootstrap, groups={group}, timeout=30.0)
        await catching_up
        assert behind == 0 and 0.5 <= waited < 30.0
    finally:
        await consumer.stop()
