"""The stack under test: PostgreSQL and Kafka on free ports under a throwaway directory, each service
its own process (as `make stack` runs them) on free ports, so a developer's `make stack` on
8000-8007 is never touched. Services can be SIGKILLed and started again one by one.

With `brokers` > 1 Kafka is a KRaft cluster, and with `replicas` > 1 each service runs that many
times, as `make stack BROKERS=3 REPLICAS=2` runs them: the processes are then named `documents.1`,
`documents.2`…, and gateway k forwards to replica k of every service."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from shuniu_infra.kafka import KafkaBroker, KafkaCluster, ensure_class_archive
from shuniu_infra.postgres import PostgresServer
from shuniu_infra.services import SERVICES
from shuniu_infra.stack import Replica, replicas_of, service_environment
from shuniu_infra.support import free_loopback_ports

JWT_SECRET = "shuniu-chaos-only-jwt-secret-never-use-in-production"
READY_SECONDS = 60.0


class ChaosStack:
    def __init__(
        self, base: Path, *, brokers: int = 1, replicas: int = 1, patience: float = READY_SECONDS
    ) -> None:
        self.base = base
        self.patience = patience  # seconds a server or a service may take to start
        self.base.mkdir(parents=True, exist_ok=True)
        self.base.chmod(0o755)  # as root, PostgreSQL runs as `postgres` and must reach its data
        self.replicas = {replica.name: replica for replica in replicas_of(replicas)}
        pg_port, *ports = free_loopback_ports(1 + 2 * brokers + len(self.replicas))
        kafka_ports, service_ports = ports[: 2 * brokers], ports[2 * brokers :]
        self.postgres = PostgresServer(base / "postgres", pg_port, durable=True)
        node_ports = list(zip(kafka_ports[::2], kafka_ports[1::2], strict=True))
        self.kafka: KafkaBroker | KafkaCluster = (
            KafkaBroker(base / "kafka", *node_ports[0])
            if brokers == 1
            else KafkaCluster(base / "kafka", node_ports)
        )
        # By process name: the service's own when it runs once, `documents.2` and the like otherwise.
        self.ports = dict(zip(self.replicas, service_ports, strict=True))
        self.database_urls: dict[str, str] = {}
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.environments: dict[str, dict[str, str]] = {}

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    @property
    def gateway(self) -> str:
        return self.gateways[0]

    @property
    def gateways(self) -> list[str]:
        return [
            self.url(name) for name, replica in self.replicas.items() if replica.service.name == "gateway"
        ]

    def start(self) -> None:
        ensure_class_archive()
        self.postgres.start()
        self.kafka.start(self.patience)
        for service in SERVICES:
            if service.owns_database:
                self.database_urls[service.name] = self.postgres.create_database(service.name)
        for name, replica in self.replicas.items():
            self.environments[name] = self._environment(replica)
        for name in self.replicas:
            self.start_service(name, wait=False)
        for name in self.replicas:
            self.wait_ready(name)

    def _environment(self, replica: Replica) -> dict[str, str]:
        os.environ["SHUNIU_JWT_SECRET"] = JWT_SECRET
        service = replica.service
        environment = service_environment(service, self.database_urls.get(service.name), self.kafka.bootstrap)
        environment["SHUNIU_HTTP_PORT"] = str(self.ports[replica.name])
        for upstream in service.routes_to:
            same_replica = Replica(next(s for s in SERVICES if s.name == upstream), replica.index, replica.of)
            environment[service.upstream_variable(upstream)] = self.url(same_replica.name)
        environment["SHUNIU_LOG_LEVEL"] = "WARNING"
        # The load comes from two signed-in people: the per-person limit would turn it into 429s.
        environment["SHUNIU_GATEWAY_RATE_LIMIT_PER_SECOND"] = "100000"
        environment["SHUNIU_GATEWAY_RATE_LIMIT_BURST"] = "100000"
        environment["SHUNIU_VAR_DIR"] = str(self.base / "var")
        return environment

    def start_service(self, name: str, *, wait: bool = True) -> float:
        began = time.monotonic()
        service = self.replicas[name].service
        log = open(self.base / f"{name}.log", "ab")
        command = [sys.executable, *service.command[1:]]
        self.processes[name] = subprocess.Popen(
            command,
            env=self.environments[name],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        if wait:
            self.wait_ready(name)
        return time.monotonic() - began

    def kill_service(self, name: str) -> None:
        process = self.processes[name]
        process.send_signal(signal.SIGKILL)
        process.wait()

    def wait_ready(self, name: str, timeout: float | None = None) -> None:
        timeout = timeout or self.patience
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"{name} exited; see {self.base / (name + '.log')}")
            try:
                if httpx.get(f"{self.url(name)}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} not ready within {timeout} s")

    def rss_mb(self) -> dict[str, float]:
        sizes = {}
        for name, process in self.processes.items():
            try:
                for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        sizes[name] = int(line.split()[1]) / 1024
            except OSError:
                pass
        return sizes

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.kafka.stop(30)
        self.postgres.stop()
