"""A leader's 批示 on an incident report goes out as a supervision task (issue 23): the duty service
publishes `incident.instructed`, supervision opens one task from it — once, even when the event is
delivered twice — and the departments the 批示 names may then see the incident."""

from __future__ import annotations

from typing import Any

from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.duty.office import DUTY, LEADER, DutyOffice, at
from tests.services import SCHEDULER_OFF, running_service
from tests.supervision.office import SUPERVISION, Office, until

DUTY_TOPIC = "shuniu.duty.events"
INSTRUCTED = "shuniu.duty.incident.instructed.v1"


async def test_a_leaders_instruction_on_a_report_opens_one_urgent_task_even_when_delivered_twice(tmp_path):
    clock = TestClock(at(22, 10))
    async with (
        running_service(DUTY, tmp_path, clock=clock) as duty_service,
        running_service(SUPERVISION, tmp_path, clock=clock, **SCHEDULER_OFF) as supervision_service,
    ):
        duty, supervision = DutyOffice(duty_service), Office(supervision_service)
        incident = await duty.learns_of(level="较大", departments_involved=["agriculture"])
        await duty.goes_up(incident, "phone", at(22, 30))
        await duty.incident(incident, as_="chen", expect=404)  # 财政局 is not involved yet

        clock.set(at(22, 50))
        await duty.post(
            f"/incidents/{incident}/reports/1/instruction",
            by="luo",
            instruction="全力救治伤员，财政局保障处置经费",
            lead_department="finance",
            co_departments=["agriculture"],
        )
        task_id = f"incident:{incident}:1:2026-12-07:finance"

        async def opened(task: str) -> bool:
            found = await supervision_service.client.get(
                f"/tasks/{task}", headers=supervision_service.as_("zhou")
            )
            return found.status_code == 200

        await until(lambda: opened(task_id))
        task = await supervision.task(task_id)
        assert task["source"] == {
            "kind": "incident_instruction",
            "service": "duty",
            "id": incident,
            "item": None,
        }
        assert (task["assigned_by"], task["priority"], task["lead_department"]) == (
            "luo",
            "urgent",
            "finance",
        )
        assert task["description"].startswith("批示：全力救治伤员")
        assert (await duty.incident(incident, as_="chen"))["instructions"][0]["leader"] == "luo"

        bus = duty_service.runtime.bus
        assert bus is not None
        [published] = [
            r
            for r in await bus.topic_records(DUTY_TOPIC)
            if Envelope.from_kafka(r.headers, r.value).type == INSTRUCTED
        ]
        await bus.append([Record.of(DUTY_TOPIC, Envelope.from_kafka(published.headers, published.value))])
        await duty.post(  # a later 批示 on the topic: once its task is open, the copy before it was consumed
            f"/incidents/{incident}/reports/1/instruction",
            by="fang",
            instruction="农业农村局做好受灾农户安置",
            lead_department="agriculture",
        )
        second = f"incident:{incident}:1:2026-12-07:agriculture"
        await until(lambda: opened(second))
        assert await supervision.history(task_id) == ["opened"]
        assert sorted(t["id"] for t in await supervision.listed()) == sorted([task_id, second])


async def test_only_a_leader_instructs_and_only_on_a_report_that_went_up(tmp_path):
    clock = TestClock(at(22, 10))
    async with running_service(DUTY, tmp_path, clock=clock) as duty_service:
        duty = DutyOffice(duty_service)
        incident = await duty.learns_of(level="较大")
        number = await duty.drafts(incident, "phone", "初报")
        path = f"/incidents/{incident}/reports/{number}/instruction"
        body: dict[str, Any] = {"instruction": "抓紧处置", "lead_department": "agriculture"}

        not_up = await duty.post(path, by="luo", expect=409, **body)
        assert not_up.json()["code"] == "not_submitted"
        await duty.approves(incident, number)
        await duty.submits(incident, number)
        await duty.post(
            path, by=LEADER, expect=403, **body
        )  # the leader on call approves; he does not instruct
        unknown = await duty.post(
            path, by="luo", expect=422, instruction="抓紧处置", lead_department="nowhere"
        )
        assert unknown.json()["field"] == "lead_department"
        await duty.post(path, by="fang", **body)
