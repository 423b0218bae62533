"""The outbox relay: publishes committed events in order, and never skips or loses one.

Why an outbox rather than a remembered position: a position is taken at insert time but becomes
visible at commit time, so a relay that remembered "published up to 41" would skip 40 if 40's
transaction committed after 41's — the classic sequence-gap bug. Instead every append leaves a row
in ``outbox`` and the relay publishes *whatever rows are there*, oldest position first, and deletes
exactly the rows it published. A late commit is simply found on a later pass. Rows stay until Kafka
has acknowledged them, so a broker outage only delays publication.

Order: one aggregate's events keep their order, because version N+1 can only be inserted after N
committed (optimistic concurrency), so N has the smaller position and is visible first; the
producer is idempotent with acks=all and the record key is the aggregate id, so Kafka keeps that
order within the partition. A failure after Kafka acknowledged but before the delete publishes the
same events again: delivery is at-least-once and consumers deduplicate on ``ce_id``.

Only one relay may publish a service's outbox at a time, or two could interleave one aggregate's
rows. On PostgreSQL the relay holds a session-level advisory lock on a connection of its own (other
replicas wait as standbys); on SQLite there is one process.

Tested in tests/platform/test_relay_kafka.py (late commits, rollbacks, broker down).
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable

import structlog
from sqlalchemy import delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_shared.database import is_postgres
from shuniu_shared.eventstore import EventStore, StoredEvent, events_table, outbox_table
from shuniu_shared.records import Publisher, Record
from shuniu_shared.web.metrics import EVENTS_PUBLISHED, OUTBOX_PENDING

log = structlog.get_logger(__name__)


class OutboxRelay:
    def __init__(
        self,
        store: EventStore,
        publisher_factory: Callable[[], Publisher],
        *,
        batch_size: int = 500,
        idle_seconds: float = 0.05,
        max_backoff_seconds: float = 5.0,
    ) -> None:
        self.store = store
        self.new_publisher = publisher_factory
        self.batch_size = batch_size
        self.idle_seconds = idle_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.published = 0
        self._publisher: Publisher | None = None
        self._leadership: AsyncConnection | None = None

    async def run(self, stopping: asyncio.Event) -> None:
        """Publish until `stopping` is set; survive broker and database outages."""
        backoff = 0.1
        try:
            while not stopping.is_set():
                try:
                    if not await self._lead():
                        await _wait(stopping, 1.0)
                        continue
                    relayed = await self.relay_once()
                    backoff = 0.1
                    if relayed < self.batch_size:
                        await self._idle(stopping)
                except Exception as error:  # broker or database down: keep the rows, retry later
                    log.warning("outbox_relay_failed", error=repr(error), retry_in=backoff)
                    await self._drop_publisher()
                    await self._resign()
                    await _wait(stopping, backoff)
                    backoff = min(backoff * 2, self.max_backoff_seconds)
        finally:
            await self._drop_publisher()
            await self._resign()

    async def relay_once(self) -> int:
        """One pass: publish the oldest pending rows, then delete exactly those rows."""
        async with self.store.engine.connect() as connection:
            result = await connection.execute(
                select(events_table)
                .join(outbox_table, outbox_table.c.position == events_table.c.position)
                .order_by(outbox_table.c.position)
                .limit(self.batch_size)
            )
            rows = list(result)
            await connection.rollback()
        if not rows:
            OUTBOX_PENDING.labels(self.store.registry.service).set(0)
            return 0
        if self._publisher is None:
            publisher = self.new_publisher()
            await publisher.start()
            self._publisher = publisher
        topic, source = self.store.topic, self.store.source
        await self._publisher.publish(
            [Record.of(topic, StoredEvent.from_row(row).envelope(source)) for row in rows]
        )
        # Delete by the positions just published, never "everything up to the last one": a lower
        # position may have committed meanwhile and is not published yet.
        async with self.store.engine.begin() as connection:
            await connection.execute(
                delete(outbox_table).where(outbox_table.c.position.in_([row.position for row in rows]))
            )
        self.published += len(rows)
        EVENTS_PUBLISHED.labels(self.store.registry.service, topic).inc(len(rows))
        if len(rows) == self.batch_size:
            OUTBOX_PENDING.labels(self.store.registry.service).set(await self.pending())
        return len(rows)

    async def pending(self) -> int:
        async with self.store.engine.connect() as connection:
            return int(await connection.scalar(select(func.count()).select_from(outbox_table)) or 0)

    async def _idle(self, stopping: asyncio.Event) -> None:
        committed = self.store.committed
        committed.clear()
        waiters = [asyncio.ensure_future(committed.wait()), asyncio.ensure_future(stopping.wait())]
        await asyncio.wait(waiters, timeout=self.idle_seconds, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()

    async def _lead(self) -> bool:
        if not is_postgres(self.store.engine):
            return True
        if self._leadership is not None:
            await self._leadership.execute(text("SELECT 1"))  # still connected, so still holding the lock
            await self._leadership.commit()  # no transaction left idle on the leader's connection
            return True
        connection = await self.store.engine.connect()
        key = zlib.crc32(f"shuniu-relay:{self.store.topic}".encode())
        held = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key})
        await connection.commit()
        if held:
            self._leadership = connection
            log.info("outbox_relay_leading", topic=self.store.topic)
            return True
        await connection.close()
        return False

    async def _resign(self) -> None:
        if self._leadership is not None:
            connection, self._leadership = self._leadership, None
            try:
                await connection.close()  # closing the session releases the advisory lock
            except Exception as error:
                log.warning("outbox_relay_resign_failed", error=repr(error))

    async def _drop_publisher(self) -> None:
        # A fresh producer after any failure: aiokafka's idempotent producer can stay stuck on an
        # OutOfOrderSequenceNumber error until it is recreated.
        if self._publisher is not None:
            publisher, self._publisher = self._publisher, None
            try:
                await publisher.stop()
            except Exception as error:
                log.warning("publisher_stop_failed", error=repr(error))


async def _wait(stopping: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stopping.wait(), timeout=seconds)
    except TimeoutError:
        pass
