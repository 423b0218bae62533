"""Reading everything in order never passes a position whose transaction may still commit."""

from __future__ import annotations

import asyncio

from shuniu_shared.eventstore import EventContext

from tests.platform.sample import Counted, Tally


async def test_a_late_commit_is_not_skipped_by_the_feed(pg_store):
    feed = pg_store.feed()
    holding = pg_store.unit_of_work(EventContext())
    await holding.__aenter__()
    early = await holding.save(Tally("slow"), [Counted(by=1)])  # takes the lower position, stays open

    async with pg_store.unit_of_work() as uow:
        late = await uow.save(Tally("fast"), [Counted(by=2)])
    assert late.position > early.position

    assert await feed.read() == []  # 'fast' is visible, but 'slow' might still commit below it

    await holding.__aexit__(None, None, None)
    assert [e.position for e in await feed.read()] == [early.position, late.position]


async def test_a_rolled_back_position_does_not_stall_the_feed(pg_store):
    feed = pg_store.feed()
    rolled_back = pg_store.unit_of_work()
    await rolled_back.__aenter__()
    await rolled_back.save(Tally("abandoned"), [Counted(by=1)])
    async with pg_store.unit_of_work() as uow:
        kept = await uow.save(Tally("kept"), [Counted(by=1)])
    await rolled_back.__aexit__(RuntimeError, RuntimeError("abandoned"), None)

    positions = []
    for _ in range(3):
        positions += [e.position for e in await feed.read()]
    assert positions == [kept.position]


async def test_concurrent_writers_are_read_once_each_and_in_stream_order(pg_store):
    feed = pg_store.feed()
    seen = []

    async def write(stream: str) -> None:
        tally = Tally(stream)
        for _ in range(20):
            async with pg_store.unit_of_work() as uow:
                await uow.save(tally, [Counted(by=1)])

    async def read_until_quiet() -> None:
        quiet = 0
        while quiet < 20:
            batch = await feed.read()
            seen.extend(batch)
            quiet = 0 if batch else quiet + 1
            await asyncio.sleep(0.01)

    await asyncio.gather(*(write(f"s{n}") for n in range(8)), read_until_quiet())
    seen += await feed.read()
    assert len(seen) == 160 and len({e.event_id for e in seen}) == 160
    for n in range(8):
        assert [e.version for e in seen if e.stream_id == f"s{n}"] == list(range(1, 21))
