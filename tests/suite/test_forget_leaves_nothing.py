"""The forget test (issue 17, deliver 3): a petitioner's life across the suite, then "forget this
person", and a search of the raw bytes everywhere the suite keeps anything.

刘建国 is registered with his name, ID number, phone and address; the petition is routed, accepted
and assigned (the 交办 summary travels to supervision, which opens, works and closes a task, and to
the dashboards and notifications); an extension is asked and refused; the reply — which names him —
is sent; then he is forgotten. Before and after the forget, every place is searched for his name,
his ID number (as written and spaced), his phone (as written and dashed) and his address, and for
the office's free text on his case — the acceptance notice, the 交办 summary, the extension's reason
and the refusal's opinion, sealed under his key (issue 17) — in UTF-8 and as JSON escapes
(\\u5218…): every SQLite file of every service (the -wal and -shm files included) and the bus, or on
the real stack a `pg_dump` of every service's database and every record of every topic on the
broker (key, value and headers); and the logs the services wrote. Nothing, both times: personal data
is never in clear outside reception's encrypted columns, and after the forget the key that opened
those is gone too (in no file of reception's database).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_infra.postgres import postgres_bin_dir
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_notifications.bootstrap import DEFINITION as NOTIFICATIONS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.adapters.tables import subject_keys
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.clock import TestClock
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION
from sqlalchemy import select

from tests.reception.office import PETITIONER, ok
from tests.services import MONDAY_MORNING, RunningService, running_service

SERVICES = (RECEPTION, SUPERVISION, PROJECTION, NOTIFICATIONS, DOCUMENTS, MEETINGS)

# What must be found nowhere, in every spelling a search would try.
SOUGHT = {
    "name": [PETITIONER["name"]],
    "id_number": [PETITIONER["id_number"], "110105 19491231 002X", PETITIONER["id_number"].lower()],
    "phone": [PETITIONER["phone"], "138-0013-8000", "138 0013 8000"],
    "address": [PETITIONER["address"], "幸福路8号"],
    # The office's text on his case: sealed under his key, so in clear nowhere, even before the forget.
    "case_text": [
        NOTICE := "受理告知书〔2026〕1号",
        SUMMARY := "反映学校违规收取补课费，请核查处理",
        REASON := "案情复杂，需赴学校现场核查",
        OPINION := "现有材料足以按期办结，不同意延期",
    ],
}
REPLY = f"{PETITIONER['name']}同志：经核查，学校已退还违规收取的补课费。"  # sealed: it may name him


def spellings() -> dict[bytes, str]:
    """Each sought value as bytes, UTF-8 and JSON-escaped, with what it is."""
    found: dict[bytes, str] = {}
    for category, values in SOUGHT.items():
        for value in values:
            found[value.encode()] = category
            found[json.dumps(value)[1:-1].encode()] = category  # \\u5218\\u5efa\\u56fd
    return found


def clear_personal_data_in(haystack: bytes) -> list[str]:
    return sorted(
        {
            f"{category}: {spelling.decode()}"
            for spelling, category in spellings().items()
            if spelling in haystack
        }
    )


class Suite:
    """Every service of the suite running, on SQLite and one bus or on PostgreSQL and Kafka."""

    def __init__(self, services: dict[str, RunningService]) -> None:
        self.services = services
        self.reception, self.supervision, self.projection = (
            services["reception"],
            services["supervision"],
            services["projection"],
        )

    async def a_petitioner_is_registered_routed_assigned_worked_and_replied(self) -> tuple[str, str]:
        wang = self.reception.as_("wang")
        body = {
            "petitioner": PETITIONER,
            "channel": "letter",
            "content": "反映某学校违规收取补课费。",
            "received_on": "2026-03-09",
        }
        petition_id = ok(await self.reception.client.post("/petitions", json=body, headers=wang), 201)["id"]
        steps = [
            ("route", {"to_department": "education", "routed_on": "2026-03-09"}),
            ("accept", {"notice": NOTICE, "accepted_on": "2026-03-09"}),
            ("assign", {"department": "education", "summary": SUMMARY}),
            ("extension-request", {"days": 20, "reason": REASON}),
        ]
        for step, step_body in steps:
            ok(
                await self.reception.client.post(
                    f"/petitions/{petition_id}/{step}", json=step_body, headers=wang
                )
            )
        refusal = {"decision": "refuse", "opinion": OPINION}
        ok(
            await self.reception.client.post(
                f"/petitions/{petition_id}/extension-decision",
                json=refusal,
                headers=self.reception.as_("fang"),
            )
        )
        shown = ok(await self.reception.client.get(f"/petitions/{petition_id}", headers=wang))
        assert (shown["notice"], shown["summary"], shown["extension"]["opinion"]) == (
            NOTICE,
            SUMMARY,
            OPINION,
        )
        task_id = await eventually("supervision's task", lambda: self.task_for(petition_id))
        for action, by, action_body in (
            ("acknowledge", "zhao", {}),
            ("completion", "zhao", {"text": "已责令学校退费"}),
            ("close", "zhou", {}),
        ):
            ok(
                await self.supervision.client.post(
                    f"/tasks/{task_id}/{action}", json=action_body, headers=self.supervision.as_(by)
                )
            )
        await eventually("the task closed on the petition", lambda: self.supervision_closed(petition_id))
        replied = ok(
            await self.reception.client.post(
                f"/petitions/{petition_id}/reply", json={"reply": REPLY}, headers=wang
            )
        )
        await self.dashboards_have(petition_id, replied["version"])
        person_id = ok(await self.reception.client.get(f"/petitions/{petition_id}", headers=wang))[
            "petitioner"
        ]["person_id"]
        return petition_id, person_id

    async def forgotten(self, person_id: str) -> bytes:
        """Forget the person; the key's wrapped bytes as they were."""
        async with self.reception.runtime.store.engine.connect() as connection:
            wrapped = await connection.scalar(
                select(subject_keys.c.wrapped_key).where(subject_keys.c.key_id == person_id)
            )
        ok(
            await self.reception.client.post(
                f"/people/{person_id}/forget", headers=self.reception.as_("wang")
            )
        )
        view = ok(await self.reception.client.get(f"/people/{person_id}", headers=self.reception.as_("wang")))
        assert view["name"] == "[已删除 / erased]"
        assert wrapped is not None
        return bytes(wrapped)

    async def task_for(self, petition_id: str) -> str | None:
        zhou = self.supervision.as_("zhou")
        listed = (await self.supervision.client.get("/tasks", params={"limit": 200}, headers=zhou)).json()[
            "items"
        ]
        for item in listed:
            task = (await self.supervision.client.get(f"/tasks/{item['id']}", headers=zhou)).json()
            if task["source"]["id"] == petition_id:
                return str(task["id"])
        return None

    async def supervision_closed(self, petition_id: str) -> bool:
        view = ok(
            await self.reception.client.get(f"/petitions/{petition_id}", headers=self.reception.as_("wang"))
        )
        return bool(view["supervision"] and view["supervision"]["closed"])

    async def dashboards_have(self, petition_id: str, version: int) -> None:
        async def caught_up() -> bool:
            response = await self.projection.client.get(
                f"/history/reception/{petition_id}",
                params={"min_version": f"{petition_id}:{version}"},
                headers=self.projection.as_(
                    "feng"
                ),  # the office director: every service shows him the petition
            )
            return response.status_code == 200 and "X-Projection-Caught-Up" not in response.headers

        await eventually("the dashboards caught up", caught_up)


async def eventually(what: str, probe: Callable[[], Awaitable[Any]], seconds: float = 60.0) -> Any:
    async with asyncio.timeout(seconds):
        while not (found := await probe()):
            await asyncio.sleep(0.1)
    assert found, what
    return found


def the_logs(capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, kept: list[str]) -> bytes:
    """Everything the services logged so far: stdout and stderr at the descriptors, and the log records."""
    out, err = capfd.readouterr()
    kept += [out, err]
    return ("\n".join(kept) + caplog.text).encode()


def every_file_under(directory: Path) -> bytes:
    return b"\n".join(path.read_bytes() for path in sorted(directory.rglob("*")) if path.is_file())


async def test_on_sqlite_a_forgotten_petitioner_is_in_no_file_and_no_log(tmp_path, capfd, caplog):
    """The embedded suite: every service's SQLite database (with -wal and -shm) and the bus, in one directory."""
    clock = TestClock(MONDAY_MORNING)
    logs: list[str] = []
    async with contextlib.AsyncExitStack() as stack:
        services = {
            d.name: await stack.enter_async_context(running_service(d, tmp_path, clock=clock))
            for d in SERVICES
        }
        suite = Suite(services)
        _, person_id = await suite.a_petitioner_is_registered_routed_assigned_worked_and_replied()
        files = every_file_under(tmp_path)
        assert b"enc:v1:" + person_id.encode() in files  # the search reads the real files
        assert clear_personal_data_in(files) == []
        assert clear_personal_data_in(the_logs(capfd, caplog, logs)) == []

        wrapped = await suite.forgotten(person_id)

        files = every_file_under(tmp_path)
        assert clear_personal_data_in(files) == []
        assert wrapped not in files  # and the key that opened the tokens is gone from every file
        assert clear_personal_data_in(the_logs(capfd, caplog, logs)) == []


@pytest.mark.postgres
@pytest.mark.kafka
async def test_on_postgresql_and_kafka_a_forgotten_petitioner_is_in_no_dump_no_topic_and_no_log(
    postgres, office_kafka, tmp_path, capfd, caplog
):
    run = uuid.uuid4().hex[:8]
    clock = TestClock(MONDAY_MORNING)
    logs: list[str] = []
    async with contextlib.AsyncExitStack() as stack:
        databases = {d.name: postgres.create_database(f"{d.name}_forget_{run}") for d in SERVICES}
        services = {}
        for definition in SERVICES:
            directory = tmp_path / definition.name
            directory.mkdir()
            services[definition.name] = await stack.enter_async_context(
                running_service(
                    definition,
                    directory,
                    clock=clock,
                    database_url=databases[definition.name],
                    kafka_bootstrap=office_kafka,
                )
            )
        suite = Suite(services)
        _, person_id = await suite.a_petitioner_is_registered_routed_assigned_worked_and_replied()

        async def everywhere() -> bytes:
            dumps = b"\n".join(pg_dump(url) for url in databases.values())
            return dumps + b"\n" + await every_record_on(office_kafka)

        stored = await everywhere()
        assert b"enc:v1:" + person_id.encode() in stored  # the search reads the real dumps and records
        assert clear_personal_data_in(stored) == []
        assert clear_personal_data_in(the_logs(capfd, caplog, logs)) == []

        await suite.forgotten(person_id)

        assert clear_personal_data_in(await everywhere()) == []
        assert clear_personal_data_in(the_logs(capfd, caplog, logs)) == []
        reception_dump = pg_dump(databases["reception"])
        assert (
            person_id.encode()
            not in reception_dump.split(b"COPY public.subject_keys", 1)[1].split(b"\\.", 1)[0]
        )


def pg_dump(url: str) -> bytes:
    """The database as a backup would hold it (plain SQL, data included)."""
    libpq = url.replace("postgresql+asyncpg://", "postgresql://", 1)
    return subprocess.run(
        [str(postgres_bin_dir() / "pg_dump"), "--dbname", libpq], check=True, capture_output=True, timeout=120
    ).stdout


async def every_record_on(bootstrap: str) -> bytes:
    """Every record of every topic on the broker, read raw from the beginning: key, value, headers."""
    listing = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await listing.start()
    try:
        topics = sorted(t for t in await listing.topics() if not t.startswith("__"))
    finally:
        await listing.stop()
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    chunks: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            while not await read_to_the_end(consumer, topics):
                for messages in (await consumer.getmany(timeout_ms=500)).values():
                    for m in messages:
                        chunks += [m.key or b"", m.value or b""]
                        chunks += [name.encode() + b"=" + (value or b"") for name, value in m.headers or ()]
    finally:
        await consumer.stop()
    return b"\n".join(chunks)


async def read_to_the_end(consumer: AIOKafkaConsumer, topics: list[str]) -> bool:
    assigned = consumer.assignment()
    if {p.topic for p in assigned} != set(topics):
        return False
    ends = await consumer.end_offsets(list(assigned))
    positions = {p: await consumer.position(p) for p in assigned}
    return all(positions[p] >= ends[p] for p in assigned)
