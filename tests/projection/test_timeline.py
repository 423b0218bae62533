"""The projection keeps every service's events in one timeline: lineage follows a 批示 to its task and its
closure across services, each reader sees only what their department takes part in, a reader can wait
for their own write, and duplicated or interleaved deliveries leave the same state behind."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from shuniu_projection.adapters.tables import objects, timeline
from shuniu_projection.bootstrap import DEFINITION
from shuniu_shared.audience import Audience
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record
from sqlalchemy import select

from tests.services import MONDAY_MORNING, RunningService, read_caught_up, running_service, sqlite_url

DOCUMENT, TASK = "doc-2026-0042", "task-7"
# Whom the owners name (the audience every event carries): the document's to the office, the county's
# leaders and the departments its 批示 names; the task's to the supervision office's members, the
# office's own members and the lead department. Education (赵, zhao) is named by neither.
DOCUMENT_AUDIENCE = Audience.of(departments=["office", "finance"], roles=["leader"])
TASK_AUDIENCE = Audience.of(
    departments=["office.supervision", "finance"], members_of=["office"], roles=["leader", "supervisor"]
)


def instruction_and_its_task() -> list[Envelope]:
    """A leader's 批示 naming finance as lead, the task supervision opened for it, and its closure."""
    at = MONDAY_MORNING
    instructed = Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.documents.incoming.instructed.v1",
        source="/shuniu/documents",
        subject=DOCUMENT,
        time=at,
        sequence=5,
        actor="luo",
        data={
            "document_id": DOCUMENT,
            "receipt_number": "收〔2026〕42号",
            "title": "关于下达2026年农田水利资金的通知",
            "classification": "none",
            "urgency": "加急",
            "instruction": "请财政局牵头办理，教育局配合。",
            "leader": "luo",
            "lead_department": "finance",
            "co_departments": [],
            "deadline": "2026-03-20",
            "instructed_on": "2026-03-09",
        },
        audience=DOCUMENT_AUDIENCE,
    )
    task = {
        "task_id": TASK,
        "source": {"kind": "document_instruction", "service": "documents", "id": DOCUMENT, "item": None},
        "title": "落实农田水利资金",
        "lead_department": "finance",
        "co_departments": [],
        "deadline": "2026-03-20",
    }
    opened = Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.supervision.task.opened.v1",
        source="/shuniu/supervision",
        subject=TASK,
        time=at + timedelta(seconds=1),
        sequence=1,
        causation_id=instructed.id,
        correlation_id=instructed.id,
        data=task,
        audience=TASK_AUDIENCE,
    )
    closed = Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.supervision.task.closed.v1",
        source="/shuniu/supervision",
        subject=TASK,
        time=at + timedelta(days=8),
        sequence=2,
        actor="zhou",
        data=task | {"result": "资金已全部下达", "closed_on": "2026-03-17"},
        audience=TASK_AUDIENCE,
    )
    return [instructed, opened, closed]


async def deliver(tmp_path: Path, envelopes: list[Envelope]) -> None:
    bus = InProcessBus(sqlite_url(tmp_path, "bus"))
    await bus.start()
    await bus.append([Record.of(f"shuniu.{e.source.rsplit('/', 1)[-1]}.events", e) for e in envelopes])
    await bus.close()


async def settled(projection: RunningService) -> None:
    """Wait, as a reader would, until the projection has the 批示 and the task's closure."""
    for stream, version in ((DOCUMENT, 5), (TASK, 2)):
        service = "documents" if stream == DOCUMENT else "supervision"
        await read_caught_up(projection, f"/history/{service}/{stream}", f"{stream}:{version}", "feng")


async def lineage(projection: RunningService, person: str, *, min_version: str | None = None):
    params = {"min_version": min_version} if min_version else {}
    return await projection.client.get(
        f"/lineage/documents/{DOCUMENT}", params=params, headers=projection.as_(person)
    )


async def test_the_lineage_of_an_instruction_reaches_its_task_and_the_tasks_closure(tmp_path):
    async with running_service(DEFINITION, tmp_path, clock=TestClock(MONDAY_MORNING)) as projection:
        await deliver(tmp_path, instruction_and_its_task())

        await settled(projection)
        response = await lineage(projection, "feng")

        assert response.status_code == 200, response.text
        assert "X-Projection-Caught-Up" not in response.headers
        chain = response.json()
        assert {(o["service"], o["id"]) for o in chain["objects"]} == {
            ("documents", DOCUMENT),
            ("supervision", TASK),
        }
        assert [link["effect_type"] for link in chain["links"]] == ["shuniu.supervision.task.opened.v1"]


async def test_the_lead_department_sees_the_chain_and_an_uninvolved_one_does_not_know_it_exists(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)

        assert (await lineage(projection, "chen")).status_code == 200  # 财政局, the lead department
        hidden = await lineage(projection, "zhao")  # 教育局, named nowhere
        assert hidden.status_code == 404
        assert hidden.headers["content-type"] == "application/problem+json"


async def test_a_reader_waiting_for_a_version_not_yet_delivered_is_told_the_view_is_behind(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)

        behind = await lineage(projection, "feng", min_version=f"{TASK}:3")

        assert behind.headers["X-Projection-Caught-Up"] == "false"
        malformed = await lineage(projection, "feng", min_version="no-version")
        assert malformed.status_code == 422
        assert malformed.json()["field"] == "min_version"


async def test_history_as_of_a_moment_shows_only_what_had_happened_by_then(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, instruction_and_its_task())
        await settled(projection)

        before_closing = await projection.client.get(
            f"/history/supervision/{TASK}",
            params={"at": (MONDAY_MORNING + timedelta(days=1)).isoformat()},
            headers=projection.as_("feng"),
        )
        now = await projection.client.get(f"/history/supervision/{TASK}", headers=projection.as_("feng"))

        assert before_closing.json()["version"] == 1
        assert [e["type"] for e in now.json()["events"]][-1] == "shuniu.supervision.task.closed.v1"


async def snapshot(projection: RunningService) -> tuple[list, list]:
    async with projection.runtime.engine.connect() as connection:
        events = (await connection.execute(select(timeline).order_by(timeline.c.event_id))).all()
        rows = (await connection.execute(select(objects).order_by(objects.c.stream_id))).all()
    return [tuple(r) for r in events], [tuple(r) for r in rows]


async def test_duplicated_and_interleaved_deliveries_leave_the_same_read_models(tmp_path):
    envelopes = instruction_and_its_task()
    in_order, shuffled = tmp_path / "in-order", tmp_path / "shuffled"
    in_order.mkdir()
    shuffled.mkdir()
    async with running_service(DEFINITION, in_order) as first:
        await deliver(in_order, envelopes)
        await settled(first)
        expected = await snapshot(first)
    async with running_service(DEFINITION, shuffled) as second:
        # The supervision topic first, then the documents topic, each record twice.
        await deliver(shuffled, [envelopes[1], envelopes[1], envelopes[2], envelopes[0], envelopes[2]])
        await settled(second)
        assert await snapshot(second) == expected


async def test_an_object_named_by_a_sealed_field_is_titled_as_sealed_never_by_its_ciphertext(tmp_path):
    """A petitioner recorded by reception is named by their sealed name: the projection shows
    「（已加密）」 where a title goes, and keeps the token only as the event carried it."""
    token = "enc:v1:person-0f3c:bm9uY2UgYW5kIGNpcGhlcnRleHQ="
    recorded = Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.reception.person.recorded.v1",
        source="/shuniu/reception",
        subject="person-0f3c",
        time=MONDAY_MORNING,
        sequence=1,
        actor="wang",
        data={"kind": "petitioner", "name": token, "id_number": None, "phone": None, "address": None},
        audience=Audience.of(departments=["office"], roles=["petitions_officer"]),
    )
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [recorded])
        shown = await read_caught_up(projection, "/history/reception/person-0f3c", "person-0f3c:1", "feng")
        async with projection.runtime.engine.connect() as connection:
            title = (await connection.execute(select(objects.c.title))).scalar_one()
    assert title == "（已加密）"
    assert shown.status_code == 200 and token in shown.text  # the history shows what the event carried
