"""真实环境（PostgreSQL + Kafka）：会议决议和领导批示各自在几秒内成为督办事项；
重放同样的来源事件不产生任何新事项；办结事件发布到本服务的主题。"""

from __future__ import annotations

import asyncio
import time
import uuid

from shuniu_shared.consumer import Consumer
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import events_table
from shuniu_shared.kafka import KafkaPublisher, KafkaSource
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.app.sources import SOURCE_TOPICS, task_sources
from sqlalchemy import func, select

from tests.platform.kafka_support import publish, read_topic
from tests.supervision.office import Office, instructed, office, petition_assigned, resolution_adopted, until

DOCUMENTS, MEETINGS, RECEPTION = (
    "shuniu.documents.events",
    "shuniu.meetings.events",
    "shuniu.reception.events",
)


async def task_exists(o: Office, task_id: str) -> bool:
    response = await o.svc.client.get(f"/tasks/{task_id}", headers=o.svc.as_("feng"))
    return response.status_code == 200


async def events_stored(o: Office, run: str) -> int:
    """Events of this run's tasks: the topics are shared with the other tests of the session, whose
    批示 and resolutions open tasks here too."""
    query = select(func.count()).select_from(events_table).where(events_table.c.stream_id.contains(run))
    async with o.svc.runtime.store.engine.connect() as connection:
        return await connection.scalar(query) or 0


async def test_on_the_real_stack_resolutions_and_instructions_become_tasks_once(postgres, kafka, tmp_path):
    url = postgres.create_database(f"supervision_stack_{uuid.uuid4().hex[:8]}")
    run = uuid.uuid4().hex[:6]  # the topics outlive a test: ids of this run only
    resolution, instruction = resolution_adopted(f"mtg-{run}", "r1"), instructed(f"in-{run}")
    resolution_task, instruction_task = f"resolution:mtg-{run}:r1", f"instruction:in-{run}:2026-03-09:finance"
    async with office(tmp_path, database_url=url, kafka_bootstrap=kafka.bootstrap) as o:
        started = time.monotonic()
        await publish(kafka.bootstrap, MEETINGS, [resolution])
        await publish(kafka.bootstrap, DOCUMENTS, [instruction])
        await until(lambda: task_exists(o, resolution_task), timeout=60)
        await until(lambda: task_exists(o, instruction_task), timeout=60)
        print(
            f"\nboth tasks visible {time.monotonic() - started:.2f} s after the source events were produced"
        )
        opened = await events_stored(o, run)

        # Replayed: the same events again, and the same 批示 and resolution republished under new ids.
        copies = [Envelope(**(vars(e) | {"id": str(uuid.uuid4())})) for e in (resolution, instruction)]
        await publish(kafka.bootstrap, MEETINGS, [resolution, copies[0]])
        await publish(kafka.bootstrap, DOCUMENTS, [instruction, copies[1]])
        marker = petition_assigned(f"pet-{run}")  # produced after the copies: once it is in, they are
        started = time.monotonic()
        await publish(kafka.bootstrap, RECEPTION, [marker])
        await until(lambda: task_exists(o, f"petition:pet-{run}:agriculture"), timeout=60)
        print(
            f"a petition's task visible {time.monotonic() - started:.2f} s after it was produced (group joined)"
        )
        assert await events_stored(o, run) == opened + 1

        # A fresh consumer group reading all three topics from the beginning creates nothing either.
        before = await events_stored(o, run)
        stopping = asyncio.Event()
        replay = Consumer(
            group=f"supervision.replay-{run}",
            store=o.svc.runtime.store,
            handler=task_sources(policy_of(o.svc.runtime)),
            source=KafkaSource(kafka.bootstrap, f"supervision.replay-{run}", SOURCE_TOPICS),
            dead_letters=KafkaPublisher(kafka.bootstrap),
        )
        replaying = asyncio.create_task(replay.run(stopping))

        async def replayed_ours() -> bool:
            return replay.applied >= 5  # at least this run's five records, and all the topic's before them

        await until(replayed_ours, timeout=60)
        stopping.set()
        await replaying
        assert replay.dead_lettered == 0
        assert await events_stored(o, run) == before

        # Closing publishes task.closed on the service's own topic, for the documents service to react.
        await o.acknowledged(instruction_task)
        await o.step(instruction_task, "completion", by="chen", text="已按批示拨付到位")
        await o.step(instruction_task, "close", by="zhou")
        # The topic is shared with the session's other tests: read all of it until our closing is there.
        closings: list[Envelope] = []

        async def closing_published() -> bool:
            records = await read_topic(
                kafka.bootstrap, "shuniu.supervision.events", at_least=10**9, timeout=2
            )
            closings[:] = [
                e
                for r in records
                if (e := Envelope.from_kafka(r.headers, r.value)).type == "shuniu.supervision.task.closed.v1"
                and e.subject == instruction_task
            ]
            return bool(closings)

        await until(closing_published, timeout=60)
        [closing] = closings
        assert closing.data["source"] == {
            "kind": "document_instruction",
            "service": "documents",
            "id": f"in-{run}",
            "item": None,
        }
        assert closing.data["result"] == "已按批示拨付到位"
