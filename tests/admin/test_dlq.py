"""`shuniu dlq list / show / redrive` against the real broker: an event a consumer could not apply
is dead-lettered, the operator reads why, fixes the cause and sends it back; the group that failed
it then applies it once — and only that group, though every group on the topic sees it again."""

from __future__ import annotations

import asyncio
import uuid

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from shuniu_shared.consumer import Consumer
from shuniu_shared.database import create_engine
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, UnitOfWork, processed_table
from shuniu_shared.kafka import KafkaPublisher, KafkaSource, ensure_topics
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from sqlalchemy import delete, select

from tests.admin.support import shuniu_beside
from tests.platform.kafka_support import envelope, publish
from tests.platform.sample import registry


async def wait_for(condition, what: str, timeout: float = 90.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


class Office:
    """Two consumer groups on one topic: 督查 (whose rule is missing until fixed) and 统计 (fine)."""

    def __init__(self, kafka, tmp_path) -> None:
        self.bootstrap = kafka.bootstrap
        self.topic = f"test.dlq.{uuid.uuid4().hex[:8]}"
        self.engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'consumers.sqlite3'}")
        self.store = EventStore(self.engine, registry)
        self.rule_missing = True
        self.applied: dict[str, list[str]] = {"supervision": [], "statistics": []}
        self.supervision = self.consumer("supervision")
        self.statistics = self.consumer("statistics")
        self.stopping = asyncio.Event()
        self.running: list[asyncio.Task[None]] = []

    def consumer(self, name: str) -> Consumer:
        async def handle(event: Envelope, uow: UnitOfWork) -> None:
            if name == "supervision" and self.rule_missing:
                raise LookupError("督查规则缺失 / no supervision rule for this kind of event")
            self.applied[name].append(event.id)

        group = f"{self.topic}.{name}"
        return Consumer(
            group=group,
            store=self.store,
            handler=handle,
            source=KafkaSource(self.bootstrap, group, [self.topic]),
            dead_letters=KafkaPublisher(self.bootstrap),
            max_attempts=2,
            backoff_seconds=0.01,
        )

    async def start(self) -> None:
        await migrate(self.engine, PLATFORM_MIGRATIONS)
        await ensure_topics(self.bootstrap, [self.topic], partitions=1)
        self.running = [
            asyncio.create_task(c.run(self.stopping)) for c in (self.supervision, self.statistics)
        ]

    async def stop(self) -> None:
        self.stopping.set()
        await asyncio.gather(*self.running)
        await self.engine.dispose()

    async def read_up_to_the_end(self, group: str) -> bool:
        """Whether the group has committed every record now on the topic (the redriven copies too)."""
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            committed = await admin.list_consumer_group_offsets(group)
        finally:
            await admin.close()
        reader = AIOKafkaConsumer(bootstrap_servers=self.bootstrap)
        await reader.start()
        try:
            ends = await reader.end_offsets([TopicPartition(self.topic, 0)])
        finally:
            await reader.stop()
        return all(committed.get(tp) is not None and committed[tp].offset == end for tp, end in ends.items())

    async def inbox(self, group: str) -> list[tuple[str, str]]:
        async with self.engine.connect() as connection:
            rows = await connection.execute(
                select(processed_table.c.event_id, processed_table.c.outcome).where(
                    processed_table.c.consumer_group == group
                )
            )
            return [tuple(row) for row in rows]


async def test_a_dead_letter_sent_back_after_the_fix_is_applied_once_by_the_group_that_failed_it(
    kafka, tmp_path
):
    office = Office(kafka, tmp_path)
    env = {"SHUNIU_KAFKA_BOOTSTRAP": kafka.bootstrap, "SHUNIU_ENV": "development"}
    await office.start()
    try:
        event = envelope("task-7", 1, {"by": 3})
        await publish(kafka.bootstrap, office.topic, [event])
        group = office.supervision.group

        async def dead_lettered() -> bool:
            return office.supervision.dead_lettered == 1 and office.applied["statistics"] == [event.id]

        await wait_for(dead_lettered, "督查 to dead-letter the event and 统计 to apply it")
        assert office.applied["supervision"] == []

        listed = await shuniu_beside("dlq", "list", group, env=env)
        assert listed.exit_code == 0, listed.output
        assert f"{event.id}  {event.type}  来自 / from {office.topic}  尝试 / attempts 2" in listed.stdout
        assert "LookupError: 督查规则缺失" in listed.stdout
        groups = await shuniu_beside("dlq", "list", env=env)
        assert f"{group}  1 封死信，1 封待重投 / 1 letters, 1 not redriven" in groups.stdout

        shown = await shuniu_beside("dlq", "show", group, event.id, env=env)
        assert shown.exit_code == 0, shown.output
        assert f"dlq_topic: {office.topic}" in shown.stdout
        assert '"by": 3' in shown.stdout or '"by":3' in shown.stdout
        assert "Traceback" in shown.stdout
        missing = await shuniu_beside("dlq", "show", group, "no-such-letter", env=env)
        assert missing.exit_code == 1 and "没有死信 no-such-letter" in missing.stderr

        office.rule_missing = False  # the fix is deployed
        # 统计 forgot long ago that it applied the event (its inbox pruned past retention): only the
        # redrive's group header keeps it from applying it a second time.
        async with office.engine.begin() as connection:
            await connection.execute(
                delete(processed_table).where(processed_table.c.consumer_group == office.statistics.group)
            )

        redriven = await shuniu_beside("dlq", "redrive", group, env=env)
        assert redriven.exit_code == 0, redriven.output
        assert "已重投 1 封死信到原主题" in redriven.stdout

        async def applied() -> bool:
            return office.applied["supervision"] == [event.id]

        await wait_for(applied, "督查 to apply the redriven event")
        assert await office.inbox(group) == [(event.id, "applied")]

        nothing_left = await shuniu_beside("dlq", "redrive", group, env=env)
        assert "已重投 0 封死信" in nothing_left.stdout
        assert "已重投 / redriven" in (await shuniu_beside("dlq", "list", group, env=env)).stdout

        # Sent back once more by hand: seen, and skipped, by both groups.
        by_hand = await shuniu_beside("dlq", "redrive", group, event.id, env=env)
        assert "已重投 1 封死信到原主题" in by_hand.stdout
        for consumer in (office.supervision, office.statistics):
            await wait_for(
                lambda c=consumer: office.read_up_to_the_end(c.group), f"{consumer.group} to read it"
            )
        assert office.applied == {"supervision": [event.id], "statistics": [event.id]}
        assert office.supervision.dead_lettered == 1
    finally:
        await office.stop()
