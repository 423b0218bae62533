"""The consumer runtime against the real broker: effects exactly once, failures dead-lettered."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from shuniu_shared.consumer import Consumer, dead_letter_topic
from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import EventStore
from shuniu_shared.kafka import KafkaPublisher, KafkaSource, ensure_topics
from shuniu_shared.migrations import migrate
from shuniu_shared.records import Record
from sqlalchemy import func, select

from tests.platform.effects import MIGRATIONS, add_to_total, members, totals
from tests.platform.kafka_support import envelope, publish, read_topic
from tests.platform.sample import registry

ROOT = Path(__file__).resolve().parents[2]


async def wait_for(condition, timeout: float = 90.0, what: str = "condition") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


def start_consumer_process(database_url: str, bootstrap: str, topic: str, group: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.platform.effects", database_url, bootstrap, topic, group],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )


class TotalsRun:
    """Events on a fresh topic whose sums per stream a consumer adds into `totals`."""

    def __init__(self, postgres, kafka, name: str, count: int, streams: int) -> None:
        self.topic, self.bootstrap = f"test.{name}.{uuid.uuid4().hex[:8]}", kafka.bootstrap
        self.url = postgres.create_database(f"{name}_{uuid.uuid4().hex[:8]}")
        self.engine = create_engine(self.url)
        self.events = [envelope(f"s{n % streams}", n // streams + 1, {"by": n % 7 + 1}) for n in range(count)]
        self.expected: dict[str, int] = {}
        for e in self.events:
            self.expected[e.subject] = self.expected.get(e.subject, 0) + e.data["by"]

    async def publish(self, partitions: int) -> None:
        await migrate(self.engine, MIGRATIONS)
        await ensure_topics(self.bootstrap, [self.topic], partitions=partitions)
        await publish(self.bootstrap, self.topic, self.events)

    def start_member(self, group: str) -> subprocess.Popen:
        return start_consumer_process(self.url, self.bootstrap, self.topic, group)

    async def applied(self) -> int:
        async with self.engine.connect() as connection:
            return int(await connection.scalar(select(func.coalesce(func.sum(totals.c.applied), 0))) or 0)

    async def until_applied(self, n: int, what: str) -> None:
        await wait_for(lambda: _at_least(self.applied, n), what=what)

    async def outcome(self) -> tuple[dict[str, int], int, dict[int, int]]:
        """The totals per stream, how many applications in all, and how many by each member."""
        async with self.engine.connect() as connection:
            rows = list(await connection.execute(select(totals)))
            by_member = {r.member: r.applied for r in await connection.execute(select(members))}
        await self.engine.dispose()
        return {r.stream_id: r.total for r in rows}, sum(r.applied for r in rows), by_member


def kafka_consumer(engine, kafka, topic: str, handler, **options) -> Consumer:
    """A consumer in this test process, in a group of its own, recording into `engine`."""
    group = f"{topic}.group"
    return Consumer(
        group=group,
        store=EventStore(engine, registry),
        handler=handler,
        source=KafkaSource(kafka.bootstrap, group, [topic]),
        dead_letters=KafkaPublisher(kafka.bootstrap),
        **options,
    )


async def _at_least(count, n: int) -> bool:
    return await count() >= n


async def test_a_consumer_killed_mid_batch_applies_every_effect_exactly_once(postgres, kafka):
    run = TotalsRun(postgres, kafka, "killed", count=6000, streams=50)
    await run.publish(partitions=3)

    first = run.start_member("effects")
    try:
        await run.until_applied(1500, "the first process to get going")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        first.kill()
    assert await run.applied() < 6000, "the kill should land before the end"

    second = run.start_member("effects")
    try:
        await run.until_applied(6000, "every event to be applied")
        await asyncio.sleep(1.0)  # anything applied twice would show up now
        second.send_signal(signal.SIGTERM)
        assert second.wait(30) == 0
    finally:
        second.kill()

    totals_by_stream, applications, _ = await run.outcome()
    assert totals_by_stream == run.expected
    assert applications == 6000


async def test_members_joining_and_leaving_the_group_apply_every_effect_exactly_once(postgres, kafka):
    run = TotalsRun(postgres, kafka, "rebalance", count=9000, streams=60)
    await run.publish(partitions=6)

    first, second = run.start_member("rebalance"), None
    try:
        await run.until_applied(1000, "the first member to get going")
        second = run.start_member("rebalance")  # the group rebalances
        await run.until_applied(4000, "both members to consume")
        first.send_signal(signal.SIGTERM)  # a clean leave: the group rebalances again
        assert first.wait(30) == 0
        await run.until_applied(9000, "the second member to finish")
        await asyncio.sleep(1.0)
    finally:
        for member in (first, second):
            if member is not None:
                member.send_signal(signal.SIGTERM)
                member.wait(30)

    totals_by_stream, applications, by_member = await run.outcome()
    assert totals_by_stream == run.expected
    assert applications == 9000
    assert second is not None and set(by_member) == {first.pid, second.pid}
    assert all(by_member.values())  # both really took part


async def test_an_event_that_keeps_failing_is_dead_lettered_and_the_rest_go_on(pg_engine, kafka):
    topic = f"test.poison.{uuid.uuid4().hex[:8]}"
    await migrate(pg_engine, MIGRATIONS)
    await ensure_topics(kafka.bootstrap, [topic], partitions=1)
    attempts = []

    async def refuse_poison(e, uow):
        if e.data.get("poison"):
            attempts.append(e.id)
            raise ValueError("this event can never be applied")
        await add_to_total(e, uow)

    poison = envelope("s1", 2, {"by": 100, "poison": True})
    await publish(
        kafka.bootstrap, topic, [envelope("s1", 1, {"by": 1}), poison, envelope("s1", 3, {"by": 2})]
    )
    not_a_cloud_event = Record(topic, b"s1", b"{not json", [])
    publisher = KafkaPublisher(kafka.bootstrap)
    await publisher.start()
    await publisher.publish([not_a_cloud_event])
    await publisher.stop()
    await publish(kafka.bootstrap, topic, [envelope("s1", 4, {"by": 4})])

    consumer = kafka_consumer(pg_engine, kafka, topic, refuse_poison, max_attempts=3, backoff_seconds=0.01)
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer.run(stopping))
    try:

        async def done() -> bool:
            return consumer.applied >= 3 and consumer.dead_lettered == 2

        await wait_for(done, timeout=60, what="three applied and two dead-lettered")
    finally:
        stopping.set()
        await running

    assert attempts == [poison.id] * 3
    async with pg_engine.connect() as connection:
        assert await connection.scalar(select(totals.c.total).where(totals.c.stream_id == "s1")) == 7
    dead = await read_topic(kafka.bootstrap, dead_letter_topic(consumer.group), at_least=2)
    headers = [dict((k, v.decode()) for k, v in record.headers) for record in dead]
    assert headers[0]["ce_id"] == poison.id
    assert headers[0]["dlq_attempts"] == "3"
    assert "this event can never be applied" in headers[0]["dlq_error"]
    assert headers[0]["dlq_topic"] == topic
    assert headers[1]["dlq_attempts"] == "0" and "MalformedRecord" in headers[1]["dlq_error"]
    assert dead[1].value == b"{not json"


async def test_a_consumer_started_while_the_broker_is_down_connects_when_it_returns(pg_engine, kafka):
    topic = f"test.late-broker.{uuid.uuid4().hex[:8]}"
    await migrate(pg_engine, MIGRATIONS)
    await ensure_topics(kafka.bootstrap, [topic])
    consumer = kafka_consumer(
        pg_engine, kafka, topic, add_to_total, backoff_seconds=0.1, max_backoff_seconds=1.0
    )
    stopping = asyncio.Event()
    kafka.stop()
    try:
        running = asyncio.create_task(consumer.run(stopping))
        await asyncio.sleep(3)  # several failed attempts to join the group
        assert not running.done()
    finally:
        kafka.start()
    await publish(kafka.bootstrap, topic, [envelope("s1", n, {"by": n}) for n in range(1, 11)])
    try:

        async def all_applied() -> bool:
            return consumer.applied == 10

        await wait_for(all_applied, timeout=60, what="the consumer to connect and apply everything")
    finally:
        stopping.set()
        await running
    async with pg_engine.connect() as connection:
        assert await connection.scalar(select(totals.c.total).where(totals.c.stream_id == "s1")) == 55
