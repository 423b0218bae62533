"""What the gateway costs: latency added (p50, p99) and throughput on a trivial route, beside calling
the service directly.

Starts two processes the way production runs them (uvicorn, uvloop, httptools, access lines off):
a trivial service built with `create_service_app` (its `GET /ping` verifies the bearer token, like
every real route) and the routing gateway in front of it. This process is the client: first one
request at a time (latency: what one user feels), then `--concurrency` at a time (throughput), each
against the service directly and through the gateway, with the same token.

    uv run --frozen python -m bench.gateway_latency [--requests 3000] [--concurrency 32]

The client shares the machine's cores with both servers, so the absolute figures are this machine's;
the difference between the two columns is the gateway's cost.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from typing import Annotated

import httpx
import uvicorn
from fastapi import Depends, FastAPI
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import http_upstream
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app
from shuniu_shared.web.auth import Principal, current_principal, issue_dev_token

from bench.common import SECRET, cpu_seconds, free_port, percentile, wait_until_up


def trivial_service() -> FastAPI:
    app = create_service_app(
        Settings(service="documents", jwt_secret=SECRET, log_level="WARNING"), title="ping"
    )

    @app.get("/ping")
    async def ping(principal: Annotated[Principal, Depends(current_principal)]) -> dict[str, str]:
        return {"pong": principal.sub}

    return app


def serve(role: str, port: int, upstream: str | None) -> None:
    if role == "service":
        app = trivial_service()
    else:
        settings = Settings(
            service="gateway",
            jwt_secret=SECRET,
            upstream_documents=upstream,
            log_level="WARNING",
            gateway_rate_limit_per_second=1e9,
            gateway_rate_limit_burst=10**9,
        )
        app = build_gateway_app(settings, [http_upstream(settings, "documents")])
    uvicorn.run(
        app, host="127.0.0.1", port=port, loop="uvloop", http="httptools", log_config=None, access_log=False
    )


def start(role: str, port: int, upstream: str | None = None) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "bench.gateway_latency", "--serve", role, "--port", str(port)]
    if upstream:
        args += ["--upstream", upstream]
    env = os.environ | {"SHUNIU_LOG_LEVEL": "WARNING"}
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def sequential(client: httpx.AsyncClient, url: str, headers: dict[str, str], n: int) -> list[float]:
    latencies = []
    for _ in range(n):
        began = time.perf_counter()
        response = await client.get(url, headers=headers)
        latencies.append(time.perf_counter() - began)
        assert response.status_code == 200, response.text
    return latencies


async def concurrent(client: httpx.AsyncClient, url: str, headers: dict[str, str], n: int, c: int) -> float:
    remaining = n

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            response = await client.get(url, headers=headers)
            assert response.status_code == 200

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(c)))
    return n / (time.perf_counter() - began)


async def measure(requests: int, concurrency: int) -> None:
    service_port, gateway_port = free_port(), free_port()
    service_url, gateway_url = f"http://127.0.0.1:{service_port}", f"http://127.0.0.1:{gateway_port}"
    processes = [start("service", service_port), start("gateway", gateway_port, service_url)]
    try:
        await wait_until_up(service_url)
        await wait_until_up(gateway_url)
        token = issue_dev_token(
            Settings(jwt_secret=SECRET), "shen", "沈秘书", "office.secretariat", ["clerk"], "秘密"
        )
        headers = {"Authorization": f"Bearer {token}"}
        targets = {"direct": f"{service_url}/ping", "gateway": f"{gateway_url}/api/documents/ping"}
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        results = {}
        cpu: dict[str, list[float]] = {}
        async with httpx.AsyncClient(limits=limits) as client:
            for name, url in targets.items():
                await sequential(client, url, headers, 200)  # warm up: connections, caches
                latencies = await sequential(client, url, headers, requests)
                before = [cpu_seconds(process.pid) for process in processes]
                throughput = await concurrent(client, url, headers, requests, concurrency)
                used = [cpu_seconds(process.pid) - b for process, b in zip(processes, before, strict=True)]
                results[name] = (
                    percentile(latencies, 50) * 1000,
                    percentile(latencies, 99) * 1000,
                    throughput,
                )
                cpu[name] = [seconds / requests * 1000 for seconds in used]
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)
    print(f"{'':10} {'p50 ms':>8} {'p99 ms':>8} {'req/s @' + str(concurrency):>12}")
    for name, (p50, p99, rps) in results.items():
        print(f"{name:10} {p50:8.2f} {p99:8.2f} {rps:12.0f}")
    (d50, d99, drps), (g50, g99, grps) = results["direct"], results["gateway"]
    print(f"{'added':10} {g50 - d50:8.2f} {g99 - d99:8.2f} {grps / drps:11.0%} of direct")
    print(
        f"CPU per request, ms (service, gateway): direct {cpu['direct'][0]:.2f}, {cpu['direct'][1]:.2f}; "
        f"through the gateway {cpu['gateway'][0]:.2f}, {cpu['gateway'][1]:.2f}"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--serve", choices=["service", "gateway"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--upstream", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.upstream)
    else:
        asyncio.run(measure(args.requests, args.concurrency))


if __name__ == "__main__":
    main()
