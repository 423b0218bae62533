"""Load Shuniu's events from Kafka into DuckDB — a complete analytics consumer (docs/events/consuming.md).

    python docs/events/duckdb_loader.py --bootstrap localhost:9092 --database office.duckdb \
        shuniu.documents.events shuniu.meetings.events shuniu.supervision.events shuniu.reception.events

It reads the topics from the beginning under its own consumer group, stores one row per event, and
commits its Kafka offsets only after the rows are in DuckDB. A crash in between means the same records
come again; the primary key on the CloudEvents id (`ce_id`) makes that harmless, which is the whole
of "exactly once" an analytics consumer needs. `--until-idle N` stops after N quiet seconds (a batch
job); without it the loader follows the topics for ever.

Needs `duckdb` and `aiokafka` (pip install duckdb aiokafka); nothing from Shuniu itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from datetime import datetime

import duckdb
from aiokafka import AIOKafkaConsumer, ConsumerRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id        VARCHAR PRIMARY KEY,  -- ce_id: consumers deduplicate on it
    type      VARCHAR NOT NULL,     -- shuniu.<service>.<aggregate>.<event>.v<N>
    subject   VARCHAR NOT NULL,     -- the aggregate's id
    time      TIMESTAMPTZ NOT NULL,
    actor     VARCHAR,
    sequence  BIGINT,               -- the aggregate's version after this event
    topic     VARCHAR NOT NULL,
    data      JSON NOT NULL
)
"""


def row(record: ConsumerRecord) -> tuple[object, ...]:
    headers = {key: value.decode() for key, value in record.headers}
    return (
        headers["ce_id"],
        headers["ce_type"],
        headers["ce_subject"],
        datetime.fromisoformat(headers["ce_time"]),
        headers.get("ce_actor"),
        int(headers["ce_sequence"]) if "ce_sequence" in headers else None,
        record.topic,
        json.dumps(json.loads(record.value), ensure_ascii=False),
    )


async def load(bootstrap: str, topics: list[str], database: str, group: str, until_idle: float | None) -> int:
    connection = duckdb.connect(database)
    connection.execute(SCHEMA)
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    loaded, quiet_since = 0, time.monotonic()
    try:
        while until_idle is None or time.monotonic() - quiet_since < until_idle:
            batches = await consumer.getmany(timeout_ms=500, max_records=1000)
            rows = [row(record) for records in batches.values() for record in records]
            if not rows:
                continue
            connection.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", rows
            )
            await consumer.commit()  # only now: a crash before this re-reads rows the key makes harmless
            loaded, quiet_since = loaded + len(rows), time.monotonic()
    finally:
        await consumer.stop()
        connection.close()
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topics", nargs="+")
    parser.add_argument("--bootstrap", default="localhost:9092")
    parser.add_argument("--database", default="shuniu-events.duckdb")
    parser.add_argument("--group", default="analytics.duckdb-loader")
    parser.add_argument("--until-idle", type=float, default=None, metavar="SECONDS")
    arguments = parser.parse_args()
    loaded = asyncio.run(
        load(arguments.bootstrap, arguments.topics, arguments.database, arguments.group, arguments.until_idle)
    )
    print(f"loaded {loaded} records into {arguments.database}")


if __name__ == "__main__":
    main()
