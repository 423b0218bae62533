"""The analytics guide's example consumer works as documented: run as its own process against a real
broker, it loads every event once into DuckDB, also when the same records are delivered again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.platform.kafka_support import envelope, publish

LOADER = Path(__file__).resolve().parents[2] / "docs" / "events" / "duckdb_loader.py"
TOPIC = "shuniu.analytics-example.events"

pytestmark = pytest.mark.kafka


def run_loader(bootstrap: str, database: Path, group: str) -> str:
    command = [sys.executable, str(LOADER), TOPIC, "--bootstrap", bootstrap, "--database", str(database)]
    command += ["--group", group, "--until-idle", "3"]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return finished.stdout


async def test_the_documented_loader_puts_each_event_into_duckdb_once(kafka, tmp_path):
    kafka.create_topic(TOPIC, partitions=2)
    events = [envelope(f"doc-{n % 3}", n, {"lead_department": "finance", "n": n}) for n in range(1, 31)]
    await publish(kafka.bootstrap, TOPIC, events)
    database = tmp_path / "office.duckdb"

    assert "loaded 30 records" in run_loader(kafka.bootstrap, database, "analytics.first")
    # A second consumer group reads the same records again, as after a crash before the commit.
    run_loader(kafka.bootstrap, database, "analytics.again")

    with duckdb.connect(str(database)) as connection:
        totals = connection.execute(
            "SELECT count(*), count(DISTINCT data->>'lead_department'), sum((data->>'n')::INT) FROM events"
        ).fetchone()
        assert totals is not None
        count, departments, total = totals
        subjects = connection.execute("SELECT DISTINCT subject FROM events ORDER BY subject").fetchall()
    assert (count, departments, total) == (30, 1, sum(range(1, 31)))
    assert subjects == [("doc-0",), ("doc-1",), ("doc-2",)]
