"""突发事件信息报送 on the production parts: the duty service and supervision each on their own
PostgreSQL database, their events crossing a real Kafka broker. The 22:10 incident's clocks, its
书面报告 recorded 15 minutes late, and the leader's 批示 opening one supervision task — once, though
the event is published again."""

from __future__ import annotations

import uuid

import pytest
from shuniu_shared.clock import TestClock

from tests.duty.office import DUTY, DutyOffice, at
from tests.platform.kafka_support import publish, read_until
from tests.services import SCHEDULER_OFF, running_service
from tests.supervision.office import SUPERVISION, Office, until

DUTY_TOPIC = "shuniu.duty.events"
INSTRUCTED = "shuniu.duty.incident.instructed.v1"


@pytest.mark.postgres
@pytest.mark.kafka
async def test_on_postgresql_and_kafka_a_late_report_is_recorded_and_an_instruction_opens_one_task(
    postgres, kafka, tmp_path
):
    run = uuid.uuid4().hex[:8]
    clock = TestClock(at(22, 10))
    (tmp_path / "duty").mkdir()
    (tmp_path / "supervision").mkdir()
    async with (
        running_service(
            DUTY,
            tmp_path / "duty",
            clock=clock,
            database_url=postgres.create_database(f"duty_{run}"),
            kafka_bootstrap=kafka.bootstrap,
        ) as duty_service,
        running_service(
            SUPERVISION,
            tmp_path / "supervision",
            clock=clock,
            database_url=postgres.create_database(f"supervision_duty_{run}"),
            kafka_bootstrap=kafka.bootstrap,
            **SCHEDULER_OFF,
        ) as supervision_service,
    ):
        duty, supervision = DutyOffice(duty_service), Office(supervision_service)
        incident = await duty.learns_of(title=f"化工厂火灾 {run}", level="较大", learned_at=at(22, 10))
        shown = await duty.incident(incident)
        assert (shown["phone_due"], shown["written_due"]) == ("2026-12-07T14:40:00Z", "2026-12-07T15:10:00Z")
        await duty.goes_up(incident, "phone", at(22, 38))
        written = await duty.goes_up(incident, "written", at(23, 25), late_reason="现场核实伤亡人数")
        assert (await duty.incident(incident))["reports"][written - 1]["minutes_late"] == 15
        await duty.incident(incident, as_="chen", expect=404)  # 内部, and 财政局 is not involved

        await duty.post(
            f"/incidents/{incident}/reports/{written}/instruction",
            by="luo",
            instruction="财政局保障处置经费",
            lead_department="finance",
        )
        task_id = f"incident:{incident}:{written}:2026-12-07:finance"

        async def opened() -> bool:
            response = await supervision_service.client.get(
                f"/tasks/{task_id}", headers=supervision_service.as_("zhou")
            )
            return response.status_code == 200

        await until(opened, timeout=60)

        [instructed] = [
            e
            for e in await read_until(
                kafka.bootstrap,
                DUTY_TOPIC,
                lambda es: any(e.subject == incident and e.type == INSTRUCTED for e in es),
            )
            if e.subject == incident and e.type == INSTRUCTED
        ]
        assert instructed.audience is not None and "finance" in instructed.audience.departments
        await publish(kafka.bootstrap, DUTY_TOPIC, [instructed])  # delivered again
        await duty.post(  # a later 批示: once its task is open, the copy before it was consumed
            f"/incidents/{incident}/reports/{written}/instruction",
            by="fang",
            instruction="农业农村局做好善后",
            lead_department="agriculture",
        )
        second = f"incident:{incident}:{written}:2026-12-07:agriculture"

        async def second_opened() -> bool:
            response = await supervision_service.client.get(
                f"/tasks/{second}", headers=supervision_service.as_("zhou")
            )
            return response.status_code == 200

        await until(second_opened, timeout=60)
        assert await supervision.history(task_id) == ["opened"]
        assert (await duty.incident(incident, as_="chen"))["instructions"][0]["leader"] == "luo"
