"""Room bookings on a durable PostgreSQL: what a booking costs, and what contention for one slot costs.

Runs the meetings service in process (its real runtime, over HTTP through httpx, as the tests do)
against a *durable* PostgreSQL (fsync on), and measures:

- sequential bookings: one `POST /meetings` with a room at a time, each a different slot (latency);
- 16 concurrent bookers of 16 different slots of the same room (throughput: the exclusion constraint
  must not serialise bookings that do not overlap);
- rounds of 16 concurrent bookers of the *same* slot: exactly one wins per round, every other is
  told which meeting holds the room (checked), and how long a round takes.

`python -m bench.meetings_bookings [--quick]`; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from shuniu_infra.postgres import create_database
from shuniu_meetings.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from bench.common import bench_directory, durable_postgres, percentile
from tests.meetings.office import Office, beijing
from tests.services import MONDAY_MORNING, running_service

BOOKERS = ["shen", "li", "feng", "yang"]


async def measure(url: str, tmp: Path, scale: int) -> dict[str, Any]:
    async with running_service(DEFINITION, tmp, clock=TestClock(MONDAY_MORNING), database_url=url) as service:
        office = Office(service)
        await office.given_room()
        figures: dict[str, Any] = {}

        latencies = []
        for n in range(20 * scale):
            plan = office.plan(title=f"会议{n}", starts=beijing(1, 8) + timedelta(hours=n), hours=1)
            began = time.perf_counter()
            response = await office.post("/meetings", "shen", plan)
            latencies.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 201, response.text
        figures["sequential"] = {
            "bookings": len(latencies),
            "p50_ms": statistics.median(latencies),
            "p95_ms": percentile(latencies, 95),
        }

        base = beijing(100, 0)
        began = time.perf_counter()
        total = 0
        for batch in range(5 * scale):
            plans = [
                office.plan(title=f"并发{batch}-{k}", starts=base + timedelta(hours=16 * batch + k), hours=1)
                for k in range(16)
            ]
            responses = await asyncio.gather(
                *(office.post("/meetings", BOOKERS[k % 4], p) for k, p in enumerate(plans))
            )
            assert all(r.status_code == 201 for r in responses), [
                r.text for r in responses if r.status_code != 201
            ]
            total += len(responses)
        elapsed = time.perf_counter() - began
        figures["distinct_slots_concurrent"] = {"bookings": total, "per_second": total / elapsed}

        rounds, round_ms = 5 * scale, []
        for r in range(rounds):
            plan = office.plan(title=f"争用{r}", starts=beijing(200 + r, 9), hours=2)
            began = time.perf_counter()
            responses = await asyncio.gather(
                *(office.post("/meetings", BOOKERS[k % 4], plan) for k in range(16))
            )
            round_ms.append((time.perf_counter() - began) * 1000)
            winners = [x for x in responses if x.status_code == 201]
            assert len(winners) == 1
            holder = winners[0].json()["id"]
            assert all(
                x.status_code == 409 and holder in x.json()["detail"] for x in responses if x not in winners
            )
        figures["same_slot_contention"] = {
            "rounds": rounds,
            "bookers_per_round": 16,
            "winners_per_round": 1,
            "round_p50_ms": statistics.median(round_ms),
            "round_max_ms": max(round_ms),
        }
        return figures


def report(figures: dict[str, Any]) -> str:
    seq, dist, cont = (
        figures["sequential"],
        figures["distinct_slots_concurrent"],
        figures["same_slot_contention"],
    )
    return "\n".join(
        [
            "| measurement | result |",
            "|---|---|",
            f"| sequential booking (POST /meetings with a room), {seq['bookings']} | "
            f"p50 {seq['p50_ms']:.1f} ms, p95 {seq['p95_ms']:.1f} ms |",
            f"| 16 concurrent bookers, distinct slots of one room, {dist['bookings']} | "
            f"{dist['per_second']:.0f} bookings/s, all succeed |",
            f"| 16 concurrent bookers of one slot, {cont['rounds']} rounds | exactly 1 winner per round; "
            f"round p50 {cont['round_p50_ms']:.1f} ms, max {cont['round_max_ms']:.1f} ms |",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smaller run, for trying the harness")
    scale = 1 if parser.parse_args().quick else 5
    with bench_directory() as base, durable_postgres(base) as postgres:
        url = create_database(postgres.url(), f"meetings_{uuid.uuid4().hex[:8]}")
        figures = asyncio.run(measure(url, base, scale))
    print(report(figures))


if __name__ == "__main__":
    main()
