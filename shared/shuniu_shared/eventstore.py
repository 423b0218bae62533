"""The event store: append-only streams with optimistic concurrency, plus the outbox, in one database.

One small row per event (``events``): its global ``position``, its id, the stream (aggregate id)
and the aggregate's version after it, the CloudEvents type, the time, the data, and the context
(actor, correlation, causation, trace). ``(stream_id, version)`` is unique: that constraint *is*
the optimistic lock, so two commands that decided on the same version cannot both be stored.

Every append also inserts one row per event into ``outbox`` in the same transaction; the relay
(`shuniu_shared.outbox`) publishes those rows and deletes them. So an event is published if and
only if its transaction committed, without a distributed transaction.

The same code runs on PostgreSQL (asyncpg) and SQLite (aiosqlite): SQLAlchemy Core only, and the
two places where they differ (reading everything in order, leader election) say so.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Insert,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    and_,
    bindparam,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.clock import Clock, SystemClock
from shuniu_shared.context import request_context
from shuniu_shared.database import WRITES, Instant, is_postgres
from shuniu_shared.envelope import Envelope
from shuniu_shared.errors import ConcurrencyError, NotFound
from shuniu_shared.events import DomainEvent, EventRegistry
from shuniu_shared.metrics import EVENTS_APPENDED

A = TypeVar("A", bound=Aggregate)

Position = BigInteger().with_variant(Integer, "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid
Json = JSON().with_variant(JSONB(), "postgresql")

platform_metadata = MetaData()

events_table = Table(
    "events",
    platform_metadata,
    Column("position", Position, primary_key=True, autoincrement=True),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("stream_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("type", String(200), nullable=False),
    Column("time", Instant(), nullable=False),
    Column("data", Json, nullable=False),
    Column("context", Json, nullable=False),
    UniqueConstraint("stream_id", "version", name="uq_events_stream_version"),
    sqlite_autoincrement=True,  # never reuse a position, even after the newest row is gone
)

# One row per event not yet published. The database writes it, by a trigger (created by the platform's
# baseline revision in shuniu_shared/migrations/versions), so that every event row has its outbox row
# whoever inserted it, and an append costs no extra round trip.
outbox_table = Table(
    "outbox",
    platform_metadata,
    Column("position", Position, ForeignKey("events.position"), primary_key=True, autoincrement=False),
)

# The consumer side's memory of what it has applied (an "inbox"): the consumed event's id is
# inserted in the same transaction as the handler's effects, so a redelivery finds it and does
# nothing. `outcome` says whether the handler applied it or it went to the dead-letter topic.
processed_table = Table(
    "processed_events",
    platform_metadata,
    Column("consumer_group", String(200), primary_key=True),
    Column("event_id", String(36), primary_key=True),
    Column("outcome", String(20), nullable=False),
    Column("processed_at", Instant(), nullable=False, server_default=func.now()),
    Index("ix_processed_events_processed_at", "processed_at"),  # pruned by age (housekeeping.py)
)


@dataclass(frozen=True)
class EventContext:
    """Who caused the events and in answer to what; stamped on every event of a unit of work."""

    actor: str | None = None
    correlation_id: str | None = None
    causation_id: str | None = None
    traceparent: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v is not None}

    @classmethod
    def current(cls, actor: str | None = None) -> EventContext:
        """The work in progress (a request, or a consumer handling an event): its correlation and trace."""
        work = request_context()
        if work is None:
            return cls(actor=actor)
        return cls(actor=actor, correlation_id=work.correlation_id, traceparent=work.traceparent)

    @classmethod
    def caused_by(cls, envelope: Envelope, actor: str | None = None) -> EventContext:
        """The context of a reaction: same correlation, caused by the consumed event, in its trace."""
        work = request_context()
        return cls(
            actor=actor or envelope.actor,
            correlation_id=envelope.correlation_id or envelope.id,
            causation_id=envelope.id,
            traceparent=work.traceparent if work else envelope.traceparent,
        )


@dataclass(frozen=True)
class StoredEvent:
    position: int
    event_id: str
    stream_id: str
    version: int
    type: str
    time: datetime
    data: dict[str, Any]
    context: dict[str, Any] = field(default_factory=dict)  # EventContext's, and the audience after it

    def envelope(self, source: str) -> Envelope:
        return Envelope(
            id=self.event_id,
            type=self.type,
            source=source,
            subject=self.stream_id,
            time=self.time,
            sequence=self.version,
            data=self.data,
            correlation_id=self.context.get("correlation_id"),
            causation_id=self.context.get("causation_id"),
            actor=self.context.get("actor"),
            traceparent=self.context.get("traceparent"),
            audience=self.audience(),
            position=self.position,
        )

    def audience(self) -> Audience | None:
        """Who may see the object after this event, as its aggregate said (None: nobody outside)."""
        return Audience.stored(self.context.get("audience"))

    @classmethod
    def from_row(cls, row: Any, *, data: dict[str, Any] | None = None) -> StoredEvent:
        """The event in a row of the events table; `data` instead of the row's (the relay, which
        publishes the stored JSON text itself, reads the row without it)."""
        return cls(
            row.position,
            row.event_id,
            row.stream_id,
            row.version,
            row.type,
            row.time,
            row.data if data is None else data,
            row.context,
        )


@dataclass(frozen=True)
class Written:
    """What a command wrote: the stream, its version and the position of its last event, so the
    caller can read its own write (docs/platform.md); `details` are what else its response tells (the
    stage reached, a number allocated), never personal data."""

    stream_id: str
    version: int
    position: int
    details: Mapping[str, Any] = field(default_factory=dict)

    def telling(self, **details: Any) -> Written:
        """The same write, its response also telling `details`."""
        return replace(self, details={**self.details, **details})

    def answer(self) -> dict[str, Any]:
        """A command's JSON answer: the object, its version and position, and the details."""
        return {"id": self.stream_id, "version": self.version, "position": self.position, **self.details}


class EventStore:
    def __init__(
        self,
        engine: AsyncEngine,
        registry: EventRegistry,
        *,
        clock: Clock | None = None,
        topic: str | None = None,
    ) -> None:
        self.engine = engine
        self.registry = registry
        self.clock = clock or SystemClock()
        self.topic = topic or f"shuniu.{registry.service}.events"
        self.source = f"/shuniu/{registry.service}"
        self.committed = asyncio.Event()  # set after each commit; wakes the relay in this process
        self._append_statement = _append_statement(postgres=is_postgres(engine))

    def unit_of_work(self, context: EventContext | None = None) -> UnitOfWork:
        """A transaction whose events carry `context`, by default the current request's ids and trace."""
        return UnitOfWork(self, context or EventContext.current())

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Reading]:
        """Aggregates loaded for a GET: a plain connection, never a write transaction (on SQLite a
        write transaction is ``BEGIN IMMEDIATE``, which would queue every read behind the writers)."""
        async with self.engine.connect() as connection:
            yield Reading(self, connection)

    async def append(
        self,
        connection: AsyncConnection,
        stream_id: str,
        expected_version: int,
        events: Sequence[DomainEvent],
        context: EventContext,
        audiences: Sequence[Audience | None] = (),
    ) -> list[StoredEvent]:
        """Append to a stream that must be at `expected_version`, inside the caller's transaction.

        Each event is one ``INSERT … SELECT … WHERE <the stream is at the version before it>``: a
        stale command inserts nothing and is refused. The unique constraint catches the race the guard
        cannot see (two transactions that both see version N and both insert N+1: the second blocks on
        the index until the first commits, then fails). The outbox row comes from the trigger.
        """
        now = self.clock.now()
        stored = []
        audience_after = list(audiences) or [None] * len(events)
        for version, event in enumerate(events, start=expected_version + 1):
            audience = audience_after[version - expected_version - 1]
            row: dict[str, Any] = {
                "event_id": str(uuid.uuid4()),
                "stream_id": stream_id,
                "version": version,
                "type": event.ce_type(),
                "time": now,
                "data": event.data(),
                "context": context.as_dict() | ({"audience": audience.as_dict()} if audience else {}),
            }
            try:
                position = await connection.scalar(self._append_statement, row | {"previous": version - 1})
            except IntegrityError as error:
                raise ConcurrencyError(stream_id, expected_version) from error
            if position is None:
                raise ConcurrencyError(stream_id, expected_version)
            stored.append(StoredEvent(position=position, **row))
        return stored

    async def read_stream(self, connection: AsyncConnection, stream_id: str) -> list[StoredEvent]:
        result = await connection.execute(
            select(events_table).where(events_table.c.stream_id == stream_id).order_by(events_table.c.version)
        )
        return [StoredEvent.from_row(row) for row in result]

    async def is_empty(self) -> bool:
        async with self.engine.connect() as connection:
            return await connection.scalar(select(events_table.c.position).limit(1)) is None

    def decode(self, stored: StoredEvent) -> DomainEvent:
        return self.registry.decode(stored.type, stored.data)

    def feed(self, after: int = 0) -> EventFeed:
        return EventFeed(self.engine, after)


def _append_statement(*, postgres: bool) -> Insert:
    """Built once: ``INSERT INTO events (…) SELECT :params WHERE <guard> RETURNING position``."""
    columns = ["event_id", "stream_id", "version", "type", "time", "data", "context"]
    stream = bindparam("stream_id", type_=String)
    current_version = (
        select(func.coalesce(func.max(events_table.c.version), 0))
        .where(events_table.c.stream_id == stream)
        .scalar_subquery()
    )
    guard = current_version == bindparam("previous", type_=Integer)
    if postgres:
        # This gives the transaction its id before the row's position is taken: EventFeed relies on
        # that (see there). EXPLAIN shows it in the Result node's One-Time Filter, which is checked
        # before the node computes its row and with it nextval() of the position.
        guard = and_(func.pg_current_xact_id().is_not(None), guard)
    values = [
        stream if name == "stream_id" else bindparam(name, type_=events_table.c[name].type)
        for name in columns
    ]
    return (
        insert(events_table)
        .from_select(columns, select(*values).where(guard))
        .returning(events_table.c.position)
    )


class Reading:
    """Aggregates as their events make them, on a connection the caller holds."""

    def __init__(self, store: EventStore, connection: AsyncConnection | None = None) -> None:
        self.store = store
        self._connection = connection

    @property
    def connection(self) -> AsyncConnection:
        if self._connection is None:
            raise RuntimeError("use the unit of work inside `async with`")
        return self._connection

    async def load(self, cls: type[A], id: str) -> A:
        """The aggregate as its events make it; NotFound when it has none."""
        aggregate = await self.load_or_new(cls, id)
        if not aggregate.exists:
            raise _not_found(id)
        return aggregate

    async def load_or_new(self, cls: type[A], id: str) -> A:
        """The aggregate as its events make it, or a new one when the stream has none. A stream of
        another kind of object of this service (a room's id asked for as a meeting) is, to this kind,
        not there: NotFound, as for a missing one — not a replay that fails half-way."""
        events = [self.store.decode(e) for e in await self.store.read_stream(self.connection, id)]
        if events and not cls.applies(events[0]):
            raise _not_found(id)
        return cls.replay(id, events)


def _not_found(id: str) -> NotFound:
    return NotFound(f"未找到 {id}", f"{id} was not found")


class UnitOfWork(Reading):
    """One transaction: load aggregates, save their new events (and outbox rows), commit on exit.

    ``async with store.unit_of_work(context) as uow:`` commits when the block ends normally and
    rolls back when it raises, so a refused command leaves nothing behind. ``uow.connection`` is
    there for a service's own tables (counters, bookings), which then commit atomically with the
    events.
    """

    def __init__(self, store: EventStore, context: EventContext) -> None:
        super().__init__(store)
        self.context = context
        self._appended = 0

    async def __aenter__(self) -> Self:
        self._connection = await self.store.engine.connect()
        await self._connection.execution_options(**{WRITES: True})
        await self._connection.begin()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        connection, self._connection = self.connection, None
        try:
            if kind is None:
                await connection.commit()
                if self._appended:
                    EVENTS_APPENDED.labels(self.store.registry.service).inc(self._appended)
                    self.store.committed.set()
            else:
                await connection.rollback()
        finally:
            await connection.close()

    async def save(self, aggregate: Aggregate, events: Sequence[DomainEvent]) -> Written:
        """Apply what a command decided to the aggregate in hand and append it, each event with the
        audience the aggregate names once it has happened (a failed append rolls the unit back, and
        a retry loads the aggregate afresh)."""
        expected_version = aggregate.version
        audiences = []
        for event in events:
            aggregate.apply(event)
            audiences.append(aggregate.audience())
        stored = await self.store.append(
            self.connection, aggregate.id, expected_version, events, self.context, audiences
        )
        self._appended += len(stored)
        position = stored[-1].position if stored else 0
        return Written(aggregate.id, aggregate.version, position)


@dataclass(frozen=True)
class _Horizon:
    last_position: int  # every position up to here had been handed out ...
    xmax: int  # ... to transactions whose ids are all below this


class EventFeed:
    """Every committed event of the store, in position order, never passing one that may still commit.

    The trap (see docs/platform.md): a position is taken when the row is inserted but the row is
    seen only when its transaction commits. If T1 takes 40, T2 takes 41 and commits first, a reader
    that returns 41 and remembers "after 41" never sees 40. Waiting for the hole does not work
    either, because a rolled-back transaction leaves a hole forever.

    On PostgreSQL the feed therefore only returns positions up to a *horizon* that is known to be
    final. It reads the position sequence's last value L first and then the current snapshot's
    xmax X. Every position <= L was taken by a transaction that already had its id (`append` makes
    sure the id is assigned before the insert), and ids are handed out in order, so all of them are
    below X. Once the oldest running transaction is >= X, all of those transactions have committed
    or rolled back, so the rows <= L that are visible are all there will ever be. A horizon that is
    not final yet is kept and checked again on the next read; a long transaction only delays the
    feed, it never makes it skip. Per-stream order holds because version N+1 is only inserted after
    N committed, so it has the larger position.

    On SQLite one writer holds the database lock from its first write to its commit, so positions
    are committed in order and every visible row is final.

    Tested in tests/platform/test_event_feed.py (a transaction held open under a later commit).
    """

    def __init__(self, engine: AsyncEngine, after: int = 0) -> None:
        self.engine = engine
        self.position = after
        self._pending: _Horizon | None = None
        self._final = after

    async def read(self, limit: int = 1000) -> list[StoredEvent]:
        async with self.engine.connect() as connection:
            if is_postgres(self.engine):
                await self._advance_horizon(connection)
                upto = self._final
            else:
                upto = None
            query = select(events_table).where(events_table.c.position > self.position)
            if upto is not None:
                query = query.where(events_table.c.position <= upto)
            result = await connection.execute(query.order_by(events_table.c.position).limit(limit))
            batch = [StoredEvent.from_row(row) for row in result]
            await connection.rollback()
        if batch:
            self.position = batch[-1].position
        return batch

    async def _advance_horizon(self, connection: AsyncConnection) -> None:
        if self._pending is None:
            last = await connection.scalar(
                text("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM events_position_seq")
            )
            # Under READ COMMITTED each statement takes its own snapshot, so this one is taken after `last`.
            xmax = await connection.scalar(
                text("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
            )
            self._pending = _Horizon(int(last), int(xmax))
        oldest_running = await connection.scalar(
            text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        )
        if oldest_running >= self._pending.xmax:
            self._final, self._pending = max(self._final, self._pending.last_position), None
