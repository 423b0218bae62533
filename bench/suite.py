"""`make bench`: issue #10's table from one run on the local multi-process stack, every figure beside its
baseline measured in the same run.

Starts a durable PostgreSQL (fsync on) and a Kafka 4.1 broker, then every service of `make stack` as its
own process (the same commands and environment as `python -m shuniu_infra stack`, on free ports, with
the gateway's per-user rate limit lifted so that the load is not refused), plus the baselines:

- a plain FastAPI + asyncpg endpoint (`bench/baseline.py`) inserting the same `documents` row, with no
  events and no Kafka, behind a second gateway process — the gateway routes only to its five named
  upstreams, so the second gateway is the same `python -m shuniu_gateway` with
  `SHUNIU_UPSTREAM_DOCUMENTS` pointing at the baseline;
- the `eventsourcing` library's PostgreSQL application recorder appending the same ~1 KB events;
- raw aiokafka produce (acks=all, idempotent) and consume, as `bench.platform` and `bench.projection`.

Then measures: commands/s behind the HAProxy front door and through the Python gateway alone (closed
loop, alternating Shuniu and baseline rounds, CPU per command by program),
p50/p99 at half that rate with each command's commit → dashboard lag, appends with 1 and 16 writers,
relay publication, projection rebuild, the overview dashboard's p99 at 10 k and at 1 M stored events
(100 k with --quick), and the resident memory of every process after the load and of `make dev`
after its demo has settled.

Writes docs/bench/report.md and docs/bench/report.json, then runs the search bench
(`bench/documents_search.py`, docs/bench/search.md), the typesetting bench
(`bench/documents_typesetting.py`, docs/bench/typesetting.md) and the live console's bench
(`bench/notifications.py`, docs/bench/notifications.md).
`python -m bench [--quick] [--only commands|search|typesetting|notifications|front-door|flat]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import httpx
from shuniu_gateway.front_door import SERVICES as FRONT_DOOR_SERVICES
from shuniu_gateway.front_door import environment as front_door_environment
from shuniu_gateway.front_door import haproxy_config
from shuniu_infra.haproxy import HAProxyServer
from shuniu_infra.postgres import PostgresServer, create_database
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_infra.stack import service_command, service_environment
from shuniu_infra.support import terminate
from shuniu_projection.adapters.tables import metadata as projection_tables
from shuniu_projection.app.counts import recount
from shuniu_projection.app.rebuild import rebuild
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import EventStore, outbox_table
from shuniu_shared.kafka import FETCH_MAX_WAIT_MS, ensure_topics
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from shuniu_shared.runtime import ServiceRuntime
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bench import documents_search, documents_typesetting, flat, front_door
from bench import platform as platform_bench
from bench import projection as projection_bench
from bench.common import (
    REPORTS,
    ROOT,
    SECRET,
    bench_directory,
    cpu_by_program,
    durable_postgres,
    free_port,
    kafka_broker,
    load_average,
    machine,
    machine_line,
    percentile,
    resident_mib,
    wait_until_up,
    write_report,
)
from bench.drain import drained
from tests.test_make_dev_demo import overview_once_settled

UNLIMITED = {
    "SHUNIU_GATEWAY_RATE_LIMIT_PER_SECOND": "1000000000",
    "SHUNIU_GATEWAY_RATE_LIMIT_BURST": "1000000000",
}


@dataclass(frozen=True)
class Scale:
    commands: int  # per throughput round (two rounds each)
    concurrency: int
    half_load_seconds: float
    appends_1: int
    appends_16_per_writer: int
    query_sizes: tuple[int, ...]
    query_requests: int
    query_seconds: float  # the most one size's queries may take (at least 20 are made)
    dev_commands: int


QUICK = Scale(300, 16, 10, 200, 25, (10_000, 100_000), 100, 20, 100)
FULL = Scale(2000, 32, 30, 1000, 120, (10_000, 100_000, 1_000_000), 300, 90, 500)


class Processes:
    """The service processes the suite started, by name; each with its output in a log file."""

    def __init__(self, base: Path) -> None:
        self.base = base  # the run's directory, which its PostgreSQL and Kafka are under
        self.logs = base / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.running: dict[str, subprocess.Popen[bytes]] = {}
        self.urls: dict[str, str] = {}
        self.started: dict[str, tuple[list[str], dict[str, str], int]] = {}  # for restart()

    def start(self, name: str, command: list[str], environment: dict[str, str], port: int) -> str:
        self.started[name] = (command, environment, port)
        log = (self.logs / f"{name}.log").open("ab")  # a restarted process adds to its log
        self.running[name] = subprocess.Popen(
            command, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, cwd=ROOT,
        )  # fmt: skip
        self.urls[name] = f"http://127.0.0.1:{port}"
        return self.urls[name]

    async def wait_until_up(self, seconds: float = 60) -> None:
        for name, url in self.urls.items():
            try:
                await wait_until_up(url, seconds)
            except RuntimeError:
                tail = (self.logs / f"{name}.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{name} did not come up:\n{tail}") from None

    def stop(self, name: str) -> None:
        terminate(self.running.pop(name), 15)

    def restart(self, name: str) -> str:
        """Starts a stopped process again, as it was first started (same command, environment, port)."""
        return self.start(name, *self.started[name])

    def stop_all(self) -> None:
        for name in list(self.running):
            self.stop(name)

    def memory(self) -> dict[str, float]:
        return {name: resident_mib(process.pid) for name, process in self.running.items()}


def start_stack(processes: Processes, postgres: PostgresServer, bootstrap: str, base: Path) -> dict[str, str]:
    """Every service as `make stack` starts it, on free ports; the baseline and its gateway. Returns
    the database URL of each service that owns one (and of the baseline)."""
    ports = {service.name: free_port() for service in SERVICES}
    urls = {
        service.name: postgres.create_database(service.name) for service in SERVICES if service.owns_database
    }
    urls["baseline"] = postgres.create_database("baseline")

    def environment(service: ServiceProcess, upstreams: dict[str, str]) -> dict[str, str]:
        values = service_environment(service, urls.get(service.name), bootstrap)
        values |= {"SHUNIU_HTTP_PORT": str(ports[service.name]), "SHUNIU_JWT_SECRET": SECRET}
        values |= {"SHUNIU_LOG_LEVEL": "WARNING", "SHUNIU_VAR_DIR": str(base / "var" / service.name)}
        values |= {service.upstream_variable(name): url for name, url in upstreams.items()}
        return values | UNLIMITED

    upstreams = {name: f"http://127.0.0.1:{ports[name]}" for name in ports if name != "gateway"}
    for service in SERVICES:
        processes.start(
            service.name, service_command(service), environment(service, upstreams), ports[service.name]
        )
    port = free_port()
    baseline = processes.start(
        "baseline",
        [sys.executable, "-m", "bench.baseline", "--port", str(port), "--database", urls["baseline"]],
        os.environ | {"SHUNIU_LOG_LEVEL": "WARNING"},
        port,
    )
    gateway = next(service for service in SERVICES if service.name == "gateway")
    ports["baseline-gateway"] = free_port()
    values = environment(gateway, upstreams | {"documents": baseline})
    values["SHUNIU_HTTP_PORT"] = str(ports["baseline-gateway"])
    processes.start("baseline-gateway", service_command(gateway), values, ports["baseline-gateway"])
    return urls


def start_front_doors(processes: Processes, base: Path) -> dict[str, HAProxyServer]:
    """HAProxy with the stack's own configuration (`shuniu_gateway.front_door`) in front of each side, as
    production runs it: bearer calls go from HAProxy straight to the service (for the baseline, its
    documents service is the baseline app), everything else to that side's Python gateway."""
    address = {name: url.removeprefix("http://") for name, url in processes.urls.items()}
    sides = {
        "front door": ("gateway", address),
        "baseline front door": ("baseline-gateway", address | {"documents": address["baseline"]}),
    }
    doors = {}
    for name, (gateway, upstreams) in sides.items():
        port = free_port()
        doors[name] = HAProxyServer(
            base / name.replace(" ", "-"),
            port,
            haproxy_config(front_door.unlimited_settings()),
            front_door_environment(
                f"127.0.0.1:{port}",
                address[gateway],
                {service: upstreams[service] for service in FRONT_DOOR_SERVICES},
                SECRET,
            ),
        )
        doors[name].start()
    return doors


# ── commands through the gateway ────────────────────────────────────────────────────────────────
@dataclass
class Round:
    """A closed-loop round: answered commands per second (2xx only) and what was refused, by status
    (or "connection" when the connection failed)."""

    per_second: float
    refused: Counter[str]
    cpu_ms: dict[str, float]  # CPU time per answered command, by program (bench.common.cpu_by_program)


async def closed_loop(url: str, commands: int, concurrency: int, pids: dict[str, int], under: Path) -> Round:
    """`commands` sent by `concurrency` clerks, each sending its next as soon as one is answered. A
    fresh client per round: a kept-alive connection left idle through the other side's round may be
    closed by the server just as it is reused, which would count against this round.

    The client is aiohttp (its parser in C): its CPU is counted with the command's (`bench client`),
    so a heavy client would weigh on every side alike and hide what the servers cost. Every side is
    loaded by this same client."""
    headers, remaining, answered, refused = projection_bench.clerk_headers(), commands, 0, Counter[str]()

    async def clerk(session: aiohttp.ClientSession) -> None:
        nonlocal remaining, answered
        while remaining > 0:
            remaining -= 1
            try:
                async with session.post(url, json=projection_bench.incoming_body(remaining)) as response:
                    await response.read()
            except (aiohttp.ClientError, TimeoutError):
                refused["connection"] += 1
                continue
            if 200 <= response.status < 300:
                answered += 1
            else:
                refused[str(response.status)] += 1

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=concurrency),
        headers=headers,
        timeout=aiohttp.ClientTimeout(total=30),
    )
    async with session:
        cpu_before, began = cpu_by_program(pids, under), time.perf_counter()
        await asyncio.gather(*(clerk(session) for _ in range(concurrency)))
        seconds, cpu_after = time.perf_counter() - began, cpu_by_program(pids, under)
    cpu_ms = {
        name: (used - cpu_before.get(name, 0.0)) * 1000 / max(answered, 1) for name, used in cpu_after.items()
    }
    return Round(answered / seconds, refused, cpu_ms)


# Each side and the door its commands go in by, with the prefix of its figures: behind HAProxy as
# production runs (the targets), and behind the Python gateway alone, as measured before the front door.
SIDES = {
    "shuniu": "",
    "baseline": "baseline_",
    "shuniu via gateway": "gateway_",
    "baseline via gateway": "gateway_baseline_",
}


def posting_to(session: aiohttp.ClientSession, base: str) -> projection_bench.Post:
    async def post(path: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[bool, dict[str, Any]]:
        async with session.post(f"{base}{path}", json=body, headers=headers) as response:
            answered = 200 <= response.status < 300
            return answered, await response.json() if answered else {}

    return post


def drain_note(f: dict[str, Any]) -> str:
    """How long the consumers took to catch up with the rounds before the half load began (bench/drain.py)."""
    if "drain_seconds" not in f:
        return ""  # a report from before the wait
    left = f" — {f['drain_left_behind']:,} records still behind" if f["drain_left_behind"] else ""
    return (
        f", begun once the consumer groups had caught up with the rounds ({f['drain_seconds']:.1f} s{left})"
    )


async def commands(
    processes: Processes, doors: dict[str, HAProxyServer], projection_url: str, bootstrap: str, scale: Scale
) -> dict[str, Any]:
    entrances = {
        "shuniu": doors["front door"].url,
        "baseline": doors["baseline front door"].url,
        "shuniu via gateway": processes.urls["gateway"],
        "baseline via gateway": processes.urls["baseline-gateway"],
    }
    documents = {side: f"{url}/api/documents" for side, url in entrances.items()}
    figures: dict[str, Any] = {}
    pids = {name: process.pid for name, process in processes.running.items()}
    pids |= {name: door.pid for name, door in doors.items()}
    for url in documents.values():  # warm up: connections, plans, the projection's group join
        await closed_loop(f"{url}/incoming", 50, 4, pids, processes.base)
    rounds: dict[str, list[Round]] = {side: [] for side in SIDES}
    for _ in range(2):  # alternating rounds: a burst of other work on the machine hits every side
        for side, url in documents.items():
            rounds[side].append(
                await closed_loop(f"{url}/incoming", scale.commands, scale.concurrency, pids, processes.base)
            )
    for side, prefix in SIDES.items():
        figures[f"{prefix}commands_per_second"] = sum(r.per_second for r in rounds[side]) / len(rounds[side])
        figures[f"{prefix}commands_refused"] = dict(sum((r.refused for r in rounds[side]), Counter[str]()))
    figures["commands_rounds"] = {name: [r.per_second for r in done] for name, done in rounds.items()}
    figures["cpu_ms_per_command"] = {
        name: {
            program: sum(r.cpu_ms.get(program, 0.0) for r in done) / len(done)
            for program in sorted(set().union(*(r.cpu_ms for r in done)))
        }
        for name, done in rounds.items()
    }
    rate = figures["commands_per_second"] / 2
    figures["drain_seconds"], figures["drain_left_behind"] = await drained(bootstrap)
    engine = create_engine(projection_url)
    watched = SimpleNamespace(engine=engine)
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=64), timeout=aiohttp.ClientTimeout(total=30)
    )
    async with session:
        load = await projection_bench.steady_load(
            posting_to(session, documents["shuniu"]), watched, rate, scale.half_load_seconds
        )
        base = await projection_bench.steady_load(
            posting_to(session, documents["baseline"]), None, rate, scale.half_load_seconds
        )
    await engine.dispose()
    figures |= {
        "half_load_commands_per_second": rate,
        "half_load_seconds": scale.half_load_seconds,
        "half_load_p50_ms": percentile(load.latencies, 50),
        "half_load_p99_ms": percentile(load.latencies, 99),
        "half_load_failures": load.failures,
        "baseline_half_load_p50_ms": percentile(base.latencies, 50),
        "baseline_half_load_p99_ms": percentile(base.latencies, 99),
        "lag_ms_p50": percentile(load.lags, 50) if load.lags else None,
        "lag_ms_p99": percentile(load.lags, 99) if load.lags else None,
        "lag_ms_max": max(load.lags) if load.lags else None,
        "lag_unseen": load.unseen,
    }
    return figures


# ── appends: the event store beside the eventsourcing library's recorder ─────────────────────────
def eventsourcing_appends_per_second(url: str, writers: int, per_writer: int) -> float:
    """The `eventsourcing` library's PostgreSQL application recorder, one ~1 KB event per call (the
    way its applications save an aggregate's new event), from `writers` threads."""
    from eventsourcing.persistence import StoredEvent as LibraryEvent
    from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore

    where = make_url(url)
    datastore = PostgresDatastore(
        dbname=str(where.database),
        host=str(where.host),
        port=int(where.port or 5432),
        user=str(where.username),
        password=where.password or "",
        pool_size=writers,
    )
    recorder = PostgresApplicationRecorder(datastore)
    recorder.create_table()
    states = [platform_bench.one_kilobyte_event(n).model_dump_json().encode() for n in range(per_writer)]

    def write(_: int) -> None:
        for state in states:
            recorder.insert_events(
                [
                    LibraryEvent(
                        originator_id=uuid.uuid4(),
                        originator_version=1,
                        topic="bench:Registered",
                        state=state,
                    )
                ]
            )

    began = time.perf_counter()
    with ThreadPoolExecutor(writers) as pool:
        list(pool.map(write, range(writers)))
    elapsed = time.perf_counter() - began
    datastore.close()
    return writers * per_writer / elapsed


RELAYED_EVENTS = 10_000  # at least this many pending when the relay is timed
FRONT_DOOR_REQUESTS = 3000  # through each door: enough clock ticks of CPU to tell 0.4 ms from 0.5


async def platform_figures(postgres: PostgresServer, bootstrap: str, scale: Scale) -> dict[str, float]:
    url, library_url = create_database(postgres.url(), "appends"), create_database(postgres.url(), "library")
    engine = create_engine(url, pool_size=20)
    await migrate(engine, PLATFORM_MIGRATIONS)
    topic = f"bench.{uuid.uuid4().hex[:8]}"
    await ensure_topics(bootstrap, [topic, f"{topic}.raw"])
    store = EventStore(engine, platform_bench.registry, topic=topic)
    await platform_bench.appends_per_second(store, 1, 50)  # warm the pool and the plans
    await asyncio.to_thread(eventsourcing_appends_per_second, library_url, 1, 50)
    f: dict[str, float] = {}
    for writers, per_writer in ((1, scale.appends_1), (16, scale.appends_16_per_writer)):
        f[f"appends_{writers}"] = await platform_bench.appends_per_second(store, writers, per_writer)
        f[f"library_appends_{writers}"] = await asyncio.to_thread(
            eventsourcing_appends_per_second, library_url, writers, per_writer
        )
    # Enough pending events that the relay's figure is a few seconds of publishing, not its first pass.
    async with engine.connect() as connection:
        waiting = int(await connection.scalar(select(func.count()).select_from(outbox_table)) or 0)
    if waiting < RELAYED_EVENTS:
        await platform_bench.appends_per_second(store, 16, -(-(RELAYED_EVENTS - waiting) // 16))
    f["relay_events_per_second"], f["relay_events"] = await platform_bench.relay_rate(store, bootstrap)
    f["raw_produce_events_per_second"] = await platform_bench.raw_produce_rate(
        store, bootstrap, f"{topic}.raw"
    )
    await engine.dispose()
    return f


# ── the projection: rebuild, and the dashboards as the stored events grow ──────────────────────
async def rebuild_figures(postgres: PostgresServer, bootstrap: str, base: Path) -> dict[str, float]:
    url = create_database(postgres.url(), "projection_rebuilt")
    runtime = ServiceRuntime(
        PROJECTION, projection_bench.settings("projection", url, bootstrap, base / "var")
    )
    done = await rebuild(runtime)
    await runtime.engine.dispose()
    return {
        "rebuild_events": done.events,
        "rebuild_events_per_second": done.per_second,
        "raw_consume_events_per_second": await projection_bench.raw_consume_rate(bootstrap, done.events),
    }


MARKERS = ("stream_id", "event_id", "key")  # the columns that make a projection row one event's or object's
RENAMED = {"stream_id", "event_id", "key", "correlation_id", "causation_id"}


async def grow_projection(url: str, first: int, last: int) -> None:
    """Copies `first`…`last` of every row the projection's intake wrote, each copy's ids suffixed with
    `~copy`: the rows intake would write for the same events under new ids (timeline, objects, every
    read model), in one bulk statement per table instead of ~10 round trips per event; the overview's
    counts are then counted afresh, as intake would have kept them."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        for table in projection_tables.sorted_tables:
            names = [column.name for column in table.columns]
            marker = next((name for name in MARKERS if name in names), None)
            if marker is None:
                continue  # a total over other rows (document_counts): counted afresh below
            values = ", ".join(f"\"{n}\" || '~' || copy" if n in RENAMED else f'"{n}"' for n in names)
            await connection.execute(
                text(
                    f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                    f'SELECT {values} FROM "{table.name}", generate_series({first}, {last}) AS copy '
                    f"WHERE position('~' in \"{marker}\") = 0"
                )
            )
        await connection.run_sync(recount)  # what intake would have kept for the copies
    async with engine.connect() as connection:
        await connection.execute(text("COMMIT"))
        await connection.execute(text("VACUUM ANALYZE"))
    await engine.dispose()


async def stored_events(url: str) -> int:
    engine = create_engine(url)
    async with engine.connect() as connection:
        count = (await connection.execute(text("SELECT count(*) FROM timeline"))).scalar_one()
    await engine.dispose()
    return int(count)


async def query_p99(gateway: str, requests: int, budget_seconds: float) -> dict[str, float]:
    """The overview as the secretariat's clerk sees it, one request at a time: `requests` of them, or
    as many as fit in the budget (at least 20) when each is slow."""
    headers, latencies = projection_bench.clerk_headers(), list[float]()
    async with httpx.AsyncClient(base_url=f"{gateway}/api/dashboards", timeout=120) as client:
        for _ in range(3):  # warm the caches and the plans
            (await client.get("/overview", headers=headers)).raise_for_status()
        deadline = time.perf_counter() + budget_seconds
        while len(latencies) < requests and (len(latencies) < 20 or time.perf_counter() < deadline):
            began = time.perf_counter()
            response = await client.get("/overview", headers=headers)
            latencies.append((time.perf_counter() - began) * 1000)
            response.raise_for_status()
    return {
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "requests": len(latencies),
    }


async def dashboard_figures(gateway: str, projection_url: str, scale: Scale) -> dict[str, Any]:
    """The overview's p50/p99 at each size of `scale.query_sizes`, growing the projection between them;
    a size whose 20 queries would not fit the budget (judged from the last size's p50, assuming the
    query grows linearly) is skipped and recorded as such: the report then compares the largest measured."""
    base = await stored_events(projection_url)
    figures: dict[str, Any] = {"query_base_events": base, "query_sizes": [], "query_skipped": []}
    copies, last = 0, None
    for size in scale.query_sizes:
        if (
            last is not None
            and 20 * last["p50_ms"] / 1000 * size / last["stored_events"] > 2 * scale.query_seconds
        ):
            figures["query_skipped"].append(size)
            continue
        wanted = math.ceil(size / base) - 1
        began = time.perf_counter()
        if wanted > copies:
            await grow_projection(projection_url, copies + 1, wanted)
            copies = wanted
        last = {
            "stored_events": await stored_events(projection_url),
            "fill_seconds": time.perf_counter() - began,
        }
        last |= await query_p99(gateway, scale.query_requests, scale.query_seconds)
        figures["query_sizes"].append(last)
    return figures


# ── make dev ─────────────────────────────────────────────────────────────────────────────────────
async def make_dev_memory(base: Path, commands: int) -> dict[str, float]:
    """`make dev` (the embedded gateway, every service in one process on SQLite), its demo settled,
    then `commands` more registrations through it: its resident memory at each point."""
    port = free_port()
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("SHUNIU_") or name in UNLIMITED
    }
    environment |= {
        "SHUNIU_HTTP_PORT": str(port),
        "SHUNIU_VAR_DIR": str(base / "dev"),
        "SHUNIU_LOG_LEVEL": "WARNING",
        # As the Makefile's `dev` target runs it.
        "SHUNIU_ENV": "development",
        "SHUNIU_DEMO_SIGN_IN": "true",
    }
    environment |= UNLIMITED
    processes = Processes(base / "dev-logs")
    url = processes.start("make-dev", [sys.executable, "-m", "shuniu_suite"], environment, port)
    try:
        await processes.wait_until_up(120)
        pid = processes.running["make-dev"].pid
        # The console's own origin, as a browser sends it: the gateway refuses cookie-borne commands without.
        async with httpx.AsyncClient(base_url=url, timeout=30, headers={"Origin": url}) as console:
            signed_in = await console.post(
                "/auth/login", json={"username": "shen", "password": "shuniu-demo"}
            )
            signed_in.raise_for_status()
            began = time.perf_counter()
            await overview_once_settled(console)
            figures = {
                "demo_settled_seconds": time.perf_counter() - began,
                "after_demo_mib": resident_mib(pid),
            }
            for n in range(commands):
                (
                    await console.post("/api/documents/incoming", json=projection_bench.incoming_body(n))
                ).raise_for_status()
            figures["after_load_mib"] = resident_mib(pid)
            figures["commands"] = commands
    finally:
        processes.stop_all()
    return figures


# ── the run and its report ─────────────────────────────────────────────────────────────────────
async def measure(postgres: PostgresServer, bootstrap: str, base: Path, scale: Scale) -> dict[str, Any]:
    processes = Processes(base)
    figures: dict[str, Any] = {}
    timings: dict[str, float] = {}

    def lap(name: str, began: float) -> float:
        timings[name] = time.perf_counter() - began
        print(
            f"bench | {name}: {timings[name]:.1f} s, load average {load_average()}",
            file=sys.stderr,
            flush=True,
        )
        return time.perf_counter()

    began = time.perf_counter()
    doors: dict[str, HAProxyServer] = {}
    try:
        urls = start_stack(processes, postgres, bootstrap, base)
        await processes.wait_until_up()
        doors = start_front_doors(processes, base)
        began = lap("stack up", began)
        figures |= await commands(processes, doors, urls["projection"], bootstrap, scale)
        figures["memory_after_load_mib"] = processes.memory()
        began = lap("commands, half load and lag", began)
        figures |= await platform_figures(postgres, bootstrap, scale)
        began = lap("appends and relay", began)
        figures |= await rebuild_figures(postgres, bootstrap, base)
        began = lap("rebuild", began)
        figures |= await dashboard_figures(processes.urls["gateway"], urls["projection"], scale)
        figures["memory_at_end_mib"] = processes.memory()
        began = lap("dashboard queries", began)
    finally:
        stop(processes, doors)
    print(f"bench | so far: {json.dumps(figures, default=str)}", file=sys.stderr, flush=True)
    figures["make_dev"] = await make_dev_memory(base, scale.dev_commands)
    lap("make dev", began)
    figures["timings_seconds"] = timings
    return figures


def stop(processes: Processes, doors: dict[str, HAProxyServer]) -> None:
    for door in doors.values():
        door.stop()
    processes.stop_all()


async def measure_commands(
    postgres: PostgresServer, bootstrap: str, base: Path, scale: Scale
) -> dict[str, Any]:
    """The command rounds, the half load and its lag alone, on the same stack as the whole run's."""
    processes, doors = Processes(base), dict[str, HAProxyServer]()
    try:
        urls = start_stack(processes, postgres, bootstrap, base)
        await processes.wait_until_up()
        doors = start_front_doors(processes, base)
        return await commands(processes, doors, urls["projection"], bootstrap, scale)
    finally:
        stop(processes, doors)


# The rows `measure_commands` measures: a run of the commands alone replaces these and keeps the others.
COMMAND_ROWS = ("commands", "cpu", "gateway", "latency", "lag")


def commands_alone(quick: bool) -> None:
    """`--only commands`: the rows of COMMAND_ROWS measured afresh, every other figure of
    docs/bench/report.json kept from the whole run that wrote it, and the report written again with
    the fresh rows marked."""
    began = time.perf_counter()
    with bench_directory() as base, durable_postgres(base) as postgres, kafka_broker(base) as kafka:
        fresh = asyncio.run(measure_commands(postgres, kafka.bootstrap, base, QUICK if quick else FULL))
    fresh["commands_run"] = {
        "at": f"{datetime.now(UTC):%Y-%m-%d %H:%M}",
        "seconds": time.perf_counter() - began,
        "load": load_average(),
        "quick": quick,
    }
    whole = json.loads((REPORTS / "report.json").read_text(encoding="utf-8"))
    whole["figures"] = {
        name: value
        for name, value in whole["figures"].items()
        if not name.startswith(("gateway_", "commands_run"))  # an earlier run of the commands alone
    } | fresh
    write_report("report", report(whole["figures"], whole["machine"], whole), whole)


# Why a target is missed, where the cause is known (profiled with pyinstrument or read from the code);
# printed under the table only for the figures missed in this run.
WHY = {
    "commands": (
        "Commands: on two cores saturated by 32 clerks, throughput is the inverse of the CPU a command costs "
        "the whole machine, and the table below shows where it goes. The front door took the Python "
        "gateway's share (2–5 ms a command) off both sides alike, so the baseline, whose whole command is a "
        "token check and one INSERT, gained in proportion far more than Shuniu did, and the ratio fell. "
        "What stays on Shuniu's side is the architecture's: the documents service's request (py-spy, during "
        "the rounds: about half of its work is the handler — aggregate, event and outbox row, documents row, "
        "search row, durable commit, almost all of it SQLAlchemy and asyncpg executing those statements — "
        "and a third the ASGI stack and the middleware; then its relay), and the event every command "
        "publishes, which costs the broker a produce and a fetch for each consumer group, and each group "
        "(projection, notifications, supervision and the others that follow the documents topic) its batch "
        "transaction. No statement rebuilt per row, JSON encoded twice, per-event transaction or token "
        "check in the request was found left (they were fixed before, each profiled)."
    ),
    "cpu": (
        "CPU per command: 5 ms is less than the event's fan-out alone costs (broker, PostgreSQL and the "
        "consumer groups, the table's rows below documents), before the documents service's own share. The "
        "services' background work (relay passes, deadline polls, consumer fetches, health checks) is "
        "counted too, so on a machine busy with other work, where fewer commands are answered a second, "
        "it weighs more per command."
    ),
    "latency": (
        "Latency at half load: the open loop's own client was what queued it. It sent through httpx, "
        "whose pool costs the client far more per request under concurrency (encode/httpx#3215) on the two "
        "cores it measures: on 2026-12-08 the baseline, whose whole command is one INSERT, queued with it "
        "too (p50 140 ms, p99 2.9 s at an eighth of its closed-loop rate), and Shuniu gave p50 558 ms, p99 "
        "5.5 s. It now sends through aiohttp, as the closed-loop rounds do: the same run's next try gave "
        "Shuniu 18 / 69 ms and the baseline 3 / 14 ms. The consumers' backlog is not the cause either: the "
        "half load begins once every consumer group has committed the end of the topics (bench/drain.py), "
        "which took 0.1–0.2 s. What is left above 50 ms is the moments when the relay, the projection and "
        "PostgreSQL's flushes take both cores, which the baseline's single INSERT does not share."
    ),
    "appends": (
        "Appends with 16 writers: the event store's one-event transactions are bound by the WAL flush "
        "(fsync on); the eventsourcing recorder serialises its inserts with a table lock, so the ratio "
        "depends on how many commits PostgreSQL groups per flush on this disk."
    ),
    "relay": (
        "Relay: the publisher builds aiokafka's batches itself, one per partition (`create_batch`/"
        "`send_batch`), and the relay reads and encodes the next batch while the broker acknowledges this "
        "one (the ordering argument in docs/platform.md) — 0.28× before, 0.34–0.44× after in the same "
        "minutes (docs/bench/platform.md, 2026-12-08). The wait for the broker is now hidden; what is left "
        "in line is reading the rows through SQLAlchemy, the envelopes' headers, the delete's commit, and "
        "aiokafka's pure-Python murmur2 partitioner (about 40 % of publishing, py-spy)."
    ),
    "lag": (
        "Lag: commit → relay → Kafka → the projection's consumer → its transaction; at half load the p99 is "
        "the moments when these queue behind the command load on two cores."
    ),
    "rebuild": (
        "Rebuild: 0.3× of a raw consumer that reads over 100,000 records/s would be over 30,000 events/s, "
        "about 30 µs per event for parsing the CloudEvent, checking it was not seen before, and writing its "
        "timeline row, its object and every read model it touches: below what CPython spends on the parsing "
        "and the SQL parameters alone (the consumer runtime with a handler that does nothing, in "
        "docs/bench/platform.md, reaches a few thousand per second). What was ours to fix is fixed: the "
        "projection takes the consumer's whole batch (one insert for its timeline rows, one read and one "
        "write of its objects), and builds each statement once."
    ),
    "query": (
        "Dashboard query: the overview reads counts the projection keeps as events arrive "
        "(services/projection/shuniu_projection/app/counts.py), so it no longer grows with the documents."
    ),
    "memory": (
        "Memory: every service sits at about 100 MiB before any work (interpreter, FastAPI, SQLAlchemy, "
        "aiokafka, structlog and its own modules); the gateway at about 120 MiB."
    ),
    "dev": "make dev: all five services, their consumers and SQLite in one interpreter.",
}


def refusals(refused: dict[str, int]) -> str:
    return (
        (" (refused: " + ", ".join(f"{n}× {status}" for status, n in refused.items()) + ")")
        if refused
        else ""
    )


# A program's row in the CPU table: each side's own copy of a program (its front door, its Python
# gateway) counts as that program, since a round exercises only its own side's.
PROGRAMS = {
    "front door": "front door (HAProxy)",
    "baseline front door": "front door (HAProxy)",
    "gateway": "Python gateway",
    "baseline-gateway": "Python gateway",
    "baseline": "baseline app",
}
# What the baseline's own command costs (its app and row, the door, the client): the rest of its column
# is Shuniu's idle processes.
OWN_WORK = ("baseline app", "postgres", "front door (HAProxy)", "bench client")
SIDE_NAMES = {
    "shuniu": "Shuniu, front door",
    "baseline": "baseline, front door",
    "shuniu via gateway": "Shuniu, Python gateway",
    "baseline via gateway": "baseline, Python gateway",
}


def cpu_section(cpu: dict[str, dict[str, float]], rates: dict[str, float]) -> list[str]:
    """Where a command's CPU goes, by program, for each side and door: on two cores, throughput is the
    inverse of the column's total."""
    sides = [side for side in SIDE_NAMES if side in cpu]
    used: dict[str, dict[str, float]] = {side: {} for side in sides}
    for side in sides:
        for program, ms in cpu[side].items():
            label = PROGRAMS.get(program, program)
            used[side][label] = used[side].get(label, 0.0) + ms
    programs = sorted(
        (p for p in set().union(*used.values()) if max(used[side].get(p, 0.0) for side in sides) >= 0.05),
        key=lambda p: -used["shuniu"].get(p, 0.0),
    )
    return [
        "CPU time per command during the closed-loop rounds, in ms, by program (`/proc/<pid>/stat`; the "
        "services' background work — relay, consumers — included, and every PostgreSQL process together; "
        "a side's front door and Python gateway are its own processes):",
        "",
        "| program | " + " | ".join(SIDE_NAMES[side] for side in sides) + " |",
        "|---|" + "---:|" * len(sides),
        *(
            f"| {p} | " + " | ".join(f"{used[side].get(p, 0.0):.2f}" for side in sides) + " |"
            for p in programs
        ),
        "| **all** | " + " | ".join(f"**{sum(used[side].values()):.2f}**" for side in sides) + " |",
        "",
        *(
            [
                "The baseline's rounds leave Shuniu's processes idle, so its column shows their floor: their "
                "background work (relay passes, consumers' fetches — each waits at most "
                f"{FETCH_MAX_WAIT_MS} ms at the broker, for the lag —, deadline polls, health checks) cost "
                f"{floor:.2f} ms per baseline command, {floor * rates['baseline']:.0f} ms of CPU a second. "
                "Beside Shuniu's rounds it runs all the same, so at Shuniu's rate it is up to about "
                f"{floor * rates['baseline'] / rates['shuniu']:.1f} ms of each Shuniu command: on a machine busy "
                "with other work, where fewer commands are answered a second, the floor is most of the total.",
                "",
            ]
            if (floor := sum(used["baseline"].get(p, 0.0) for p in programs if p not in OWN_WORK))
            else []
        ),
    ]


def verdict(met: bool | None) -> str:
    return "—" if met is None else ("met" if met else "**missed**")


def report(f: dict[str, Any], facts: dict[str, str], run: dict[str, Any]) -> str:
    """The Markdown of docs/bench/report.md; `run` is the whole run's "at", "quick" and "seconds"."""
    small, large = f["query_sizes"][0], f["query_sizes"][-1]
    skipped = (
        f" (not {', '.join(f'{size:,}' for size in f['query_skipped'])}: 20 queries would not fit the budget)"
        if f["query_skipped"]
        else ""
    )
    commands_ratio = f["commands_per_second"] / f["baseline_commands_per_second"]
    gateway_ratio = f["gateway_commands_per_second"] / f["gateway_baseline_commands_per_second"]
    cpu = {side: sum(used.values()) for side, used in f["cpu_ms_per_command"].items()}
    appends_ratio = f["appends_16"] / f["library_appends_16"]
    relay_ratio = f["relay_events_per_second"] / f["raw_produce_events_per_second"]
    rebuild_ratio = f["rebuild_events_per_second"] / f["raw_consume_events_per_second"]
    query_growth = large["p99_ms"] / small["p99_ms"]
    services = {
        name: mib for name, mib in f["memory_after_load_mib"].items() if not name.startswith("baseline")
    }
    largest = max(f["memory_at_end_mib"].get(n, 0) for n in services) if f.get("memory_at_end_mib") else 0
    heaviest = max(max(services.values()), largest)
    dev = f["make_dev"]
    lag99 = f["lag_ms_p99"]
    rows = [
        (
            "commands",
            "commands/s behind the front door (签收 `POST /api/documents/incoming`, HAProxy → the service, "
            "two alternating rounds)",
            f"{f['commands_per_second']:,.0f}" + refusals(f["commands_refused"]),
            f"FastAPI + asyncpg, same row, same front door: {f['baseline_commands_per_second']:,.0f}"
            + refusals(f["baseline_commands_refused"]),
            f"≥ 0.7× (here {commands_ratio:.2f}×)",
            verdict(commands_ratio >= 0.7),
        ),
        (
            "cpu",
            "CPU per command behind the front door, all programs (the table below)",
            f"{cpu['shuniu']:.2f} ms",
            f"the baseline's: {cpu['baseline']:.2f} ms",
            "≤ 5 ms",
            verdict(cpu["shuniu"] <= 5),
        ),
        (
            "gateway",
            "commands/s through the Python gateway alone (as before the front door), same rounds",
            f"{f['gateway_commands_per_second']:,.0f}" + refusals(f["gateway_commands_refused"]),
            f"FastAPI + asyncpg behind its own gateway: {f['gateway_baseline_commands_per_second']:,.0f}"
            + refusals(f["gateway_baseline_commands_refused"]),
            f"— (here {gateway_ratio:.2f}×)",
            "—",
        ),
        (
            "latency",
            f"latency at half load ({f['half_load_commands_per_second']:.0f}/s for {f['half_load_seconds']:.0f} s), "
            f"p50 / p99" + drain_note(f),
            f"{f['half_load_p50_ms']:.0f} / {f['half_load_p99_ms']:.0f} ms"
            + (f" ({f['half_load_failures']} not 2xx)" if f["half_load_failures"] else ""),
            f"baseline at the same rate: {f['baseline_half_load_p50_ms']:.0f} / "
            f"{f['baseline_half_load_p99_ms']:.0f} ms",
            "p99 ≤ 50 ms",
            verdict(f["half_load_p99_ms"] <= 50),
        ),
        (
            "appends1",
            "event-store appends/s, 1 writer, ~1 KB events",
            f"{f['appends_1']:,.0f}",
            f"eventsourcing PostgreSQL recorder: {f['library_appends_1']:,.0f}",
            f"— (here {f['appends_1'] / f['library_appends_1']:.2f}×)",
            "—",
        ),
        (
            "appends",
            "event-store appends/s, 16 writers",
            f"{f['appends_16']:,.0f}",
            f"eventsourcing PostgreSQL recorder: {f['library_appends_16']:,.0f}",
            f"≥ 2× (here {appends_ratio:.2f}×)",
            verdict(appends_ratio >= 2),
        ),
        (
            "relay",
            f"outbox relay publish, events/s ({int(f['relay_events']):,} events)",
            f"{f['relay_events_per_second']:,.0f}",
            f"raw aiokafka produce, acks=all, idempotent: {f['raw_produce_events_per_second']:,.0f}",
            f"≥ 0.6× (here {relay_ratio:.2f}×)",
            verdict(relay_ratio >= 0.6),
        ),
        (
            "lag",
            "commit → dashboard visible lag at half load, p50 / p99"
            + (f" ({f['lag_unseen']} never seen)" if f["lag_unseen"] else ""),
            f"{f['lag_ms_p50']:.0f} / {lag99:.0f} ms" if lag99 is not None else "not measured",
            "—",
            "p99 ≤ 100 ms",  # issue 21 (issue 10 asked for 250)
            verdict(lag99 is not None and lag99 <= 100 and not f["lag_unseen"]),
        ),
        *(flat.rows(f["flat"]) if "flat" in f else []),
        (
            "rebuild",
            f"projection rebuild, events/s ({f['rebuild_events']:,} events)",
            f"{f['rebuild_events_per_second']:,.0f}",
            f"raw aiokafka consume of the same topics: {f['raw_consume_events_per_second']:,.0f}",
            f"≥ 0.3× (here {rebuild_ratio:.2f}×)",
            verdict(rebuild_ratio >= 0.3),
        ),
        (
            "query",
            f"overview dashboard p99 at {large['stored_events']:,} stored events{skipped}",
            f"{large['p99_ms']:.0f} ms (p50 {large['p50_ms']:.0f})",
            f"the same query at {small['stored_events']:,}: {small['p99_ms']:.0f} ms (p50 {small['p50_ms']:.0f})",
            f"≤ 2× growth (here {query_growth:.2f}×)",
            verdict(query_growth <= 2),
        ),
        (
            "memory",
            "resident memory of each service after the load (largest)",
            ", ".join(f"{name} {mib:.0f}" for name, mib in services.items()) + " MiB",
            "—",
            "≤ 150 MB each",
            verdict(heaviest <= 150),
        ),
        (
            "dev",
            f"resident memory of `make dev`, demo settled / after {dev['commands']} more commands",
            f"{dev['after_demo_mib']:.0f} / {dev['after_load_mib']:.0f} MiB",
            "—",
            "≤ 300 MB",
            verdict(max(dev["after_demo_mib"], dev["after_load_mib"]) <= 300),
        ),
    ]
    alone = f.get("commands_run")
    if alone:  # the rows a run of the commands alone measured, marked as such
        rows = [(row[0], row[1] + " †", *row[2:]) if row[0] in COMMAND_ROWS else row for row in rows]
    quick = run["quick"]
    lines = [
        "# `make bench`: issue #10's figures",
        "",
        f"Run {run['at']} UTC by `python -m bench{' --quick' if quick else ''}` in {run['seconds'] / 60:.1f} min.",
        machine_line(facts),
        *(
            [
                "",
                f"† Rows and table from `python -m bench --only commands{' --quick' if alone['quick'] else ''}`, "
                f"run {alone['at']} UTC in {alone['seconds'] / 60:.1f} min on the same machine, load average "
                f"{alone['load']} when it ended; every other row is from the whole run above.",
            ]
            if alone
            else []
        ),
        *(
            [
                "",
                "**A `--quick` run**: small samples (300 commands a round, 10 s at half load, 10 k and 100 k stored "
                "events), for trying the harness; not the figures of record.",
            ]
            if quick
            else []
        ),
        "",
        "| figure | Shuniu | baseline in the same run | target | |",
        "|---|---|---|---|---|",
        *("| " + " | ".join(row[1:]) + " |" for row in rows),
        "",
        *cpu_section(
            f["cpu_ms_per_command"],
            {"shuniu": f["commands_per_second"], "baseline": f["baseline_commands_per_second"]},
        ),
    ]
    missed = [WHY[row[0]] for row in rows if row[-1] == verdict(False) and row[0] in WHY]
    if missed:
        lines += ["## Where a target is missed, and why", "", *(f"- {why}" for why in missed), ""]
    lines += NOTES
    return "\n".join(lines) + "\n"


NOTES = [
    "## How the figures are taken",
    "",
    "- One run: a durable PostgreSQL (fsync on) and one Kafka broker; every service its own process, started "
    "as `make stack` starts it (`python -m shuniu_<service>`, its environment), on free ports, the gateway's "
    "per-user rate limit lifted.",
    "- Commands: `POST /api/documents/incoming` (签收) by 沈秘书, closed loop, 32 at a time, rounds "
    "alternating between the sides. The baseline (`bench/baseline.py`) is FastAPI + asyncpg inserting the same "
    "`documents` row. Each side has its own HAProxy front door, configured as the stack's "
    "(`shuniu_gateway.front_door`): a bearer call goes from it straight to the service, and for the baseline "
    "its documents service is the baseline app. The same rounds also go through each side's Python gateway "
    "alone (a second `python -m shuniu_gateway` whose `SHUNIU_UPSTREAM_DOCUMENTS` points at the baseline), as "
    "before the front door. The load client is aiohttp, the same for every side; its CPU is counted "
    "(`bench client`). PostgreSQL and Kafka are this run's own processes only (their command lines name the "
    "run's directory, and the backends are the postmaster's children), not another run's on the same machine. "
    "`python -m bench --only commands` measures these rows alone and keeps the others. Half load is an open "
    "loop at half the Shuniu rate behind the front door, for Shuniu and then for the baseline; the lag is "
    "from each command's response to its projection row being readable at its version (one poller, "
    "`bench.projection.Watcher`).",
    "- Appends and relay: `bench.platform`'s functions; the baseline is the `eventsourcing` library's "
    "`PostgresApplicationRecorder` appending the same ~1 KB events, one per call, from 1 and 16 threads.",
    "- Rebuild: `shuniu_projection.app.rebuild` into an empty database from the topics the load wrote, beside "
    "raw aiokafka consuming the same topics.",
    "- Dashboard query: `GET /api/dashboards/overview` through the gateway, one at a time. The projection's "
    "tables are grown by copying the rows intake wrote for the run's own events under new ids (`~n` suffixes "
    "on event, stream and correlation ids), one bulk INSERT … SELECT per table: what intake would write for "
    "the same events, without its round trips; the overview's kept counts are then counted afresh "
    "(`shuniu_projection.app.counts.recount`), as intake would have kept them.",
    "- Append latency as the store grows: `bench.flat`, on a cluster of its own after the stack is down; two "
    "databases with 10 k events each, one grown to 10 M by `INSERT … SELECT generate_series` (rows of the real "
    "schema, ~1 KB data, five events a stream; its unique indexes built again after the load), then the same "
    "single-event appends into both, in rounds alternating the two (docs/bench/flat.md).",
    "- Relay: timed from a connected producer, as the raw baseline is (the relay keeps one producer for as "
    "long as it runs).",
    "- Memory: VmRSS from /proc/<pid>/status; `make dev` is `python -m shuniu_suite` (every "
    "service embedded, SQLite, the demo county loaded), measured once its overview shows the whole demo.",
    "",
]


def main() -> None:
    # Here, not at the top: bench.notifications starts its stack with this module's start_stack.
    from bench import notifications as notifications_bench

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller run, for trying the harness")
    parser.add_argument(
        "--only",
        choices=["commands", "search", "typesetting", "notifications", "front-door", "flat"],
        help="one part alone: the command rounds (their rows of docs/bench/report.md), search "
        "(bench/documents_search.py), typesetting (bench/documents_typesetting.py), the live console "
        "(bench/notifications.py), the front door (bench/front_door.py) or appends as the store grows "
        "(bench/flat.py)",
    )
    arguments = parser.parse_args()
    quick = arguments.quick
    searched = 10_000 if quick else 100_000  # documents with text (issue 18: p99 at 100,000)
    typeset_runs = 5 if quick else 30
    if arguments.only == "search":
        documents_search.run(searched, backends=["sqlite", "postgresql"])
        return
    if arguments.only == "typesetting":
        documents_typesetting.run(typeset_runs)
        return
    if arguments.only == "notifications":
        notifications_bench.run(quick)
        return
    if arguments.only == "front-door":
        front_door.run(FRONT_DOOR_REQUESTS // 3 if quick else FRONT_DOOR_REQUESTS)
        return
    if arguments.only == "flat":
        flat.run(quick)
        return
    # Stopped (Ctrl-C, SIGTERM, or SIGINT to a background run, which starts with it ignored), the run
    # still stops every process it started, then Kafka and PostgreSQL.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    if arguments.only == "commands":
        commands_alone(quick)
        return
    scale = QUICK if quick else FULL
    began = time.perf_counter()
    with bench_directory() as base, durable_postgres(base) as postgres, kafka_broker(base) as kafka:
        figures = asyncio.run(measure(postgres, kafka.bootstrap, base, scale))
    seconds = time.perf_counter() - began
    # Its own cluster, after the stack is down: growing a store to 10 M events would weigh on the rest.
    figures["flat"] = flat.run(quick)
    facts = machine()
    data = {"figures": figures, "machine": facts, "quick": quick, "seconds": seconds}
    data["at"] = f"{datetime.now(UTC):%Y-%m-%d %H:%M}"
    write_report("report", report(figures, facts, data), data)
    # Search and typesetting have reports of their own (docs/bench/search.md, typesetting.md): their
    # figures are of one service's database, filled for the purpose, and of one process, not of the
    # stack under load.
    documents_search.run(searched, backends=["sqlite", "postgresql"])
    documents_typesetting.run(typeset_runs)
    # The live console's own stack and report (docs/bench/notifications.md): 1,000 open streams would
    # weigh on the figures above if they shared a run.
    notifications_bench.run(quick)
    # HAProxy beside the Python gateway on the same requests (docs/bench/front-door.md, issue 21).
    front_door.run(FRONT_DOOR_REQUESTS // 3 if quick else FRONT_DOOR_REQUESTS)


if __name__ == "__main__":
    main()
