"""Costs that stay flat as the store grows (issue 21, target 5): the latency of one append at 10 k
and at 10 M stored events, in the same run, on a durable PostgreSQL (fsync on).

Two databases of one cluster, each with the platform's tables and 10 k stored events; then one of
them is grown to 10 M. Ten million events from commands would take hours here, so it is grown in SQL:
``INSERT … SELECT generate_series`` writes rows of the real schema, ~1 KB of JSON data each (the same
registration as `bench.platform`'s), five events a stream, random event ids, positions from the
table's own sequence. As a restore does, the two unique indexes are dropped for the load and built
again after it, under their own names and definitions, and the outbox trigger is off for it: the
relay deletes every row it publishes, so a store of 10 M events has an outbox of only the events not
yet published — which is how both stores are measured (emptied first). Then ``VACUUM ANALYZE``, then
the same appends into each: one event per transaction (the way commands append), timed from the
transaction's start to its durable commit, with 1 writer and with 16; each measured stream gets five
events, so four appends in five go to a stream that is already there. The rounds alternate the two
stores, so that the machine's other work (it is shared) weighs on both alike.

`python -m bench --only flat [--quick]` (``--quick``: 10 k and 1 M) writes docs/bench/flat.md and
.json; the full `make bench` puts the figures in docs/bench/report.md too. The cluster is removed
at the end, its 10 M store with it, so the disk is not left full.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from shuniu_infra.postgres import create_database
from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import EventStore
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bench.common import (
    bench_directory,
    durable_postgres,
    load_average,
    machine,
    machine_line,
    percentile,
    write_report,
)
from bench.platform import ABSTRACT, Registered, one_kilobyte_event, registry

SMALL = 10_000
LARGE = 10_000_000
QUICK_LARGE = 1_000_000
ROUNDS = 3
STREAM_LENGTH = 5  # events a stream, stored and measured alike
LOAD_CHUNK = 500_000  # rows a statement of the load: progress to print, and a transaction of bearable size
LOAD_CONNECTIONS = 2  # the machine's cores

# One stored event per n: stream `stored-<n / 5>` at version n % 5 + 1; the data has the keys and
# sizes of `one_kilobyte_event(n)`, the context those of a command's.
GROW = text(
    """
    INSERT INTO events (event_id, stream_id, version, type, time, data, context)
    SELECT gen_random_uuid()::text, 'stored-' || (n / :length), n % :length + 1, :type,
           now() - make_interval(secs => :last - n),
           jsonb_build_object('receipt_number', '收〔2026〕' || n || '号', 'title', '第' || n || '件来文',
                              'abstract', CAST(:abstract AS text)),
           jsonb_build_object('actor', 'shen', 'correlation_id', gen_random_uuid()::text)
    FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS n
    """
)


async def append_latencies(store: EventStore, writers: int, per_writer: int) -> list[float]:
    """Milliseconds each append took, from `begin` to its durable commit."""

    async def write(w: int) -> list[float]:
        prefix = uuid.uuid4().hex[:8]
        taken = []
        for n in range(per_writer):
            stream, version = f"doc-{prefix}-{w}-{n // STREAM_LENGTH}", n % STREAM_LENGTH
            began = time.perf_counter()
            async with store.unit_of_work() as uow:
                await store.append(uow.connection, stream, version, [one_kilobyte_event(n)], uow.context)
            taken.append((time.perf_counter() - began) * 1000)
        return taken

    return [ms for taken in await asyncio.gather(*(write(w) for w in range(writers))) for ms in taken]


async def stored_events(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(text("SELECT count(*) FROM events")))


async def grow(engine: AsyncEngine, first: int, last: int) -> None:
    """Stored events `first`..`last` (see GROW), `LOAD_CONNECTIONS` statements at a time."""
    chunks = asyncio.Queue[tuple[int, int]]()
    for start in range(first, last + 1, LOAD_CHUNK):
        chunks.put_nowait((start, min(last, start + LOAD_CHUNK - 1)))

    async def load() -> None:
        while not chunks.empty():
            start, end = chunks.get_nowait()
            async with engine.begin() as connection:
                await connection.execute(
                    GROW,
                    {
                        "length": STREAM_LENGTH,
                        "type": Registered.ce_type(),
                        "abstract": ABSTRACT,
                        "first": start,
                        "last": end,
                    },
                )
            print(f"bench.flat | stored up to {end:,}, load average {load_average()}", flush=True)

    await asyncio.gather(*(load() for _ in range(LOAD_CONNECTIONS)))


async def grow_without_indexes(engine: AsyncEngine, first: int, last: int) -> None:
    """`grow`, with the unique indexes built again after the load rather than kept during it, and
    the outbox trigger off (see the module's docstring)."""
    async with engine.begin() as connection:
        unique = (
            await connection.execute(
                text(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE conrelid = 'events'::regclass AND contype = 'u'"
                )
            )
        ).all()
        for name, _ in unique:
            await connection.execute(text(f'ALTER TABLE events DROP CONSTRAINT "{name}"'))
        await connection.execute(text("ALTER TABLE events DISABLE TRIGGER events_to_outbox"))
    await grow(engine, first, last)
    async with engine.begin() as connection:
        await connection.execute(text("SET LOCAL maintenance_work_mem = '1GB'"))
        for name, definition in unique:
            await connection.execute(text(f'ALTER TABLE events ADD CONSTRAINT "{name}" {definition}'))
        await connection.execute(text("ALTER TABLE events ENABLE TRIGGER events_to_outbox"))


# Blocks of the events and outbox tables and their indexes that statements touched: found in shared
# buffers (hit) or asked of the kernel (read). Per append, a figure the machine's other work does not
# skew, unlike the milliseconds.
BLOCKS = text(
    """
    SELECT coalesce(sum(heap_blks_hit + coalesce(idx_blks_hit, 0)), 0),
           coalesce(sum(heap_blks_read + coalesce(idx_blks_read, 0)), 0)
    FROM pg_statio_user_tables WHERE relname IN ('events', 'outbox')
    """
)
# A backend hands its statistics to the shared counters at most once a second while busy and within
# ten seconds once idle (PostgreSQL 15's pgstat): wait that long before reading them.
STATISTICS_FLUSH_SECONDS = 11


async def blocks(engine: AsyncEngine) -> tuple[int, int]:
    await asyncio.sleep(STATISTICS_FLUSH_SECONDS)
    async with engine.connect() as connection:
        hit, read = (await connection.execute(BLOCKS)).one()
    return int(hit), int(read)


async def settle(engine: AsyncEngine) -> dict[str, int]:
    """The store as the relay and autovacuum leave it: the outbox emptied, then VACUUM ANALYZE; its
    size, table and indexes."""
    async with engine.begin() as connection:
        await connection.execute(text("DELETE FROM outbox"))
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text("VACUUM ANALYZE events"))
        await autocommit.execute(text("VACUUM ANALYZE outbox"))
        sizes = (
            await autocommit.execute(
                text(
                    "SELECT pg_table_size('events'), pg_indexes_size('events'), "
                    "pg_database_size(current_database())"
                )
            )
        ).one()
    return {"table_bytes": sizes[0], "index_bytes": sizes[1], "database_bytes": sizes[2]}


async def latencies(
    stores: dict[str, EventStore], rounds: int, samples_1: int, per_writer_16: int
) -> dict[str, Any]:
    """p50/p99 of each store's appends, with 1 writer and with 16, in `rounds` rounds that alternate
    the stores, so that what else the machine does weighs on both alike."""
    taken: dict[str, dict[str, list[float]]] = {name: {"1_writer": [], "16_writers": []} for name in stores}
    for store in stores.values():
        await append_latencies(store, 1, 50)  # the pool, the plans and the cache warmed alike
    for round in range(rounds):
        for name in list(stores)[:: 1 if round % 2 == 0 else -1]:
            taken[name]["1_writer"] += await append_latencies(stores[name], 1, samples_1)
            taken[name]["16_writers"] += await append_latencies(stores[name], 16, per_writer_16)
        print(f"bench.flat | round {round + 1} of {rounds}, load average {load_average()}", flush=True)
    figures: dict[str, Any] = {}
    for name, by_writers in taken.items():
        figures[name] = {}
        for writers, ms in by_writers.items():
            figures[name] |= {
                f"p50_ms_{writers}": percentile(ms, 50),
                f"p99_ms_{writers}": percentile(ms, 99),
                f"appends_{writers}": len(ms),
            }
    return figures


async def measure(
    urls: dict[str, str], large: int, rounds: int, samples_1: int, per_writer_16: int
) -> dict[str, Any]:
    engines = {name: create_engine(url, pool_size=20) for name, url in urls.items()}
    try:
        for engine in engines.values():
            await migrate(engine, PLATFORM_MIGRATIONS)
            await grow(engine, 1, SMALL)
        began = time.perf_counter()
        await grow_without_indexes(engines["large"], SMALL + 1, large)
        grown_seconds = time.perf_counter() - began
        stores = {name: EventStore(engine, registry) for name, engine in engines.items()}
        sizes = {
            name: {"stored_events": await stored_events(e)} | await settle(e) for name, e in engines.items()
        }
        before = {name: await blocks(engine) for name, engine in engines.items()}
        figures = await latencies(stores, rounds, samples_1, per_writer_16)
        for name, engine in engines.items():
            hit, read = await blocks(engine)
            appends = figures[name]["appends_1_writer"] + figures[name]["appends_16_writers"]
            figures[name] |= {
                "blocks_hit_per_append": (hit - before[name][0]) / appends,
                "blocks_read_per_append": (read - before[name][1]) / appends,
            }
    finally:
        for engine in engines.values():
            await engine.dispose()
    return {name: sizes[name] | figures[name] for name in engines} | {
        "grow_seconds": grown_seconds,
        "rounds": rounds,
        "load": load_average(),
    }


def rows(f: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """The report's rows (`bench.suite`'s table has the same columns): key, figure, at 10 M, at 10 k,
    target, verdict."""
    small, large = f["small"], f["large"]
    table = []
    for writers in ("1_writer", "16_writers"):
        growth = large[f"p99_ms_{writers}"] / small[f"p99_ms_{writers}"]
        table.append(
            (
                f"flat_{writers}",
                f"append latency, {writers.replace('_', ' ')}, ~1 KB events, one per transaction, p50 / p99 "
                f"at {large['stored_events']:,} stored events ({large['database_bytes'] / 2**30:.1f} GiB, "
                f"indexes {large['index_bytes'] / 2**30:.2f} GiB)",
                f"{large[f'p50_ms_{writers}']:.1f} / {large[f'p99_ms_{writers}']:.1f} ms",
                f"the same appends at {small['stored_events']:,}: {small[f'p50_ms_{writers}']:.1f} / "
                f"{small[f'p99_ms_{writers}']:.1f} ms",
                f"p99 ≤ 1.5× (here {growth:.2f}×)",
                "met" if growth <= 1.5 else "**missed**",
            )
        )
    return table


def report(f: dict[str, Any], facts: dict[str, str], quick: bool) -> str:
    small, large = f["small"], f["large"]
    lines = [
        "# Appends as the store grows",
        "",
        f"By `python -m bench --only flat{' --quick' if quick else ''}` (module `bench.flat`).",
        machine_line(facts),
        f"Load average when the appends ended: {f['load']}.",
        "",
        "| figure | at the large store | at the small store | target | |",
        "|---|---|---|---|---|",
        *("| " + " | ".join(row[1:]) + " |" for row in rows(f)),
        "",
        f"Store grown from {small['stored_events']:,} to {large['stored_events']:,} events in "
        f"{f['grow_seconds'] / 60:.1f} min (the load, then the two unique indexes built again); events table "
        f"{large['table_bytes'] / 2**30:.2f} GiB, its indexes {large['index_bytes'] / 2**30:.2f} GiB. "
        f"{large['appends_1_writer']:,} appends with 1 writer and {large['appends_16_writers']:,} with 16 into "
        f"each store, in {f['rounds']} rounds alternating the two stores (two databases of one cluster).",
        "",
        "Blocks of the events and outbox tables and their indexes touched per append (PostgreSQL's "
        "`pg_statio_user_tables`; found in shared buffers / read from the kernel): "
        f"{large['blocks_hit_per_append']:.1f} / {large['blocks_read_per_append']:.1f} at "
        f"{large['stored_events']:,}, {small['blocks_hit_per_append']:.1f} / "
        f"{small['blocks_read_per_append']:.1f} at {small['stored_events']:,}.",
        "",
    ]
    return "\n".join(lines)


def run(quick: bool) -> dict[str, Any]:
    """The figures, and docs/bench/flat.md and .json; the cluster (and its databases) removed after."""
    large, samples_1, per_writer_16 = (QUICK_LARGE, 200, 20) if quick else (LARGE, 700, 50)
    with bench_directory() as base, durable_postgres(base) as postgres:
        urls = {name: create_database(postgres.url(), f"flat_{name}") for name in ("small", "large")}
        figures = asyncio.run(measure(urls, large, ROUNDS, samples_1, per_writer_16))
    facts = machine()
    write_report("flat", report(figures, facts, quick), {"figures": figures, "machine": facts})
    return figures
