"""Rebuilding the read models from the topics, which keep every event for ever.

The projection's database is disposable: a rebuild reads every service's topic from the beginning
into an empty database, through exactly the code that builds the read models live (`INTAKE.batch`,
the same reactions in the same order), so the result must be, and is tested to be, the same tables.
It is also how the projection's rebuild speed is measured (`make bench`).

    SHUNIU_SERVICE=projection SHUNIU_DATABASE_URL=postgresql+asyncpg://…/projection_next \\
    SHUNIU_KAFKA_BOOTSTRAP=… shuniu rebuild-projection

A rebuild is a different job from live intake, and is run as one:
- it reads in bulk (`ServiceRuntime.source_for(bulk=True)`: fetches of thousands of records) and folds
  many fetches in one transaction (`CHUNK_EVENTS`), where live intake commits each small fetch;
- it skips the consumer's per-event inbox check: the rebuild reads each partition once from its
  beginning, so the only repeats are copies of one event (a dead letter redriven to its topic), and
  those are dropped by id in memory;
- its database is empty until it is switched to, so nobody reads half a rebuild.

Switching the live service to the rebuilt database is a deployment step: stop the service, let the
rebuild catch up (it stops once nothing is left on the topics), point `SHUNIU_DATABASE_URL` at it and
start the service. The rebuild writes the live group's inbox rows for every event it applied, in
one bulk insert per chunk, so live intake resuming from the group's committed offsets skips what
the rebuild already folded and applies the rest, exactly once (shuniu_shared/consumer.py).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import structlog
from shuniu_shared.database import copy_rows, create_engine
from shuniu_shared.envelope import Envelope, MalformedRecord
from shuniu_shared.errors import OutOfTurn
from shuniu_shared.eventstore import processed_table
from shuniu_shared.migrations import migrate
from shuniu_shared.records import Delivery, Source
from shuniu_shared.runtime import ServiceRuntime, Subscription
from sqlalchemy import func, select
from sqlalchemy.pool import StaticPool

from shuniu_projection.adapters.tables import metadata, timeline
from shuniu_projection.bootstrap import INTAKE, READ_MODEL_SUBSCRIPTION

log = structlog.get_logger(__name__)

QUIET_SECONDS = 1.5  # no new event for this long, with nothing left on the topics: caught up
JOIN_SECONDS = 15.0  # topics that stay empty this long after the rebuild starts: nothing to rebuild
# Events folded in one transaction: a few MB of rows, and the transaction's fixed costs (its commit,
# the inbox rows' statement, the offsets' commit) paid once per this many events instead of per fetch.
CHUNK_EVENTS = 5_000
WRITTEN_ROWS = 10_000  # rows of a table read from memory and copied to the rebuild's database at once


@dataclass(frozen=True)
class Rebuilt:
    group: str
    events: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Progress:
    """How far a rebuild has got: events read, events there are as far as is known (those read and
    the distance to the ends of the partitions the topics have), and the time since the first."""

    done: int
    total: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    @property
    def eta_seconds(self) -> float | None:
        """At the rate so far, how long the rest takes; None before there is a rate."""
        return (self.total - self.done) / self.per_second if self.per_second else None


async def rebuild(
    runtime: ServiceRuntime,
    *,
    quiet_seconds: float = QUIET_SECONDS,
    progress: Callable[[Progress], None] | None = None,
) -> Rebuilt:
    """Fill this runtime's empty database from the beginning of every topic, then stop. `progress`
    is told after each fetch how far the rebuild has got."""
    await migrate(runtime.engine, runtime.definition.migrations)
    async with runtime.engine.connect() as connection:
        if await connection.scalar(select(func.count()).select_from(timeline)):
            raise OutOfTurn("重建须从空库开始", "a rebuild starts from an empty database")
    live = READ_MODEL_SUBSCRIPTION
    group = f"{live.group}.rebuild-{uuid.uuid4().hex[:8]}"
    source = runtime.source_for(Subscription(group, live.topics, live.handler), bulk=True)
    folding = _Folding(runtime, source)
    await folding.start()
    # Timed from the first record read, not from the group's joining; quiet is judged from the
    # latest record read.
    first_read: float | None = None
    last_read = began = time.monotonic()
    read = 0
    await source.start()
    try:
        while True:
            batches = await source.fetch(0.2)
            now = time.monotonic()
            if batches:
                first_read = first_read or now
                last_read = now
                read += sum(len(batch) for batch in batches)
                folding.take(batches)
            behind = sum(source.lag().values())
            if folding.pending and (folding.pending >= CHUNK_EVENTS or not batches):
                await folding.fold()
            if progress is not None:
                progress(Progress(read, read + behind, now - first_read if first_read else 0.0))
            if (
                not batches
                and not behind
                and now - last_read >= quiet_seconds
                # Before its first record the source may still be joining its group (nothing
                # assigned, so no lag either): quiet means caught up once a join has had its time.
                and (first_read or now - began >= JOIN_SECONDS)
            ):
                break
    finally:
        await source.stop()
    writing = time.monotonic()
    await folding.write()
    # The time spent reading, folding and writing, not the quiet waited out at the end.
    seconds = (folding.last_folded or last_read) - first_read if first_read else 0.0
    return Rebuilt(group, folding.applied, seconds + time.monotonic() - writing)


class _Folding:
    """Fetched records, gathered into chunks and folded a chunk at a time into the read models of an
    in-memory SQLite database, by the reactions live intake runs (SQLite is one of the projection's
    two stores, and the rebuild-equals-live tests hold on both), then written to the rebuild's own
    database in bulk: a statement there costs a round trip to the server, most of the time of an
    event folded there directly, and in memory it costs none."""

    def __init__(self, runtime: ServiceRuntime, source: Source) -> None:
        self.runtime, self.source = runtime, source
        self.memory = create_engine(
            "sqlite+aiosqlite://", poolclass=StaticPool
        )  # one connection, one database
        self._fetched: list[list[Delivery]] = []
        self._seen: set[str] = set()  # every event id applied: a copy of one is dropped
        self._applied: list[str] = []  # … and in the order applied, for the live group's inbox
        self.pending = 0
        self.last_folded: float | None = None

    @property
    def applied(self) -> int:
        return len(self._applied)

    async def start(self) -> None:
        await migrate(self.memory, self.runtime.definition.migrations)

    def take(self, batches: list[list[Delivery]]) -> None:
        self._fetched += batches
        self.pending += sum(len(batch) for batch in batches)

    async def fold(self) -> None:
        envelopes = []
        for batch in self._fetched:
            for delivery in batch:
                try:
                    envelope = Envelope.from_kafka(delivery.headers, delivery.value)
                except MalformedRecord:
                    continue  # live intake dead-lettered it: it is in no read model
                if envelope.id not in self._seen:
                    self._seen.add(envelope.id)
                    envelopes.append(envelope)
        if envelopes:
            await self._apply(envelopes)
        # The rebuild's own group's offsets: where it got to, for whoever looks at the group.
        await self.source.commit(self._fetched)
        self._fetched, self.pending = [], 0
        self.last_folded = time.monotonic()

    async def _apply(self, envelopes: list[Envelope]) -> None:
        try:
            await self._in_one_transaction(envelopes)
            return
        except Exception as error:
            log.info("rebuild_chunk_replayed_one_by_one", error=repr(error))
        # As live intake does with a batch that fails: each event alone, and one that still fails is
        # left out, as live intake dead-lettered it.
        for envelope in envelopes:
            try:
                await self._in_one_transaction([envelope])
            except Exception as error:
                log.error(
                    "rebuild_event_left_out", event_id=envelope.id, type=envelope.type, error=repr(error)
                )

    async def _in_one_transaction(self, envelopes: list[Envelope]) -> None:
        async with self.memory.begin() as connection:
            await INTAKE.fold(envelopes, connection)
        self._applied += [envelope.id for envelope in envelopes]

    async def write(self) -> None:
        """Every read model folded in memory, and the live group's inbox rows, into the rebuild's
        database in one transaction: nobody reading it sees half a rebuild."""
        now = self.runtime.store.clock.now()
        inbox = [
            {
                "consumer_group": READ_MODEL_SUBSCRIPTION.group,
                "event_id": i,
                "outcome": "applied",
                "processed_at": now,
            }
            for i in self._applied
        ]
        async with self.memory.connect() as memory, self.runtime.engine.begin() as target:
            for table in metadata.sorted_tables:
                rows = await memory.stream(select(table))
                async for page in rows.partitions(WRITTEN_ROWS):
                    await copy_rows(target, table, [dict(row._mapping) for row in page])
            for first in range(0, len(inbox), WRITTEN_ROWS):
                await copy_rows(target, processed_table, inbox[first : first + WRITTEN_ROWS])
        await self.memory.dispose()
