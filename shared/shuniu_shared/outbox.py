"""The outbox relay: publishes committed events in order, and never skips or loses one.

Why an outbox rather than a remembered position: a position is taken at insert time but becomes
visible at commit time, so a relay that remembered "published up to 41" would skip 40 if 40's
transaction committed after 41's — the classic sequence-gap bug. Instead every append leaves a row
in ``outbox`` and the relay publishes *whatever rows are there*, oldest position first, and deletes
exactly the rows it published. A late commit is simply found on a later pass. Rows stay until Kafka
has acknowledged them, so a broker outage only delays publication.

Exactly once on the topic, even across a crash: a relay that dies (or loses its database) after
Kafka acknowledged a batch but before it deleted the batch's rows would leave them to be published
again by the next leader. So a relay that has just taken the lead first reads the newest records of
its topic — as many per partition as one pass publishes, which covers whatever the last leader's
unfinished pass put there, since nobody else publishes to the topic — and deletes, unpublished again,
the pending rows whose event ids it finds there.

Order: one aggregate's events keep their order, because version N+1 can only be inserted after N
committed (optimistic concurrency), so N has the smaller position and is visible first; the
producer is idempotent with acks=all and the record key is the aggregate id, so Kafka keeps that
order within the partition. Consumers still deduplicate on ``ce_id``: Kafka itself delivers at least once.

Only one relay may publish a service's outbox at a time, or two could interleave one aggregate's
rows. On PostgreSQL the relay holds a session-level advisory lock on a connection of its own (other
replicas wait as standbys); on SQLite there is one process.

Tested in tests/platform/test_relay_kafka.py (late commits, rollbacks, broker down).
"""

from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import Callable
from typing import Any

import structlog
from sqlalchemy import Text, bindparam, cast, delete, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_shared.database import is_postgres
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, StoredEvent, events_table, outbox_table
from shuniu_shared.metrics import EVENTS_PUBLISHED, OUTBOX_PENDING
from shuniu_shared.records import Publisher, Record
from shuniu_shared.tracing import published

log = structlog.get_logger(__name__)


# The event's JSON is read as the database keeps it and published as it is: decoding it into a dict
# only to encode it again was a third of the relay's time (pyinstrument). Consumers parse JSON, so
# the text's spacing and key order (PostgreSQL's jsonb keeps its own) mean nothing to them.
RELAYED_COLUMNS = [column for column in events_table.c if column.name != "data"] + [
    cast(events_table.c.data, Text).label("data_json")
]
# A pass's two statements, built once: building the pending rows' SELECT afresh (its join, its cache
# key) took about 1 ms of CPU on the loaded bench machine, against 0.2 µs for a built statement's
# cached key, and a relay passes after each commit of its service and four times a second when idle,
# in every service — the largest part of an idle service's work (py-spy during the command rounds).
_PENDING = (
    select(*RELAYED_COLUMNS)
    .join(outbox_table, outbox_table.c.position == events_table.c.position)
    .order_by(outbox_table.c.position)
    .limit(bindparam("batch_size"))
)
# The next pass's rows, read while the broker acknowledges this pass's: every pending row but those.
_PENDING_AFTER = _PENDING.where(outbox_table.c.position.not_in(bindparam("publishing", expanding=True)))
_PUBLISHED = delete(outbox_table).where(outbox_table.c.position.in_(bindparam("positions", expanding=True)))


# A pass's rows, as read, their envelopes and the records to publish.
_Prepared = tuple[list[Any], list[Envelope], list[Record]]


def _envelope(source: str, row: Any) -> Envelope:
    return StoredEvent.from_row(row, data={}).envelope(source)  # its attributes, for the headers


def _record(topic: str, envelope: Envelope, row: Any) -> Record:
    return Record(topic, envelope.kafka_key(), row.data_json.encode(), envelope.kafka_headers())


LEADERSHIP_CHECK_SECONDS = 1.0


class OutboxRelay:
    def __init__(
        self,
        store: EventStore,
        publisher_factory: Callable[[], Publisher],
        *,
        batch_size: int = 500,
        idle_seconds: float = 0.25,
        max_backoff_seconds: float = 5.0,
        pass_timeout_seconds: float = 30.0,
    ) -> None:
        self.store = store
        self.new_publisher = publisher_factory
        self.batch_size = batch_size
        self.idle_seconds = idle_seconds
        self.max_backoff_seconds = max_backoff_seconds
        # A producer can stay stuck after a broker outage without its sends ever failing; past this,
        # the pass fails and the producer is replaced (the rows are published by the new one).
        self.pass_timeout_seconds = pass_timeout_seconds
        self.published = 0
        self._tail_checked = False
        self._confirmed_at = 0.0
        self._publisher: Publisher | None = None
        self._leadership: AsyncConnection | None = None
        self._prepared: _Prepared | None = None  # the next pass's rows, read during this one's publish

    async def run(self, stopping: asyncio.Event) -> None:
        """Publish until `stopping` is set; survive broker and database outages."""
        backoff = 0.1
        try:
            while not stopping.is_set():
                try:
                    # Bounded as a whole: after a broker outage a client call could otherwise wait
                    # for ever (make chaos saw a relay stall for minutes), with the rows kept back.
                    async with asyncio.timeout(self.pass_timeout_seconds):
                        if not await self._lead():
                            await _wait(stopping, 1.0)
                            continue
                        if not self._tail_checked:
                            await self.forget_published()
                            self._tail_checked = True
                        # Cleared before the pass reads the outbox, not after it: a commit made while
                        # the pass publishes is not in what it read, and must wake the next pass at
                        # once. Cleared after the pass, its wake-up was lost and the rows waited out
                        # the idle interval (commit → topic p99 393 ms at 34 commits/s, bench/notifications.py).
                        self.store.committed.clear()
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
        """One pass: publish the oldest pending rows, then delete exactly those rows. While the broker
        acknowledges a full batch, the next pass's rows are read and made ready (docs/platform.md,
        "The next batch, prepared while the broker acknowledges this one")."""
        prepared, self._prepared = self._prepared, None
        rows, envelopes, records = prepared or await self._read(_PENDING, {"batch_size": self.batch_size})
        if not rows:
            OUTBOX_PENDING.labels(self.store.registry.service).set(0)
            return 0
        topic, service = self.store.topic, self.store.registry.service
        positions = [row.position for row in rows]
        publisher = await self._connected()
        upcoming: _Prepared | None = None
        waiting = 0  # pending rows, this batch's among them, counted while it is on its way
        with published(service, topic, envelopes) as traced:
            if any(t is not e for t, e in zip(traced, envelopes, strict=True)):
                # Spans were opened (tracing is on): the records carry their traceparents.
                records = [_record(topic, e, row) for e, row in zip(traced, rows, strict=True)]
            publishing = asyncio.ensure_future(publisher.publish(records))
            try:
                if len(rows) == self.batch_size:  # more are likely waiting; a short batch took them all
                    # The hard part. These rows are read only to be *sent after* every record above is
                    # acknowledged, so Kafka never holds one of them ahead of a record of this batch
                    # that might still fail and be sent again. And "every pending row but this batch's",
                    # not "the positions after this batch's last": a row below it that committed late
                    # is among them, and a stream's next version here has its earlier one either in
                    # this batch or before it in these (it committed first; positions order them).
                    upcoming = await self._read(
                        _PENDING_AFTER, {"batch_size": self.batch_size, "publishing": positions}
                    )
                    waiting = await self.pending()
            except BaseException:
                publishing.cancel()  # the pass fails as a whole; its rows stay pending
                raise
            await publishing
        # Delete by the positions just published, never "everything up to the last one": a lower
        # position may have committed meanwhile and is not published yet.
        async with self.store.engine.begin() as connection:
            await connection.execute(_PUBLISHED, {"positions": positions})
        self._prepared = upcoming if upcoming is not None and upcoming[0] else None
        self.published += len(rows)
        EVENTS_PUBLISHED.labels(self.store.registry.service, topic).inc(len(rows))
        if len(rows) == self.batch_size:
            OUTBOX_PENDING.labels(self.store.registry.service).set(max(0, waiting - len(rows)))
        return len(rows)

    async def _read(self, statement: Any, parameters: dict[str, Any]) -> _Prepared:
        async with self.store.engine.connect() as connection:
            rows = list(await connection.execute(statement, parameters))
            await connection.rollback()
        envelopes = [_envelope(self.store.source, row) for row in rows]
        topic = self.store.topic
        return rows, envelopes, [_record(topic, e, row) for e, row in zip(envelopes, rows, strict=True)]

    async def forget_published(self) -> int:
        """Delete the pending rows whose events are already on the topic (see the module's docstring);
        return how many."""
        async with self.store.engine.connect() as connection:
            pending = (
                await connection.execute(
                    select(outbox_table.c.position, events_table.c.event_id)
                    .join(events_table, outbox_table.c.position == events_table.c.position)
                    .order_by(outbox_table.c.position)
                    .limit(2 * self.batch_size)  # and the few a late commit may have put before them
                )
            ).all()
            await connection.rollback()
        if not pending:
            return 0
        publisher = await self._connected()
        on_topic = await publisher.newest_ids(self.store.topic, self.batch_size)
        published = [row.position for row in pending if row.event_id in on_topic]
        if published:
            async with self.store.engine.begin() as connection:
                await connection.execute(delete(outbox_table).where(outbox_table.c.position.in_(published)))
            log.warning("outbox_rows_found_on_topic", topic=self.store.topic, rows=len(published))
        return len(published)

    async def _connected(self) -> Publisher:
        if self._publisher is None:
            publisher = self.new_publisher()
            await publisher.start()
            self._publisher = publisher
        return self._publisher

    async def pending(self) -> int:
        async with self.store.engine.connect() as connection:
            return int(await connection.scalar(select(func.count()).select_from(outbox_table)) or 0)

    async def _idle(self, stopping: asyncio.Event) -> None:
        committed = self.store.committed  # set by a commit since the last pass began: no wait at all
        waiters = [asyncio.ensure_future(committed.wait()), asyncio.ensure_future(stopping.wait())]
        await asyncio.wait(waiters, timeout=self.idle_seconds, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()

    async def _lead(self) -> bool:
        if not is_postgres(self.store.engine):
            return True
        if self._leadership is not None:
            # Still connected, so still holding the lock — asked at most once a second, not on every
            # pass: an idle relay passes twenty times a second, and every service has one.
            if time.monotonic() - self._confirmed_at >= LEADERSHIP_CHECK_SECONDS:
                await self._leadership.execute(text("SELECT 1"))
                await self._leadership.commit()  # no transaction left idle on the leader's connection
                self._confirmed_at = time.monotonic()
            return True
        connection = await self.store.engine.connect()
        key = zlib.crc32(f"shuniu-relay:{self.store.topic}".encode())
        try:
            held = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key})
            await connection.commit()
        except BaseException:  # cancelled by the pass's timeout too: the lock, if taken, goes with it
            await connection.invalidate()
            raise
        if held:
            self._leadership, self._confirmed_at = connection, time.monotonic()
            log.info("outbox_relay_leading", topic=self.store.topic)
            return True
        await connection.close()  # it holds nothing: back to the pool
        return False

    async def _resign(self) -> None:
        self._tail_checked = False  # whoever leads next, maybe this relay again, checks the topic first
        self._prepared = None  # read under the lead given up: whoever leads next reads the outbox afresh
        if self._leadership is not None:
            connection, self._leadership = self._leadership, None
            # Invalidated, not closed: `close()` would hand the connection back to the pool with its
            # session alive, and the session-level advisory lock with it — this relay, coming back on
            # another pooled connection, would then wait as a standby for ever behind its own lock
            # (make chaos saw a relay stop publishing after a broker outage). Invalidating ends the
            # session, which releases the lock, even when the database is the thing that failed.
            try:
                await connection.invalidate()
            except Exception as error:
                log.warning("outbox_relay_resign_failed", error=repr(error))

    async def _drop_publisher(self) -> None:
        # A fresh producer after any failure: aiokafka's idempotent producer can stay stuck on an
        # OutOfOrderSequenceNumber error until it is recreated.
        if self._publisher is not None:
            publisher, self._publisher = self._publisher, None
            try:
                async with asyncio.timeout(5):  # a producer flushing to a broker that is gone: let it go
                    await publisher.stop()
            except Exception as error:
                log.warning("publisher_stop_failed", error=repr(error))


async def _wait(stopping: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stopping.wait(), timeout=seconds)
    except TimeoutError:
        pass
