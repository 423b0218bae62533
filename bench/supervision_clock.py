"""The supervision service's figures on a durable PostgreSQL: opening tasks from source events, the
deadline clock firing with two replicas, and the office's views over many tasks.

Starts a *durable* PostgreSQL (fsync on), runs two runtimes of the supervision service on one fresh
database (two replicas, sharing an in-process bus), and measures:

- tasks opened per second from 批示 events on the bus by one replica (consumer: dedupe row +
  natural-key check + event + read-model rows + deadlines, one transaction per batch), with every
  event also republished under a new id (the copies must open nothing). One replica, because the
  in-process bus gives each runtime of a group every record (Kafka would split the partitions);
- deadlines fired per second: the N approaching reminders by one replica, then the N overdue ones by
  two replicas at once (each exactly once: checked);
- the latency of the views with N tasks: a page of red tasks, the lights per department, the on-time
  rates (median of 20 calls through the HTTP app, token check included).

`uv run --frozen python -m bench.supervision_clock [--tasks N]`
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from shuniu_infra.postgres import create_database
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import events_table
from shuniu_shared.records import Record
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.bootstrap import build
from sqlalchemy import func, select

from bench.common import bench_directory, durable_postgres

SECRET = "the benchmark's development secret, long enough for HS256 signing"
MONDAY = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
DEPARTMENTS = ["finance", "education", "agriculture", "union"]


def instruction(n: int) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.documents.incoming.instructed.v1",
        source="/shuniu/documents",
        subject=f"in-{n}",
        time=MONDAY,
        sequence=3,
        data={
            "document_id": f"in-{n}",
            "receipt_number": f"收〔2026〕{n}号",
            "title": "关于下达春耕备耕资金的通知",
            "classification": "none",
            "urgency": None,
            "instruction": "请按时办理。",
            "leader": "fang",
            "lead_department": DEPARTMENTS[n % len(DEPARTMENTS)],
            "co_departments": [],
            "deadline": "2026-04-10",  # a Friday: reminders on Tuesday 7 April, overdue from the 11th
            "instructed_on": "2026-03-09",
        },
    )


async def count(runtime: ServiceRuntime, ce_type: str) -> int:
    async with runtime.store.engine.connect() as connection:
        query = select(func.count()).select_from(events_table).where(events_table.c.type == ce_type)
        return int(await connection.scalar(query) or 0)


async def median_ms(client: httpx.AsyncClient, path: str, params: dict, token: str) -> float:
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        response = await client.get(path, params=params, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


async def measure(url: str, base: Path, tasks: int) -> list[tuple[str, str]]:
    clock = TestClock(MONDAY)
    definition = build(Policy())
    bus = InProcessBus(f"sqlite+aiosqlite:///{base / 'bus.sqlite3'}")
    settings = Settings(
        service="supervision",
        database_url=url,
        var_dir=base,
        jwt_secret=SECRET,
        log_level="WARNING",
        log_json=False,
        deadline_poll_seconds=3600,  # the benchmark fires the clock itself
    )
    replicas = [ServiceRuntime(definition, settings, clock=clock, bus=bus) for _ in "ab"]
    apps = [replica.app() for replica in replicas]
    figures = []
    token = issue_dev_token(settings, "feng", "冯主任", "office", ["office_director"], "机密")
    async with apps[0].router.lifespan_context(apps[0]):
        originals = [instruction(n) for n in range(tasks)]
        copies = [Envelope(**(vars(e) | {"id": str(uuid.uuid4())})) for e in originals]
        started = time.perf_counter()
        for start in range(0, tasks, 500):
            await bus.append(
                [Record.of("shuniu.documents.events", e) for e in originals[start : start + 500]]
            )
            await bus.append([Record.of("shuniu.documents.events", e) for e in copies[start : start + 500]])
        opened_type = "shuniu.supervision.task.opened.v1"
        while await count(replicas[0], opened_type) < tasks:
            await asyncio.sleep(0.05)
        elapsed = time.perf_counter() - started
        figures.append(("tasks opened from 批示 events (every event twice)", f"{tasks / elapsed:8.1f} /s"))

        clock.advance(timedelta(days=29))  # Tuesday 7 April, 09:00: every reminder is due
        started = time.perf_counter()
        assert replicas[0].scheduler is not None
        fired = await replicas[0].scheduler.fire_due()
        figures.append(
            ("approaching reminders fired, one replica", f"{fired / (time.perf_counter() - started):8.1f} /s")
        )

        async with apps[1].router.lifespan_context(apps[1]):
            clock.advance(timedelta(days=4))  # Saturday 11 April: every task is overdue
            started = time.perf_counter()
            both = await asyncio.gather(*(r.scheduler.fire_due() for r in replicas if r.scheduler))
            elapsed = time.perf_counter() - started
            figures.append(
                ("overdue deadlines fired, two replicas at once", f"{sum(both) / elapsed:8.1f} /s")
            )
            approaching = await count(replicas[0], "shuniu.supervision.task.deadline_approaching.v1")
            overdue = await count(replicas[0], "shuniu.supervision.task.overdue.v1")
            assert (await count(replicas[0], opened_type), approaching, overdue) == (tasks, tasks, tasks)

            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=apps[0]), base_url="http://s"
            ) as client:
                for label, path, params in (
                    ("GET /tasks?light=red&limit=50", "/tasks", {"light": "red", "limit": 50}),
                    (
                        "GET /tasks/overdue?department=finance",
                        "/tasks/overdue",
                        {"department": "finance", "limit": 50},
                    ),
                    ("GET /views/lights", "/views/lights", {}),
                    ("GET /views/completion-rates", "/views/completion-rates", {}),
                ):
                    figures.append(
                        (
                            f"{label} over {tasks} tasks (median)",
                            f"{await median_ms(client, path, params, token):8.1f} ms",
                        )
                    )
    await bus.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=2000, help="how many tasks")
    tasks = parser.parse_args().tasks
    with bench_directory() as base, durable_postgres(base) as postgres:
        url = create_database(postgres.url(), "supervision_bench")
        figures = asyncio.run(measure(url, base, tasks))
    print(f"supervision on durable PostgreSQL, {tasks} tasks")
    for label, figure in figures:
        print(f"  {label:<64} {figure}")


if __name__ == "__main__":
    main()
