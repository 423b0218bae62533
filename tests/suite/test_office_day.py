"""A day of the office across services, on the real stack — every service with its own PostgreSQL
database, all of them talking only through a real Kafka broker:

a leader's 批示 on an incoming document and a meeting's resolution each become a supervision task;
the lead department acknowledges and reports; the office verifies and closes; the document can then
be closed and the meeting shows its resolution done; the dashboards follow the whole chain; and the
same source events delivered again create nothing new.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_shared.clock import TestClock
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

from tests.documents.office import Office as DocumentsOffice
from tests.meetings.office import TUESDAY, beijing, ok
from tests.meetings.office import Office as MeetingsOffice
from tests.platform.kafka_support import first_occurrences, publish, read_topic
from tests.services import MONDAY_MORNING, RunningService, running_service
from tests.supervision.office import Office as SupervisionOffice

pytestmark = [pytest.mark.postgres, pytest.mark.kafka]


async def eventually(what: str, probe: Callable[[], Awaitable[Any]], seconds: float = 60.0) -> Any:
    """Poll until `probe` returns something truthy: the services react through Kafka, not at once."""
    async with asyncio.timeout(seconds):
        while not (found := await probe()):
            await asyncio.sleep(0.1)
    assert found, what
    return found


async def tasks_from(supervision: RunningService, source_id: str) -> list[dict[str, Any]]:
    office = supervision.as_("zhou")
    listed = (await supervision.client.get("/tasks", params={"limit": 200}, headers=office)).json()["items"]
    tasks = [(await supervision.client.get(f"/tasks/{t['id']}", headers=office)).json() for t in listed]
    return [task for task in tasks if task["source"]["id"] == source_id]


async def test_an_instruction_and_a_resolution_are_followed_until_closed_across_services(
    postgres, office_kafka, tmp_path
):
    run = uuid.uuid4().hex[:8]
    clock = TestClock(MONDAY_MORNING)
    async with contextlib.AsyncExitStack() as stack:

        async def start(definition: Any) -> RunningService:
            directory = tmp_path / definition.name
            directory.mkdir()
            return await stack.enter_async_context(
                running_service(
                    definition,
                    directory,
                    clock=clock,
                    database_url=postgres.create_database(f"{definition.name}_{run}"),
                    kafka_bootstrap=office_kafka,
                )
            )

        documents, meetings, supervision, projection = [
            await start(d) for d in (DOCUMENTS, MEETINGS, SUPERVISION, PROJECTION)
        ]
        clerk = DocumentsOffice(documents)
        office = SupervisionOffice(supervision)

        # 收文 to 批示: 方副县长 names 财政局 to lead.
        document = await clerk.instructed(lead="finance", deadline="2026-03-27", urgency="加急")
        [instruction_task] = await eventually(
            "a task for the 批示", lambda: tasks_from(supervision, document)
        )
        await eventually(
            "the document under supervision",
            lambda: _under_supervision(clerk, document),
        )

        # A meeting adopts a resolution for 财政局 too.
        board = MeetingsOffice(meetings)
        await board.given_room()
        meeting = await board.meeting_with_invitees("chen", title="县政府常务会", kind="常务会")
        board.at(beijing(TUESDAY, 11, 5))
        await board.held(meeting)
        await board.minutes_drafted(meeting)
        resolution = await board.resolution(
            meeting, "落实春耕备耕资金", "finance", ["agriculture"], "2026-03-31"
        )
        ok(await board.post(f"/meetings/{meeting}/minutes/approve", "luo"))
        [resolution_task] = await eventually(
            "a task for the resolution", lambda: tasks_from(supervision, meeting)
        )
        assert resolution_task["source"]["item"] == resolution

        # 财政局 acknowledges and reports; the office verifies and closes both.
        for task in (instruction_task, resolution_task):
            await office.acknowledged(task["id"])
            await office.reported_done(task["id"])
            await office.step(task["id"], "close", by="zhou")

        # The document's 答复 completes from the closure, and the clerk can close it.
        await eventually("the closure reaching the document", lambda: _supervision_result(clerk, document))
        closed = await clerk.post(f"/incoming/{document}/close", "shen", {})
        resolved = await eventually(
            "the resolution shown done on the meeting", lambda: _resolution_done(board, meeting, resolution)
        )
        assert resolved["task_id"] == resolution_task["id"]

        # The dashboards follow the chain and the chronicle records it.
        lineage = await projection.client.get(
            f"/lineage/documents/{document}",
            params={"min_version": f"{instruction_task['id']}:1"},
            headers=projection.as_("feng"),
        )
        linked = {(o["service"], o["id"]) for o in lineage.json()["objects"]}
        assert {("documents", document), ("supervision", instruction_task["id"])} <= linked
        month = await eventually("the chronicle", lambda: _chronicle_with(projection, "督办事项", at_least=2))
        assert any("作出批示" in text for text in month)

        # The dashboards' numbers: both tasks closed on time by 财政局, nothing left on its desk.
        rates = await eventually("both closures on the board", lambda: _on_time_rates(projection, closed=2))
        assert rates == [
            {"department": "finance", "month": "2026-03", "closed": 2, "on_time": 2, "rate": 1.0}
        ]
        desk = await projection.client.get(
            "/my-desk",
            params={"min_version": f"{document}:{closed['version']}"},
            headers=projection.as_("chen"),
        )
        assert desk.json()["items"] == []

        # Delivered again — as after a producer retry or a replay — the sources open nothing new.
        sources = first_occurrences(
            await read_topic(office_kafka, "shuniu.documents.events", at_least=10**9, timeout=3)
        )
        sources += first_occurrences(
            await read_topic(office_kafka, "shuniu.meetings.events", at_least=10**9, timeout=3)
        )
        decisions = [e for e in sources if e.type.endswith(("instructed.v1", "resolution_adopted.v1"))]
        assert len(decisions) == 2
        await publish(
            office_kafka, "shuniu.documents.events", [e for e in decisions if "documents" in e.type]
        )
        await publish(office_kafka, "shuniu.meetings.events", [e for e in decisions if "meetings" in e.type])
        await asyncio.sleep(2)  # time for a second task to appear, if anything were wrong
        assert len(await tasks_from(supervision, document)) == 1
        assert len(await tasks_from(supervision, meeting)) == 1


async def _under_supervision(clerk: DocumentsOffice, document: str) -> bool:
    return (await clerk.incoming(document))["supervision"]["under_supervision"]


async def _supervision_result(clerk: DocumentsOffice, document: str) -> Any:
    return (await clerk.incoming(document))["supervision"]["result"]


async def _resolution_done(board: MeetingsOffice, meeting: str, resolution: str) -> dict[str, Any] | None:
    listed = (await board.get(f"/meetings/{meeting}/resolutions", "shen")).json()
    items = listed["items"] if isinstance(listed, dict) else listed
    found = next(r for r in items if r["resolution_id"] == resolution)
    return found if found["follow_up"] in ("done", "已办结") else None


async def _on_time_rates(projection: RunningService, closed: int) -> list[dict[str, Any]]:
    board = (await projection.client.get("/supervision", headers=projection.as_("zhou"))).json()
    rates = [{k: v for k, v in row.items() if k != "department_name"} for row in board["on_time_rate"]]
    return rates if sum(row["closed"] for row in rates) == closed else []


async def _chronicle_with(projection: RunningService, needle: str, at_least: int) -> list[str]:
    response = await projection.client.get(
        "/chronicle", params={"month": "2026-03"}, headers=projection.as_("feng")
    )
    texts = [entry["text"] for entry in response.json()["entries"]]
    return texts if sum(needle in text for text in texts) >= at_least else []
