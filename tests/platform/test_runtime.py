"""A service declares what it is; the runtime runs it: store, relay, consumers and deadlines."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import TestClock
from shuniu_shared.deadlines import Deadline, schedule
from shuniu_shared.envelope import Envelope
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime, Subscription
from shuniu_shared.settings import Settings

from tests.platform.sample import Counted, Tally, registry


async def remind(deadline, uow) -> None:
    await uow.save(await uow.load_or_new(Tally, deadline.stream_id), [Counted(by=1, note="临近到期")])


async def eventually(condition, seconds: float = 10.0) -> None:
    async with asyncio.timeout(seconds):
        while not await condition():
            await asyncio.sleep(0.02)


async def test_a_declared_deadline_fires_by_the_clock_and_its_event_reaches_the_bus(tmp_path):
    clock = TestClock(datetime(2026, 11, 30, 1, 0, tzinfo=UTC))
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    definition = ServiceDefinition(
        name="sample",
        title="sample",
        registry=registry,
        migrations=PLATFORM_MIGRATIONS,
        deadlines=lambda runtime: {"approaching": remind},
    )
    settings = Settings(service="sample", var_dir=tmp_path, deadline_poll_seconds=0.02)
    runtime = ServiceRuntime(definition, settings, clock=clock, bus=bus)
    async with runtime.running():
        async with runtime.store.unit_of_work() as uow:
            due = clock.now() + timedelta(days=3)
            await schedule(uow.connection, Deadline("task-1:approaching", "task-1", "approaching", due))
        await asyncio.sleep(0.1)
        assert await bus.topic_records("shuniu.sample.events") == []  # not due yet
        clock.advance(timedelta(days=3))

        async def published() -> bool:
            return bool(await bus.topic_records("shuniu.sample.events"))

        await eventually(published)
        [record] = await bus.topic_records("shuniu.sample.events")
        assert Envelope.from_kafka(record.headers, record.value).data == {"by": 1, "note": "临近到期"}
        await runtime.ready_workers()
    await bus.close()


async def test_a_subscription_of_one_service_reacts_to_another_s_events(tmp_path):
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    seen: list[str] = []

    async def note(envelope, uow) -> None:
        seen.append(envelope.subject)

    emitter = ServiceRuntime(
        ServiceDefinition(name="sample", title="sample", registry=registry, migrations=PLATFORM_MIGRATIONS),
        Settings(service="sample", var_dir=tmp_path),
        bus=bus,
    )
    listener = ServiceRuntime(
        ServiceDefinition(
            name="listener",
            title="listener",
            registry=registry,
            migrations=PLATFORM_MIGRATIONS,
            subscriptions=lambda runtime: [Subscription("listener.notes", ["shuniu.sample.events"], note)],
        ),
        Settings(service="listener", var_dir=tmp_path),
        bus=bus,
    )
    async with emitter.running(), listener.running():
        async with emitter.store.unit_of_work() as uow:
            await uow.save(Tally("doc-1"), [Counted(by=1)])

        async def heard() -> bool:
            return seen == ["doc-1"]

        await eventually(heard)
    await bus.close()


async def test_demo_data_loads_once_into_a_service_that_was_empty_when_it_started(tmp_path):
    async def demo(runtime: ServiceRuntime) -> None:
        async with runtime.store.unit_of_work() as uow:
            await uow.save(Tally("demo"), Tally.open("示例"))

    definition = ServiceDefinition(
        name="sample", title="sample", registry=registry, migrations=PLATFORM_MIGRATIONS, demo=demo
    )
    settings = Settings(service="sample", var_dir=tmp_path)
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    runtime = ServiceRuntime(definition, settings, bus=bus)
    async with runtime.running():
        # Another service's demo event reached this one first, and it reacted.
        async with runtime.store.unit_of_work() as uow:
            await uow.save(Tally("reaction"), [Counted(by=1)])
        assert await runtime.seed_demo() is True
    restarted = ServiceRuntime(definition, settings, bus=bus)
    async with restarted.running():
        assert await restarted.seed_demo() is False
        async with restarted.store.unit_of_work() as uow:
            assert (await uow.load(Tally, "demo")).title == "示例"
    await bus.close()
