"""投递：失败按退避重试，多次失败转入死信；免打扰时段邮件顺延；重复投递的事件不重复通知；
站内通知只给本人看、本人标已读；投递状态办公室可查。"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shuniu_shared.clock import TestClock

from tests.notifications.office import (
    directory_with,
    directory_with_liaison,
    notifications,
    office_rules,
    robot_server,
    smtp_server,
)
from tests.supervision.office import MONDAY, instructed, office


async def test_a_robot_that_is_down_is_retried_with_backoff_and_then_dead_lettered(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            robots.failing = True
            async with notifications(
                tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock
            ) as notices:
                await supervision.arrives("shuniu.documents.events", instructed())
                await notices.has_notices_for("chen", 1)
                await notices.sends_what_is_due()
                [dingtalk] = [d for d in await notices.deliveries() if d["channel"] == "dingtalk"]
                assert (dingtalk["status"], dingtalk["attempts"]) == ("pending", 1)
                assert "503" in dingtalk["last_error"]

                clock.advance(timedelta(seconds=59))  # the first retry waits 60 s
                await notices.sends_what_is_due()
                assert [d["attempts"] for d in await notices.deliveries() if d["channel"] == "dingtalk"] == [
                    1
                ]
                for wait in (1, 120, 240, 480):  # then 120 s, 240 s, 480 s: the fifth attempt is the last
                    clock.advance(timedelta(seconds=wait))
                    await notices.sends_what_is_due()
                [dead] = await notices.deliveries(status="dead")
                assert (dead["channel"], dead["attempts"]) == ("dingtalk", 5)
                robots.failing = False
                clock.advance(timedelta(days=1))
                await notices.sends_what_is_due()
                assert robots.dingtalk == []  # dead stays dead; the WeCom robot and the email went
                assert {d["channel"] for d in await notices.deliveries(status="sent")} == {"wecom", "email"}


async def test_email_waits_out_a_persons_quiet_hours_while_the_inbox_has_it_at_once(tmp_path):
    evening = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)  # 22:00 in Beijing
    clock = TestClock(evening)
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots)
            rules.write_text(
                rules.read_text(encoding="utf-8").replace(
                    'email = "chen@finance.f-county.gov.cn"',
                    'email = "chen@finance.f-county.gov.cn"\nquiet_hours = ["21:30", "07:30"]',
                ),
                encoding="utf-8",
            )
            async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                await supervision.arrives("shuniu.documents.events", instructed())
                await notices.has_notices_for("chen", 1)
                await notices.sends_what_is_due()
                assert mailbox.to("chen@finance.f-county.gov.cn") == []
                clock.advance(timedelta(hours=9, minutes=29))  # 07:29
                await notices.sends_what_is_due()
                assert mailbox.to("chen@finance.f-county.gov.cn") == []
                clock.advance(timedelta(minutes=1))  # 07:30
                await notices.sends_what_is_due()
                assert len(mailbox.to("chen@finance.f-county.gov.cn")) == 1


async def test_the_same_event_delivered_again_gives_nobody_a_second_notice(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            async with notifications(
                tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock
            ) as notices:
                await supervision.arrives("shuniu.documents.events", instructed())
                await notices.has_notices_for("chen", 1)
                [opened] = await supervision.published("shuniu.supervision.task.opened.v1")
                await supervision.arrives("shuniu.supervision.events", opened)  # a replayed topic
                await supervision.arrives("shuniu.documents.events", instructed())  # a second 批示 copy
                await notices.has_notices_for("chen", 1)
                await notices.sends_what_is_due()
                assert len((await notices.inbox("chen"))["items"]) == 1
                assert len(mailbox.messages) == 1 and len(robots.dingtalk) == 1


async def test_the_bureaus_联络员_hears_of_its_tasks_as_its_head_does(tmp_path):
    clock = TestClock(MONDAY)
    directory = directory_with_liaison(tmp_path)
    with smtp_server() as (_, smtp_port):
        async with (
            robot_server() as robots,
            office(tmp_path, clock=clock, directory_file=directory) as supervision,
            notifications(
                tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock, directory_file=directory
            ) as notices,
        ):
            await supervision.arrives("shuniu.documents.events", instructed())
            await notices.has_notices_for("chen", 1)
            await notices.has_notices_for("liu", 1)
            assert (await notices.inbox("zhao"))["items"] == []  # 教育局 has nothing to do with it


async def test_a_notice_is_read_by_its_own_recipient_only(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with (
            robot_server() as robots,
            office(tmp_path, clock=clock) as supervision,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            await supervision.arrives("shuniu.documents.events", instructed())
            await notices.has_notices_for("chen", 1)
            [notice] = (await notices.inbox("chen"))["items"]
            client, as_ = notices.svc.client, notices.svc.as_
            someone_else = await client.post(f"/notices/{notice['id']}/read", headers=as_("zhao"))
            assert (someone_else.status_code, someone_else.json()["code"]) == (404, "not_found")
            assert (
                await client.post(f"/notices/{notice['id']}/read", headers=as_("chen"))
            ).status_code == 200
            assert (await notices.inbox("chen"))["unread"] == 0
            again = await client.post(f"/notices/{notice['id']}/read", headers=as_("chen"))
            assert again.json()["read_at"] == (await notices.inbox("chen"))["items"][0]["read_at"]
            refused = await client.get("/deliveries", headers=as_("chen"))
            assert (refused.status_code, refused.json()["code"]) == (403, "forbidden")


async def test_a_classified_tasks_title_stays_in_the_console_and_never_reaches_mail_or_a_group_chat(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (mailbox, smtp_port):
        async with (
            robot_server() as robots,
            office(tmp_path, clock=clock) as supervision,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            await supervision.arrives(
                "shuniu.documents.events", instructed(classification="秘密", deadline="2026-03-13")
            )
            await notices.has_notices_for("chen", 1)
            clock.advance(timedelta(days=5))
            await supervision.days_pass(0)  # the overdue event names no classification: the task's counts
            await notices.has_notices_for("chen", 3)
            await notices.sends_what_is_due()
            titles = [n["title"] for n in (await notices.inbox("chen"))["items"]]
            assert all("春耕备耕资金" in title for title in titles)
            outside = [m["Subject"] for m in mailbox.messages]
            # chen: 待签收, 临近, 逾期; zhou: 逾期 — and the bureau's group chats not even that
            assert len(outside) == 4 and all(t.startswith("您有一项涉密事项待办理") for t in outside)
            assert robots.dingtalk == [] and robots.wecom == []


async def test_a_person_who_chose_a_daily_digest_gets_one_email_a_day_with_every_notice(tmp_path):
    clock = TestClock(MONDAY)  # 09:00 in Beijing
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots, chen_digest="08:30")
            async with notifications(tmp_path, rules, smtp_port, clock=clock) as notices:
                for n in range(3):
                    await supervision.arrives(
                        "shuniu.documents.events", instructed(f"in-2026-01{n}", title=f"第{n + 1}件来文")
                    )
                await notices.has_notices_for("chen", 3)  # the inbox has each at once
                await notices.sends_what_is_due()
                assert mailbox.to("chen@finance.f-county.gov.cn") == []
                assert len(await notices.deliveries(status="held")) == 3
                clock.advance(timedelta(hours=23, minutes=29))  # Tuesday 08:29
                await notices.sends_what_is_due()
                assert mailbox.to("chen@finance.f-county.gov.cn") == []
                clock.advance(timedelta(minutes=1))  # 08:30
                await notices.sends_what_is_due()
                [digest] = mailbox.to("chen@finance.f-county.gov.cn")
                assert digest["Subject"] == "枢纽每日通知汇总（3 条）/ Shuniu daily digest (3 notices)"
                body = digest.get_content()
                assert all(f"第{n}件来文" in body for n in (1, 2, 3))
                assert await notices.deliveries(status="held") == []
                clock.advance(timedelta(days=1))
                await notices.sends_what_is_due()
                assert len(mailbox.to("chen@finance.f-county.gov.cn")) == 1  # nothing new, no email


# 县教育局's head, told of the reassignment: the sign that the service has read it.
EDUCATION_HEAD = (
    '\n[[people]]\nid = "qian"\nname = "钱局长"\ndept = "education"\nroles = ["department_head", "staff"]\n'
)

CHEN_AT_FINANCE = 'id = "chen"\nname = "陈局长"\ndept = "finance"'
CHEN_AT_EDUCATION = 'id = "chen"\nname = "陈局长"\ndept = "education"'


async def test_the_digest_leaves_out_a_task_chen_may_no_longer_see_by_its_sending_time(tmp_path):
    """A notice held for chen's 08:30 digest; the task then goes to 教育局 (改派), so 财政局 no longer
    takes part: the next morning's digest carries only what chen may still open."""
    clock = TestClock(MONDAY)  # 09:00 in Beijing
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots, chen_digest="08:30")
            county = directory_with(tmp_path, EDUCATION_HEAD)
            async with notifications(
                tmp_path, rules, smtp_port, clock=clock, directory_file=county
            ) as notices:
                moved = await supervision.open(title="核查全县国有资产台账", co_departments=[])
                await supervision.open(title="落实全县秋粮收购资金", co_departments=[])
                await notices.has_notices_for("chen", 2)
                await notices.sends_what_is_due()
                assert len(await notices.deliveries(status="held")) == 2
                await supervision.step(moved, "infeasibility", by="chen", reason="不属本局职责")
                await supervision.step(
                    moved, "reassign", by="zhou", lead_department="education", deadline="2026-04-30"
                )
                await supervision.task(moved, as_="chen", expect=404)  # 财政局 no longer sees it
                await notices.has_notices_for("qian", 1)  # the reassignment reached the service
                clock.advance(timedelta(hours=23, minutes=30))  # Tuesday 08:30
                await notices.sends_what_is_due()
                [digest] = mailbox.to("chen@finance.f-county.gov.cn")
                assert digest["Subject"] == "枢纽每日通知汇总（1 条）/ Shuniu daily digest (1 notices)"
                body = digest.get_content()
                assert "落实全县秋粮收购资金" in body and "核查全县国有资产台账" not in body
                assert await notices.deliveries(status="held") == []
                [dropped] = await notices.deliveries(status="dropped")
                assert dropped["title"].endswith("核查全县国有资产台账")


async def test_the_digest_is_not_sent_to_one_who_left_the_department_before_its_sending_time(tmp_path):
    """A notice held for chen's 08:30 digest; by the evening chen has moved to 县教育局 (the
    directory says so when the service next starts): the next morning 财政局's task is not mailed to
    him, and the delivery shows as dropped."""
    clock = TestClock(MONDAY)  # 09:00 in Beijing
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots, office(tmp_path, clock=clock) as supervision:
            rules = office_rules(tmp_path, robots, chen_digest="08:30")
            county = directory_with(tmp_path, "")
            async with notifications(
                tmp_path, rules, smtp_port, clock=clock, directory_file=county
            ) as notices:
                await supervision.open(title="核查全县国有资产台账", co_departments=[])
                await notices.has_notices_for("chen", 1)
                await notices.sends_what_is_due()
                assert len(await notices.deliveries(status="held")) == 1
            moved = county.read_text(encoding="utf-8").replace(CHEN_AT_FINANCE, CHEN_AT_EDUCATION)
            assert moved != county.read_text(encoding="utf-8")
            county.write_text(moved, encoding="utf-8")
            clock.advance(timedelta(hours=23, minutes=30))  # Tuesday 08:30
            async with notifications(
                tmp_path, rules, smtp_port, clock=clock, directory_file=county
            ) as notices:
                await notices.sends_what_is_due()
                assert mailbox.to("chen@finance.f-county.gov.cn") == []
                [dropped] = await notices.deliveries(status="dropped")
                assert dropped["channel"] == "email" and dropped["title"].endswith("核查全县国有资产台账")
