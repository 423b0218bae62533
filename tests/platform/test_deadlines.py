"""Each due event fires exactly once, by the test clock, across restarts and replicas."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from shuniu_shared.clock import OFFICE_TZ, TestClock
from shuniu_shared.deadlines import (
    Deadline,
    DeadlineScheduler,
    cancel,
    cancel_stream,
    deadlines_table,
    schedule,
)
from shuniu_shared.errors import ConcurrencyError
from shuniu_shared.eventstore import EventStore
from sqlalchemy import select

from tests.platform.sample import Counted, Tally, registry

MONDAY_9AM = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


@pytest.fixture
def clock() -> TestClock:
    return TestClock(MONDAY_9AM)


@pytest.fixture
def timed_store(engine, clock) -> EventStore:
    return EventStore(engine, registry, clock=clock)


async def remind(deadline: Deadline, uow) -> None:
    """What a service does when a deadline comes: record it on the aggregate as an event."""
    tally = await uow.load_or_new(Tally, deadline.stream_id)
    await uow.save(tally, [Counted(by=1, note=f"{deadline.kind} {deadline.payload.get('due', '')}")])


async def set_deadline(store: EventStore, key: str, stream: str, due_at: datetime, **payload) -> None:
    async with store.unit_of_work() as uow:
        await schedule(uow.connection, Deadline(key, stream, "approaching", due_at, payload))


async def reminders(store: EventStore, stream: str) -> list[str]:
    async with store.unit_of_work() as uow:
        return [e.data["note"] for e in await store.read_stream(uow.connection, stream)]


async def test_a_deadline_fires_once_when_due_and_not_before(timed_store, clock):
    await set_deadline(
        timed_store, "task-1:approaching", "task-1", MONDAY_9AM + timedelta(days=2), due="周三"
    )
    scheduler = DeadlineScheduler(timed_store, {"approaching": remind})
    assert await scheduler.fire_due() == 0
    clock.advance(timedelta(days=2))
    assert await scheduler.fire_due() == 1
    assert await scheduler.fire_due() == 0
    clock.advance(timedelta(days=30))
    assert await scheduler.fire_due() == 0
    assert await reminders(timed_store, "task-1") == ["approaching 周三"]


async def test_a_restarted_scheduler_does_not_fire_again(timed_store, clock):
    await set_deadline(timed_store, "task-1:approaching", "task-1", MONDAY_9AM)
    assert await DeadlineScheduler(timed_store, {"approaching": remind}).fire_due() == 1
    restarted = DeadlineScheduler(timed_store, {"approaching": remind})
    assert await restarted.fire_due() == 0
    assert len(await reminders(timed_store, "task-1")) == 1


async def test_a_deadline_moved_before_it_fires_fires_at_its_new_time(timed_store, clock):
    await set_deadline(timed_store, "task-1:due", "task-1", MONDAY_9AM + timedelta(days=1))
    await set_deadline(
        timed_store, "task-1:due", "task-1", MONDAY_9AM + timedelta(days=10)
    )  # extension granted
    scheduler = DeadlineScheduler(timed_store, {"approaching": remind})
    clock.advance(timedelta(days=5))
    assert await scheduler.fire_due() == 0
    clock.advance(timedelta(days=5))
    assert await scheduler.fire_due() == 1


async def test_a_cancelled_deadline_never_fires(timed_store, clock):
    await set_deadline(timed_store, "task-1:due", "task-1", MONDAY_9AM + timedelta(days=1))
    async with timed_store.unit_of_work() as uow:
        await cancel(uow.connection, "task-1:due")  # the task closed in time
    clock.advance(timedelta(days=3))
    assert await DeadlineScheduler(timed_store, {"approaching": remind}).fire_due() == 0


async def test_closing_an_object_cancels_all_its_deadlines_and_no_others(timed_store, clock):
    await set_deadline(timed_store, "task-1:approaching", "task-1", MONDAY_9AM + timedelta(days=1))
    await set_deadline(timed_store, "task-1:overdue", "task-1", MONDAY_9AM + timedelta(days=2))
    await set_deadline(timed_store, "task-2:overdue", "task-2", MONDAY_9AM + timedelta(days=2))
    async with timed_store.unit_of_work() as uow:
        await cancel_stream(uow.connection, "task-1")
    clock.advance(timedelta(days=3))
    assert await DeadlineScheduler(timed_store, {"approaching": remind}).fire_due() == 1
    assert await reminders(timed_store, "task-1") == []


async def test_a_deadline_given_in_beijing_time_fires_at_that_instant(timed_store, clock):
    five_pm_in_beijing = datetime(2026, 11, 30, 17, 0, tzinfo=OFFICE_TZ)  # 09:00 UTC
    await set_deadline(timed_store, "circulation:due", "doc-1", five_pm_in_beijing)
    scheduler = DeadlineScheduler(timed_store, {"approaching": remind})
    clock.set(five_pm_in_beijing - timedelta(minutes=1))
    assert await scheduler.fire_due() == 0
    clock.set(five_pm_in_beijing)
    assert await scheduler.fire_due() == 1


async def test_an_object_moving_on_under_the_handler_spends_no_attempt(timed_store, clock):
    await set_deadline(timed_store, "task-1:overdue", "task-1", MONDAY_9AM)
    races: list[str] = []

    async def loses_a_race_the_first_time(deadline, uow):
        if not races:
            races.append(deadline.key)
            raise ConcurrencyError(deadline.stream_id, 0)
        await remind(deadline, uow)

    scheduler = DeadlineScheduler(timed_store, {"approaching": loses_a_race_the_first_time}, max_attempts=1)
    assert await scheduler.fire_due() == 0
    assert await scheduler.fire_due() == 1
    assert await reminders(timed_store, "task-1") == ["approaching "]


async def test_deadlines_fire_in_due_order(timed_store, clock):
    for n in (3, 1, 2):
        await set_deadline(timed_store, f"k{n}", "task-1", MONDAY_9AM + timedelta(hours=n), due=str(n))
    clock.advance(timedelta(hours=5))
    assert await DeadlineScheduler(timed_store, {"approaching": remind}).fire_due() == 3
    assert await reminders(timed_store, "task-1") == ["approaching 1", "approaching 2", "approaching 3"]


async def test_a_failing_handler_is_given_up_after_its_attempts_and_the_rest_still_fire(timed_store, clock):
    await set_deadline(timed_store, "broken", "task-x", MONDAY_9AM)
    await set_deadline(timed_store, "fine", "task-1", MONDAY_9AM + timedelta(minutes=1))

    async def fails_for_task_x(deadline, uow):
        if deadline.stream_id == "task-x":
            raise RuntimeError("承办部门已撤销")
        await remind(deadline, uow)

    scheduler = DeadlineScheduler(timed_store, {"approaching": fails_for_task_x}, max_attempts=3)
    clock.advance(timedelta(minutes=5))
    assert [await scheduler.fire_due() for _ in range(4)] == [1, 0, 0, 0]
    async with timed_store.engine.connect() as connection:
        broken = (
            await connection.execute(select(deadlines_table).where(deadlines_table.c.key == "broken"))
        ).one()
    assert (broken.fired_at, broken.attempts) == (None, 3) and "承办部门已撤销" in broken.last_error


async def test_two_replicas_fire_each_deadline_exactly_once(pg_engine):
    clock = TestClock(MONDAY_9AM)
    store = EventStore(pg_engine, registry, clock=clock)
    for n in range(200):
        await set_deadline(store, f"task-{n}:approaching", f"task-{n}", MONDAY_9AM + timedelta(minutes=n))
    clock.advance(timedelta(days=1))
    replicas = [
        DeadlineScheduler(EventStore(pg_engine, registry, clock=clock), {"approaching": remind}) for _ in "ab"
    ]
    fired = await asyncio.gather(*(replica.fire_due() for replica in replicas))
    assert sum(fired) == 200
    assert all(fired)  # both really worked
    for n in range(200):
        assert len(await reminders(store, f"task-{n}")) == 1


@pytest.mark.postgres
async def test_closing_an_object_does_not_wait_for_the_deadline_the_scheduler_is_firing(pg_engine):
    """A command that closes an object cancels its deadlines after appending its events, while the
    scheduler holds the deadline it fires and then appends to the same object: had the command waited
    for that deadline, the two would have waited for each other (seen on PostgreSQL)."""
    store = EventStore(pg_engine, registry, clock=TestClock(MONDAY_9AM))
    await set_deadline(store, "task-1:overdue", "task-1", MONDAY_9AM)

    async def the_task_is_closed() -> None:
        async with store.unit_of_work() as uow:
            task = await uow.load_or_new(Tally, "task-1")
            await uow.save(task, task.count(1, "办结"))
            await cancel_stream(uow.connection, "task-1")

    async def fires_while_the_task_is_closed(deadline: Deadline, uow) -> None:
        await asyncio.wait_for(the_task_is_closed(), timeout=5)  # done without this deadline's lock
        await remind(deadline, uow)  # on the task as the close left it

    assert await DeadlineScheduler(store, {"approaching": fires_while_the_task_is_closed}).fire_due() == 1
    assert await reminders(store, "task-1") == ["办结", "approaching "]


@pytest.mark.postgres
async def test_moving_the_deadline_the_scheduler_is_firing_loses_the_race_at_once(pg_engine):
    """The same race when the command moves the deadline (an extension granted as it falls due): it
    cannot skip the row it must change, so it loses at once — decided again or reloaded by its
    caller — instead of waiting for the scheduler, which waits for it."""
    store = EventStore(pg_engine, registry, clock=TestClock(MONDAY_9AM))
    await set_deadline(store, "task-1:overdue", "task-1", MONDAY_9AM)

    async def the_deadline_is_moved() -> None:
        async with store.unit_of_work() as uow:
            task = await uow.load_or_new(Tally, "task-1")
            await uow.save(task, task.count(1, "延期"))
            later = Deadline("task-1:overdue", "task-1", "approaching", MONDAY_9AM + timedelta(days=7))
            await schedule(uow.connection, later)

    async def fires_while_the_deadline_is_moved(deadline: Deadline, uow) -> None:
        with pytest.raises(ConcurrencyError):
            await asyncio.wait_for(the_deadline_is_moved(), timeout=5)
        await remind(deadline, uow)

    assert await DeadlineScheduler(store, {"approaching": fires_while_the_deadline_is_moved}).fire_due() == 1
    assert await reminders(store, "task-1") == ["approaching "]
