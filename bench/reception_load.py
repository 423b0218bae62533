"""The reception service's own figures, on a durable PostgreSQL, through its HTTP API in process.

- sealing and opening one personal field (AES-256-GCM) and creating a person's key;
- registering petitions (a new person, a key, four sealed fields, a case number, the clocks'
  deadlines, the read model: one transaction), one client and eight at once;
- reading a petition with its clocks, decrypted for the petitions officer;
- two dispatchers sending one car to overlapping trips at once: exactly one wins each round;
- forgetting a person.

`python -m bench.reception_load [--quick]`; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

from shuniu_infra.postgres import create_database
from shuniu_reception.app.personal_data import Opener, PersonalData, Sealer
from shuniu_reception.bootstrap import DEFINITION

from bench.common import bench_directory, durable_postgres
from tests.services import running_service

PETITIONER = {
    "name": "刘建国",
    "id_number": "11010519491231002X",
    "phone": "13800138000",
    "address": "F县城关镇",
}


def crypto_figures(n: int) -> dict[str, float]:
    sealer = Sealer("person-bench", PersonalData.from_environment().kek)
    began = time.perf_counter()
    tokens = [sealer.seal("name", "刘建国") for _ in range(n)]
    sealed = (time.perf_counter() - began) / n * 1e6
    opener = Opener({"person-bench": sealer.key})
    began = time.perf_counter()
    for token in tokens:
        opener.open("name", token)
    opened = (time.perf_counter() - began) / n * 1e6
    return {"seal_us": sealed, "open_us": opened}


async def timed(call) -> float:
    began = time.perf_counter()
    await call()
    return (time.perf_counter() - began) * 1000


def summary(latencies: list[float], wall: float) -> str:
    q = statistics.quantiles(latencies, n=20)
    return f"{len(latencies) / wall:.0f}/s, p50 {statistics.median(latencies):.1f} ms, p95 {q[18]:.1f} ms"


async def measure(url: str, scale: int, workdir: Path) -> dict[str, str]:
    figures: dict[str, str] = {}
    async with running_service(DEFINITION, workdir, database_url=url) as svc:
        headers = svc.as_("wang")

        async def register() -> str:
            body = {
                "petitioner": PETITIONER,
                "channel": "letter",
                "content": "反映学校收费问题",
                "received_on": "2026-03-09",
            }
            response = await svc.client.post("/petitions", json=body, headers=headers)
            assert response.status_code == 201, response.text
            return response.json()["id"]

        n = 20 * scale
        began = time.perf_counter()
        latencies = [await timed(register) for _ in range(n)]
        figures["register a petition, 1 client"] = summary(latencies, time.perf_counter() - began)

        async def client(count: int) -> list[float]:
            return [await timed(register) for _ in range(count)]

        began = time.perf_counter()
        results = await asyncio.gather(*(client(n // 8) for _ in range(8)))
        figures["register a petition, 8 clients"] = summary(
            [x for r in results for x in r], time.perf_counter() - began
        )

        ids = [await register() for _ in range(10)]

        async def read() -> None:
            response = await svc.client.get(f"/petitions/{ids[0]}", headers=headers)
            assert response.status_code == 200

        began = time.perf_counter()
        latencies = [await timed(read) for _ in range(n)]
        figures["read a petition with clocks, decrypted"] = summary(latencies, time.perf_counter() - began)

        wins, refusals, latencies = 0, 0, []
        director, dispatcher = svc.as_("feng"), svc.as_("wu")
        began = time.perf_counter()
        for round_ in range(5 * scale):
            car = (
                await svc.client.post(
                    "/vehicles",
                    json={"plate": f"B·{round_:05d}", "model": "bench", "seats": 5},
                    headers=dispatcher,
                )
            ).json()["id"]
            trips = []
            for rider in ("chen", "sun"):
                body = {
                    "destination": "省城",
                    "starts_at": "2026-03-10T00:00:00Z",
                    "ends_at": "2026-03-10T09:00:00Z",
                }
                trip = (await svc.client.post("/trips", json=body, headers=svc.as_(rider))).json()["id"]
                await svc.client.post(f"/trips/{trip}/approve", headers=director)
                trips.append(trip)
            t0 = time.perf_counter()
            responses = await asyncio.gather(
                *(
                    svc.client.post(f"/trips/{t}/dispatch", json={"vehicle_id": car}, headers=dispatcher)
                    for t in trips
                )
            )
            latencies.append((time.perf_counter() - t0) * 1000)
            wins += sum(r.status_code == 200 for r in responses)
            refusals += sum(r.status_code == 409 for r in responses)
        figures["two dispatchers, one car, at once"] = (
            f"{5 * scale} rounds: {wins} won, {refusals} refused (409), "
            f"both answered in p50 {statistics.median(latencies):.1f} ms"
        )

        forget_latencies = []
        for petition_id in ids:
            view = (await svc.client.get(f"/petitions/{petition_id}", headers=headers)).json()
            person = view["petitioner"]["person_id"]
            forget_latencies.append(
                await timed(lambda p=person: svc.client.post(f"/people/{p}/forget", headers=headers))
            )
        figures["forget a person"] = f"p50 {statistics.median(forget_latencies):.1f} ms"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    scale = 1 if parser.parse_args().quick else 10
    crypto = crypto_figures(2000 * scale)
    with bench_directory() as base, durable_postgres(base) as postgres:
        url = create_database(postgres.url(), "reception_bench")
        figures = asyncio.run(measure(url, scale, base))
    print("| measure | figure |\n|---|---|")
    print(f"| seal one field (AES-256-GCM) | {crypto['seal_us']:.1f} µs |")
    print(f"| open one field | {crypto['open_us']:.1f} µs |")
    for name, figure in figures.items():
        print(f"| {name} | {figure} |")


if __name__ == "__main__":
    main()
