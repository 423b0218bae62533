"""督办通知：批示交办财政局，陈局长收到邮件，财政局的钉钉群机器人收到正确加签的消息，链接打开可签收的督办事项；
逾期通知主办单位负责人与督查室各一次（中途重启也不重复），逾期满三个工作日仍未办结，通知交办领导。"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import unquote, urlsplit

from shuniu_shared.clock import TestClock

from tests.notifications.office import (
    notifications,
    office_rules,
    robot_server,
    smtp_server,
)
from tests.supervision.office import MONDAY, instructed, office, until

CHEN = "chen@finance.f-county.gov.cn"


async def test_a_批示_naming_财政局_reaches_chens_mailbox_and_the_bureaus_robot_with_a_link_to_签收(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (mailbox, smtp_port):
        async with (
            robot_server() as robots,
            office(tmp_path, clock=clock) as supervision,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            await supervision.arrives("shuniu.documents.events", instructed())
            await notices.has_notices_for("chen", 1)
            assert await notices.sends_what_is_due() == 3  # chen's email, the DingTalk and the WeCom robot

            [mail] = mailbox.to(CHEN)
            assert mail["Subject"] == (
                "新督办事项待签收：关于下达2026年春耕备耕资金的通知 / "
                "New supervision task to acknowledge: 关于下达2026年春耕备耕资金的通知"
            )
            [message] = robots.dingtalk
            assert robots.refused == 0
            assert message["msgtype"] == "markdown"
            assert message["markdown"]["title"].startswith("新督办事项待签收")
            [wecom] = robots.wecom
            assert "新督办事项待签收" in wecom["markdown"]["content"]

            link = (await notices.inbox("chen"))["items"][0]["link"]
            assert f"[打开办理 / Open]({link})" in message["markdown"]["text"]
            assert link in mail.get_content()
            route = urlsplit(link).fragment  # the console's hash route: #/task/<id>
            assert route.startswith("/task/")
            task_id = unquote(route.removeprefix("/task/"))
            assert (await supervision.task(task_id, as_="chen"))["stage"] == "assigned"
            await supervision.acknowledged(task_id, by="chen")  # 签收, open to chen on that screen

            states = {d["channel"]: d["status"] for d in await notices.deliveries()}
            assert states == {"email": "sent", "dingtalk": "sent", "wecom": "sent"}


async def test_an_overdue_task_notifies_the_head_and_the_supervisor_once_each_across_a_restart(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots:
            rules = office_rules(tmp_path, robots)
            async with office(tmp_path, clock=clock) as supervision:
                async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                    await supervision.arrives("shuniu.documents.events", instructed(deadline="2026-03-13"))
                    await notices.has_notices_for("chen", 1)
                # stopped mid-way: the task's deadline passes (Saturday 14 March) while it is down
                clock.advance(timedelta(days=5))
                assert await supervision.days_pass(0) == 2  # 临近提醒 (Tuesday), then 逾期
                async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                    await notices.has_notices_for("zhou", 1)
                    await notices.has_notices_for("chen", 3)  # 待签收, 临近, 逾期
                    # restarted again before anything was sent: what was recorded is sent, once
                async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                    await notices.sends_what_is_due()
                    assert await notices.sends_what_is_due() == 0
                    chen, zhou = await notices.inbox("chen"), await notices.inbox("zhou")
                    overdue = [n for n in chen["items"] if n["title"].startswith("督办事项已逾期")]
                    assert len(overdue) == 1 and chen["unread"] == 3
                    assert [n["title"][:7] for n in zhou["items"]] == ["督办事项已逾期"]
            overdue_mail = [m for m in mailbox.messages if m["Subject"].startswith("督办事项已逾期")]
            assert sorted(m["To"] for m in overdue_mail) == [CHEN, "zhou@office.f-county.gov.cn"]
            assert (
                len([m for m in robots.dingtalk if m["markdown"]["title"].startswith("督办事项已逾期")]) == 1
            )


async def test_still_overdue_three_working_days_on_the_assigning_leader_hears_of_it_once(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots)
            async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                await supervision.arrives("shuniu.documents.events", instructed(deadline="2026-03-13"))
                await notices.has_notices_for("chen", 1)
                await supervision.days_pass(1)  # Tuesday: nothing due yet
                clock.advance(timedelta(days=4))  # Saturday 14 March: overdue
                await supervision.days_pass(0)
                await notices.has_notices_for("zhou", 1)
                clock.advance(timedelta(days=3))  # Tuesday 17 March: two working days on
                await notices.sends_what_is_due()
                assert (await notices.inbox("fang"))["items"] == []
            clock.advance(timedelta(days=1))  # Wednesday 18 March, 09:00: the third working day
            async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                await notices.sends_what_is_due()
                clock.advance(timedelta(days=7))
                await notices.sends_what_is_due()
                [escalated] = (await notices.inbox("fang"))["items"]
                assert escalated["title"].startswith("督办事项逾期未办结，提请领导关注")
                assert "3 个工作日" in escalated["text"]


async def test_a_task_closed_before_the_escalation_day_does_not_trouble_the_leader(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots)
            async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                await supervision.arrives("shuniu.documents.events", instructed(deadline="2026-03-13"))
                await notices.has_notices_for("chen", 1)
                [task] = await supervision.listed()
                clock.advance(timedelta(days=5))
                await supervision.days_pass(0)
                await notices.has_notices_for("zhou", 1)
                await supervision.acknowledged(task["id"])
                await supervision.reported_done(task["id"])
                await supervision.step(task["id"], "close", by="zhou")

                await until(lambda: _closed(notices))
                clock.advance(timedelta(days=10))
                await notices.sends_what_is_due()
                assert (await notices.inbox("fang"))["items"] == []


async def _closed(notices) -> bool:  # type: ignore[no-untyped-def]
    from shuniu_notifications.adapters.store import task_facts

    async with notices.svc.runtime.engine.connect() as connection:
        return (await task_facts(connection, (await _task_ids(notices))[0])).get("open") is False


async def _task_ids(notices) -> list[str]:  # type: ignore[no-untyped-def]
    from shuniu_notifications.adapters.tables import tasks_table
    from sqlalchemy import select

    async with notices.svc.runtime.engine.connect() as connection:
        return list((await connection.execute(select(tasks_table.c.task_id))).scalars())
