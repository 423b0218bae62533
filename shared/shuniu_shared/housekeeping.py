"""Forgetting what no longer protects anything: inbox rows and idempotency keys past their retention.

Both tables grow with every event consumed and every command retried-by-key; without pruning they
only grow, and so do the indexes every consume and every keyed command probes.

Why deleting old rows is safe:

* **The inbox** (``processed_events``) guards against applying one event twice. A consumer sees an
  event again only when it is delivered again: after a restart or rebalance, from the group's last
  committed offset — events handled seconds or minutes ago, since offsets are committed with every
  fetch; or when the relay publishes a batch twice, which its exactly-once check prevents and which
  could only happen right after the first publish. Seven days (the default) is far beyond both. What
  the retention forbids is resetting a live group's offsets further back than it: such a replay
  would apply old events again. A rebuild never does that — it reads under a fresh group into an
  empty database (``rebuild-projection``); a dead letter sent back to its topic after a fix
  (``dlq redrive``) is wanted applied, so its row may go too.
* **Idempotency keys** let a client retry a command and get the first answer. Clients retry within
  seconds or minutes; the IETF draft leaves the expiry to the server and common APIs keep keys for
  24 hours (the default). A retry later than that is a new command.

Rows are deleted in batches of at most `batch` so that no transaction holds many row locks or a
long write lock on SQLite; several replicas may prune at once — deleting a deleted row is nothing.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

import structlog
from sqlalchemy import Table, delete, select, tuple_
from sqlalchemy.sql.elements import ColumnElement

from shuniu_shared.eventstore import EventStore, processed_table
from shuniu_shared.web.commands import idempotency_table

log = structlog.get_logger("shuniu.housekeeping")


@dataclass(frozen=True)
class Pruned:
    inbox: int
    idempotency_keys: int


class Housekeeper:
    def __init__(
        self,
        store: EventStore,
        *,
        inbox_retention: timedelta,
        idempotency_retention: timedelta,
        every_seconds: float,
        batch: int = 5_000,
    ) -> None:
        self.store = store
        self.inbox_retention = inbox_retention
        self.idempotency_retention = idempotency_retention
        self.every_seconds = every_seconds
        self.batch = batch

    async def run(self, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            pruned = await self.prune()
            if pruned.inbox or pruned.idempotency_keys:
                log.info("pruned", inbox=pruned.inbox, idempotency_keys=pruned.idempotency_keys)
            try:
                await asyncio.wait_for(stopping.wait(), self.every_seconds)
            except TimeoutError:
                pass

    async def prune(self) -> Pruned:
        """Delete every row past its retention, batch by batch; how many of each went."""
        now = self.store.clock.now()
        inbox = await self._prune(
            processed_table,
            processed_table.c.processed_at < now - self.inbox_retention,
            (processed_table.c.consumer_group, processed_table.c.event_id),
        )
        keys = await self._prune(
            idempotency_table,
            idempotency_table.c.created_at < now - self.idempotency_retention,
            (idempotency_table.c.scope, idempotency_table.c.key),
        )
        return Pruned(inbox, keys)

    async def _prune(
        self, table: Table, expired: ColumnElement[bool], key: tuple[ColumnElement[str], ...]
    ) -> int:
        total = 0
        while True:
            oldest = select(*key).where(expired).limit(self.batch)
            async with self.store.engine.begin() as connection:
                deleted = (await connection.execute(delete(table).where(tuple_(*key).in_(oldest)))).rowcount
            total += deleted
            if deleted < self.batch:
                return total
