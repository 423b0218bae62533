"""Issue 20's distributed fault test: a 3-broker KRaft cluster and two replicas of every service
under load. One broker is SIGKILLed and brought back; then one replica of every service is SIGKILLed
at once and started again, so every consumer group loses a member and rebalances twice (without it,
and with it again: the new process handling events shows the second). After each fault and at the
end: every 2xx command's events are in the store, on the topic exactly once and in the read models
(chaos.verify), and each replica did part of the work, counted from its own /metrics (scraped all
along: a killed process's counters die with it, so each process's last figures are kept and added
up by replica)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client.parser import text_string_to_metric_families
from shuniu_infra.kafka import KafkaCluster

from chaos.load import Load
from chaos.run import say
from chaos.stack import ChaosStack
from chaos.verify import TopicWatcher, converge

# Seven services' replicas, three JVMs and the load on two cores that other work shares: a node
# replaying its log after SIGKILL, or seven processes starting at once, can take minutes there.
RESTART_SECONDS = 300.0
BROKERS = 3
REPLICAS = 2
KILLED_BROKER = 2  # a node id: any one will do, the controllers elect among the other two
KILLED_REPLICA = 1  # documents.1, gateway.1, …: half of each service
# The work a replica does, by what its own /metrics counts: commands answered 2xx for the command
# services and the gateway, events handled for the consumers. (A service's relay is a standby on
# all replicas but the one holding its lock, so published events are reported but not required.)
WORK = {
    "commands_2xx": (
        "shuniu_http_requests_total",
        lambda labels: labels.get("method") == "POST" and labels.get("status", "")[:1] == "2",
    ),
    "events_consumed": ("shuniu_events_consumed_total", lambda labels: True),
    "events_published": ("shuniu_events_published_total", lambda labels: True),
}
# The services whose consumer groups the load's events reach (notifications' and the projection's
# from every topic, supervision's from documents'): each must give the killed replica's successor a share.
CONSUMER_GROUPS = ("projection", "notifications", "supervision")
REQUIRED_WORK = {
    "gateway": "commands_2xx",
    "documents": "commands_2xx",
    "supervision": "commands_2xx",
    "meetings": "commands_2xx",
    "reception": "commands_2xx",
    "projection": "events_consumed",
    "notifications": "events_consumed",
}


class ClusterChaos:
    def __init__(self, stack: ChaosStack, quick: bool) -> None:
        self.stack = stack
        self.run = uuid.uuid4().hex[:8]
        self.load = Load(stack.gateways, self.run)
        self.topics = TopicWatcher(stack.kafka.bootstrap)
        self.quick = quick
        self.phases: list[dict[str, Any]] = []
        # (process name, pid) → work figure → its last value scraped
        self.work: dict[tuple[str, int], dict[str, float]] = {}
        self._watching = True
        self._began = time.monotonic()

    async def main(self) -> dict[str, Any]:
        self.topics.start()
        workers = asyncio.create_task(self.load.run_workers())
        scraper = asyncio.create_task(self._scrape())
        try:
            await self._phase("warm-up", None)
            await self._phase(f"SIGKILL Kafka broker {KILLED_BROKER}", self._kill_broker)
            await self._phase(f"SIGKILL replica {KILLED_REPLICA} of every service", self._kill_replicas)
        finally:
            self.load.stop()
            await workers
        stopped = time.monotonic()
        final_seconds, final = await converge(
            self.run, self.load.commands(), self.stack.database_urls, self.topics
        )
        await self._scrape_once()  # the counters as they stand once everything has converged
        self._watching = False
        scraper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await scraper
        await self.topics.stop()
        return {
            "run": self.run,
            "brokers": BROKERS,
            "replicas": REPLICAS,
            "topics": await self._topic_layout(),
            "phases": self.phases,
            "final": {
                "converged_seconds": None if final_seconds is None else round(final_seconds, 2),
                "seconds_after_load_stopped": round(time.monotonic() - stopped, 2),
                "problems": final.problems,
                "doubled_on_topic": final.doubled,
                "figures": final.figures,
            },
            "accepted": len(self.load.accepted),
            "rejected": self.load.rejected,
            "given_up": self.load.given_up,
            "attempts": len(self.load.attempts),
            "share": self._share(),
            "after_restart": self._successors(),
        }

    async def _phase(self, name: str, fault: Any) -> None:
        say(f"cluster phase: {name}")
        self.load.phase = name
        began = time.time()
        accepted_before = len(self.load.accepted)
        detail: dict[str, Any] = {"at_seconds": round(time.monotonic() - self._began, 1)}
        await asyncio.sleep(5 if self.quick else 10)
        if fault is not None:
            detail |= await fault()
        await asyncio.sleep(5 if self.quick else 10)
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
                "loadavg": os.getloadavg(),
                **detail,
            }
        )
        say(f"  converged in {None if seconds is None else round(seconds, 2)} s; {result.problems or 'ok'}")
        self.load.resume()

    async def _kill_broker(self) -> dict[str, Any]:
        assert isinstance(self.stack.kafka, KafkaCluster)
        broker = self.stack.kafka.brokers[KILLED_BROKER - 1]
        down = 5 if self.quick else 10
        await asyncio.to_thread(broker.kill)
        await asyncio.sleep(down)
        began = time.monotonic()
        await asyncio.to_thread(broker.start, self.stack.patience)
        return {"broker_down_seconds": down, "broker_restart_seconds": round(time.monotonic() - began, 2)}

    async def _kill_replicas(self) -> dict[str, Any]:
        names = [name for name, replica in self.stack.replicas.items() if replica.index == KILLED_REPLICA - 1]
        await asyncio.gather(*(asyncio.to_thread(self.stack.kill_service, name) for name in names))
        await asyncio.sleep(3)
        began = time.monotonic()
        for name in names:
            self.stack.start_service(name, wait=False)
        await asyncio.gather(
            *(asyncio.to_thread(self.stack.wait_ready, name, RESTART_SECONDS) for name in names)
        )
        return {"killed": names, "replicas_ready_seconds": round(time.monotonic() - began, 2)}

    async def _scrape(self) -> None:
        while self._watching:
            await self._scrape_once()
            await asyncio.sleep(1)

    async def _scrape_once(self) -> None:
        async with httpx.AsyncClient(timeout=3) as client:
            for name, process in list(self.stack.processes.items()):
                if process.poll() is not None:
                    continue
                try:
                    text = (await client.get(f"{self.stack.url(name)}/metrics")).text
                except httpx.HTTPError:
                    continue
                figures: dict[str, float] = dict.fromkeys(WORK, 0.0)
                for family in text_string_to_metric_families(text):
                    for sample in family.samples:
                        for figure, (metric, wanted) in WORK.items():
                            if sample.name == metric and wanted(sample.labels):
                                figures[figure] += sample.value
                self.work[(name, process.pid)] = figures

    def _share(self) -> dict[str, dict[str, dict[str, float]]]:
        """Per service, per replica: each work figure summed over the replica's processes."""
        share: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
        for (name, _pid), figures in self.work.items():
            replica = self.stack.replicas[name]
            for figure, value in figures.items():
                mine = share[replica.service.name][name]
                mine[figure] = mine.get(figure, 0.0) + value
        return {service: dict(replicas) for service, replicas in share.items()}

    def _successors(self) -> dict[str, dict[str, float]]:
        """What the new process of each killed replica did once started again: for a consumer, events
        handled after its group rebalanced to give it back partitions."""
        processes: dict[str, list[dict[str, float]]] = defaultdict(list)
        for (name, _pid), figures in self.work.items():  # in the order the processes were first seen
            processes[name].append(figures)
        return {name: seen[-1] for name, seen in processes.items() if len(seen) > 1}

    async def _topic_layout(self) -> dict[str, Any]:
        admin = AIOKafkaAdminClient(bootstrap_servers=self.stack.kafka.bootstrap)
        await admin.start()
        try:
            described = await admin.describe_topics(
                [f"shuniu.{s}.events" for s in ("documents", "supervision")]
            )
        finally:
            await admin.close()
        return {
            entry["topic"]: [
                {"partition": p["partition"], "replicas": p["replicas"], "isr": p["isr"]}
                for p in sorted(entry["partitions"], key=lambda p: p["partition"])
            ]
            for entry in described
        }


def verdicts(cluster: dict[str, Any]) -> list[tuple[str, bool, str]]:
    """Issue 20's acceptance for the distributed test, met or not, from the run's figures."""
    final = cluster["final"]
    figures = final["figures"]
    lost = sum(f["accepted_without_events"] for f in figures.values())
    doubled_records = sum(f["duplicate_records_on_topic"] for f in figures.values())
    doubled_effects = sum(f["duplicate_rows_in_timeline"] for f in figures.values())
    idle = [
        name
        for service, figure in REQUIRED_WORK.items()
        for name, work in cluster["share"].get(service, {}).items()
        if not work.get(figure)
    ]
    missing_replicas = [
        service for service in REQUIRED_WORK if len(cluster["share"].get(service, {})) < cluster["replicas"]
    ]
    unconverged = [p["phase"] for p in cluster["phases"] if p["converged_seconds"] is None or p["problems"]]
    consumers = [f"{service}.{KILLED_REPLICA}" for service in CONSUMER_GROUPS]
    not_rejoined = [
        name for name in consumers if not cluster["after_restart"].get(name, {}).get("events_consumed")
    ]
    return [
        (
            "0 acknowledged commands lost: each 2xx command's events in the store, on the topic, in the read models",
            not lost and not final["problems"] and not unconverged and final["converged_seconds"] is not None,
            f"{cluster['accepted']} acknowledged, {lost} without events; problems: {final['problems'] or 'none'}"
            + (f"; not converged after {unconverged}" if unconverged else ""),
        ),
        (
            "0 duplicate effects: each event on its topic once, in the timeline once",
            not doubled_records and not doubled_effects and not final["doubled_on_topic"],
            f"{doubled_records} records published twice, {doubled_effects} timeline rows twice",
        ),
        (
            "work shared: every replica of every service did part of it",
            not idle and not missing_replicas,
            "every replica did some"
            if not idle and not missing_replicas
            else f"idle: {idle}; never scraped: {missing_replicas}",
        ),
        (
            "the consumer groups rebalanced: each killed consumer replica's new process handled events",
            not not_rejoined,
            ", ".join(
                f"{name} {cluster['after_restart'].get(name, {}).get('events_consumed', 0):.0f}"
                for name in consumers
            ),
        ),
    ]


def run_cluster(base: Path, quick: bool) -> dict[str, Any]:
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # the watchers' reconnect noise
    stack = ChaosStack(base, brokers=BROKERS, replicas=REPLICAS, patience=RESTART_SECONDS)
    began = time.monotonic()
    try:
        stack.start()
        started = round(time.monotonic() - began, 1)
        say(f"cluster stack up in {started} s: gateways {stack.gateways}, Kafka {stack.kafka.bootstrap}")
        result = asyncio.run(ClusterChaos(stack, quick).main())
    finally:
        stack.stop()
    result["stack_start_seconds"] = started
    return result
