"""Rebuilding the read models from the topics, which keep every event for ever.

The projection's database is disposable: a rebuild reads every service's topic from the beginning,
under a consumer group of its own, into an empty database, through exactly the code that builds the
read models live — so the result must be, and is tested to be, the same tables. It is also how the
projection's rebuild speed is measured (`make bench`).

    SHUNIU_SERVICE=projection SHUNIU_DATABASE_URL=postgresql+asyncpg://…/projection_next \\
    SHUNIU_KAFKA_BOOTSTRAP=… shuniu rebuild-projection

Switching the live service to the rebuilt database is then a deployment step: point
`SHUNIU_DATABASE_URL` at it and restart, and the service goes on from the rebuild's own offsets.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from shuniu_shared.envelope import Envelope
from shuniu_shared.errors import OutOfTurn
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.migrations import migrate
from shuniu_shared.runtime import ServiceRuntime, Subscription
from sqlalchemy import func, select

from shuniu_projection.adapters.tables import timeline
from shuniu_projection.bootstrap import INTAKE, READ_MODEL_SUBSCRIPTION

QUIET_SECONDS = 1.5  # no new event for this long, with nothing left on the topics: caught up
JOIN_SECONDS = 15.0  # topics that stay empty this long after the rebuild starts: nothing to rebuild


@dataclass(frozen=True)
class Rebuilt:
    group: str
    events: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


async def rebuild(
    runtime: ServiceRuntime,
    *,
    quiet_seconds: float = QUIET_SECONDS,
    progress: Callable[[int, int], None] | None = None,
) -> Rebuilt:
    """Fill this runtime's empty database from the beginning of every topic, then stop. `progress`
    is told, as the rebuild goes, how many events were handled and how many there are as far as is
    known (the handled ones and the consumer's lag behind the ends of the partitions it was given)."""
    await migrate(runtime.engine, runtime.definition.migrations)
    async with runtime.engine.connect() as connection:
        if await connection.scalar(select(func.count()).select_from(timeline)):
            raise OutOfTurn("重建须从空库开始", "a rebuild starts from an empty database")
    live = READ_MODEL_SUBSCRIPTION
    group = f"{live.group}.rebuild-{uuid.uuid4().hex[:8]}"
    # When the first and the latest event were handled: the rate is timed from the first event, not
    # the group's joining; and quiet is judged from the latest handled, not from `consumer.applied`,
    # which moves only when a whole batch commits (a batch can take longer than the quiet period).
    first_handled: list[float] = []
    last_handled = [time.monotonic()]
    handled = [0]

    async def handle_all(envelopes: list[Envelope], uow: UnitOfWork) -> None:
        if not first_handled:
            first_handled.append(time.monotonic())
        await INTAKE.batch(envelopes, uow)
        last_handled[0] = time.monotonic()
        handled[0] += len(envelopes)

    async def handle(envelope: Envelope, uow: UnitOfWork) -> None:
        await handle_all([envelope], uow)

    consumer = runtime.consumer_for(Subscription(group, live.topics, handle, handle_all))
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer.run(stopping))
    began = time.monotonic()
    while not running.done():
        await asyncio.sleep(0.01)
        if progress is not None:
            progress(handled[0], handled[0] + sum(consumer.source.lag().values()))
        if (
            time.monotonic() - last_handled[0] >= quiet_seconds
            and not any(consumer.source.lag().values())
            # Before its first event the consumer may still be joining the group (nothing assigned,
            # so no lag either): quiet then means caught up only once a join has surely had its time.
            and (first_handled or time.monotonic() - began >= JOIN_SECONDS)
        ):
            break
    stopping.set()
    await running
    return Rebuilt(group, consumer.applied, last_handled[0] - first_handled[0] if first_handled else 0.0)
