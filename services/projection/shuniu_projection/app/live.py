"""实时推送 Live pushes: an open console is told which objects changed, once the read models have them.

A console that shows the desk, a board or an object's screen opens one server-sent-events stream
(`GET /live`) and re-reads what it shows when an object it may see has changed. Two things make this
less simple than forwarding the events:

- **After the read models, not after the owner.** A console that re-reads the desk the moment the
  owner recorded a 批示 would read the desk as it was. So an event is pushed only when the projection
  has applied it: its object's row here has reached the event's version (the same test as
  read-your-writes, `freshness.caught_up`).
- **Every replica tells its own consoles.** With two projection replicas, each applies the events of
  its own partitions, but a console is connected to one of them. So each replica reads the services'
  topics a second time for itself, from their end and in no group (`ServiceRuntime.tail`), and keeps
  the events it has read until the shared read model has them — whichever replica applied them.

Who is told is what the owner decided: the event's own audience (`ce_audience`), the rule every
dashboard applies. The message names the object and the kind of event, never its fields; the console
re-reads through the dashboards, which apply the audience again. An event whose object the read models
never reach in `GIVE_UP_SECONDS` (dead-lettered) is dropped: the console's next read is still right.
A console too slow to take its messages is told to re-read everything instead (`resync`), rather
than the feed holding messages for it without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

import structlog
from shuniu_shared.directory import Directory
from shuniu_shared.envelope import Envelope, MalformedRecord
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.sessions import Tail
from shuniu_shared.web.auth import Principal
from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_projection.adapters.tables import objects
from shuniu_projection.app import freshness
from shuniu_projection.app.intake import event_kind

log = structlog.get_logger()

POLL_SECONDS = 0.1  # how long a topic's read waits for records, and an idle feed for an event
GIVE_UP_SECONDS = 30.0
QUEUE_LIMIT = 200  # messages waiting for one console before it is told to re-read everything


@dataclass(frozen=True)
class Change:
    """What a console is told: which object, and what happened to it."""

    service: str
    aggregate: str
    id: str
    version: int
    type: str

    def as_dict(self) -> dict[str, str | int]:
        return {
            "service": self.service,
            "aggregate": self.aggregate,
            "id": self.id,
            "version": self.version,
            "type": self.type,
        }


RESYNC = Change("", "", "", 0, "resync")


@dataclass(eq=False)
class Console:
    """One open stream: whose it is, and what waits to be sent to it."""

    principal: Principal
    queue: asyncio.Queue[Change] = field(default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))

    def offer(self, change: Change) -> None:
        try:
            self.queue.put_nowait(change)
        except asyncio.QueueFull:
            # Too slow to keep up: what it missed is replaced by one request to re-read everything.
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(RESYNC)


@dataclass
class _Waiting:
    envelope: Envelope
    since: float


_feeds: weakref.WeakKeyDictionary[ServiceRuntime, LiveFeed] = weakref.WeakKeyDictionary()


def feed_of(runtime: ServiceRuntime) -> LiveFeed:
    """The runtime's one feed: its consoles and the events held for them."""
    if runtime not in _feeds:
        _feeds[runtime] = LiveFeed(runtime.engine, runtime.directory)
    return _feeds[runtime]


class LiveFeed:
    def __init__(self, engine: AsyncEngine, directory: Directory) -> None:
        self.engine, self.directory = engine, directory
        self.consoles: set[Console] = set()
        self._waiting: list[_Waiting] = []
        # The topics are read only once somebody is listening: a replica nobody opens a console on
        # (most test runs, a replica kept for rebuilds) does not read every event twice for nobody.
        self.wanted = asyncio.Event()
        self.following = asyncio.Event()  # the topics' ends found: what is published from now is seen

    @contextlib.asynccontextmanager
    async def open(self, principal: Principal) -> AsyncIterator[Console]:
        console = Console(principal)
        self.consoles.add(console)
        self.wanted.set()
        try:
            yield console
        finally:
            self.consoles.discard(console)

    def read(self, envelope: Envelope, now: float) -> None:
        """An event read off a topic: held until the read models have it, if anyone could be told."""
        if self.consoles and envelope.audience is not None:
            self._waiting.append(_Waiting(envelope, now))

    @property
    def holding(self) -> bool:
        """Whether events read wait for the read models to have them."""
        return bool(self._waiting)

    async def push_applied(self, now: float) -> int:
        """Tell each console of the held events the read models now have; return how many were told."""
        if not self._waiting:
            return 0
        keys = {(event_kind(w.envelope.type)[0], w.envelope.subject) for w in self._waiting}
        async with self.engine.connect() as connection:
            rows = await connection.execute(
                select(objects.c.service, objects.c.stream_id, objects.c.version).where(
                    tuple_(objects.c.service, objects.c.stream_id).in_(sorted(keys))
                )
            )
            reached = {(row.service, row.stream_id): row.version for row in rows}
        still, told = [], 0
        for waiting in self._waiting:
            envelope = waiting.envelope
            service, aggregate, _ = event_kind(envelope.type)
            if reached.get((service, envelope.subject), 0) >= envelope.sequence:
                told += self._tell(
                    envelope, Change(service, aggregate, envelope.subject, envelope.sequence, envelope.type)
                )
            elif now - waiting.since < GIVE_UP_SECONDS:
                still.append(waiting)
        self._waiting = still
        return told

    def _tell(self, envelope: Envelope, change: Change) -> int:
        assert envelope.audience is not None
        told = 0
        for console in self.consoles:
            if console.principal.sees(envelope.audience, self.directory):
                console.offer(change)
                told += 1
        return told


async def follow(
    feed: LiveFeed, runtime: ServiceRuntime, topics: Sequence[str], stopping: asyncio.Event
) -> None:
    """Read `topics` from their end for this replica's consoles, and push what the read models reach."""
    while not feed.wanted.is_set():
        if stopping.is_set():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(feed.wanted.wait(), POLL_SECONDS * 10)
    tails = [runtime.tail(topic, from_end=True) for topic in topics]
    for tail in tails:
        await tail.start()
    feed.following.set()
    loop = asyncio.get_running_loop()
    arrived = asyncio.Event()

    async def read(tail: Tail) -> None:
        # Each topic read on its own: a quiet topic's wait for records never holds back a busy
        # one's (one round over all of them waited out the quiet ones' timeout every time).
        while not stopping.is_set():
            for delivery in await tail.fetch(POLL_SECONDS):
                try:
                    feed.read(Envelope.from_kafka(delivery.headers, delivery.value), loop.time())
                except MalformedRecord:
                    continue  # the read models' consumer dead-letters it; nobody is told of it
                arrived.set()

    readers = [asyncio.create_task(read(tail)) for tail in tails]
    try:
        while not stopping.is_set():
            if feed.holding:
                # An event read here usually reaches the read models a few tens of milliseconds
                # later: asked as often as read-your-writes asks, not once a round.
                await asyncio.sleep(freshness.POLL_SECONDS)
            else:
                arrived.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(arrived.wait(), POLL_SECONDS)
            if any(reader.done() for reader in readers):
                await asyncio.gather(*readers)  # a reader that failed fails the feed, as before
            try:
                await feed.push_applied(loop.time())
            except Exception as error:  # the database away for a moment: the next round tries again
                log.warning("live_push_failed", error=repr(error))
    finally:
        for reader in readers:
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
        for tail in tails:
            await tail.stop()
