"""两个副本共用一个 PostgreSQL（进程内总线或 Kafka 上同一消费组）：任务逾期，
主办单位负责人和督查室各收到一次通知、一封邮件，群机器人一条消息——两个副本同时消费、同时投递，
中途双双重启也一样；同一事件投递两次也只通知一次。"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from shuniu_shared.audience import Audience
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope

from tests.notifications.office import Notifications, notifications, office_rules, robot_server, smtp_server
from tests.platform.kafka_support import publish
from tests.supervision.office import MONDAY, instructed, office, source_event, until

OVERDUE = "督办事项已逾期"


@contextlib.asynccontextmanager
async def two_replicas(
    tmp_path: Path, rules: Path, smtp_port: int, url: str, clock: TestClock
) -> AsyncIterator[tuple[Notifications, Notifications]]:
    async with (
        notifications(tmp_path, rules, smtp_port, clock=clock, database_url=url) as a,
        notifications(tmp_path, rules, smtp_port, clock=clock, database_url=url) as b,
    ):
        yield a, b


async def both_send(a: Notifications, b: Notifications) -> int:
    return sum(await asyncio.gather(a.sends_what_is_due(), b.sends_what_is_due()))


async def test_two_replicas_notify_the_head_and_the_supervisor_of_an_overdue_task_once_each(
    postgres: Any, tmp_path: Path
) -> None:
    clock, url = TestClock(MONDAY), postgres.create_database(f"notifications_{uuid.uuid4().hex[:10]}")
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots)
            async with two_replicas(tmp_path, rules, smtp_port, url, clock) as (a, b):
                for n in range(3):
                    await supervision.arrives(
                        "shuniu.documents.events", instructed(f"in-2026-00{n}", deadline="2026-03-13")
                    )
                await a.has_notices_for("chen", 3)
                await both_send(a, b)
            clock.advance(timedelta(days=5))  # Saturday 14 March: overdue, with both replicas down
            await supervision.days_pass(0)
            async with two_replicas(tmp_path, rules, smtp_port, url, clock) as (a, b):
                await b.has_notices_for("zhou", 3)

                async def all_recorded() -> bool:  # opened, approaching, overdue for each of 3 tasks
                    return len((await a.inbox("chen"))["items"]) == 9

                await until(all_recorded)
                await both_send(a, b)
                assert await both_send(a, b) == 0
                chen, zhou = (await a.inbox("chen"))["items"], (await b.inbox("zhou"))["items"]
                assert Counter(n["subject"] for n in chen if n["title"].startswith(OVERDUE)) == Counter(
                    {f"instruction:in-2026-00{n}:2026-03-09:finance": 1 for n in range(3)}
                )
                assert len([n for n in zhou if n["title"].startswith(OVERDUE)]) == 3
    overdue_mail = Counter(m["To"] for m in mailbox.messages if m["Subject"].startswith(OVERDUE))
    assert overdue_mail == {"chen@finance.f-county.gov.cn": 3, "zhou@office.f-county.gov.cn": 3}
    assert len([m for m in robots.dingtalk if m["markdown"]["title"].startswith(OVERDUE)]) == 3
    assert len(robots.wecom) == 6  # opened and overdue of each task: the robots do not hear 临近提醒


def supervision_event(kind: str, task_id: str, data: dict[str, Any]) -> Envelope:
    """A task's event with the audience supervision names: the office, the leaders, the bureau."""
    audience = Audience.of(roles=["leader", "principal_leader"], departments=["office", "finance"])
    return replace(source_event(f"shuniu.supervision.task.{kind}.v1", task_id, data), audience=audience)


async def test_on_kafka_two_replicas_in_one_group_notify_of_an_overdue_task_once(
    postgres: Any, kafka: Any, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:6]  # the topics outlive a test: this run's tasks only
    task_id = f"ad-hoc:{run}"
    clock, url = TestClock(MONDAY), postgres.create_database(f"notifications_kafka_{run}")
    opened = supervision_event(
        "opened",
        task_id,
        {
            "task_id": task_id,
            "source": {"kind": "ad_hoc"},
            "title": f"落实秋粮收购资金 {run}",
            "lead_department": "finance",
            "co_departments": [],
            "deadline": "2026-03-13",
            "assigned_by": "fang",
            "classification": "none",
        },
    )
    overdue = supervision_event("overdue", task_id, {"deadline": "2026-03-13", "on": "2026-03-14"})
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots:
            rules = office_rules(tmp_path, robots)
            options = {"database_url": url, "kafka_bootstrap": kafka.bootstrap}
            async with (
                notifications(tmp_path, rules, smtp_port, clock=clock, **options) as a,
                notifications(tmp_path, rules, smtp_port, clock=clock, **options) as b,
            ):
                await publish(kafka.bootstrap, "shuniu.supervision.events", [opened, overdue, overdue])

                async def recorded() -> bool:
                    return any(
                        n["title"].startswith(OVERDUE) and run in n["title"]
                        for n in (await a.inbox("zhou"))["items"]
                    )

                await until(recorded, timeout=60)
                await both_send(a, b)
                await both_send(a, b)
                mine = [n for n in (await b.inbox("chen"))["items"] if run in n["title"]]
                assert sorted(n["title"][:7] for n in mine) == ["新督办事项待签", "督办事项已逾期"]
    ours = Counter(
        m["To"] for m in mailbox.messages if run in m["Subject"] and m["Subject"].startswith(OVERDUE)
    )
    assert ours == {"chen@finance.f-county.gov.cn": 1, "zhou@office.f-county.gov.cn": 1}
    assert (
        len(
            [
                m
                for m in robots.dingtalk
                if run in m["markdown"]["title"] and OVERDUE in m["markdown"]["title"]
            ]
        )
        == 1
    )
