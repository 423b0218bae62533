"""The consumer runtime: each event's effects applied exactly once, in order, or dead-lettered.

Kafka (like the in-process bus) delivers at least once, so exactly-once *effects* come from the
consumer's own database: the consumed event's id goes into ``processed_events`` in the same
transaction as the handler's effects, and the offset is committed to the broker only after that
transaction committed. A crash between the two redelivers the event, and the insert finds the id
and skips it. A crash before the commit rolls the effects back with the id. Either way: once.

A batch (every record of one fetch, whatever its partition) is first applied in one transaction
(fast), by the subscription's batch handler if it has
one (a handler that can do once per batch what it would otherwise do per event, such as one insert for
every event's row). If anything in it fails, that transaction is rolled back and the batch is replayed
one event at a time, by the per-event handler, each with bounded retries and
exponential backoff; an event that still fails goes to ``shuniu.<group>.dlq`` with the original
headers plus the error and the attempt count, is recorded as dead-lettered, and the consumer goes
on with the next one. A record that is not a CloudEvent at all is dead-lettered without retries.

An outage of the consumer's own database is not the event's fault: it is retried without limit and
never dead-lettered, and the offset does not move until the event is applied.

A dead letter sent back to its topic after a fix (``shuniu dlq redrive``, shuniu_shared.dead_letters)
carries the group that failed it in ``dlq_redrive_group``. Only that group takes it: every other group
on the topic applied the event the first time, and its inbox row may have been pruned since, so it
would apply it twice. That group first forgets that it dead-lettered the event (the inbox row whose
outcome is ``dead_lettered``, never an ``applied`` one), then applies it like any other; delivered
again, or redriven twice, it finds the ``applied`` row and skips it — once.

Tested in tests/platform/test_consumer_kafka.py (SIGKILL mid-batch, poison events, DLQ) and
tests/admin/test_dlq.py (a dead letter redriven and applied once).
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Awaitable, Callable
from functools import cache

import structlog
from sqlalchemy import Executable, delete
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from shuniu_shared.context import bound_context
from shuniu_shared.envelope import Envelope, MalformedRecord
from shuniu_shared.eventstore import EventContext, EventStore, UnitOfWork, processed_table
from shuniu_shared.metrics import CONSUMER_LAG, DLQ, EVENTS_CONSUMED
from shuniu_shared.outages import is_outage
from shuniu_shared.records import Delivery, Publisher, Record, Source
from shuniu_shared.tracing import consumed, consumed_together, own_trace

log = structlog.get_logger(__name__)

Handler = Callable[[Envelope, UnitOfWork], Awaitable[None]]
BatchHandler = Callable[[list[Envelope], UnitOfWork], Awaitable[None]]


@cache
def _remembering(dialect: str) -> Executable:
    """Built once and executed with a batch's rows (SQLAlchemy sends them as one multi-row INSERT …
    RETURNING): building a VALUES clause of a few hundred rows afresh for each batch was most of a
    do-nothing consumer's CPU."""
    insert = postgres_insert if dialect == "postgresql" else sqlite_insert
    return insert(processed_table).on_conflict_do_nothing().returning(processed_table.c.event_id)


REDRIVE_GROUP_HEADER = "dlq_redrive_group"  # on a redriven dead letter: the one group that takes it


def dead_letter_topic(group: str) -> str:
    return f"shuniu.{group}.dlq"


def _header(delivery: Delivery, name: str) -> str | None:
    return next((value.decode() for key, value in delivery.headers if key == name), None)


class Consumer:
    def __init__(
        self,
        *,
        group: str,
        store: EventStore,
        handler: Handler,
        source: Source,
        dead_letters: Publisher,
        batch_handler: BatchHandler | None = None,
        types: frozenset[str] | None = None,
        max_attempts: int = 5,
        backoff_seconds: float = 0.2,
        max_backoff_seconds: float = 5.0,
    ) -> None:
        self.group = group
        self.store = store
        self.handler = handler
        self.batch_handler = batch_handler
        # The event types the handler acts on, when it names them: the other events on its topics
        # (most of them, for a service that reacts to one kind) are passed over without opening a
        # transaction or remembering them, and their offsets are committed with the batch.
        self.types = types
        self.source = source
        self.dead_letters = dead_letters
        self.max_attempts = max_attempts
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.applied = 0
        self.dead_lettered = 0

    async def run(self, stopping: asyncio.Event, *, poll_seconds: float = 0.5) -> None:
        """Consume until `stopping` is set; the batch in hand is finished and committed first."""
        if not await self._start(stopping):
            return
        backoff = self.backoff_seconds
        try:
            while not stopping.is_set():
                batches = await self.source.fetch(poll_seconds)
                try:
                    # Every partition of the fetch in one transaction: live traffic spreads a few
                    # events over each partition, and a transaction (and its fsync) per partition made
                    # each round of the loop, which an event arriving meanwhile waits out, several
                    # times longer. A partition's records keep their order in the list; records of
                    # different partitions are of different aggregates, whose order nobody relies on.
                    await self.process([delivery for batch in batches for delivery in batch])
                    # One offset commit for every partition of the fetch, after all of them were
                    # applied: the broker appends each commit to its offsets log, and with the small
                    # batches of live traffic a commit per partition cost it more than the events did.
                    if batches:
                        await self.source.commit(batches)
                    for batch in batches:
                        EVENTS_CONSUMED.labels(self.group, batch[0].topic).inc(len(batch))
                    backoff = self.backoff_seconds
                except Exception as error:  # e.g. the dead-letter topic or the broker unreachable
                    log.warning(
                        "consumer_batch_failed", group=self.group, error=repr(error), retry_in=backoff
                    )
                    for fetched in batches:
                        # Not committed, so delivered again: what was applied meanwhile is in the
                        # inbox and skipped, the rest is applied then.
                        self.source.rewind(fetched)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, self.max_backoff_seconds)
                for (topic, partition), behind in self.source.lag().items():
                    CONSUMER_LAG.labels(self.group, topic, str(partition)).set(behind)
        finally:
            await self.source.stop()
            await self.dead_letters.stop()

    async def _start(self, stopping: asyncio.Event) -> bool:
        """Connect, waiting out a broker that is not there yet; False if told to stop meanwhile."""
        backoff = self.backoff_seconds
        while not stopping.is_set():
            try:
                await self.source.start()
            except Exception as error:
                if not is_outage(error):
                    raise
                log.warning("consumer_cannot_connect", group=self.group, error=repr(error), retry_in=backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff_seconds)
                continue
            await self.dead_letters.start()
            return True
        return False

    async def process(self, batch: list[Delivery]) -> None:
        """Apply a fetch's records, each partition's in order; return when each record is applied or
        dead-lettered."""
        readable: list[tuple[Delivery, Envelope]] = []
        for delivery in batch:
            redriven_for = _header(delivery, REDRIVE_GROUP_HEADER)
            if redriven_for is not None and redriven_for != self.group:
                continue  # another group's dead letter, sent back for it alone
            try:
                envelope = Envelope.from_kafka(delivery.headers, delivery.value)
                if redriven_for is not None:
                    await self._readmit(envelope.id)
                if self.types is None or envelope.type in self.types:
                    readable.append((delivery, envelope))
            except MalformedRecord as error:
                await self._apply_each(readable)
                readable = []
                await self._dead_letter(delivery, None, error, attempts=0)
        await self._apply_each(readable)

    async def _readmit(self, event_id: str) -> None:
        """Forget that this group dead-lettered the event, so that its redriven copy is applied."""
        async with self.store.unit_of_work() as uow:
            await uow.connection.execute(
                delete(processed_table).where(
                    processed_table.c.consumer_group == self.group,
                    processed_table.c.event_id == event_id,
                    processed_table.c.outcome == "dead_lettered",
                )
            )

    async def _apply_each(self, items: list[tuple[Delivery, Envelope]]) -> None:
        if not items:
            return
        failed_first_attempt: str | None = None  # the event whose handler broke the batch
        if len(items) > 1:
            current = None
            try:
                async with self.store.unit_of_work() as uow:
                    unseen = await self._remember_all(uow, [envelope.id for _, envelope in items])
                    todo = []
                    for _, envelope in items:
                        if envelope.id in unseen:
                            unseen.discard(envelope.id)  # the same event twice in one batch: once
                            todo.append(envelope)
                    if self.batch_handler is not None and todo:
                        with consumed_together(self.store.registry.service, self.group, todo):
                            await self.batch_handler(todo, uow)
                    else:
                        for envelope in todo:
                            current = envelope.id
                            await self._handle(envelope, uow)
                self.applied += len(todo)
                return
            except Exception as error:
                log.info("consumer_batch_replayed_one_by_one", group=self.group, error=repr(error))
                failed_first_attempt = None if is_outage(error) else current
        for delivery, envelope in items:
            tried = 1 if envelope.id == failed_first_attempt else 0
            await self._apply_with_retries(delivery, envelope, attempts=tried)

    async def _apply(self, envelope: Envelope, uow: UnitOfWork) -> bool:
        """Record the event as processed and apply it, or do nothing if it was seen before."""
        if not await self._remember(uow, envelope.id, "applied"):
            return False
        await self._handle(envelope, uow)
        return True

    async def _handle(self, envelope: Envelope, uow: UnitOfWork) -> None:
        """Run the handler as a piece of work in the event's trace: its log lines and the events it
        appends carry the event's correlation id, a new span of its trace, and the event as cause."""
        with (
            consumed(self.store.registry.service, self.group, envelope) as span,
            bound_context(
                request_id=envelope.id,
                correlation_id=envelope.correlation_id,
                traceparent=envelope.traceparent,
                trace=own_trace(span),
            ),
        ):
            uow.context = EventContext.caused_by(envelope)
            await self.handler(envelope, uow)

    async def _remember(self, uow: UnitOfWork, event_id: str, outcome: str) -> bool:
        return bool(await self._remember_all(uow, [event_id], outcome))

    async def _remember_all(
        self, uow: UnitOfWork, event_ids: list[str], outcome: str = "applied"
    ) -> set[str]:
        """Record the events as processed in one round trip; return the ids not seen before."""
        now = self.store.clock.now()
        rows = [
            {"consumer_group": self.group, "event_id": event_id, "outcome": outcome, "processed_at": now}
            for event_id in event_ids
        ]
        result = await uow.connection.execute(_remembering(uow.connection.dialect.name), rows)
        return set(result.scalars())

    async def _apply_with_retries(self, delivery: Delivery, envelope: Envelope, attempts: int = 0) -> None:
        outage_backoff = self.backoff_seconds
        while True:
            try:
                async with self.store.unit_of_work() as uow:
                    applied = await self._apply(envelope, uow)
                self.applied += applied
                return
            except Exception as error:
                if is_outage(error):
                    log.warning("consumer_database_unavailable", group=self.group, error=repr(error))
                    await asyncio.sleep(outage_backoff)
                    outage_backoff = min(outage_backoff * 2, self.max_backoff_seconds)
                    continue
                attempts += 1
                log.warning(
                    "consumer_handler_failed",
                    group=self.group,
                    event_id=envelope.id,
                    type=envelope.type,
                    attempt=attempts,
                    error=repr(error),
                )
                if attempts >= self.max_attempts:
                    await self._dead_letter(delivery, envelope, error, attempts)
                    return
                await asyncio.sleep(min(self.backoff_seconds * 2 ** (attempts - 1), self.max_backoff_seconds))

    async def _dead_letter(
        self, delivery: Delivery, envelope: Envelope | None, error: BaseException, attempts: int
    ) -> None:
        failure = [
            ("dlq_group", self.group),
            ("dlq_topic", delivery.topic),
            ("dlq_partition", str(delivery.partition)),
            ("dlq_offset", str(delivery.offset)),
            ("dlq_attempts", str(attempts)),
            ("dlq_error", f"{type(error).__name__}: {error}"[:2000]),
            ("dlq_stacktrace", "".join(traceback.format_exception(error))[-4000:]),
            ("dlq_failed_at", self.store.clock.now().isoformat()),
        ]
        headers = list(delivery.headers) + [(name, value.encode()) for name, value in failure]
        await self.dead_letters.publish(
            [Record(dead_letter_topic(self.group), delivery.key, delivery.value, headers)]
        )
        if envelope is not None:
            async with self.store.unit_of_work() as uow:
                await self._remember(uow, envelope.id, "dead_lettered")
        self.dead_lettered += 1
        DLQ.labels(self.group).inc()
        log.error(
            "consumer_dead_lettered",
            group=self.group,
            topic=delivery.topic,
            offset=delivery.offset,
            attempts=attempts,
            error=repr(error),
        )
