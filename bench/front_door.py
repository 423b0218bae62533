"""What the front door costs per proxied request: HAProxy (the stack's, compose's and Helm's front door
for bearer calls) beside the Python gateway, on the same requests, in one run (issue 21, target 1:
≤ 0.5 ms of CPU per proxied request).

Starts a trivial service (bench.gateway_latency's: its `GET /ping` verifies the bearer token, like
every real route), the routing gateway in front of it, and HAProxy with the configuration
`shuniu_gateway.front_door` writes for the stack, in front of the same service. Then, for each door,
the same authorised `GET /api/documents/ping`: one at a time (latency), then `--concurrency` at a
time (throughput and CPU). CPU is read from /proc/<pid>/stat (user + system, every thread) before and
after the concurrent round, for the door and for the service behind it.

    uv run --frozen python -m bench.front_door [--requests 3000] [--concurrency 32]

Writes docs/bench/front-door.md and .json; `make bench` runs it too.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from shuniu_gateway.front_door import SERVICES, environment, haproxy_config
from shuniu_infra.haproxy import HAProxyServer, haproxy_binary
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token

from bench.common import SECRET, cpu_seconds, free_port, load_average, percentile, wait_until_up, write_report
from bench.gateway_latency import sequential, start

TARGET_MS = 0.5  # issue 21: CPU of the front door per proxied request


def unlimited_settings() -> Settings:
    # No rate limit in the way: the round is one person's thousands of requests.
    return Settings(
        service="gateway",
        jwt_secret=SECRET,
        gateway_rate_limit_per_second=1e9,
        gateway_rate_limit_burst=10**9,
    )


async def measure(requests: int, concurrency: int, base: Path) -> dict[str, Any]:
    service_port, gateway_port, haproxy_port, nowhere = free_port(), free_port(), free_port(), free_port()
    service_url, gateway_url = f"http://127.0.0.1:{service_port}", f"http://127.0.0.1:{gateway_port}"
    service, gateway = start("service", service_port), start("gateway", gateway_port, service_url)
    addresses = {name: f"127.0.0.1:{nowhere}" for name in SERVICES} | {
        "documents": f"127.0.0.1:{service_port}"
    }
    haproxy = HAProxyServer(
        base,
        haproxy_port,
        haproxy_config(unlimited_settings()),
        environment(f"127.0.0.1:{haproxy_port}", f"127.0.0.1:{gateway_port}", addresses, SECRET),
    )
    try:
        # Generous: on a busy machine importing the suite alone takes seconds.
        await wait_until_up(service_url, 60)
        await wait_until_up(gateway_url, 60)
        haproxy.start()
        token = issue_dev_token(
            Settings(jwt_secret=SECRET), "shen", "沈秘书", "office.secretariat", ["clerk"], "秘密"
        )
        headers = {"Authorization": f"Bearer {token}"}
        doors = {"gateway": (gateway.pid, gateway_url), "haproxy": (haproxy.pid, haproxy.url)}
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        figures: dict[str, Any] = {}
        for name, (pid, url) in doors.items():
            # A client per door, so no connection left idle by one round is reused (and found closed)
            # in the next; a long timeout, since on a loaded machine the client waits for a core too.
            async with httpx.AsyncClient(limits=limits, timeout=120) as client:
                target = f"{url}/api/documents/ping"
                await sequential(client, target, headers, 200)  # warm up: connections, caches
                latencies = await sequential(client, target, headers, requests)
                before = cpu_seconds(pid), cpu_seconds(service.pid)
                print(f"front door bench: {name}, {requests} requests, {concurrency} at a time", flush=True)
                throughput, dropped = await concurrent_round(client, target, headers, requests, concurrency)
                door_cpu, service_cpu = cpu_seconds(pid) - before[0], cpu_seconds(service.pid) - before[1]
                figures[name] = {
                    "door_cpu_ms": door_cpu / requests * 1000,
                    "service_cpu_ms": service_cpu / requests * 1000,
                    "p50_ms": percentile(latencies, 50) * 1000,
                    "p99_ms": percentile(latencies, 99) * 1000,
                    "requests_per_second": throughput,
                    "connections_dropped": dropped,
                }
        figures["load"] = load_average()
        figures["requests"], figures["concurrency"] = requests, concurrency
        return figures
    finally:
        haproxy.stop()
        for process in (gateway, service):
            process.terminate()
            process.wait(10)


async def concurrent_round(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], n: int, c: int
) -> tuple[float, int]:
    """`n` requests, `c` at a time: (answers per second, connections the door dropped). On a machine
    loaded well past its cores a kept-alive connection is now and then found closed; that request is
    sent again, and counted, rather than ending the run."""
    remaining, dropped = n, 0

    async def worker() -> None:
        nonlocal remaining, dropped
        while remaining > 0:
            remaining -= 1
            while True:
                try:
                    response = await client.get(url, headers=headers)
                    break
                except httpx.ReadError:
                    dropped += 1
            assert response.status_code == 200, response.text

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(c)))
    return n / (time.perf_counter() - began), dropped


def report(figures: dict[str, Any]) -> str:
    python, haproxy = figures["gateway"], figures["haproxy"]
    met = "met" if haproxy["door_cpu_ms"] <= TARGET_MS else "missed"
    lines = [
        "# The front door: CPU per proxied request (issue 21, target 1)",
        "",
        f"The same {figures['requests']:,} authorised `GET /api/documents/ping` through each door, "
        f"{figures['concurrency']} at a time, to the same trivial service (its route verifies the token, "
        "as every real route does). CPU from `/proc/<pid>/stat`, user + system, all threads; latency from "
        "one request at a time. `python -m bench.front_door`.",
        "",
        "| door | door CPU ms / request | service CPU ms / request | p50 ms | p99 ms | requests/s | dropped |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, label in (("gateway", "Python gateway (uvicorn, uvloop)"), ("haproxy", "HAProxy 2.6")):
        f = figures[name]
        lines.append(
            f"| {label} | {f['door_cpu_ms']:.3f} | {f['service_cpu_ms']:.3f} | {f['p50_ms']:.2f} | "
            f"{f['p99_ms']:.2f} | {f['requests_per_second']:,.0f} | {f['connections_dropped']} |"
        )
    lines += [
        "",
        f"Goal: the front door ≤ {TARGET_MS} ms of CPU per proxied request — **{met}**: HAProxy "
        f"{haproxy['door_cpu_ms']:.3f} ms against the Python gateway's {python['door_cpu_ms']:.3f} ms "
        f"({python['door_cpu_ms'] / max(haproxy['door_cpu_ms'], 1e-9):.0f}× less), on the same requests. "
        "HAProxy checks the token's signature (HS256), `exp`, `iss` and `aud`, the person's rate and "
        "the body's size, sets the request id and passes `traceparent` on; the service checks the token "
        "again (the directory, ended sessions), as it does behind the Python gateway.",
        "",
        f"Load average when the run ended: {figures['load']} on {os.cpu_count()} cores (other work on the "
        "machine skews every figure; the two doors ran one after the other in the same run).",
        "",
    ]
    return "\n".join(lines)


def run(requests: int, concurrency: int = 32) -> dict[str, Any]:
    haproxy_binary()  # fails at once, with the way to install it, if HAProxy is missing
    with tempfile.TemporaryDirectory(prefix="shuniu-front-door-") as base:
        figures = asyncio.run(measure(requests, concurrency, Path(base)))
    write_report("front-door", report(figures), figures)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    arguments = parser.parse_args()
    run(arguments.requests, arguments.concurrency)


if __name__ == "__main__":
    main()
