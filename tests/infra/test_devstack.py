"""The real PostgreSQL and Kafka that the other tests and `make stack` rely on: they start, they work
with the clients the services use, and they keep their data when restarted."""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from shuniu_infra.pytest_plugin import KafkaFixture, PostgresFixture
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

# --- PostgreSQL -----------------------------------------------------------------------------------


@pytest.mark.postgres
async def test_postgres_creates_a_database_the_services_driver_can_use(postgres: PostgresFixture) -> None:
    url = postgres.create_database("devstack_connect")
    assert postgres.create_database("devstack_connect") == url, "creating it again changes nothing"
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            assert await connection.scalar(text("SELECT current_database()")) == "devstack_connect"
            assert await connection.scalar(text("SHOW server_encoding")) == "UTF8"
            assert await connection.scalar(text("SELECT '枢纽'")) == "枢纽"
            if not postgres.is_external:
                assert await connection.scalar(text("SHOW max_connections")) == "300"
                assert await connection.scalar(text("SHOW fsync")) == "off", "a test cluster skips flushes"
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_postgres_keeps_committed_rows_across_a_restart(postgres: PostgresFixture) -> None:
    if postgres.is_external:
        pytest.skip("SHUNIU_DATABASE_URL points at a server this session cannot restart")
    url = postgres.create_database("devstack_restart")
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE notes (body text NOT NULL)"))
            await connection.execute(text("INSERT INTO notes VALUES ('before the restart')"))
    finally:
        await engine.dispose()

    postgres.restart()

    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            assert (await connection.scalars(text("SELECT body FROM notes"))).all() == ["before the restart"]
            await connection.execute(text("INSERT INTO notes VALUES ('after the restart')"))
            assert await connection.scalar(text("SELECT count(*) FROM notes")) == 2
    finally:
        await engine.dispose()


# --- Kafka -----------------------------------------------------------------------------------------


async def produce(bootstrap: str, topic: str, *values: bytes) -> None:
    """As the services' relay does: acknowledged by all in-sync replicas, idempotent."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        for value in values:
            # One key: one partition, so the order of the values is the order they are read back in.
            await producer.send_and_wait(topic, value, key=b"aggregate-1")
    finally:
        await producer.stop()


async def partitions_of(bootstrap: str, topic: str) -> set[int]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        return await producer.partitions_for(topic)
    finally:
        await producer.stop()


async def consume(bootstrap: str, topic: str, count: int, group_id: str | None = None) -> list[bytes]:
    """Reads `count` values (from the group's committed offset, else from the start) and commits."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group_id,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    values: list[bytes] = []
    try:
        while len(values) < count:
            batches = await consumer.getmany(timeout_ms=30_000)
            assert batches, f"no message within 30 s; got {values} of {count}"
            values += [record.value for records in batches.values() for record in records]
        if group_id is not None:
            await consumer.commit()
    finally:
        await consumer.stop()
    return values


@pytest.mark.kafka
async def test_kafka_delivers_what_an_idempotent_producer_sends(kafka: KafkaFixture) -> None:
    topic = f"devstack.{uuid.uuid4().hex}.events"
    kafka.create_topic(topic, partitions=3)
    kafka.create_topic(topic, partitions=3)  # already there: left as it is

    await produce(kafka.bootstrap, topic, b"first", b"second")

    assert await consume(kafka.bootstrap, topic, count=2) == [b"first", b"second"]


@pytest.mark.kafka
async def test_kafka_keeps_messages_and_group_offsets_across_a_broker_restart(kafka: KafkaFixture) -> None:
    if kafka.is_external:
        pytest.skip("SHUNIU_KAFKA_BOOTSTRAP points at a broker this session cannot stop")
    topic = f"devstack.{uuid.uuid4().hex}.events"  # created on first use, as the services' topics are
    group = f"devstack-{uuid.uuid4().hex}"
    await produce(kafka.bootstrap, topic, b"before the restart")
    assert await partitions_of(kafka.bootstrap, topic) == {0, 1, 2}, "num.partitions=3 when auto-created"
    assert await consume(kafka.bootstrap, topic, count=1, group_id=group) == [b"before the restart"]

    kafka.stop()
    kafka.start()

    await produce(kafka.bootstrap, topic, b"after the restart")
    assert await consume(kafka.bootstrap, topic, count=1, group_id=group) == [b"after the restart"]
    assert await consume(kafka.bootstrap, topic, count=2) == [b"before the restart", b"after the restart"]
