"""What a consumer and a keyed command remember is kept as long as it protects anything, then
forgotten: the inbox for seven days, idempotency keys for a day (shuniu_shared.housekeeping)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from shuniu_shared.clock import TestClock
from shuniu_shared.eventstore import EventStore, processed_table
from shuniu_shared.housekeeping import Housekeeper
from shuniu_shared.web.commands import idempotency_table
from sqlalchemy import select

from tests.platform.sample import registry

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def housekeeper(store: EventStore, batch: int = 5_000) -> Housekeeper:
    return Housekeeper(
        store,
        inbox_retention=timedelta(days=7),
        idempotency_retention=timedelta(hours=24),
        every_seconds=3600,
        batch=batch,
    )


async def remembered(store: EventStore, days_ago: Sequence[float]) -> None:
    async with store.engine.begin() as connection:
        await connection.execute(
            processed_table.insert(),
            [
                {
                    "consumer_group": "g",
                    "event_id": f"e-{n}",
                    "outcome": "applied",
                    "processed_at": NOW - timedelta(days=d),
                }
                for n, d in enumerate(days_ago)
            ],
        )


async def keyed(store: EventStore, hours_ago: list[float]) -> None:
    async with store.engine.begin() as connection:
        await connection.execute(
            idempotency_table.insert(),
            [
                {
                    "scope": "shen POST /incoming",
                    "key": f"k-{n}",
                    "request_hash": "0" * 64,
                    "status": 201,
                    "body": {},
                    "created_at": NOW - timedelta(hours=h),
                }
                for n, h in enumerate(hours_ago)
            ],
        )


async def test_an_event_applied_more_than_seven_days_ago_is_forgotten_and_a_recent_one_kept(engine):
    store = EventStore(engine, registry, clock=TestClock(NOW))
    await remembered(store, [8, 7.01, 6.99, 0])
    pruned = await housekeeper(store).prune()
    async with engine.connect() as connection:
        left = set((await connection.execute(select(processed_table.c.event_id))).scalars())
    assert pruned.inbox == 2
    assert left == {"e-2", "e-3"}


async def test_an_idempotency_key_older_than_a_day_is_forgotten(engine):
    store = EventStore(engine, registry, clock=TestClock(NOW))
    await keyed(store, [30, 24.5, 23, 1])
    pruned = await housekeeper(store).prune()
    async with engine.connect() as connection:
        left = set((await connection.execute(select(idempotency_table.c.key))).scalars())
    assert pruned.idempotency_keys == 2
    assert left == {"k-2", "k-3"}


async def test_pruning_goes_batch_by_batch_until_nothing_old_is_left(engine):
    store = EventStore(engine, registry, clock=TestClock(NOW))
    await remembered(store, [10] * 23 + [1])
    pruned = await housekeeper(store, batch=5).prune()
    async with engine.connect() as connection:
        left = (await connection.execute(select(processed_table.c.event_id))).scalars().all()
    assert pruned.inbox == 23
    assert left == ["e-23"]
