"""The projection rebuilt from a million events, beside a raw aiokafka consumer of the same topics.

A million events from commands would take hours on this machine, so the topics are filled with copies
of real ones: the records of the demo county's day from `make dev` are copied again and again, each copy of a
stream under a new stream id and each event under a new id, its causation pointing at its copy's
cause. The copies are CloudEvents of the published contracts, with the data the services wrote, and
the projection folds them as it folds the originals.

`python -m bench.rebuild [--events N]` writes docs/bench/rebuild.md and .json.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer
from shuniu_infra.postgres import PostgresServer, create_database
from shuniu_projection.app.rebuild import Progress, rebuild
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_projection.bootstrap import SOURCE_TOPICS
from shuniu_shared.records import Record
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app

from bench import projection as projection_bench
from bench.common import bench_directory, durable_postgres, kafka_broker, machine, machine_line, write_report

REBUILD_EVENTS = 1_000_000
COPIED = ("ce_id", "ce_subject", "ce_causationid", "ce_correlationid")  # the headers a copy renames


def copies(template: Sequence[Record], wanted: int) -> Iterator[Record]:
    """`wanted` records: the template's, then copy 1 of it, copy 2, … each under its own ids."""
    made, copy = 0, 0
    while made < wanted:
        copy += 1
        renamed: dict[str, str] = {}  # an event id of the template → its id in this copy
        for record in template:
            if made == wanted:
                return
            headers = dict((name, value.decode()) for name, value in record.headers)
            renamed[headers["ce_id"]] = new_id = str(uuid.uuid4())
            subject = f"{headers['ce_subject']}~{copy}"
            others = [(name, value) for name, value in record.headers if name not in COPIED]
            named = [("ce_id", new_id), ("ce_subject", subject)]
            if "ce_causationid" in headers:
                named.append(("ce_causationid", renamed.get(headers["ce_causationid"], new_id)))
            if "ce_correlationid" in headers:
                named.append(("ce_correlationid", f"{headers['ce_correlationid']}~{copy}"))
            yield Record(
                record.topic,
                subject.encode(),
                record.value,
                others + [(name, value.encode()) for name, value in named],
            )
            made += 1


async def produce(bootstrap: str, records: Iterator[Record]) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=20, max_batch_size=1_048_576
    )
    await producer.start()
    try:
        sent = []
        for record in records:
            sent.append(
                await producer.send(record.topic, record.value, key=record.key, headers=record.headers)
            )
            if len(sent) >= 20_000:
                await asyncio.gather(*sent)
                sent = []
        await asyncio.gather(*sent)
    finally:
        await producer.stop()


async def rebuild_beside_raw_consume(postgres: PostgresServer, bootstrap: str, var: Path) -> dict[str, Any]:
    """The rebuild into a fresh PostgreSQL database, then a raw consumer of the same topics."""
    url = create_database(postgres.url(), f"projection_rebuilt_{uuid.uuid4().hex[:6]}")
    runtime = ServiceRuntime(PROJECTION, projection_bench.settings("projection", url, bootstrap, var))
    shown = [0.0]

    def progress(now: Progress) -> None:
        if time.monotonic() - shown[0] >= 10:  # a line every ten seconds in the bench's log
            shown[0] = time.monotonic()
            print(
                f"bench | rebuild {now.done:,}/{now.total:,}, {now.per_second:,.0f} events/s, "
                f"ETA {now.eta_seconds or 0:.0f} s",
                file=sys.stderr,
                flush=True,
            )

    try:
        done = await rebuild(runtime, progress=progress)
    finally:
        await runtime.engine.dispose()
    return {
        "rebuild_events": done.events,
        "rebuild_events_per_second": done.per_second,
        "rebuild_peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "raw_consume_events_per_second": await projection_bench.raw_consume_rate(bootstrap, done.events),
    }


async def demo_template(var: Path) -> list[Record]:
    """The records of the demo county's day, as `make dev` makes them on its in-process bus."""
    app = build_embedded_app(Settings(service="gateway", env="development", var_dir=var), demo=True)
    async with app.router.lifespan_context(app):
        bus = app.state.runtimes[0].bus
        counted, previous = 0, -1
        while counted != previous:  # until the relays have published the seeded events
            previous = counted
            await asyncio.sleep(2)
            counted = sum([len(await bus.topic_records(topic)) for topic in SOURCE_TOPICS])
        return [
            Record(d.topic, d.key, d.value, list(d.headers))
            for topic in SOURCE_TOPICS
            for d in await bus.topic_records(topic)
        ]


def report(f: dict[str, Any], facts: dict[str, str]) -> str:
    ratio = f["rebuild_events_per_second"] / f["raw_consume_events_per_second"]
    return "\n".join(
        [
            "# Projection rebuild from copies of real events",
            "",
            machine_line(facts),
            "",
            "| figure | ours | baseline | goal |",
            "|---|---|---|---|",
            f"| projection rebuild, events/s ({f['rebuild_events']:,} events) | "
            f"{f['rebuild_events_per_second']:,.0f} | raw aiokafka consume of the same topics: "
            f"{f['raw_consume_events_per_second']:,.0f} | ≥ 20,000 and ≥ 0.15× (here {ratio:.3f}×) |",
            f"| peak memory of the rebuilding process | {f['rebuild_peak_rss_mib']:,.0f} MiB | — | — |",
            "",
            f"The topics held {f['template_events']:,} events from the demo county's day and copies of them "
            "(bench/rebuild.py), folded into an empty PostgreSQL database with fsync on.",
            "",
        ]
    )


async def main(events: int) -> None:
    with bench_directory() as base, durable_postgres(base) as postgres, kafka_broker(base) as kafka:
        template = await demo_template(base / "demo")
        await produce(kafka.bootstrap, copies(template, events))
        figures = {"template_events": len(template)} | await rebuild_beside_raw_consume(
            postgres, kafka.bootstrap, base / "var"
        )
    facts = machine()
    write_report("rebuild", report(figures, facts), figures | {"machine": facts})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=REBUILD_EVENTS)
    asyncio.run(main(parser.parse_args().events))
