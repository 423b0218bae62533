"""Jaeger on loopback: a real tracing backend for the tests, receiving OTLP and answering its query API.

Jaeger 1.75's `jaeger` binary is the collector-based one (Jaeger v2, built on the OpenTelemetry
Collector): one process with an OTLP receiver, an in-memory trace store and the query service, all
set up by a YAML file written here with free ports. There is no Debian package, so it is built once
from its Go module with the `go.mod`/`go.sum` in `infra/jaeger/` (which pin every dependency, so the
build is the same everywhere) and cached in ``~/.cache/shuniu/jaeger-<version>/``, as Kafka's jars are.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import httpx

from shuniu_infra.gotools import GoTool
from shuniu_infra.support import Server, free_loopback_ports, tail, terminate

JAEGER_VERSION = "1.75.0"
START_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0

_CONFIG = """\
service:
  extensions: [jaeger_storage, jaeger_query]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    metrics:
      level: none
    logs:
      level: warn

extensions:
  jaeger_storage:
    backends:
      memory_store:
        memory:
          max_traces: 100000
  jaeger_query:
    storage:
      traces: memory_store
    enable_tracing: false
    http:
      endpoint: 127.0.0.1:{query_port}
    grpc:
      endpoint: 127.0.0.1:{query_grpc_port}

receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:{otlp_port}

processors:
  batch:
    timeout: 100ms

exporters:
  jaeger_storage_exporter:
    trace_storage: memory_store
"""


class JaegerError(RuntimeError):
    pass


JAEGER = GoTool("jaeger", "github.com/jaegertracing/jaeger/cmd/jaeger", JAEGER_VERSION, "jaeger")


class Jaeger(Server):
    """One Jaeger under `base_dir` (its config and log), on three free loopback ports: OTLP/HTTP
    (`otlp_endpoint`, where services send spans) and the query API (`query_url`, ``/api/traces/<id>``)."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self.otlp_port, self.query_port, self.query_grpc_port = free_loopback_ports(3)
        self.config_path = base_dir / "jaeger.yaml"
        self.log_path = base_dir / "jaeger.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def otlp_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.otlp_port}"

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.query_port}"

    def start(self, timeout: float = START_TIMEOUT_SECONDS) -> None:
        binary = JAEGER.ensure()
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(
            _CONFIG.format(
                otlp_port=self.otlp_port, query_port=self.query_port, query_grpc_port=self.query_grpc_port
            )
        )
        with open(self.log_path, "ab") as log:
            self._process = subprocess.Popen(
                [str(binary), "--config", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise JaegerError(
                    f"Jaeger exited with code {self._process.returncode}:\n{tail(self.log_path)}"
                )
            if self._answers():
                return
            time.sleep(0.1)
        self.stop()
        raise JaegerError(f"Jaeger did not answer within {timeout:.0f} s:\n{tail(self.log_path)}")

    def _answers(self) -> bool:
        try:
            return httpx.get(f"{self.query_url}/api/services", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> None:
        terminate(self._process, timeout)

    def trace(self, trace_id: str) -> dict | None:
        """The trace as Jaeger's query API returns it (``data[0]``: spans, processes), None if unknown."""
        response = httpx.get(f"{self.query_url}/api/traces/{trace_id}", timeout=5)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        traces = response.json().get("data") or []
        return traces[0] if traces else None
