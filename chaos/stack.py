"""The stack under test: PostgreSQL and Kafka on free ports under a throwaway directory, each service
its own process (as `make stack` runs them) on free ports, so a developer's `make stack` on
8000-8005 is never touched. Services can be SIGKILLed and started again one by one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from shuniu_infra.kafka import KafkaBroker, ensure_class_archive
from shuniu_infra.postgres import PostgresServer
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_infra.stack import service_environment
from shuniu_infra.support import free_loopback_ports

JWT_SECRET = "shuniu-chaos-only-jwt-secret-never-use-in-production"
READY_SECONDS = 60.0


class ChaosStack:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.base.mkdir(parents=True, exist_ok=True)
        self.base.chmod(0o755)  # as root, PostgreSQL runs as `postgres` and must reach its data
        pg_port, kafka_port, controller_port, *service_ports = free_loopback_ports(3 + len(SERVICES))
        self.postgres = PostgresServer(base / "postgres", pg_port, durable=True)
        self.kafka = KafkaBroker(base / "kafka", kafka_port, controller_port)
        self.ports = {service.name: port for service, port in zip(SERVICES, service_ports, strict=True)}
        self.database_urls: dict[str, str] = {}
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.environments: dict[str, dict[str, str]] = {}

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    @property
    def gateway(self) -> str:
        return self.url("gateway")

    def start(self) -> None:
        ensure_class_archive()
        self.postgres.start()
        self.kafka.start()
        for service in SERVICES:
            if service.owns_database:
                self.database_urls[service.name] = self.postgres.create_database(service.name)
            self.environments[service.name] = self._environment(service)
        for service in SERVICES:
            self.start_service(service.name, wait=False)
        for service in SERVICES:
            self.wait_ready(service.name)

    def _environment(self, service: ServiceProcess) -> dict[str, str]:
        os.environ["SHUNIU_JWT_SECRET"] = JWT_SECRET
        environment = service_environment(service, self.database_urls.get(service.name), self.kafka.bootstrap)
        environment["SHUNIU_HTTP_PORT"] = str(self.ports[service.name])
        for upstream in service.routes_to:
            environment[service.upstream_variable(upstream)] = self.url(upstream)
        environment["SHUNIU_LOG_LEVEL"] = "WARNING"
        # The load comes from two signed-in people: the per-person limit would turn it into 429s.
        environment["SHUNIU_GATEWAY_RATE_LIMIT_PER_SECOND"] = "100000"
        environment["SHUNIU_GATEWAY_RATE_LIMIT_BURST"] = "100000"
        environment["SHUNIU_VAR_DIR"] = str(self.base / "var")
        return environment

    def start_service(self, name: str, *, wait: bool = True) -> float:
        began = time.monotonic()
        service = next(s for s in SERVICES if s.name == name)
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

    def wait_ready(self, name: str) -> None:
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.processes[name].poll() is not None:
                raise RuntimeError(f"{name} exited; see {self.base / (name + '.log')}")
            try:
                if httpx.get(f"{self.url(name)}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} not ready within {READY_SECONDS} s")

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
