"""A consumer whose effect is not idempotent by itself: it adds to running totals.

Applying an event twice would show as a wrong total, so the totals prove exactly-once effects.
Run as a process by the crash test: ``python -m tests.platform.effects DATABASE_URL BOOTSTRAP TOPIC GROUP``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from shuniu_shared.consumer import Consumer
from shuniu_shared.database import create_engine
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, UnitOfWork
from shuniu_shared.kafka import KafkaPublisher, KafkaSource
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlalchemy.dialects.postgresql import insert

from tests.platform.sample import registry

effects_metadata = MetaData()
totals = Table(
    "totals",
    effects_metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("total", Integer, nullable=False),
    Column("applied", Integer, nullable=False),
)
members = Table(
    "applied_by_member",
    effects_metadata,
    Column("member", Integer, primary_key=True),  # the consumer process's pid
    Column("applied", Integer, nullable=False),
)
MIGRATIONS = PLATFORM_MIGRATIONS.and_then(Path(__file__).parent / "effects_versions")


async def add_to_total(envelope: Envelope, uow: UnitOfWork) -> None:
    await uow.connection.execute(
        insert(totals)
        .values(stream_id=envelope.subject, total=envelope.data["by"], applied=1)
        .on_conflict_do_update(
            index_elements=["stream_id"],
            set_={"total": totals.c.total + envelope.data["by"], "applied": totals.c.applied + 1},
        )
    )
    await uow.connection.execute(
        insert(members)
        .values(member=os.getpid(), applied=1)
        .on_conflict_do_update(index_elements=["member"], set_={"applied": members.c.applied + 1})
    )


async def main(database_url: str, bootstrap: str, topic: str, group: str) -> None:
    engine = create_engine(database_url)
    await migrate(engine, MIGRATIONS)
    consumer = Consumer(
        group=group,
        store=EventStore(engine, registry),
        handler=add_to_total,
        source=KafkaSource(bootstrap, group, [topic], max_records=200),
        dead_letters=KafkaPublisher(bootstrap),
    )
    stopping = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
    print("consuming", flush=True)
    await consumer.run(stopping)
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
