"""The deadline scheduler: each due event fires exactly once, across restarts and replicas.

A service schedules a deadline inside the transaction that creates the reason for it (a task's
deadline set, a petition accepted), under a key it chooses (``task-42:approaching:2026-12-01``).
The scheduler fires what is due by the injectable clock: it *claims* a deadline (``fired_at`` set,
only if still unset) and runs its handler — which typically appends an event such as "deadline
approaching" — in one transaction. So:

- exactly once across restarts: the claim commits with the handler's events or not at all;
- exactly once across replicas: on PostgreSQL the row is locked with ``FOR UPDATE SKIP LOCKED``,
  so another replica passes over it, and the claim's ``WHERE fired_at IS NULL`` refuses a second
  claim in any case (on SQLite that guard alone suffices: writers take turns);
- a handler that keeps failing does not block the rest: after ``max_attempts`` the deadline is left
  unfired with its last error recorded, for an operator to see, and the scheduler goes on.

Tests move the clock and call `fire_due()`; production runs `run()`, which polls.
Tested in tests/platform/test_deadlines.py.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import structlog
from opentelemetry.trace import SpanKind
from sqlalchemy import (
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.elements import ColumnElement

from shuniu_shared.database import Instant, is_postgres
from shuniu_shared.errors import ConcurrencyError
from shuniu_shared.eventstore import EventContext, EventStore, Json, UnitOfWork
from shuniu_shared.outages import sqlstate
from shuniu_shared.tracing import own_trace, work_span

log = structlog.get_logger(__name__)

deadlines_metadata = MetaData()
deadlines_table = Table(
    "deadlines",
    deadlines_metadata,
    Column("key", String(300), primary_key=True),
    Column("stream_id", String(200), nullable=False),
    Column("kind", String(100), nullable=False),
    Column("due_at", Instant(), nullable=False),  # UTC on every database, so "due" compares right
    Column("payload", Json, nullable=False),
    Column("fired_at", Instant()),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Index("ix_deadlines_due", "fired_at", "due_at"),
)


LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL: FOR UPDATE NOWAIT found the row locked


@dataclass(frozen=True)
class Deadline:
    key: str
    stream_id: str
    kind: str
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)


DeadlineHandler = Callable[[Deadline, UnitOfWork], Awaitable[None]]


async def schedule(connection: AsyncConnection, deadline: Deadline) -> None:
    """Schedule, or move a deadline that has not fired yet; one that fired is left as it was."""
    insert = postgres_insert if connection.dialect.name == "postgresql" else sqlite_insert
    values = {
        "key": deadline.key,
        "stream_id": deadline.stream_id,
        "kind": deadline.kind,
        "due_at": deadline.due_at,
        "payload": deadline.payload,
        "attempts": 0,
    }
    statement = insert(deadlines_table).values(values)
    if connection.dialect.name == "postgresql":
        await _not_being_fired(connection, deadline)
    await connection.execute(
        statement.on_conflict_do_update(
            index_elements=["key"],
            set_={"due_at": statement.excluded.due_at, "payload": statement.excluded.payload},
            where=deadlines_table.c.fired_at.is_(None),
        )
    )


async def _not_being_fired(connection: AsyncConnection, deadline: Deadline) -> None:
    """Hold the deadline's row before moving it — or, if the scheduler holds it because it is firing
    it right now, lose the race at once instead of waiting. A command moves its object's deadlines
    after appending its events, and the scheduler appends its handler's events after locking the
    deadline; waiting here would be the two waiting for each other (a deadlock on PostgreSQL). Lost,
    the command is decided again on the object as the deadline left it (if it may be retried), or
    its caller reloads: the object did change under it. `_forget_unfired` is the same race, where
    skipping the row is enough."""
    try:
        await connection.execute(
            select(deadlines_table.c.key)
            .where(deadlines_table.c.key == deadline.key)
            .with_for_update(nowait=True)
        )
    except DBAPIError as error:
        if sqlstate(error) == LOCK_NOT_AVAILABLE:
            raise ConcurrencyError(deadline.stream_id) from error
        raise


async def cancel(connection: AsyncConnection, key: str) -> None:
    """Forget a deadline that has not fired (the task closed in time)."""
    await _forget_unfired(connection, deadlines_table.c.key == key)


async def cancel_stream(connection: AsyncConnection, stream_id: str) -> None:
    """Forget every deadline of an object that has not fired (the task was closed or withdrawn)."""
    await _forget_unfired(connection, deadlines_table.c.stream_id == stream_id)


async def _forget_unfired(connection: AsyncConnection, which: ColumnElement[bool]) -> None:
    """Delete the unfired deadlines `which` names — except one the scheduler is firing right now.

    A command cancels its object's deadlines after appending its events; the scheduler locks a
    deadline first and then appends its handler's events to the same object. Waiting for that lock
    would be the two waiting for each other (PostgreSQL saw it as a deadlock while the demo loaded
    on it). So a deadline locked by the scheduler is skipped: the scheduler's append then loses the
    race to this command's, its transaction rolls back unfired, and the next pass fires it on the
    object as it is now, where the handler finds nothing left to do (a closed task is not overdue).
    SQLite has one writer at a time, and nothing to skip."""
    unfired = select(deadlines_table.c.key).where(which, deadlines_table.c.fired_at.is_(None))
    if connection.dialect.name == "postgresql":
        unfired = unfired.with_for_update(skip_locked=True)
    await connection.execute(
        delete(deadlines_table).where(deadlines_table.c.key.in_(unfired.scalar_subquery()))
    )


class DeadlineScheduler:
    def __init__(
        self,
        store: EventStore,
        handlers: Mapping[str, DeadlineHandler],
        *,
        max_attempts: int = 5,
        poll_seconds: float = 1.0,
    ) -> None:
        self.store = store
        self.handlers = dict(handlers)
        self.max_attempts = max_attempts
        self.poll_seconds = poll_seconds
        # The earliest due deadline, built once: a pass runs every second in every service, and
        # building the query afresh cost more CPU than running it (as the relay's, outbox.py).
        due = (
            select(deadlines_table)
            .where(
                deadlines_table.c.fired_at.is_(None),
                deadlines_table.c.due_at <= bindparam("now", type_=Instant()),
                deadlines_table.c.attempts < self.max_attempts,
                deadlines_table.c.kind.in_(self.handlers),
            )
            .order_by(deadlines_table.c.due_at, deadlines_table.c.key)
            .limit(1)
        )
        self._due = due.with_for_update(skip_locked=True) if is_postgres(store.engine) else due

    async def fire_due(self) -> int:
        """Fire every deadline due by the clock's now; return how many fired."""
        now, fired = self.store.clock.now(), 0
        skipped: set[str] = set()  # failed this pass: try again on the next one
        while (outcome := await self._fire_next(now, skipped)) is not None:
            fired += outcome
        return fired

    async def _fire_next(self, now: datetime, skipped: set[str]) -> int | None:
        """Fire the earliest due deadline: 1 if fired, 0 if it failed or another took it, None if none."""
        query = self._due.where(deadlines_table.c.key.not_in(skipped)) if skipped else self._due
        deadline = None
        try:
            async with self.store.unit_of_work(EventContext(actor="system:deadlines")) as uow:
                row = (await uow.connection.execute(query, {"now": now})).first()
                if row is None:
                    return None
                deadline = Deadline(row.key, row.stream_id, row.kind, row.due_at, row.payload)
                claimed = await uow.connection.execute(
                    update(deadlines_table)
                    .where(deadlines_table.c.key == row.key, deadlines_table.c.fired_at.is_(None))
                    .values(fired_at=now)
                )
                if claimed.rowcount != 1:
                    return 0
                # A fired deadline starts a trace of its own: the events it appends, and every
                # reaction to them in other services, are drawn under this span.
                with work_span(
                    self.store.registry.service,
                    f"deadline {row.kind}",
                    SpanKind.INTERNAL,
                    attributes={"shuniu.deadline.kind": row.kind, "shuniu.deadline.stream_id": row.stream_id},
                ) as span:
                    if (own := own_trace(span)) is not None:
                        uow.context = dataclasses.replace(uow.context, traceparent=own.traceparent)
                    await self.handlers[row.kind](deadline, uow)
            return 1
        except ConcurrencyError:
            # The object moved on under the handler (a person acted on it meanwhile): not the
            # deadline's fault, so no attempt is spent; it is tried again, on the new state, next pass.
            assert deadline is not None
            skipped.add(deadline.key)
            return 0
        except Exception as error:
            if deadline is None:
                raise
            skipped.add(deadline.key)
            log.warning("deadline_handler_failed", key=deadline.key, kind=deadline.kind, error=repr(error))
            async with self.store.engine.begin() as connection:
                await connection.execute(
                    update(deadlines_table)
                    .where(deadlines_table.c.key == deadline.key)
                    .values(attempts=deadlines_table.c.attempts + 1, last_error=repr(error)[:2000])
                )
            return 0

    async def run(self, stopping: asyncio.Event) -> None:
        """Fire what is due every `poll_seconds`, the first time one interval after start: a test that
        turns polling off then fires everything itself, with no pass racing it at start-up."""
        while True:
            try:
                await asyncio.wait_for(stopping.wait(), timeout=self.poll_seconds)
                return
            except TimeoutError:
                pass
            try:
                await self.fire_due()
            except Exception as error:  # the database is down: try again on the next tick
                log.warning("deadline_scheduler_failed", error=repr(error))
