"""The overview's 待办公文 figures are counts the projection keeps as events arrive: a document is
counted where it waits, moves as it advances, is seen by whoever its events name, and stops being
counted once it is closed; counting afresh gives what intake kept, and so does a batch of events
applied at once."""

from __future__ import annotations

import uuid
from datetime import timedelta

from shuniu_projection.adapters.tables import document_counts
from shuniu_projection.app.counts import recount
from shuniu_projection.bootstrap import DEFINITION, INTAKE
from shuniu_shared.audience import Audience
from shuniu_shared.envelope import Envelope
from sqlalchemy import select

from tests.projection.test_rebuild import read_models
from tests.projection.test_timeline import deliver, instruction_and_its_task
from tests.services import MONDAY_MORNING, RunningService, read_caught_up, running_service

DOCUMENT = "doc-2026-0077"
TITLE = "关于报送2026年度预算执行情况的通知"


# As the documents service would name it: the office while it is registered, and from the 批示 on
# the lead department too.
IN_THE_OFFICE = Audience.of(departments=["office"], roles=["leader"])
WITH_FINANCE = Audience.of(departments=["office", "finance"], roles=["leader"])


def step(sequence: int, event: str, audience: Audience = IN_THE_OFFICE, **data: object) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.documents.incoming.{event}.v1",
        source="/shuniu/documents",
        subject=DOCUMENT,
        time=MONDAY_MORNING + timedelta(hours=sequence),
        sequence=sequence,
        actor="shen",
        data={"document_id": DOCUMENT, "title": TITLE, "classification": "none"} | data,
        audience=audience,
    )


RECEIVED = step(1, "received", doc_type="通知", urgency="平件")
REGISTERED = step(2, "registered", receipt_number="收〔2026〕77号")
INSTRUCTED = step(
    3,
    "instructed",
    WITH_FINANCE,
    leader="luo",
    lead_department="finance",
    co_departments=[],
    instruction="请财政局办理。",
    deadline="2026-03-20",
    instructed_on="2026-03-09",
)
CLOSED = step(4, "closed", WITH_FINANCE)


async def waiting(projection: RunningService, person: str, version: int) -> list[tuple[str, str, int]]:
    overview = await read_caught_up(projection, "/overview", f"{DOCUMENT}:{version}", person)
    return [(w["stage"], w["department"], w["count"]) for w in overview.json()["documents_waiting"]]


async def test_a_document_is_counted_where_it_waits_and_seen_by_the_departments_its_events_name(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [RECEIVED, REGISTERED])
        assert await waiting(projection, "feng", 2) == [("registered", "office", 1)]
        assert await waiting(projection, "chen", 2) == []  # finance takes no part yet

        await deliver(tmp_path, [INSTRUCTED])
        assert await waiting(projection, "feng", 3) == [("instructed", "finance", 1)]
        assert await waiting(projection, "chen", 3) == [("instructed", "finance", 1)]
        assert await waiting(projection, "zhao", 3) == []


async def test_a_closed_document_is_no_longer_counted_and_a_redelivery_counts_nothing_twice(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [RECEIVED, REGISTERED, REGISTERED, INSTRUCTED, RECEIVED])
        assert await waiting(projection, "feng", 3) == [("instructed", "finance", 1)]

        await deliver(tmp_path, [CLOSED, INSTRUCTED])
        assert await waiting(projection, "feng", 4) == []
        async with projection.runtime.engine.connect() as connection:
            kept = (await connection.execute(select(document_counts))).all()
        assert [row.waiting for row in kept] == [0, 0, 0]  # signed for, registered, handling: all emptied


async def test_counting_afresh_gives_the_counts_intake_kept(tmp_path):
    async with running_service(DEFINITION, tmp_path) as projection:
        await deliver(tmp_path, [RECEIVED, REGISTERED, INSTRUCTED])
        await waiting(projection, "feng", 3)
        engine = projection.runtime.engine
        async with engine.connect() as connection:
            kept = (
                await connection.execute(select(document_counts).where(document_counts.c.waiting > 0))
            ).all()

        async with engine.begin() as connection:
            await connection.run_sync(recount)
            recounted = (await connection.execute(select(document_counts))).all()

        assert kept == recounted and len(kept) == 1 and kept[0].waiting == 1


async def test_a_batch_leaves_the_same_read_models_as_its_events_one_at_a_time(tmp_path):
    events = [RECEIVED, REGISTERED, INSTRUCTED, *instruction_and_its_task(), CLOSED]
    one_by_one, batched = tmp_path / "one-by-one", tmp_path / "batched"
    for directory in (one_by_one, batched):
        directory.mkdir()
    async with (
        running_service(DEFINITION, one_by_one) as first,
        running_service(DEFINITION, batched) as second,
    ):
        for envelope in events:
            async with first.runtime.store.unit_of_work() as uow:
                await INTAKE(envelope, uow)
        async with second.runtime.store.unit_of_work() as uow:
            await INTAKE.batch(events, uow)

        assert await read_models(second.runtime.engine) == await read_models(first.runtime.engine)
