"""Issue 22's figures for the live console: commit → push on an open console (server-sent events
through the gateway) at half load, and the memory of 1,000 open consoles; each beside a bare SSE
server's fan-out of the same messages, measured in the same run.

Starts a durable PostgreSQL (fsync on), a Kafka broker and every service of `make stack` as its own
process (`bench.suite.start_stack`), plus the baseline: a bare Starlette server whose `POST /publish`
puts the message on the queue of every open `GET /live` stream, with no audience, no read model and
no gateway. This process is the client:

- the rate: a closed-loop round of 收文 registrations through the gateway (as `make bench`'s commands);
- the latency: an open loop at half that rate; each registration's answer (its commit) is timed
  against the `changed` message naming the 收文 on 沈秘书's open console (`GET /api/dashboards/live`
  through the gateway). The baseline: the same number of messages at the same rate, each posted to
  the bare server and timed to its arrival on an open stream;
- the memory: 1,000 consoles opened (raw sockets, each waiting for its `connected` line), the resident
  memory of the projection and the gateway before and after; the bare server's with 1,000 streams.

`uv run --frozen python -m bench.notifications [--quick]`; writes docs/bench/notifications.md/.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import httpx
import uvicorn
from shuniu_notifications.adapters.tables import deliveries_table, tasks_table
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.kafka import KafkaTail
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from bench import platform as platform_bench
from bench import projection as projection_bench
from bench.common import (
    SECRET,
    bench_directory,
    durable_postgres,
    free_port,
    kafka_broker,
    load_average,
    machine,
    machine_line,
    percentile,
    resident_mib,
    write_report,
)
from bench.suite import Processes, closed_loop, start_stack

GOAL_P99_MS = 500.0
CONSOLES = 1000
SUPERVISION_TOPIC = "shuniu.supervision.events"
DOCUMENTS_TOPIC = "shuniu.documents.events"


def bare_sse_app() -> Starlette:
    """The baseline: every posted message to every open stream, as it comes."""
    streams: set[asyncio.Queue[bytes]] = set()

    async def live(request: Request) -> StreamingResponse:
        async def messages() -> AsyncIterator[bytes]:
            queue: asyncio.Queue[bytes] = asyncio.Queue()
            streams.add(queue)
            try:
                yield b"retry: 1000\n: connected\n\n"
                while True:
                    yield b"event: changed\ndata: " + await queue.get() + b"\n\n"
            finally:
                streams.discard(queue)

        return StreamingResponse(messages(), media_type="text/event-stream")

    async def publish(request: Request) -> Response:
        body = await request.body()
        for queue in streams:
            queue.put_nowait(body)
        return Response(status_code=204)

    async def healthz(request: Request) -> Response:
        return Response("ok")

    return Starlette(
        routes=[
            Route("/live", live),
            Route("/publish", publish, methods=["POST"]),
            Route("/healthz", healthz),
        ]
    )


def serve_bare(port: int) -> None:
    uvicorn.run(bare_sse_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False)


class Console:
    """One open SSE stream, read line by line: when each named object's message arrived."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.url, self.headers = url, headers
        self.arrived: dict[str, float] = {}
        self.connected = asyncio.Event()

    async def run(self, client: httpx.AsyncClient) -> None:
        async with client.stream("GET", self.url, headers=self.headers, timeout=None) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if "connected" in line:
                    self.connected.set()
                elif line.startswith("data: "):
                    self.arrived.setdefault(json.loads(line[6:])["id"], time.perf_counter())


async def open_loop(rate: float, seconds: float, send: Any) -> None:
    """`send(n)` at `rate` per second for `seconds`, each in its own task, whatever the answers."""
    count, tasks = int(rate * seconds), []
    began = time.perf_counter()
    for n in range(count):
        await asyncio.sleep(max(0.0, began + n / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(send(n)))
    await asyncio.gather(*tasks)


async def latencies(console: Console, committed: dict[str, float], wait: float = 10.0) -> list[float]:
    deadline = time.perf_counter() + wait
    while set(committed) - set(console.arrived) and time.perf_counter() < deadline:
        await asyncio.sleep(0.1)
    return [(console.arrived[k] - at) * 1000 for k, at in committed.items() if k in console.arrived]


class TopicReader:
    """When each 收文's first event reached the documents topic, as a consumer of it first reads it:
    commit → topic is the documents relay's leg, the rest of commit → read model the projection's."""

    def __init__(self, bootstrap: str) -> None:
        self.tail = KafkaTail(bootstrap, DOCUMENTS_TOPIC, client_id="bench-topic-reader", from_end=True)
        self.arrived: dict[str, float] = {}

    async def read(self, stopping: asyncio.Event) -> None:
        await self.tail.start()
        try:
            while not stopping.is_set():
                for delivery in await self.tail.fetch(0.1):
                    now = time.perf_counter()
                    if delivery.key is not None:  # the key is the aggregate's id: the 收文's
                        self.arrived.setdefault(delivery.key.decode(), now)
        finally:
            await self.tail.stop()


def lags(arrived: dict[str, float], committed: dict[str, float]) -> list[float]:
    return [(arrived[k] - at) * 1000 for k, at in committed.items() if k in arrived]


async def push_latency(
    gateway: str, projection: str, read_models: str, bare: str, bootstrap: str, rate: float, seconds: float
) -> dict[str, Any]:
    """Commit → push through the gateway, split into its legs in the same run: the same person's
    console straight on the projection (what the gateway adds), a reader of the documents topic
    (commit → topic: the documents relay and Kafka), and one poller of the projection's table of
    objects (commit → read model; the rest is the live feed's own)."""
    shen = projection_bench.clerk_headers()
    topic_reader = TopicReader(bootstrap)
    stop_reading = asyncio.Event()
    reading_topic = asyncio.create_task(topic_reader.read(stop_reading))
    engine = create_async_engine(read_models)
    watcher = projection_bench.Watcher(SimpleNamespace(engine=engine))
    stop_watching = asyncio.Event()
    async with httpx.AsyncClient(timeout=30) as client:
        console = Console(f"{gateway}/api/dashboards/live", shen)
        # The same person's second console straight on the projection: what the gateway adds.
        direct = Console(f"{projection}/live", shen)
        reading = asyncio.create_task(console.run(client))
        reading_direct = asyncio.create_task(direct.run(client))
        await asyncio.wait_for(console.connected.wait(), 30)
        await asyncio.wait_for(direct.connected.wait(), 30)
        committed: dict[str, float] = {}
        failures = 0
        watching = asyncio.create_task(watcher.watch(stop_watching))

        async def register(n: int) -> None:
            nonlocal failures
            response = await client.post(
                f"{gateway}/api/documents/incoming",
                json=projection_bench.incoming_body(100_000 + n),
                headers=shen,
            )
            if response.is_success:
                committed[response.json()["id"]] = answered = time.perf_counter()
                watcher.pending[response.json()["id"]] = (1, answered)  # a registration opens its stream
            else:
                failures += 1

        await open_loop(rate, seconds, register)
        shuniu = await latencies(console, committed)
        straight = await latencies(direct, committed, wait=0)
        on_topic = lags(topic_reader.arrived, committed)
        stop_reading.set()
        await reading_topic
        stop_watching.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(watching, 10)
        await engine.dispose()
        reading.cancel()
        reading_direct.cancel()

        bare_console = Console(f"{bare}/live", {})
        reading = asyncio.create_task(bare_console.run(client))
        await asyncio.wait_for(bare_console.connected.wait(), 30)
        sent: dict[str, float] = {}

        async def publish(n: int) -> None:
            key = f"bare-{n}"
            sent[key] = time.perf_counter()  # the bare server has no commit: timed from the send
            await client.post(f"{bare}/publish", content=json.dumps({"id": key}))

        await open_loop(rate, seconds, publish)
        base = await latencies(bare_console, sent)
        reading.cancel()
    return {
        "push_rate_per_second": rate,
        "push_seconds": seconds,
        "push_commands": len(committed),
        "push_failures": failures,
        "push_unseen": len(committed) - len(shuniu),
        "push_p50_ms": percentile(shuniu, 50) if shuniu else None,
        "push_p99_ms": percentile(shuniu, 99) if shuniu else None,
        "read_model_p50_ms": percentile(watcher.lags, 50) if watcher.lags else None,
        "read_model_p99_ms": percentile(watcher.lags, 99) if watcher.lags else None,
        "topic_p50_ms": percentile(on_topic, 50) if on_topic else None,
        "topic_p99_ms": percentile(on_topic, 99) if on_topic else None,
        "direct_push_p50_ms": percentile(straight, 50) if straight else None,
        "direct_push_p99_ms": percentile(straight, 99) if straight else None,
        "baseline_push_p50_ms": percentile(base, 50) if base else None,
        "baseline_push_p99_ms": percentile(base, 99) if base else None,
        "push_load_average": load_average(),
    }


async def open_consoles(host: str, port: int, path: str, headers: dict[str, str], count: int) -> list[Any]:
    """Up to `count` streams on raw sockets (an httpx client per console would weigh on this process,
    not on the server), each open once it has read its `connected` line; stops at the first one not
    answered within 10 s (the gateway holds as many as its pool of pushes to the upstream allows)."""
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n"
    request += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
    writers = []
    for _ in range(count):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(request.encode())
        await writer.drain()
        writers.append(writer)
        try:
            while b"connected" not in await asyncio.wait_for(reader.readline(), 10):
                pass
        except TimeoutError:
            writers.pop().close()
            break
    return writers


async def close_all(writers: list[Any]) -> None:
    for writer in writers:
        writer.close()
    await asyncio.sleep(2)


async def console_memory(processes: Processes, bare_pid: int, bare_port: int, count: int) -> dict[str, Any]:
    """Through the gateway, as the console opens them; then straight to the projection, which holds
    the streams whichever gateway forwards them; then the bare server."""
    # The notifications service holds no stream (the console's badge asks it for the unread count when
    # a push says the inbox changed): its memory is read beside theirs, as the issue asks for it.
    pids = {name: processes.running[name].pid for name in ("gateway", "projection", "notifications")}
    shen = projection_bench.clerk_headers()
    figures: dict[str, Any] = {"consoles": count}
    for route, service, path in (
        ("gateway", "gateway", "/api/dashboards/live"),
        ("direct", "projection", "/live"),
    ):
        port = int(processes.urls[service].rsplit(":", 1)[1])
        before = {name: resident_mib(pid) for name, pid in pids.items()}
        writers = await open_consoles("127.0.0.1", port, path, shen, count)
        after = {name: resident_mib(pid) for name, pid in pids.items()}
        figures[route] = {
            "opened": len(writers),
            "memory_mib_before": before,
            "memory_mib_with_consoles": after,
        }
        await close_all(writers)
    bare_before = resident_mib(bare_pid)
    writers = await open_consoles("127.0.0.1", bare_port, "/live", {}, count)
    figures["baseline"] = {
        "opened": len(writers),
        "memory_mib_before": bare_before,
        "memory_mib_with_consoles": resident_mib(bare_pid),
    }
    await close_all(writers)
    figures["memory_load_average"] = load_average()
    return figures


async def open_tasks(gateway: str, count: int, concurrency: int = 16) -> int:
    """`count` 督办 tasks opened by 周督查 for 财政局, each a `task.opened` the rules turn into notices
    (its head 陈局长, and its 联络员 where the directory names one). Returns how many were opened."""
    token = issue_dev_token(
        Settings(jwt_secret=SECRET), "zhou", "周督查", "office.supervision", ["supervisor"], "秘密"
    )
    headers = {"Authorization": f"Bearer {token}"}
    deadline = (datetime.now(OFFICE_TZ).date() + timedelta(days=30)).isoformat()
    remaining, opened = count, 0

    async def supervisor(client: httpx.AsyncClient) -> None:
        nonlocal remaining, opened
        while remaining > 0:
            remaining -= 1
            body = {"title": f"督办第{remaining}项工作", "lead_department": "finance", "deadline": deadline}
            response = await client.post(f"{gateway}/api/supervision/tasks", json=body, headers=headers)
            response.raise_for_status()
            opened += 1

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(supervisor(client) for _ in range(concurrency)))
    return opened


async def notices_rate(processes: Processes, database: str, bootstrap: str, tasks: int) -> dict[str, Any]:
    """The notices/s the notifications service sustains: with the service stopped, `tasks` tasks are
    opened and their events wait on Kafka; restarted, its real consumer (group notifications.notices,
    on PostgreSQL) works through them, timed from its first notice to the task it remembers last (in
    the same transaction as that event's notices). The baseline: a raw aiokafka consumer reading the
    same events from the topic, with no database."""
    processes.stop("notifications")
    opened = await open_tasks(processes.urls["gateway"], tasks)
    # A first raw read waits until the supervision relay has published them all; the second is timed.
    await platform_bench.raw_consume_rate(bootstrap, SUPERVISION_TOPIC, opened)
    raw = await platform_bench.raw_consume_rate(bootstrap, SUPERVISION_TOPIC, opened)
    engine = create_async_engine(database)
    try:

        async def counts() -> tuple[int, int]:
            async with engine.connect() as connection:
                remembered = await connection.scalar(select(func.count()).select_from(tasks_table))
                made = await connection.scalar(select(func.count()).select_from(deliveries_table))
            return remembered or 0, made or 0

        before_tasks, before_notices = await counts()
        processes.restart("notifications")
        first = last = None
        remembered, made = before_tasks, before_notices
        give_up = time.perf_counter() + 300
        while remembered < before_tasks + opened and time.perf_counter() < give_up:
            await asyncio.sleep(0.05)
            remembered, made = await counts()
            if first is None and made > before_notices:
                first = time.perf_counter()
        last = time.perf_counter()
        memory = resident_mib(processes.running["notifications"].pid)
    finally:
        await engine.dispose()
    events, notices = remembered - before_tasks, made - before_notices
    seconds = (last - first) if first is not None else None
    return {
        "notices_tasks": opened,
        "notices_events_handled": events,
        "notices_made": notices,
        "notices_seconds": seconds,
        "notices_events_per_second": events / seconds if seconds else None,
        "notices_per_second": notices / seconds if seconds else None,
        "notices_raw_consume_events_per_second": raw,
        "notices_memory_mib": memory,
        "notices_load_average": load_average(),
    }


def report(f: dict[str, Any], facts: dict[str, str]) -> str:
    def ms(value: float | None) -> str:
        return "—" if value is None else f"{value:.0f} ms"

    def grew(part: dict[str, Any], name: str | None = None) -> str:
        before, after = part["memory_mib_before"], part["memory_mib_with_consoles"]
        if name is not None:
            before, after = before[name], after[name]
        return f"{before:.0f} → {after:.0f} MiB (+{after - before:.0f})"

    def secs(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f} s"

    def rate(value: float | None) -> str:
        return "—" if value is None else f"{value:,.0f}"

    gateway, direct, bare = f["gateway"], f["direct"], f["baseline"]
    met = f["push_p99_ms"] is not None and f["push_p99_ms"] <= GOAL_P99_MS and f["push_unseen"] == 0
    return "\n".join(
        [
            "# Live console: commit → push, and 1,000 open consoles (issue 22)",
            "",
            machine_line(facts),
            "",
            "| figure | Shuniu | baseline (bare SSE server) | goal |",
            "|---|---|---|---|",
            f"| commit → push on an open console, p50 | {ms(f['push_p50_ms'])} | {ms(f['baseline_push_p50_ms'])} | |",
            f"| commit → push on an open console, p99 | {ms(f['push_p99_ms'])} | {ms(f['baseline_push_p99_ms'])} "
            f"| ≤ {GOAL_P99_MS:.0f} ms ({'met' if met else 'missed'}) |",
            f"| the same, straight to the projection (no gateway), p50 / p99 | {ms(f['direct_push_p50_ms'])} / "
            f"{ms(f['direct_push_p99_ms'])} | | |",
            f"| of which commit → the projection's read model, p50 / p99 | {ms(f['read_model_p50_ms'])} / "
            f"{ms(f['read_model_p99_ms'])} | | |",
            f"| of which commit → the documents topic, p50 / p99 | {ms(f['topic_p50_ms'])} / "
            f"{ms(f['topic_p99_ms'])} | | |",
            f"| consoles held open, of {f['consoles']} asked | {gateway['opened']} through the gateway, "
            f"{direct['opened']} straight to the projection | {bare['opened']} | {f['consoles']} |",
            f"| projection's memory with {direct['opened']} consoles | {grew(direct, 'projection')} "
            f"| {grew(bare)} | |",
            f"| gateway's memory with {gateway['opened']} consoles | {grew(gateway, 'gateway')} | — | |",
            f"| notifications service's memory with {gateway['opened']} consoles | "
            f"{grew(gateway, 'notifications')} | — | |",
            f"| notices/s the notifications service sustains | {rate(f['notices_per_second'])} notices/s "
            f"({rate(f['notices_events_per_second'])} events/s) | raw aiokafka consume of the same events: "
            f"{rate(f['notices_raw_consume_events_per_second'])} events/s | |",
            "",
            f"Load average (1, 5, 15 min) after each part: commit → push {f['push_load_average']}; "
            f"consoles {f['memory_load_average']}; notices/s {f['notices_load_average']}.",
            "",
            f"Half load: {f['push_rate_per_second']:.1f} 收文 registrations/s for {f['push_seconds']:.0f} s "
            f"(half the {f['commands_per_second']:.1f}/s of a closed-loop round), {f['push_commands']} answered, "
            f"{f['push_failures']} refused, {f['push_unseen']} never pushed within 10 s. The Shuniu figure runs "
            "from the registration's answer (its commit) to the `changed` message on 沈秘书's console through "
            "the gateway (`GET /api/dashboards/live`), after the projection has applied the event; the "
            "baseline's from the send to the bare server, which has no commit, read model or gateway.",
            "",
            "Where the time goes, from the legs measured in the same run: the same person's second console "
            "straight on the projection shows what the gateway adds (nothing to speak of); a poller of the "
            "projection's `objects` table every 5 ms times commit → read model (the documents relay, Kafka "
            "with acks=all, the projection's consumer and its fsynced transaction); the rest is the live "
            "feed's. Profiled with py-spy and timed this way (load average about 5), the feed used to add "
            "about 220 ms at p50 (305 ms to the console against 89 ms to the read model): it read its four "
            "topics in one round that waited out the quiet ones' 100 ms fetch every time, and checked the "
            "read models once a round, so an event read a few ms before its row was written waited a whole "
            "round more. It now reads each topic on its own and, while events wait, asks the read models "
            "every 20 ms as read-your-writes does (shuniu_projection/app/live.py): commit → push is now "
            "commit → read model plus a few ms.",
            "",
            "Commit → read model is split again in the same run: a reader of the documents topic (no group, "
            "from its end) times commit → topic, the documents relay and Kafka; the rest is the projection's "
            "consumer. Timed inside the consumer in a bench run (each fetch's records' age against their "
            "Kafka timestamps, each round's transaction and offset commit; load average 12–17), an event met "
            "four waits besides its own work, now gone: the relay's wake-up was lost when a commit came while "
            "a pass published (the flag was cleared after the pass), so those rows waited out its 250 ms idle "
            "interval (commit → topic p99 393 ms against p50 61 ms); aiokafka sends one fetch at a time to a "
            "broker and leaves out the partitions whose records it holds, so an event on such a partition "
            "waited for a long poll of the quiet ones, 500 ms (records 514–595 ms old at fetch in 5 rounds of "
            "37); a round applied each partition in its own transaction, three fsyncs instead of one; and "
            "it waited for the broker's offset commit (10–256 ms a round) before the next fetch. What is "
            "left is the read models' own statements, a few per event, one at a time on one connection: at "
            "half load the consumer is busy most of each second, and what an event waits is the round in "
            "hand (shared/shuniu_shared/consumer.py, kafka.py, outbox.py; docs/platform.md).",
            "",
            "Consoles through the gateway: each open stream holds one of the gateway's connections to the "
            "projection, from a pool of pushes of its own (shuniu_gateway/upstreams.py, `STREAMS`, 10,000 a "
            "service), so open consoles take no connection from the requests; the bench stops at the first "
            "console not answered within 10 s.",
            "",
            f"Notices/s: {f['notices_tasks']} 督办 tasks opened by 周督查 for 财政局 while the notifications "
            "service was stopped, their `task.opened` events left waiting on Kafka; restarted, its own consumer "
            "(group `notifications.notices`, on PostgreSQL, fsync on) made "
            f"{f['notices_made']} notices (to 陈局长, 财政局's head, in his console inbox; the "
            "directory names no 联络员 for it, the default rules no mail address) of "
            f"{f['notices_events_handled']} events in "
            f"{secs(f['notices_seconds'])}, timed from its first notice to the last task it remembers (written "
            "in the same transaction as that event's notices). The consumer applies a partition's batch in "
            "one transaction: each event's inbox row, the task kept for its escalation, a delivery per "
            "recipient and channel. The baseline reads the same events from the topic with a raw aiokafka consumer, "
            "which writes nothing. The service's memory after that backlog: "
            f"{f['notices_memory_mib']:.0f} MiB.",
            "",
        ]
    )


async def measure(quick: bool) -> dict[str, Any]:
    with bench_directory() as base, durable_postgres(base) as postgres, kafka_broker(base) as kafka:
        processes = Processes(base)
        bare_port = free_port()
        try:
            databases = start_stack(processes, postgres, kafka.bootstrap, base)
            processes.start(
                "bare-sse",
                [sys.executable, "-m", "bench.notifications", "--serve-bare", str(bare_port)],
                dict(os.environ),
                bare_port,
            )
            await processes.wait_until_up(120)
            gateway = processes.urls["gateway"]
            pids = {name: process.pid for name, process in processes.running.items()}
            await closed_loop(f"{gateway}/api/documents/incoming", 50, 4, pids, base)  # warm up
            rate = (
                await closed_loop(f"{gateway}/api/documents/incoming", 200 if quick else 1000, 16, pids, base)
            ).per_second
            figures: dict[str, Any] = {"commands_per_second": rate}
            figures |= await push_latency(
                gateway,
                processes.urls["projection"],
                databases["projection"],
                processes.urls["bare-sse"],
                kafka.bootstrap,
                rate / 2,
                10 if quick else 30,
            )
            figures |= await console_memory(processes, processes.running["bare-sse"].pid, bare_port, CONSOLES)
            figures |= await notices_rate(
                processes, databases["notifications"], kafka.bootstrap, 300 if quick else 2000
            )
        finally:
            processes.stop_all()
    return figures


def run(quick: bool) -> None:
    facts = machine()
    figures = asyncio.run(measure(quick))
    write_report("notifications", report(figures, facts), figures | {"machine": facts, "quick": quick})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve-bare", type=int, help=argparse.SUPPRESS)  # the baseline's own process
    arguments = parser.parse_args()
    if arguments.serve_bare:
        serve_bare(arguments.serve_bare)
        return
    # Stopped (Ctrl-C, SIGTERM), the run still stops every process it started, then Kafka and PostgreSQL.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    run(arguments.quick)


if __name__ == "__main__":
    main()
