"""One 批示 followed as one trace: the multi-process stack on PostgreSQL and Kafka exports its spans
over OTLP to a real Jaeger, and the trace is read back through Jaeger's own query API.

The way the trace must draw is `THE_WAY` below, and it must be one tree under the gateway's span.
Nearly all of the test's time is the six processes starting (40 s on a busy two-core machine); the
whole trace is in Jaeger about a second after the 批示."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from shuniu_infra.jaeger import Jaeger
from shuniu_infra.services import SERVICES, ServiceProcess
from shuniu_infra.stack import service_environment
from shuniu_infra.support import free_loopback_ports, tail
from shuniu_shared.web.context import TraceContext

pytestmark = [pytest.mark.postgres, pytest.mark.kafka]

READY_SECONDS = 90.0
TRACE_SECONDS = 60.0
PASSWORD = "shuniu-demo"


@contextmanager
def stack_traced_by(jaeger: Jaeger, postgres: Any, kafka: Any, base: Path) -> Iterator[str]:
    """Every service in its own process, as `make stack` runs them, on free ports, sending spans to
    `jaeger`; yields the gateway's URL once every service is ready."""
    ports = dict(zip([s.name for s in SERVICES], free_loopback_ports(len(SERVICES)), strict=True))
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for service in SERVICES:
            processes[service.name] = _started(service, ports, jaeger, postgres, kafka, base)
        for service in SERVICES:
            _wait_ready(service.name, ports[service.name], processes[service.name], base)
        yield f"http://127.0.0.1:{ports['gateway']}"
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _started(
    service: ServiceProcess, ports: dict[str, int], jaeger: Jaeger, postgres: Any, kafka: Any, base: Path
) -> subprocess.Popen[bytes]:
    database = postgres.create_database(f"traced_{service.name}") if service.owns_database else None
    environment = service_environment(service, database, kafka.bootstrap) | {
        "SHUNIU_HTTP_PORT": str(ports[service.name]),
        "SHUNIU_VAR_DIR": str(base / "var"),
        "SHUNIU_LOG_LEVEL": "WARNING",
        "SHUNIU_RELAY_IDLE_SECONDS": "0.05",
        "SHUNIU_OTLP_ENDPOINT": jaeger.otlp_endpoint,
        # The SDK's own batching knob: spans leave each process within a tenth of a second.
        "OTEL_BSP_SCHEDULE_DELAY": "100",
    }
    for upstream in service.routes_to:
        environment[service.upstream_variable(upstream)] = f"http://127.0.0.1:{ports[upstream]}"
    with open(base / f"{service.name}.log", "ab") as log:
        return subprocess.Popen(
            [sys.executable, *service.command[1:]],
            env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def _wait_ready(name: str, port: int, process: subprocess.Popen[bytes], base: Path) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{name} exited:\n{tail(base / f'{name}.log')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{name} not ready within {READY_SECONDS:.0f} s:\n{tail(base / f'{name}.log')}")


class Clerks:
    """The office's people at the gateway, each signed in with the development identity provider."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.tokens: dict[str, str] = {}

    async def sign_in(self, *people: str) -> None:
        for person in people:
            response = await self.client.post("/auth/token", json={"username": person, "password": PASSWORD})
            assert response.status_code == 200, response.text
            self.tokens[person] = response.json()["access_token"]

    async def post(self, who: str, path: str, body: dict[str, Any], status: int = 200) -> httpx.Response:
        response = await self.client.post(
            f"/api/documents{path}", json=body, headers={"Authorization": f"Bearer {self.tokens[who]}"}
        )
        assert response.status_code == status, response.text
        return response


async def a_leader_s_批示_on_an_incoming_document(clerks: Clerks) -> str:
    """收文 registered, reviewed and proposed by the office; 方副县长 then gives the 批示. The trace id
    of the 批示's request, from the gateway's `traceparent`."""
    await clerks.sign_in("shen", "feng", "fang")
    received = await clerks.post(
        "shen",
        "/incoming",
        {
            "sender": "市人民政府办公室",
            "sender_number": "市政办发〔2026〕31号",
            "title": "关于做好防汛备汛工作的通知",
            "doc_type": "通知",
            "copies": 1,
        },
        status=201,
    )
    document = received.json()["id"]
    await clerks.post("shen", f"/incoming/{document}/register", {})
    await clerks.post("shen", f"/incoming/{document}/review", {"accept": True, "handling": "批办件"})
    await clerks.post(
        "feng", f"/incoming/{document}/propose", {"opinion": "拟请方副县长阅示，财政局牵头办理"}
    )
    instructed = await clerks.post(
        "fang",
        f"/incoming/{document}/instruct",
        {"instruction": "请财政局牵头抓好落实", "lead_department": "finance", "co_departments": []},
    )
    trace = TraceContext.parse(instructed.headers["traceparent"])
    assert trace is not None
    return trace.trace_id


# Each step of the 批示's way, as (service, the start of a span's name): the gateway's answer and its
# call to documents; documents' route, a statement and the relay's publishing of the `instructed`
# event; supervision opening the 督办 task and publishing its events; their consumers.
THE_WAY = [
    ("shuniu-gateway", "POST /api/documents/{path}"),
    ("shuniu-gateway", "POST documents"),
    ("shuniu-documents", "POST /incoming/{id}/instruct"),
    ("shuniu-documents", "INSERT traced_documents"),
    ("shuniu-documents", "publish shuniu.documents.events"),
    ("shuniu-supervision", "process shuniu.documents.incoming.instructed.v1"),
    ("shuniu-supervision", "INSERT traced_supervision"),
    ("shuniu-supervision", "publish shuniu.supervision.events"),
    ("shuniu-projection", "process shuniu.documents.incoming.instructed.v1"),
    ("shuniu-projection", "process shuniu.supervision.task.opened.v1"),
    ("shuniu-meetings", "process shuniu.supervision.task.opened.v1"),
    ("shuniu-reception", "process shuniu.supervision.task.opened.v1"),
]


def services_in(trace: dict[str, Any]) -> set[str]:
    processes = trace["processes"]
    return {processes[span["processID"]]["serviceName"] for span in trace["spans"]}


def steps_missing(trace: dict[str, Any] | None) -> list[tuple[str, str]]:
    if trace is None:
        return THE_WAY
    processes = trace["processes"]
    drawn = [(processes[span["processID"]]["serviceName"], span["operationName"]) for span in trace["spans"]]
    return [
        (service, name)
        for service, name in THE_WAY
        if not any(s == service and operation.startswith(name) for s, operation in drawn)
    ]


def roots(trace: dict[str, Any] | None) -> list[str]:
    """The spans whose parent is not in the trace: one, the gateway's answer, when the tree is whole."""
    if trace is None:
        return []
    ids = {span["spanID"] for span in trace["spans"]}
    return [
        span["operationName"]
        for span in trace["spans"]
        if not any(reference["spanID"] in ids for reference in span["references"])
    ]


async def the_whole_way_in(jaeger: Jaeger, trace_id: str) -> dict[str, Any]:
    """The trace once Jaeger holds every step of the way as one tree (the spans of the consumers
    further along arrive over a few hundred milliseconds); fails naming what is missing."""
    deadline = time.monotonic() + TRACE_SECONDS
    trace = None
    while time.monotonic() < deadline:
        trace = await asyncio.to_thread(jaeger.trace, trace_id)
        if trace is not None and not steps_missing(trace) and len(roots(trace)) == 1:
            return trace
        await asyncio.sleep(0.3)
    raise AssertionError(
        f"trace {trace_id} after {TRACE_SECONDS:.0f} s: missing {steps_missing(trace)}, roots {roots(trace)}"
    )


async def test_a_批示_is_one_trace_from_the_gateway_through_documents_kafka_supervision_and_the_projection(
    postgres, kafka, jaeger, tmp_path
):
    with stack_traced_by(jaeger, postgres, kafka, tmp_path) as gateway:
        async with httpx.AsyncClient(base_url=gateway, timeout=30) as client:
            trace_id = await a_leader_s_批示_on_an_incoming_document(Clerks(client))
            trace = await the_whole_way_in(jaeger, trace_id)

    assert len(services_in(trace)) >= 5
    assert roots(trace) == ["POST /api/documents/{path}"]
