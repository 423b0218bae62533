"""The fault sequence, its checks and the report."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import platform
import subprocess
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from aiokafka import AIOKafkaProducer

from chaos.load import SLOW_SECONDS, Load, token
from chaos.stack import ChaosStack
from chaos.verify import TopicWatcher, converge, plain

KILL_ORDER = ["documents", "supervision", "projection", "meetings", "reception", "gateway"]
PROBES = {
    "gateway → documents list": ("gateway", "/api/documents/incoming?limit=1"),
    "gateway → dashboards overview": ("gateway", "/api/dashboards/overview"),
    "documents direct list": ("documents", "/incoming?limit=1"),
    "projection direct overview": ("projection", "/overview"),
}


class Chaos:
    def __init__(self, stack: ChaosStack, kafka_down_seconds: float, quick: bool) -> None:
        self.stack = stack
        self.run = uuid.uuid4().hex[:8]
        self.load = Load([stack.gateway], self.run)
        self.topics = TopicWatcher(stack.kafka.bootstrap)
        self.kafka_down_seconds = kafka_down_seconds
        self.quick = quick
        self.phases: list[dict[str, Any]] = []
        self.probes: list[dict[str, Any]] = []
        self._probing = True

    async def main(self) -> dict[str, Any]:
        self.topics.start()
        workers = asyncio.create_task(self.load.run_workers())
        prober = asyncio.create_task(self._probe())
        try:
            await self._phase("warm-up", None)
            for name in KILL_ORDER:
                await self._phase(f"SIGKILL {name}", lambda name=name: self._kill(name))
            await self._phase("Kafka broker stopped", self._kafka_down)
            await self._phase("PostgreSQL restarted", self._postgres_down)
            poison = await self._poison()
        finally:
            self.load.stop()
            self._probing = False
            await workers
            await prober
        final_seconds, final = await converge(
            self.run, self.load.commands(), self.stack.database_urls, self.topics
        )
        await self.topics.stop()
        return {
            "run": self.run,
            "phases": self.phases,
            "poison": poison,
            "final": {
                "converged_seconds": None if final_seconds is None else round(final_seconds, 2),
                "problems": final.problems,
                "doubled_on_topic": final.doubled,
                "figures": final.figures,
            },
            "accepted": len(self.load.accepted),
            "rejected": self.load.rejected,
            "given_up": self.load.given_up,
            "attempts": self._attempt_table(),
            "probes": self._probe_table(),
            "rss_mb_after": self.stack.rss_mb(),
        }

    async def _phase(self, name: str, fault: Any) -> None:
        say(f"phase: {name}")
        self.load.phase = name
        began = time.time()
        accepted_before = len(self.load.accepted)
        detail: dict[str, Any] = {}
        await asyncio.sleep(3 if self.quick else 5)
        if fault is not None:
            detail = await fault()
        await asyncio.sleep(3 if self.quick else 5)
        self.load.phase = f"{name}: checking"
        self.load.pause()
        await self.load.drained()
        seconds, result = await converge(
            self.run, self.load.commands(), self.stack.database_urls, self.topics
        )
        self.phases.append(
            {
                "phase": name,
                "seconds": round(time.time() - began, 1),
                "accepted_in_phase": len(self.load.accepted) - accepted_before,
                "accepted_total": len(self.load.accepted),
                "converged_seconds": None if seconds is None else round(seconds, 2),
                "problems": result.problems,
                "doubled_on_topic": result.doubled,
                "figures": result.figures,
                "loadavg": os.getloadavg(),
                **detail,
            }
        )
        say(
            f"  converged in {seconds if seconds is None else round(seconds, 2)} s; {result.problems or 'ok'}"
            f"{'; ' + str(result.doubled) if result.doubled else ''}"
        )
        self.load.phase = name + ": after"
        self.load.resume()

    async def _kill(self, name: str) -> dict[str, Any]:
        await asyncio.to_thread(self.stack.kill_service, name)
        await asyncio.sleep(2)
        restart = await asyncio.to_thread(self.stack.start_service, name)
        return {"restart_to_ready_seconds": round(restart, 2)}

    async def _kafka_down(self) -> dict[str, Any]:
        await asyncio.to_thread(self.stack.kafka.stop, 30)
        self.load.phase = "Kafka broker stopped: down"
        await asyncio.sleep(self.kafka_down_seconds)
        began = time.monotonic()
        await asyncio.to_thread(self.stack.kafka.start)
        self.load.phase = "Kafka broker stopped"
        return {"down_seconds": self.kafka_down_seconds, "start_seconds": round(time.monotonic() - began, 2)}

    async def _postgres_down(self) -> dict[str, Any]:
        await asyncio.to_thread(self.stack.postgres.stop)
        self.load.phase = "PostgreSQL restarted: down"
        await asyncio.sleep(5)
        await asyncio.to_thread(self.stack.postgres.start)
        self.load.phase = "PostgreSQL restarted"
        return {"down_seconds": 5}

    async def _poison(self) -> dict[str, Any]:
        """A record that is not a CloudEvent, and a CloudEvent of a real type whose data breaks its
        schema, on the documents topic: both must reach the projection's DLQ while the load goes on."""
        say("phase: poison events")
        self.load.phase = "poison"
        accepted_before = len(self.load.accepted)
        store = await asyncpg.connect(plain(self.stack.database_urls["documents"]))
        try:
            real_type = await store.fetchval("SELECT type FROM events ORDER BY position LIMIT 1")
        finally:
            await store.close()
        marker = f"chaos-poison-{self.run}"
        bad_id = str(uuid.uuid4())
        producer = AIOKafkaProducer(bootstrap_servers=self.stack.kafka.bootstrap, acks="all")
        await producer.start()
        try:
            await producer.send_and_wait(
                "shuniu.documents.events", f"{{not a cloud event {marker}".encode(), key=marker.encode()
            )
            headers = {
                "ce_specversion": "1.0",
                "ce_id": bad_id,
                "ce_source": "/shuniu/documents",
                "ce_type": real_type,
                "ce_subject": marker,
                "ce_time": datetime.now(UTC).isoformat(),
                "ce_sequence": "1",
                "content-type": "application/json",
            }
            await producer.send_and_wait(
                "shuniu.documents.events",
                json.dumps({"title": 12345, "unexpected": [marker]}).encode(),
                key=marker.encode(),
                headers=[(k, v.encode()) for k, v in headers.items()],
            )
        finally:
            await producer.stop()
        began = time.monotonic()
        dlq = "shuniu.projection.read-models.dlq"
        found: dict[str, float] = {}
        while time.monotonic() - began < 90 and len(found) < 2:
            for headers_seen, value in self.topics.records.get(dlq, []):
                if marker.encode() in value and "not a CloudEvent" not in found:
                    found["not a CloudEvent"] = time.monotonic() - began
                if headers_seen.get("ce_id") == bad_id.encode() and "schema-breaking" not in found:
                    found["schema-breaking"] = time.monotonic() - began
            await asyncio.sleep(0.25)
        await asyncio.sleep(3 if self.quick else 5)
        self.load.pause()
        await self.load.drained()
        seconds, result = await converge(
            self.run, self.load.commands(), self.stack.database_urls, self.topics
        )
        projection = await asyncpg.connect(plain(self.stack.database_urls["projection"]))
        try:
            in_timeline = await projection.fetchval(
                "SELECT count(*) FROM timeline WHERE event_id = $1 OR stream_id = $2", bad_id, marker
            )
        finally:
            await projection.close()
        dlq_errors = [
            {
                k: v.decode(errors="replace")[:200]
                for k, v in h.items()
                if k in ("dlq_error", "dlq_attempts", "dlq_group")
            }
            for topic, records in self.topics.records.items()
            for h, value in records
            if marker.encode() in value or h.get("ce_id") == bad_id.encode()
        ]
        every_dlq = {
            topic: sum(1 for h, v in records if marker.encode() in v or h.get("ce_id") == bad_id.encode())
            for topic, records in self.topics.records.items()
        }
        self.load.resume()
        outcome = {
            "type_used": real_type,
            "dead_lettered_after_seconds": {k: round(v, 2) for k, v in found.items()},
            "poison_records_per_dlq": every_dlq,
            "dlq_headers": dlq_errors,
            "poison_in_projection_timeline": in_timeline,
            "accepted_while_poisoned": len(self.load.accepted) - accepted_before,
            "converged_seconds": None if seconds is None else round(seconds, 2),
            "problems": result.problems
            + ([] if len(found) == 2 else [f"not dead-lettered: {2 - len(found)}"]),
            "doubled_on_topic": result.doubled,
        }
        say(f"  poison: {outcome['dead_lettered_after_seconds']}; {outcome['problems'] or 'ok'}")
        return outcome

    async def _probe(self) -> None:
        bearer = token("feng")
        async with httpx.AsyncClient(timeout=15, headers={"Authorization": f"Bearer {bearer}"}) as client:
            while self._probing:
                for label, (service, path) in PROBES.items():
                    phase = self.load.phase
                    sent = time.monotonic()
                    try:
                        outcome = str((await client.get(self.stack.url(service) + path)).status_code)
                    except httpx.HTTPError as error:
                        outcome = type(error).__name__
                    self.probes.append(
                        {
                            "probe": label,
                            "phase": phase,
                            "outcome": outcome,
                            "seconds": time.monotonic() - sent,
                        }
                    )
                await asyncio.sleep(0.5)

    def _attempt_table(self) -> dict[str, Any]:
        table: dict[str, Any] = {}
        by_phase: dict[str, list[Any]] = defaultdict(list)
        for attempt in self.load.attempts:
            by_phase[attempt.phase].append(attempt)
        for phase, attempts in by_phase.items():
            seconds = sorted(a.seconds for a in attempts)
            table[phase] = {
                "outcomes": dict(
                    Counter(a.outcome + (f" {a.problem}" if a.problem else "") for a in attempts)
                ),
                "p50_ms": round(1000 * seconds[len(seconds) // 2], 1),
                "p99_ms": round(1000 * seconds[min(len(seconds) - 1, int(len(seconds) * 0.99))], 1),
                "max_ms": round(1000 * seconds[-1], 1),
                "slower_than_5s": sum(1 for s in seconds if s > SLOW_SECONDS),
            }
        return table

    def _probe_table(self) -> dict[str, Any]:
        table: dict[str, Any] = defaultdict(dict)
        grouped: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for probe in self.probes:
            grouped[(probe["phase"], probe["probe"])].append(probe)
        for (phase, label), probes in grouped.items():
            table[phase][label] = {
                "outcomes": dict(Counter(p["outcome"] for p in probes)),
                "max_ms": round(1000 * max(p["seconds"] for p in probes), 1),
            }
        return dict(table)


def machine() -> dict[str, Any]:
    memory = next(
        (
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "0",
    )
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "host": platform.node(),
        "kernel": platform.release(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory) / 1024 / 1024, 1),
        "python": platform.python_version(),
        "commit": commit,
    }


def say(message: str) -> None:
    print(f"[chaos {datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def run_faults(stack: ChaosStack, kafka_down_seconds: float, quick: bool) -> dict[str, Any]:
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # the watcher's reconnect noise
    result = asyncio.run(Chaos(stack, kafka_down_seconds, quick).main())
    result["stack"] = {"base": str(stack.base), "ports": stack.ports}
    return result
