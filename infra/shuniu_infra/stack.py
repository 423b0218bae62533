"""The local multi-process stack (`make stack`): PostgreSQL and Kafka under `var/stack/`, then every
service of `services.SERVICES` as its own process, with its output prefixed by its name.

`--brokers 3` makes Kafka a KRaft cluster of three nodes (every topic on three of them, two in sync
before a write is acknowledged); `--replicas 2` runs each service twice (`make stack BROKERS=3
REPLICAS=2`). Replica k (from 0) of a service listens on its port + 100·k, and gateway k forwards to
replica k of every service: the gateways share out the clients, and each replica of a service
serves its gateway's share, takes its share of the consumer group's partitions and stands by for
the outbox relay's lock.

In front of it all, HAProxy on port 8080 (`FRONT_DOOR_PORT`, issue 21): bearer calls for a service
go straight to replica 0 of it, everything else to gateway 0 (shuniu_gateway/front_door.py). The
gateway stays on 8000 as before.

PostgreSQL and Kafka keep their data between runs. `up` starts only the two servers and leaves them
running (the stack then reuses them and leaves them up); `down` stops them.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shuniu_shared.settings import SERVICE_PORTS, STACK_JWT_SECRET

from shuniu_infra.haproxy import HAProxyServer
from shuniu_infra.kafka import KafkaBroker, KafkaCluster, ensure_class_archive
from shuniu_infra.postgres import PostgresServer
from shuniu_infra.services import RECEPTION_KEK, SERVICES, ServiceProcess, front_door_variable

POSTGRES_PORT = 55432
KAFKA_PORT = 59092
KAFKA_CONTROLLER_PORT = 59093
# Node k (from 0) of a cluster: 59092 + 10·k for clients, one above for its controller.
KAFKA_NODE_PORT_STEP = 10
REPLICA_PORT_STEP = 100
FRONT_DOOR_PORT = 8080
DEV_JWT_SECRET = STACK_JWT_SECRET
SERVICE_STOP_SECONDS = 10.0
KAFKA_STOP_SECONDS = 30.0
_NAME_WIDTH = max(len(service.name) for service in SERVICES) + 2  # room for a replica's ".2"
# Variables the stack sets itself: an inherited value (e.g. the developer's own SHUNIU_DATABASE_URL)
# must not leak into a service that is not meant to have one, such as the gateway.
_STACK_VARIABLES = {name for service in SERVICES for name in service.environment_names}


@dataclass(frozen=True)
class Replica:
    """One process of a service: replica `index` (from 0) of `of` replicas."""

    service: ServiceProcess
    index: int = 0
    of: int = 1

    @property
    def name(self) -> str:
        return self.service.name if self.of == 1 else f"{self.service.name}.{self.index + 1}"

    @property
    def port(self) -> int:
        return replica_port(self.service.name, self.index)


def replica_port(service: str, index: int) -> int:
    return SERVICE_PORTS[service] + REPLICA_PORT_STEP * index


def replicas_of(replicas: int) -> list[Replica]:
    if replicas < 1:
        raise ValueError("a service needs at least one replica")
    return [Replica(service, index, replicas) for index in range(replicas) for service in SERVICES]


def kafka_node_ports(brokers: int) -> list[tuple[int, int]]:
    """(client port, controller port) of each node of the stack's Kafka."""
    if brokers < 1:
        raise ValueError("Kafka needs at least one broker")
    return [
        (KAFKA_PORT + KAFKA_NODE_PORT_STEP * node, KAFKA_CONTROLLER_PORT + KAFKA_NODE_PORT_STEP * node)
        for node in range(brokers)
    ]


def stack_kafka(state_dir: Path, brokers: int) -> KafkaBroker | KafkaCluster:
    """One broker under `kafka/` (as ever), or a cluster under `kafka-<n>/`: a single node's data
    cannot become a cluster's, so each size keeps its own."""
    if brokers == 1:
        return KafkaBroker(state_dir / "kafka", KAFKA_PORT, KAFKA_CONTROLLER_PORT)
    return KafkaCluster(state_dir / f"kafka-{brokers}", kafka_node_ports(brokers))


class StackServers:
    """The stack's PostgreSQL and Kafka: fixed ports, data under the state directory."""

    def __init__(self, state_dir: Path, brokers: int = 1) -> None:
        self.state_dir = Path(state_dir).resolve()
        # Durable: unlike the tests' clusters, the stack's data is meant to outlive a crash.
        self.postgres = PostgresServer(self.state_dir / "postgres", POSTGRES_PORT, durable=True)
        self.brokers = brokers
        self.kafka = stack_kafka(self.state_dir, brokers)
        self.up_file = self.state_dir / "up.json"

    def environment_lines(self) -> list[str]:
        return [
            f"SHUNIU_DATABASE_URL={self.postgres.url()}",
            f"SHUNIU_KAFKA_BOOTSTRAP={self.kafka.bootstrap}",
        ]

    def start(self) -> None:
        """Starts both at once; if either fails, stops the other before raising."""
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir.chmod(0o755)  # as root, PostgreSQL runs as `postgres` and must reach its data
        ensure_class_archive()  # once per machine (a throwaway broker): then Kafka starts twice as fast
        outcomes = asyncio.run(_start_together(self.postgres.start, self.kafka.start))
        failures = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
        if failures:
            self.stop()
            raise failures[0]

    def stop(self) -> None:
        self.kafka.stop(KAFKA_STOP_SECONDS)
        self.postgres.stop()

    def left_up_by_up_command(self) -> bool:
        kafka_pids = self._kafka_pids_left_up()
        left_up = bool(kafka_pids) and all(map(_is_kafka_process, kafka_pids)) and self.postgres.is_running()
        if left_up and self._left_up()["brokers"] != self.brokers:
            raise RuntimeError(
                f"`up` left {self._left_up()['brokers']} Kafka broker(s) running, not {self.brokers}: "
                "`python -m shuniu_infra down` first"
            )
        return left_up

    def leave_up(self) -> None:
        """Records the detached brokers so that `down`, a later process, can stop them."""
        pids = [self.kafka.pid] if isinstance(self.kafka, KafkaBroker) else self.kafka.pids
        self.up_file.write_text(json.dumps({"kafka_pids": pids, "brokers": self.brokers}))

    def take_down(self) -> None:
        for kafka_pid in self._kafka_pids_left_up():
            if _is_kafka_process(kafka_pid):
                _terminate_detached(kafka_pid, KAFKA_STOP_SECONDS)
        self.postgres.stop()
        self.up_file.unlink(missing_ok=True)

    def _kafka_pids_left_up(self) -> list[int]:
        return list(self._left_up()["kafka_pids"]) if self.up_file.exists() else []

    def _left_up(self) -> dict[str, Any]:
        left = json.loads(self.up_file.read_text())
        # An up.json of before clusters names its one broker as "kafka_pid".
        return {
            "kafka_pids": left.get("kafka_pids") or [left["kafka_pid"]],
            "brokers": left.get("brokers", 1),
        }


def run_stack(state_dir: Path, brokers: int = 1, replicas: int = 1) -> None:
    """Runs until Ctrl-C or SIGTERM, then stops the services, then Kafka, then PostgreSQL."""
    signal.signal(signal.SIGTERM, _interrupt)  # until the services run: stop what has started so far
    processes = replicas_of(replicas)  # refuses 0 before anything starts
    servers = StackServers(state_dir, brokers)
    reuse_servers = servers.left_up_by_up_command()
    try:
        if reuse_servers:
            _say("PostgreSQL and Kafka are already up (`python -m shuniu_infra up`); they stay up after")
        else:
            _timed("PostgreSQL and Kafka", servers.start)
        database_urls = {
            service.name: servers.postgres.create_database(service.name)
            for service in SERVICES
            if service.owns_database
        }
        for line in servers.environment_lines():
            _say(line)
        environments = {
            replica: service_environment(
                replica.service,
                database_urls.get(replica.service.name),
                servers.kafka.bootstrap,
                replica=replica.index,
            )
            for replica in processes
        }
        front_door = stack_front_door(servers.state_dir)
        # It needs nothing up: a service not answering yet is one its health check has not passed.
        _timed(f"the front door (HAProxy) on {front_door.url}", front_door.start)
        try:
            asyncio.run(_run_services(environments))
        finally:
            front_door.stop()
    except KeyboardInterrupt:
        pass  # the way a developer stops the stack, not an error
    finally:
        if not reuse_servers:
            _say("stopping Kafka, then PostgreSQL")
            servers.stop()


def stack_front_door(state_dir: Path) -> HAProxyServer:
    """HAProxy on `FRONT_DOOR_PORT` before replica 0 of every service and of the gateway. Its
    configuration is the gateway's own, printed by the gateway's package as a service's command is
    run (infra imports no service's package)."""
    secret = os.environ.get("SHUNIU_JWT_SECRET", DEV_JWT_SECRET)
    written = subprocess.run(
        [sys.executable, "-m", "shuniu_gateway.front_door"],
        env=os.environ | {"SHUNIU_JWT_SECRET": secret},
        capture_output=True,
        check=True,
        text=True,
    )
    addresses = {front_door_variable(service.name): f"127.0.0.1:{service.port}" for service in SERVICES}
    return HAProxyServer(
        state_dir / "front-door",
        FRONT_DOOR_PORT,
        written.stdout,
        addresses | {"SHUNIU_FRONT_DOOR_BIND": f"127.0.0.1:{FRONT_DOOR_PORT}", "SHUNIU_JWT_SECRET": secret},
    )


def bring_up(state_dir: Path, brokers: int = 1) -> None:
    """Starts PostgreSQL and Kafka in the background and prints the variables that point at them."""
    servers = StackServers(state_dir, brokers)
    if servers.left_up_by_up_command():
        _say("PostgreSQL and Kafka are already up")
    else:
        _timed("PostgreSQL and Kafka", servers.start)
        servers.leave_up()
    for line in servers.environment_lines():
        print(line)


def take_down(state_dir: Path) -> None:
    StackServers(state_dir).take_down()  # the pids in up.json say which brokers, whatever their number
    _say("PostgreSQL and Kafka are down")


def service_environment(
    service: ServiceProcess, database_url: str | None, kafka_bootstrap: str, *, replica: int = 0
) -> dict[str, str]:
    """The parent's environment, less every stack variable, plus exactly the service's own (replica
    `replica`'s: its port, and for a gateway the same replica of every service)."""
    values = {
        "SHUNIU_SERVICE": service.name,
        "SHUNIU_HTTP_HOST": "127.0.0.1",
        "SHUNIU_HTTP_PORT": str(replica_port(service.name, replica)),
        "SHUNIU_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "SHUNIU_JWT_SECRET": os.environ.get("SHUNIU_JWT_SECRET", DEV_JWT_SECRET),
        "SHUNIU_LOG_LEVEL": os.environ.get("SHUNIU_LOG_LEVEL", "INFO"),
        # The stack is a developer's: development secrets allowed, the demo sign-in on, /metrics open
        # (bench and chaos scrape it) unless a token is given.
        "SHUNIU_ENV": os.environ.get("SHUNIU_ENV", "development"),
        "SHUNIU_DEMO_SIGN_IN": os.environ.get("SHUNIU_DEMO_SIGN_IN", "true"),
        "SHUNIU_METRICS_TOKEN": os.environ.get("SHUNIU_METRICS_TOKEN", ""),
        # Empty: the reception's development key, which development allows.
        RECEPTION_KEK: os.environ.get(RECEPTION_KEK, ""),
    }
    if database_url is not None:
        values["SHUNIU_DATABASE_URL"] = database_url
    for upstream in service.routes_to:
        values[service.upstream_variable(upstream)] = f"http://127.0.0.1:{replica_port(upstream, replica)}"
    inherited = {name: value for name, value in os.environ.items() if name not in _STACK_VARIABLES}
    return inherited | {name: values[name] for name in service.environment_names}


def service_command(service: ServiceProcess) -> list[str]:
    """The service's command with this interpreter for `python`, so the stack's venv runs it."""
    return [sys.executable, *service.command[1:]]


async def _run_services(environments: dict[Replica, dict[str, str]]) -> None:
    stop_requested = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop_requested.set)
    processes: dict[str, asyncio.subprocess.Process] = {}
    forwarders = []
    try:
        for replica, environment in environments.items():
            process = await asyncio.create_subprocess_exec(
                *service_command(replica.service),
                env=environment,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                limit=2**20,
                # Own session: Ctrl-C reaches only the stack, which stops the services before Kafka.
                start_new_session=True,
            )
            processes[replica.name] = process
            forwarders.append(asyncio.create_task(_forward_output(replica.name, process, stop_requested)))
            _say(f"started {replica.name} (pid {process.pid}) on http://127.0.0.1:{replica.port}")
        await stop_requested.wait()
    finally:
        _say("stopping the services")
        await asyncio.gather(*(_terminate(process) for process in processes.values()))
        await asyncio.gather(*forwarders)


async def _forward_output(name: str, process: asyncio.subprocess.Process, stopping: asyncio.Event) -> None:
    assert process.stdout is not None
    async for line in process.stdout:
        print(f"{name:<{_NAME_WIDTH}} | {line.decode(errors='replace').rstrip()}", flush=True)
    exit_code = await process.wait()
    if not stopping.is_set():
        _say(f"{name} exited with code {exit_code}; the rest of the stack keeps running")


async def _terminate(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.terminate()
    try:
        await asyncio.wait_for(process.wait(), SERVICE_STOP_SECONDS)
    except TimeoutError:
        process.kill()
        await process.wait()


async def _start_together(*starts: Callable[[], None]) -> list[BaseException | None]:
    return await asyncio.gather(*(asyncio.to_thread(start) for start in starts), return_exceptions=True)


def _terminate_detached(pid: int, timeout: float) -> None:
    """Stops a process that is not our child (so it cannot be waited for): SIGTERM, then SIGKILL."""
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _is_alive(pid):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.1)


def _is_kafka_process(pid: int) -> bool:
    """Guards against a stale pid that the system has since given to another process."""
    try:
        return b"kafka.Kafka" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _interrupt(signal_number: int, frame: object) -> None:
    raise KeyboardInterrupt


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _timed(what: str, action: Callable[[], None]) -> None:
    began = time.monotonic()
    action()
    _say(f"{what} up in {time.monotonic() - began:.2f} s")


def _say(message: str) -> None:
    print(f"{'stack':<{_NAME_WIDTH}} | {message}", file=sys.stderr, flush=True)
