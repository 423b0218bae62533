"""The whole flow on the real stack (PostgreSQL and a Kafka broker): a leave request and the adopted
resolutions leave on the topic as CloudEvents; supervision's answer comes back and shows on the meeting."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

import pytest
from shuniu_meetings.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope

from tests.meetings.office import TOPIC, TUESDAY, Office, beijing, ok
from tests.platform.kafka_support import publish, read_until
from tests.services import MONDAY_MORNING, running_service

pytestmark = [pytest.mark.postgres, pytest.mark.kafka]


async def test_leave_minutes_and_resolutions_flow_through_postgres_and_kafka(postgres, kafka, tmp_path):
    url = postgres.create_database(f"meetings_{uuid.uuid4().hex[:10]}")
    async with running_service(
        DEFINITION,
        tmp_path,
        clock=TestClock(MONDAY_MORNING),
        database_url=url,
        kafka_bootstrap=kafka.bootstrap,
    ) as service:
        office = Office(service)
        await office.given_room()
        meeting = await office.meeting_with_invitees("zhang", "chen", title="县政府常务会", kind="常务会")
        ok(await office.leave(meeting, "zhang", "小孙子住院"))
        office.at(beijing(TUESDAY, 8, 55))
        ok(await office.sign_in(meeting, "luo"))
        ok(await office.sign_in(meeting, "chen"))
        office.at(beijing(TUESDAY, 11, 5))
        await office.held(meeting)
        await office.minutes_drafted(meeting)
        resolution = await office.resolution(
            meeting, "落实春耕备耕资金", "finance", ["agriculture"], "2026-03-31"
        )
        ok(await office.post(f"/meetings/{meeting}/minutes/approve", "luo"))

        events = await read_until(
            kafka.bootstrap, TOPIC, lambda found: sum(e.subject == meeting for e in found) >= 12
        )
        by_type = {e.type: e for e in events if e.subject == meeting}
        leave = by_type["shuniu.meetings.meeting.leave_requested.v1"]
        assert (leave.subject, leave.data["chair"], leave.data["reason"]) == (meeting, "luo", "小孙子住院")
        adopted = by_type["shuniu.meetings.meeting.resolution_adopted.v1"]
        assert adopted.subject == meeting and adopted.data["resolution_id"] == resolution
        assert adopted.data["lead_department"] == "finance" and adopted.data["decided_by"] == "luo"
        assert [e.sequence for e in events if e.subject == meeting] == sorted(
            e.sequence for e in events if e.subject == meeting
        )  # one meeting's events stay in order on its partition

        opened = Envelope(
            id=str(uuid.uuid4()),
            type="shuniu.supervision.task.opened.v1",
            source="/shuniu/supervision",
            subject="task-42",
            time=datetime.now(UTC),
            sequence=1,
            data={
                "task_id": "task-42",
                "source": {
                    "kind": "meeting_resolution",
                    "service": "meetings",
                    "id": meeting,
                    "item": resolution,
                },
                "title": "落实春耕备耕资金",
                "lead_department": "finance",
                "co_departments": ["agriculture"],
                "deadline": "2026-03-31",
            },
        )
        await publish(kafka.bootstrap, "shuniu.supervision.events", [opened])
        deadline = asyncio.get_running_loop().time() + 60
        while True:
            [shown] = ok(await office.get(f"/meetings/{meeting}/resolutions", "shen"))["items"]
            if shown["follow_up"] == "督办中" or asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.2)
        assert (shown["follow_up"], shown["task_id"]) == ("督办中", "task-42")
