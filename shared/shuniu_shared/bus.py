"""The in-process bus of the embedded mode: a small durable log with Kafka's delivery semantics.

`make dev` runs every service in one process without a broker, but the services must behave as
they do on Kafka: what the relay published survives a restart, each consumer group keeps its own
committed offset, delivery is at-least-once in publication order, a failing handler is retried
and then dead-lettered. So the bus is a log in a SQLite file of its own (``var/bus.sqlite3``), one
partition per topic, read by the same consumer runtime through the same `Source` port; publishing
wakes the waiting consumers of this process at once.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import Json
from shuniu_shared.records import Delivery, Headers, Record, event_id_of

R = TypeVar("R")

bus_metadata = MetaData()
log_table = Table(
    "bus_log",
    bus_metadata,
    Column("offset", Integer, primary_key=True, autoincrement=True),
    Column("topic", String(200), nullable=False, index=True),
    Column("key", LargeBinary),
    Column("value", LargeBinary),
    Column("headers", Json, nullable=False),
    sqlite_autoincrement=True,
)
offsets_table = Table(
    "bus_offsets",
    bus_metadata,
    Column("consumer_group", String(200), primary_key=True),
    Column("topic", String(200), primary_key=True),
    Column("next_offset", Integer, nullable=False),
)


def _encode_headers(headers: Headers) -> list[list[str]]:
    return [[name, base64.b64encode(value).decode()] for name, value in headers]


def _decode_headers(stored: list[list[str]]) -> Headers:
    return [(name, base64.b64decode(value)) for name, value in stored]


class InProcessBus:
    def __init__(self, url: str) -> None:
        self.engine: AsyncEngine = create_engine(url)
        self._listeners: set[asyncio.Event] = set()

    async def start(self) -> None:
        async with self.engine.begin() as connection:
            await connection.run_sync(bus_metadata.create_all)

    async def close(self) -> None:
        await self.engine.dispose()

    def publisher(self) -> BusPublisher:
        return BusPublisher(self)

    def source(self, group: str, topics: Sequence[str], *, max_records: int = 500) -> BusSource:
        return BusSource(self, group, list(topics), max_records)

    async def append(self, records: Sequence[Record]) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                log_table.insert(),
                [
                    {"topic": r.topic, "key": r.key, "value": r.value, "headers": _encode_headers(r.headers)}
                    for r in records
                ],
            )
        for listener in self._listeners:
            listener.set()

    async def topic_records(self, topic: str) -> list[Delivery]:
        """Everything on a topic, for tests and tools (Kafka's equivalent is a fresh consumer)."""
        async with self.engine.connect() as connection:
            rows = await connection.execute(
                select(log_table).where(log_table.c.topic == topic).order_by(log_table.c.offset)
            )
            return [_delivery(row) for row in rows]


def _delivery(row: object) -> Delivery:
    return Delivery(row.topic, 0, row.offset, row.key, row.value, _decode_headers(row.headers))  # type: ignore[attr-defined]


class BusPublisher:
    def __init__(self, bus: InProcessBus) -> None:
        self.bus = bus

    async def start(self) -> None:
        pass  # nothing to connect to

    async def stop(self) -> None:
        pass

    async def publish(self, records: Sequence[Record]) -> None:
        await self.bus.append(records)

    async def newest_ids(self, topic: str, per_partition: int) -> set[str]:
        async with self.bus.engine.connect() as connection:
            rows = await connection.execute(
                select(log_table.c.headers)
                .where(log_table.c.topic == topic)
                .order_by(log_table.c.offset.desc())
                .limit(per_partition)  # one partition
            )
            return {i for row in rows if (i := event_id_of(_decode_headers(row.headers))) is not None}


class BusSource:
    def __init__(self, bus: InProcessBus, group: str, topics: list[str], max_records: int) -> None:
        self.bus, self.group, self.topics, self.max_records = bus, group, topics, max_records
        self._wakeup = asyncio.Event()
        self._next: dict[str, int] = {}
        self._end: dict[str, int] = {}

    async def start(self) -> None:
        self.bus._listeners.add(self._wakeup)
        async with self.bus.engine.connect() as connection:
            rows = await connection.execute(
                select(offsets_table.c.topic, offsets_table.c.next_offset).where(
                    offsets_table.c.consumer_group == self.group
                )
            )
            self._next = {topic: 0 for topic in self.topics} | {row.topic: row.next_offset for row in rows}

    async def stop(self) -> None:
        self.bus._listeners.discard(self._wakeup)

    async def fetch(self, timeout: float) -> list[list[Delivery]]:
        return await _read_or_wait(self._read, self._wakeup, timeout)

    async def _read(self) -> list[list[Delivery]]:
        batches = []
        async with self.bus.engine.connect() as connection:
            for topic in self.topics:
                rows = await connection.execute(
                    select(log_table)
                    .where(log_table.c.topic == topic, log_table.c.offset >= self._next[topic])
                    .order_by(log_table.c.offset)
                    .limit(self.max_records)
                )
                batch = [_delivery(row) for row in rows]
                if batch:
                    batches.append(batch)
                end = await connection.scalar(
                    select(log_table.c.offset)
                    .where(log_table.c.topic == topic)
                    .order_by(log_table.c.offset.desc())
                )
                self._end[topic] = (end or 0) + 1
        return batches

    async def commit(self, done: list[list[Delivery]]) -> None:
        async with self.bus.engine.begin() as connection:
            for batch in done:
                last = batch[-1]
                values = {"consumer_group": self.group, "topic": last.topic, "next_offset": last.offset + 1}
                await connection.execute(
                    sqlite_insert(offsets_table)
                    .values(values)
                    .on_conflict_do_update(
                        index_elements=["consumer_group", "topic"], set_={"next_offset": last.offset + 1}
                    )
                )
        for batch in done:
            self._next[batch[-1].topic] = batch[-1].offset + 1

    def rewind(self, fetched: list[Delivery]) -> None:
        pass  # the read position only moves on commit, so uncommitted records come again anyway

    def lag(self) -> dict[tuple[str, int], int]:
        return {(topic, 0): max(0, self._end.get(topic, 0) - nxt) for topic, nxt in self._next.items()}


class BusTail:
    """One topic read by this process for itself, from its beginning or from its end: no group, no
    offset kept (`sessions.Tail`)."""

    def __init__(
        self, bus: InProcessBus, topic: str, *, max_records: int = 500, from_end: bool = False
    ) -> None:
        self.bus, self.topic, self.max_records = bus, topic, max_records
        self._from_end = from_end
        self._wakeup = asyncio.Event()
        self._next = 0
        self._at_end = False

    async def start(self) -> None:
        await self.bus.start()
        self.bus._listeners.add(self._wakeup)
        if self._from_end:
            async with self.bus.engine.connect() as connection:
                newest = await connection.scalar(
                    select(func.max(log_table.c.offset)).where(log_table.c.topic == self.topic)
                )
            self._next = (newest or 0) + 1

    async def stop(self) -> None:
        self.bus._listeners.discard(self._wakeup)

    async def fetch(self, timeout: float) -> list[Delivery]:
        return await _read_or_wait(self._read, self._wakeup, timeout)

    async def at_end(self) -> bool:
        """Whether the last read found nothing more (the bus is in this process: nothing is in flight)."""
        return self._at_end

    async def _read(self) -> list[Delivery]:
        async with self.bus.engine.connect() as connection:
            rows = await connection.execute(
                select(log_table)
                .where(log_table.c.topic == self.topic, log_table.c.offset >= self._next)
                .order_by(log_table.c.offset)
                .limit(self.max_records)
            )
            deliveries = [_delivery(row) for row in rows]
        if deliveries:
            self._next = deliveries[-1].offset + 1
        self._at_end = len(deliveries) < self.max_records
        return deliveries


async def _read_or_wait(
    read: Callable[[], Awaitable[list[R]]], wakeup: asyncio.Event, timeout: float
) -> list[R]:
    """What `read` finds now, or, when nothing, what it finds once the bus is written to (at most
    `timeout` seconds from now: then nothing)."""
    found = await read()
    if not found:
        wakeup.clear()
        try:
            await asyncio.wait_for(wakeup.wait(), timeout)
        except TimeoutError:
            return []
        found = await read()
    return found
