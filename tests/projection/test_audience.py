"""The projection shows each object to exactly the audience (知悉范围) its owner named with its newest
event, and to nobody when it named none: no wider rule of its own (the office, the leaders and the
auditors seeing everything), no departments guessed from field names. History is the events' data;
lineage leaves out, unnamed and uncounted, what the reader may not see. An existing database upgrades."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from shuniu_projection.adapters.tables import document_counts, document_steps, documents, objects
from shuniu_projection.bootstrap import DEFINITION
from shuniu_shared.audience import Audience
from shuniu_shared.database import create_engine
from shuniu_shared.envelope import Envelope
from shuniu_shared.migrations import migrate
from sqlalchemy import func, select

from tests.platform.test_upgrade import PREVIOUS, load_pg_dump, pg_schema, sqlite_schema
from tests.projection.test_document_counts import RECEIVED, REGISTERED, step
from tests.projection.test_timeline import (
    DOCUMENT,
    TASK,
    deliver,
    instruction_and_its_task,
    lineage,
)
from tests.services import RunningService, read_caught_up, running_service


def naming(audience: Audience | None, *envelopes: Envelope) -> list[Envelope]:
    """The same events, with another audience named by their owner."""
    return [dataclasses.replace(envelope, audience=audience) for envelope in envelopes]


async def caught_up(projection: RunningService, stream_id: str, version: int) -> None:
    """Wait until the projection has the version (asked of the overview, which answers everyone)."""
    await read_caught_up(projection, "/overview", f"{stream_id}:{version}", "feng")


async def history(projection: RunningService, service: str, stream_id: str, person: str) -> int:
    response = await projection.client.get(f"/history/{service}/{stream_id}", headers=projection.as_(person))
    return response.status_code


async def waiting(projection: RunningService, person: str) -> list[tuple[str, str, int]]:
    overview = (await projection.client.get("/overview", headers=projection.as_(person))).json()
    return [(w["stage"], w["department"], w["count"]) for w in overview["documents_waiting"]]


async def test_an_object_whose_events_name_no_audience_is_shown_to_nobody_not_even_the_office(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, naming(None, *instruction_and_its_task()))
        await caught_up(projection, TASK, 2)

        for person in ("feng", "luo", "qian", "chen"):  # 办公室主任, 县长, auditor, the lead department
            assert await history(projection, "documents", DOCUMENT, person) == 404
            assert (await lineage(projection, person)).status_code == 404
            chronicle = await projection.client.get(
                "/chronicle", params={"month": "2026-03"}, headers=projection.as_(person)
            )
            assert chronicle.json()["entries"] == []
            board = (await projection.client.get("/supervision", headers=projection.as_(person))).json()
            assert board["on_time_rate"] == []


async def test_the_audience_of_the_newest_event_decides_and_a_narrowed_one_hides_it_from_the_rest(tmp_path):
    with_the_leaders = Audience.of(departments=["office"], roles=["leader"])
    office_only = Audience.of(members_of=["office"])
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, naming(with_the_leaders, RECEIVED, REGISTERED))
        await caught_up(projection, REGISTERED.subject, 2)
        assert await history(projection, "documents", REGISTERED.subject, "luo") == 200
        assert await waiting(projection, "luo") == [("registered", "office", 1)]

        accepted = step(3, "accepted", office_only, handling="批办件", reviewed_by="shen")
        await deliver(tmp_path, [accepted])
        await caught_up(projection, REGISTERED.subject, 3)

        assert await history(projection, "documents", REGISTERED.subject, "luo") == 404
        assert await waiting(projection, "luo") == []  # a count counts only what the reader could open
        assert await waiting(projection, "feng") == [("accepted", "office", 1)]
        assert await waiting(projection, "shen") == []  # 秘书科 lies within 办公室, but is not its members
        # A redelivered older event names an older audience: it does not widen it again.
        await deliver(tmp_path, [REGISTERED])
        await caught_up(projection, REGISTERED.subject, 3)
        assert await history(projection, "documents", REGISTERED.subject, "luo") == 404


async def test_the_lineage_leaves_out_the_task_its_reader_may_not_see_naming_and_counting_nothing_of_it(
    tmp_path,
):
    instructed, opened, _ = instruction_and_its_task()
    supervisors_only = Audience.of(roles=["supervisor"])
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [instructed, *naming(supervisors_only, opened)])
        await caught_up(projection, TASK, 1)

        chain = await lineage(projection, "chen")  # 财政局: named by the document, not by the task

        assert chain.status_code == 200
        assert chain.json() == {
            "objects": [
                {
                    "service": "documents",
                    "id": DOCUMENT,
                    "aggregate": "incoming",
                    "title": "关于下达2026年农田水利资金的通知",
                    "version": 5,
                    "last_type": "shuniu.documents.incoming.instructed.v1",
                    "last_time": instructed.time.isoformat(),
                }
            ],
            "links": [],
            "complete": True,
        }
        assert TASK not in chain.text and opened.id not in chain.text
        desk = (await projection.client.get("/my-desk", headers=projection.as_("chen"))).json()["items"]
        assert [item["id"] for item in desk] == [DOCUMENT]  # the task's 签收 waits on 财政局, unshown


async def test_history_as_of_a_moment_is_the_events_data_folded_later_fields_over_earlier(tmp_path):
    instructed, opened, closed = instruction_and_its_task()
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [instructed, opened, closed])
        await caught_up(projection, TASK, 2)

        before = await projection.client.get(
            f"/history/supervision/{TASK}",
            params={"at": opened.time.isoformat()},
            headers=projection.as_("zhou"),
        )
        now = await projection.client.get(f"/history/supervision/{TASK}", headers=projection.as_("zhou"))

        assert before.json()["state"] == opened.data
        assert now.json()["state"] == opened.data | closed.data
        assert now.json()["state"]["closed_on"] == "2026-03-17"


async def test_a_role_waits_on_the_desk_only_for_whom_the_object_is_shown(tmp_path):
    """A registered 收文 waits for a clerk's 初审: for the clerk its audience names, not every clerk."""
    only_tang = Audience.of(people=["tang"], roles=["leader"])
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, naming(only_tang, RECEIVED, REGISTERED))
        await caught_up(projection, REGISTERED.subject, 2)

        desks = {
            person: (await projection.client.get("/my-desk", headers=projection.as_(person))).json()["items"]
            for person in ("tang", "li")
        }

        assert [item["kind"] for item in desks["tang"]] == ["review"]
        assert desks["li"] == []  # a clerk too, cleared for it, but not named


async def test_a_database_of_the_previous_release_upgrades_to_the_schema_of_a_fresh_one(tmp_path: Path):
    """Its objects knew no audience — the events they came from named none — so they are shown to
    nobody until their next event names one; the kept counts start again; the steps keep their meaning
    under the names of their events."""
    path = tmp_path / "projection.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript((PREVIOUS / "sqlite" / "projection.sql").read_text())
        objects_before = connection.execute("SELECT count(*) FROM objects").fetchone()[0]
        old_steps = connection.execute(
            "SELECT count(*) FROM document_steps WHERE stage IN ('signed_for', 'circulating', 'handling')"
        ).fetchone()[0]
    upgraded = create_engine(f"sqlite+aiosqlite:///{path}")
    fresh = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        await migrate(upgraded, DEFINITION.migrations)
        await migrate(fresh, DEFINITION.migrations)
        async with upgraded.connect() as up, fresh.connect() as new:
            assert await up.run_sync(sqlite_schema) == await new.run_sync(sqlite_schema)
            assert await up.scalar(select(func.count()).select_from(objects)) == objects_before > 0
            assert await up.scalar(select(func.count()).where(objects.c.audience.is_not(None))) == 0
            assert await up.scalar(select(func.count()).select_from(document_counts)) == 0
            assert await up.scalar(select(func.count()).where(documents.c.counted_under.is_not(None))) == 0
            stages = set((await up.execute(select(document_steps.c.stage).distinct())).scalars())
            assert old_steps > 0 and "received" in stages
            assert not stages & {"signed_for", "circulating", "handling", "returned_for_revision"}
    finally:
        await upgraded.dispose()
        await fresh.dispose()


@pytest.mark.postgres
async def test_a_postgresql_database_of_the_previous_release_upgrades_to_the_schema_of_a_fresh_one(postgres):
    url = postgres.create_database("upgrade_projection_audience")
    load_pg_dump(url, PREVIOUS / "postgresql" / "projection.sql")
    fresh_url = postgres.create_database("fresh_projection_audience")
    upgraded, fresh = create_engine(url), create_engine(fresh_url)
    try:
        await migrate(upgraded, DEFINITION.migrations)
        await migrate(fresh, DEFINITION.migrations)
        assert pg_schema(url) == pg_schema(fresh_url)
        async with upgraded.connect() as up:
            assert (await up.scalar(select(func.count()).select_from(objects)) or 0) > 0
            assert await up.scalar(select(func.count()).where(objects.c.audience.is_not(None))) == 0
    finally:
        await upgraded.dispose()
        await fresh.dispose()
