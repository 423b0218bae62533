"""Each service runs as ops run it: `python -m shuniu_<service>` in a process of its own, configured by
its environment alone, on PostgreSQL and Kafka — ready with its consumers and relay, and stopped
cleanly by SIGTERM. (The in-process tests build runtimes inside a running loop; a process builds its
runtime before its server's loop starts, which is what this checks.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from shuniu_infra.support import free_loopback_ports

from tests.services import SECRET

SERVICES = ["documents", "meetings", "supervision", "reception", "projection"]
pytestmark = [pytest.mark.postgres, pytest.mark.kafka]


def test_every_service_starts_as_its_own_process_and_stops_on_sigterm(postgres, kafka, tmp_path):
    ports = dict(zip(SERVICES, free_loopback_ports(len(SERVICES)), strict=True))
    processes = {}
    for service, port in ports.items():
        environment = os.environ | {
            "SHUNIU_SERVICE": service,
            "SHUNIU_DATABASE_URL": postgres.create_database(f"process_{service}"),
            "SHUNIU_KAFKA_BOOTSTRAP": kafka.bootstrap,
            "SHUNIU_HTTP_PORT": str(port),
            "SHUNIU_JWT_SECRET": SECRET,
            "SHUNIU_VAR_DIR": str(tmp_path),
        }
        processes[service] = subprocess.Popen(
            [sys.executable, "-m", f"shuniu_{service}"],
            env=environment,
            stdout=(tmp_path / f"{service}.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
    try:
        waiting, deadline = set(SERVICES), time.monotonic() + 90
        while waiting and time.monotonic() < deadline:
            for service in sorted(waiting):
                assert processes[service].poll() is None, (tmp_path / f"{service}.log").read_text()[-3000:]
                try:
                    ready = httpx.get(f"http://127.0.0.1:{ports[service]}/readyz", timeout=2)
                except httpx.TransportError:
                    continue
                if ready.status_code == 200:
                    assert set(ready.json()["checks"]) == {"database", "broker", "workers", "sessions"}
                    waiting.discard(service)
            time.sleep(0.2)
        assert not waiting, f"not ready within 90 s: {sorted(waiting)}"
    finally:
        for process in processes.values():
            process.send_signal(signal.SIGTERM)
        for process in processes.values():
            process.wait(timeout=30)
    for service in SERVICES:
        # uvicorn drains, runs the lifespan's shutdown (relay and consumers stop, the group is left),
        # then re-raises the SIGTERM it caught, so the exit status is the signal's: a clean stop here.
        log = (tmp_path / f"{service}.log").read_text()
        assert "LeaveGroup request succeeded" in log and "Application shutdown complete." in log, service
        assert processes[service].returncode in (0, -signal.SIGTERM), service
