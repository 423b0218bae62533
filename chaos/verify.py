"""The checks after each fault: for every command answered 2xx, its events are in the service's store,
on its topic and in the projection's read models, each exactly once; nothing else of this run appeared.

The topic is read by a background consumer (no group, from the beginning, every `shuniu.*` topic) that
counts each record's `ce_id`, so a record published twice shows as a duplicate."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from aiokafka import AIOKafkaConsumer

SERVICES = ("documents", "supervision", "meetings", "reception")
TOPICS = {service: f"shuniu.{service}.events" for service in SERVICES}
# The projection's board each service's commands of the load make a row in.
READ_MODEL = {"documents": "documents", "supervision": "tasks", "meetings": "meetings", "reception": "visits"}


def plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


@dataclass
class TopicWatcher:
    bootstrap: str
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # A change of subscription (a new DLQ topic matching the pattern) makes the consumer read its
    # partitions again from the beginning: each (topic, partition, offset) is counted once.
    _seen: set[tuple[str, int, int]] = field(default_factory=set)
    subjects: dict[str, str] = field(default_factory=dict)
    records: dict[str, list[tuple[dict[str, bytes], bytes]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    async def _run(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=None,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            metadata_max_age_ms=2000,
        )
        await consumer.start()
        consumer.subscribe(pattern=re.compile(r"^shuniu\..*"))
        try:
            while True:
                batch = await consumer.getmany(timeout_ms=500)
                for messages in batch.values():
                    for message in messages:
                        where = (message.topic, message.partition, message.offset)
                        if where in self._seen:
                            continue
                        self._seen.add(where)
                        headers = dict(message.headers or ())
                        ce_id = headers.get("ce_id", b"").decode(errors="replace")
                        if message.topic.endswith(".dlq"):
                            self.records[message.topic].append((headers, message.value or b""))
                        self.counts[message.topic][ce_id] += 1
                        if ce_id:
                            self.subjects[ce_id] = headers.get("ce_subject", b"").decode(errors="replace")
        finally:
            await consumer.stop()


@dataclass
class Check:
    ok: bool
    problems: list[str]
    figures: dict[str, Any]
    # Records published more than once: they do not go away with time, so they do not hold up
    # convergence, but they break "exactly once on the topic" and are reported as such.
    doubled: list[str] = field(default_factory=list)


async def check(
    run: str, commands: dict[str, set[str]], database_urls: dict[str, str], topics: TopicWatcher
) -> Check:
    problems: list[str] = []
    doubles: list[str] = []
    figures: dict[str, Any] = {}
    tag = f"%chaos-{run}-%"
    projection = await asyncpg.connect(plain(database_urls["projection"]), timeout=3)
    try:
        for kind, ids in commands.items():
            store = await asyncpg.connect(plain(database_urls[kind]), timeout=3)
            try:
                rows = await store.fetch(
                    "SELECT stream_id, event_id, version FROM events WHERE stream_id = ANY($1::text[])",
                    list(ids),
                )
                created = {
                    r["stream_id"]
                    for r in await store.fetch(
                        "SELECT stream_id FROM events WHERE version = 1 AND data::text LIKE $1", tag
                    )
                }
                outbox_pending = await store.fetchval("SELECT count(*) FROM outbox")
            finally:
                await store.close()
            by_stream: dict[str, list[int]] = defaultdict(list)
            store_events = {}
            for row in rows:
                by_stream[row["stream_id"]].append(row["version"])
                store_events[row["event_id"]] = row["stream_id"]
            missing_streams = ids - set(by_stream)
            gapped = [
                s
                for s, versions in by_stream.items()
                if sorted(versions) != list(range(1, len(versions) + 1))
            ]
            phantom = created - ids
            if missing_streams:
                problems.append(
                    f"{kind}: {len(missing_streams)} accepted commands without events in the store"
                )
            if gapped:
                problems.append(f"{kind}: {len(gapped)} streams with a gap or a repeated version")
            if phantom:
                problems.append(f"{kind}: {len(phantom)} streams of this run that no 2xx answered for")
            # the topic
            counts = topics.counts[TOPICS[kind]]
            not_published = [e for e in store_events if counts[e] == 0]
            doubled = [e for e in store_events if counts[e] > 1]
            foreign = [e for e, n in counts.items() if n and topics.subjects.get(e) in phantom]
            if not_published:
                problems.append(
                    f"{kind}: {len(not_published)} events not on {TOPICS[kind]} "
                    f"({outbox_pending} rows still in its outbox)"
                )
            if doubled:
                doubles.append(f"{kind}: {len(doubled)} events on {TOPICS[kind]} more than once")
            if foreign:
                problems.append(f"{kind}: {len(foreign)} events on the topic for streams no 2xx answered for")
            # the read models
            timeline = await projection.fetch(
                "SELECT event_id, stream_id FROM timeline WHERE service = $1 AND stream_id = ANY($2::text[])",
                kind,
                list(ids | phantom),
            )
            projected = Counter(r["event_id"] for r in timeline)
            not_projected = [e for e in store_events if projected[e] == 0]
            extra = [e for e in projected if e not in store_events]
            projected_twice = [e for e, n in projected.items() if n > 1]
            versions = {
                r["stream_id"]: r["version"]
                for r in await projection.fetch(
                    "SELECT stream_id, version FROM objects WHERE service = $1 AND stream_id = ANY($2::text[])",
                    kind,
                    list(ids),
                )
            }
            behind = [s for s, v in by_stream.items() if versions.get(s) != max(v)]
            rows_in_board = await projection.fetchval(
                f"SELECT count(*) FROM {READ_MODEL[kind]} WHERE stream_id = ANY($1::text[])", list(ids)
            )
            if not_projected:
                problems.append(f"{kind}: {len(not_projected)} events not in the projection's timeline")
            if extra:
                problems.append(f"{kind}: {len(extra)} events in the timeline that the store does not have")
            if projected_twice:
                problems.append(f"{kind}: {len(projected_twice)} events in the timeline more than once")
            if behind:
                problems.append(f"{kind}: {len(behind)} objects whose projected version is not the store's")
            if rows_in_board != len(ids):
                problems.append(
                    f"{kind}: {rows_in_board} rows in the {READ_MODEL[kind]} board for {len(ids)} commands"
                )
            figures[kind] = {
                "accepted": len(ids),
                "accepted_without_events": len(missing_streams),
                "events_in_store": len(store_events),
                "on_topic": sum(1 for e in store_events if counts[e]),
                "duplicate_records_on_topic": sum(counts[e] - 1 for e in doubled),
                "in_timeline": sum(1 for e in store_events if projected[e]),
                "duplicate_rows_in_timeline": sum(n - 1 for n in projected.values() if n > 1),
                "board_rows": rows_in_board,
                "outbox_pending": outbox_pending,
            }
    finally:
        await projection.close()
    return Check(not problems, problems, figures, doubles)


async def converge(
    run: str,
    commands: dict[str, set[str]],
    database_urls: dict[str, str],
    topics: TopicWatcher,
    timeout: float = 120.0,
) -> tuple[float | None, Check]:
    """Polls until every check holds; the seconds it took (None if it never did) and the last check."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    last = Check(False, ["not checked"], {})
    while loop.time() - began < timeout:
        try:
            last = await check(run, commands, database_urls, topics)
        except (TimeoutError, OSError, asyncpg.PostgresError) as error:
            last = Check(False, [f"check failed: {type(error).__name__}: {error}"], {})
        if last.ok:
            return loop.time() - began, last
        await asyncio.sleep(0.5)
    return None, last
