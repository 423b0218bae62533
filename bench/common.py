"""What every benchmark shares: the servers it starts, the facts of the machine it ran on, percentiles,
process memory, and where the reports go. One copy, so the figures of every bench are taken alike."""

from __future__ import annotations

import asyncio
import json
import os
import platform
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from shuniu_infra.kafka import KafkaBroker
from shuniu_infra.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "docs" / "bench"
SECRET = "the benchmark's development secret, long enough for HS256"


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) by nearest rank, in the values' own unit."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def load_average() -> str:
    return " ".join(f"{n:.1f}" for n in os.getloadavg())


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        line.split()[1]
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    postgres = subprocess.run(
        ["psql", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory_gib": f"{int(memory) / 2**20:.1f}",
        "python": platform.python_version(),
        "postgresql": postgres,
        "kafka": "4.1.1",
        "load": load_average(),
    }


def machine_line(facts: dict[str, str]) -> str:
    return (
        f"Machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory_gib']} GiB; Python {facts['python']}; "
        f"{facts['postgresql']} (durable: fsync on); Kafka {facts['kafka']} single KRaft node on loopback; "
        f"load average {facts['load']} when the run ended (other work on the machine skews every figure)."
    )


def write_report(name: str, markdown: str, data: dict[str, Any]) -> None:
    """docs/bench/<name>.md and .json, and the Markdown on stdout."""
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{name}.md").write_text(markdown, encoding="utf-8")
    (REPORTS / f"{name}.json").write_text(
        json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    print(markdown)


@contextmanager
def bench_directory() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="shuniu-bench-") as base:
        os.chmod(base, 0o755)  # as root, the cluster runs as the postgres user, who must reach it
        yield Path(base)


@contextmanager
def durable_postgres(base: Path) -> Iterator[PostgresServer]:
    """A PostgreSQL with fsync on: the figures claim durability, unlike the test cluster."""
    postgres = PostgresServer(base / "pg", durable=True)
    postgres.start()
    try:
        yield postgres
    finally:
        postgres.stop()


@contextmanager
def kafka_broker(base: Path) -> Iterator[KafkaBroker]:
    kafka = KafkaBroker(base / "kafka")
    kafka.start()
    try:
        yield kafka
    finally:
        kafka.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_until_up(url: str, seconds: float = 10.0) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(int(seconds / 0.05)):
            try:
                if (await client.get(f"{url}/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (Linux): robust where wall-clock figures are not,
    on a machine busy with other work."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_program(named: dict[str, int], under: Path) -> dict[str, float]:
    """CPU seconds used so far by the named processes, by every process of this run's PostgreSQL
    together, by its Kafka broker, and by this process (the load's client): where a command's work is
    done. This run's servers are the ones whose command line names `under` (the run's directory: the
    postmaster's data directory, the broker's configuration) and their children (PostgreSQL's
    backends): another bench on the same machine has servers of its own, which are not counted."""
    used = {name: cpu_seconds(pid) for name, pid in named.items()}
    used["bench client"] = cpu_seconds(os.getpid())
    marker, running = str(under).encode(), list[tuple[int, int, bytes, float]]()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # gone meanwhile
        seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        running.append((int(entry.name), int(fields[1]), command, seconds))
    ours = {pid for pid, _, command, _ in running if marker in command}
    for pid, parent, command, seconds in running:
        if pid not in ours and parent not in ours:
            continue
        program = command.split(b"\0", 1)[0].decode(errors="replace")
        label = "postgres" if program.endswith("postgres") or program.startswith("postgres:") else None
        label = "kafka" if program.endswith("java") else label
        if label:
            used[label] = used.get(label, 0.0) + seconds
    return used


def resident_mib(pid: int) -> float:
    """VmRSS of the process, from /proc/<pid>/status, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")
