"""What the documents service tells the suite (events on its topic) and what it hears from supervision.

Supervision's events are appended to the bus in the shape docs/contracts.md fixes, exactly as the
supervision service's relay publishes them.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.documents.office import Office

SUPERVISION_TOPIC = "shuniu.supervision.events"


def task_event(kind: str, document_id: str | None, *, service: str = "documents", **extra: Any) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.supervision.task.{kind}.v1",
        source="/shuniu/supervision",
        subject="task-17",
        time=datetime(2026, 3, 12, 2, 0, tzinfo=UTC),
        sequence=1,
        data={
            "task_id": "task-17",
            "source": {"kind": "document_instruction", "service": service, "id": document_id, "item": None},
            "title": "关于做好春季农业生产工作的通知",
            "lead_department": "finance",
            "co_departments": [],
            "deadline": "2026-03-20",
        }
        | extra,
    )


async def deliver(office: Office, *envelopes: Envelope) -> None:
    bus = office.service.runtime.bus
    assert bus is not None
    await bus.append([Record.of(SUPERVISION_TOPIC, e) for e in envelopes])


async def eventually(check, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "not applied in time"
        await asyncio.sleep(0.02)


async def test_a_document_shows_under_supervision_with_the_task_id(office: Office):
    id = await office.instructed()
    await deliver(office, task_event("opened", id))

    async def supervised() -> bool:
        return (await office.incoming(id))["supervision"]["task_id"] == "task-17"

    await eventually(supervised)
    assert (await office.incoming(id))["supervision"]["under_supervision"] is True
    listed = (await office.get("/incoming", "shen"))["items"][0]
    assert listed["under_supervision"] is True


async def test_a_supervised_document_closes_only_after_its_task_is_closed_whose_result_is_its_reply(
    office: Office,
):
    id = await office.instructed()
    opened = task_event("opened", id)
    await deliver(office, opened, opened)  # delivered twice: applied once

    async def supervised() -> bool:
        return (await office.incoming(id))["supervision"]["under_supervision"]

    await eventually(supervised)
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "资金已拨付"})
    await office.refused(f"/incoming/{id}/close", "shen", {}, status=422, code="supervision_open")
    await deliver(
        office, task_event("closed", id, result="经核实，资金已全部拨付到位", closed_on="2026-03-12")
    )

    async def task_closed() -> bool:
        return (await office.incoming(id))["supervision"]["result"] is not None

    await eventually(task_closed)
    await office.post(f"/incoming/{id}/close", "shen", {})
    assert await office.count(id, "shuniu.documents.incoming.supervision_opened.v1") == 1


async def test_the_closed_task_counts_as_the_reply_when_the_department_sent_none(office: Office):
    id = await office.instructed()
    await deliver(
        office, task_event("opened", id), task_event("closed", id, result="已办结", closed_on="2026-03-12")
    )

    async def replied() -> bool:
        return (await office.incoming(id))["stage"] == "replied"

    await eventually(replied)
    await office.post(f"/incoming/{id}/close", "shen", {})


async def test_tasks_of_other_services_are_ignored(office: Office):
    id = await office.instructed()
    await deliver(office, task_event("opened", id, service="meetings"), task_event("opened", "in-unknown"))
    marker = await office.instructed()
    await deliver(office, task_event("opened", marker))

    async def marker_applied() -> bool:
        return (await office.incoming(marker))["supervision"]["task_id"] is not None

    await eventually(marker_applied)  # the bus delivers in order: the earlier ones were handled
    assert (await office.incoming(id))["supervision"]["task_id"] is None


async def published(office: Office, at_least: int) -> list[Envelope]:
    bus = office.service.runtime.bus
    assert bus is not None
    records: list = []

    async def arrived() -> bool:
        nonlocal records
        records = await bus.topic_records("shuniu.documents.events")
        return len(records) >= at_least

    await eventually(arrived)
    return [Envelope.from_kafka(r.headers, r.value) for r in records]


async def test_every_step_is_published_on_the_documents_topic_keyed_by_the_document(office: Office):
    id = await office.instructed()
    envelopes = await published(office, at_least=5)
    assert [(e.type, e.subject, e.sequence) for e in envelopes] == [
        ("shuniu.documents.incoming.received.v1", id, 1),
        ("shuniu.documents.incoming.registered.v1", id, 2),
        ("shuniu.documents.incoming.accepted.v1", id, 3),
        ("shuniu.documents.incoming.proposed.v1", id, 4),
        ("shuniu.documents.incoming.instructed.v1", id, 5),
    ]
    assert envelopes[4].actor == "fang" and envelopes[4].source == "/shuniu/documents"


async def test_the_event_schemas_are_served(office: Office):
    schemas = (await office.client.get("/events/schemas")).json()
    assert "shuniu.documents.incoming.instructed.v1" in schemas
    assert "shuniu.documents.outgoing.issued.v1" in schemas
    assert set(schemas["shuniu.documents.incoming.instructed.v1"]["required"]) >= {
        "document_id",
        "lead_department",
        "instructed_on",
    }


async def test_a_task_opened_after_the_document_was_closed_is_recorded_but_not_shown_as_supervised(
    office: Office,
):
    id = await office.instructed()
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已办"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await deliver(office, task_event("opened", id))

    async def recorded() -> bool:
        return (await office.incoming(id))["supervision"]["task_id"] == "task-17"

    await eventually(recorded)
    assert (await office.incoming(id))["supervision"]["under_supervision"] is False
    assert (await office.get("/incoming", "shen"))["items"][0]["under_supervision"] is False
