"""时限提醒：临近、逾期、定期报告，随测试时钟推进各触发一次；重启后不重复；延期后按新时限重来；办结即停。"""

from __future__ import annotations

from datetime import UTC, datetime

from shuniu_shared.clock import TestClock
from shuniu_supervision.app.policy import Policy
from shuniu_supervision.bootstrap import build

from tests.supervision.office import MONDAY, office

DEADLINE = "2026-03-20"  # a Friday; the 临近提醒 comes on Tuesday 17 March at 09:00
MONDAY_21_DECEMBER_2026 = datetime(2026, 12, 21, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


async def test_the_approaching_reminder_comes_once_three_working_days_ahead_and_turns_the_light_yellow(
    tmp_path,
):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        assert await o.days_pass(7) == 0  # Monday 16 March
        assert (await o.raised(task), (await o.task(task))["light"]) == ([], "green")
        assert await o.days_pass(1) == 1  # Tuesday 17 March, 09:00
        assert (await o.raised(task), (await o.task(task))["light"]) == (["deadline_approaching"], "yellow")


async def test_overdue_is_raised_once_on_the_day_after_the_deadline_and_the_light_turns_red(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        await o.acknowledged(task)
        await o.days_pass(11)  # Friday 20 March, 09:00: the deadline day is still in time
        assert (await o.raised(task), (await o.task(task))["light"]) == (["deadline_approaching"], "yellow")
        assert await o.days_pass(1) == 1  # Saturday 21 March
        assert await o.days_pass(30) == 0  # once
        assert await o.raised(task) == ["deadline_approaching", "overdue"]
        assert (await o.task(task))["light"] == "red"


async def test_a_task_closed_late_keeps_a_red_light_and_counts_as_late(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        await o.acknowledged(task)
        await o.days_pass(14)
        await o.reported_done(task)
        await o.step(task, "close", by="zhou")
        detail = await o.task(task)
        assert (detail["light"], detail["on_time"]) == ("red", False)


async def test_a_restarted_service_raises_nothing_twice(tmp_path):
    clock = TestClock(MONDAY)
    async with office(tmp_path, clock=clock) as o:
        task = await o.open(deadline=DEADLINE)
        assert await o.days_pass(8) == 1  # approaching fires before the restart
        assert await o.raised(task) == ["deadline_approaching"]
    async with office(tmp_path, clock=clock) as o:
        assert await o.days_pass(0) == 0
        assert await o.raised(task) == ["deadline_approaching"]
        assert await o.days_pass(4) == 1  # overdue, by the new runtime
    async with office(tmp_path, clock=clock) as o:
        assert await o.days_pass(10) == 0
        assert await o.raised(task) == ["deadline_approaching", "overdue"]


async def test_an_extension_moves_the_reminders_to_the_new_deadline(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        await o.acknowledged(task)
        await o.step(task, "extension", by="chen", deadline="2026-04-03", reason="资金下达滞后")
        await o.step(task, "extension/grant", by="zhou")
        await o.days_pass(14)  # 23 March: the old deadline's reminders are gone
        assert await o.raised(task) == []
        await o.days_pass(7)  # Monday 30 March
        assert await o.raised(task) == []
        await o.days_pass(1)  # Tuesday 31 March: 3 working days before Friday 3 April
        assert await o.raised(task) == ["deadline_approaching"]
        await o.days_pass(5)  # Sunday 5 April: overdue against the new deadline
        assert await o.raised(task) == ["deadline_approaching", "overdue"]


async def test_an_extension_granted_after_the_reminder_brings_a_reminder_for_the_new_deadline(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        await o.acknowledged(task)
        await o.days_pass(8)  # the reminder for 20 March
        await o.step(task, "extension", by="chen", deadline="2026-03-27", reason="需补充材料")
        await o.step(task, "extension/grant", by="zhou")
        assert (await o.task(task))["light"] == "green"
        assert await o.days_pass(7) == 1  # Tuesday 24 March: the reminder for 27 March
        assert await o.raised(task) == ["deadline_approaching", "deadline_approaching"]


async def test_a_task_closed_in_time_raises_nothing_more(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE, reporting_cycle="weekly")
        await o.acknowledged(task)
        await o.reported_done(task)
        await o.step(task, "close", by="zhou")
        await o.days_pass(60)
        assert await o.history(task) == ["opened", "acknowledged", "completion_reported", "closed"]


async def test_a_weekly_report_falls_due_each_week_unless_progress_was_reported_that_week(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline="2026-05-29", reporting_cycle="weekly")
        await o.acknowledged(task)
        await o.days_pass(7)  # Monday 16 March: the first weekly report is due
        await o.step(task, "progress", by="chen", text="已拨付三成", percent=30)
        await o.days_pass(7)  # 23 March: a report came this week, so no reminder
        await o.days_pass(7)  # 30 March: due again
        assert await o.history(task) == [
            "opened",
            "acknowledged",
            "report_due",
            "progress_reported",
            "report_due",
        ]


async def test_a_leaders_revision_of_an_infeasible_task_restarts_the_clock_on_the_new_deadline(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        await o.acknowledged(task)
        await o.step(task, "infeasibility", by="chen", reason="资金未到位")
        await o.days_pass(8)  # 17 March: reported infeasible, so no reminder for the old deadline
        await o.step(task, "revise", by="zhou", deadline="2026-04-10")
        await o.days_pass(14)  # 31 March
        assert await o.raised(task) == []
        await o.days_pass(7)  # Tuesday 7 April: three working days before Friday 10 April (清明 4–6 April)
        assert await o.raised(task) == ["deadline_approaching"]


async def test_the_office_can_have_the_reminder_come_five_working_days_ahead(tmp_path):
    async with office(tmp_path, definition=build(Policy(approaching_working_days=5))) as o:
        task = await o.open(deadline=DEADLINE)
        await o.days_pass(3)  # Thursday 12 March
        assert await o.raised(task) == []
        await o.days_pass(1)  # Friday 13 March: five working days before Friday 20 March
        assert (await o.raised(task), (await o.task(task))["light"]) == (["deadline_approaching"], "yellow")


async def test_a_deadline_after_new_years_day_2027_is_reminded_with_yuandan_skipped_and_marked_provisional(
    tmp_path,
):
    # 2027 has no holiday notice yet: 元旦 (Friday 1 January) is off by the 办法, and the year is 暂定.
    async with office(tmp_path, clock=TestClock(MONDAY_21_DECEMBER_2026)) as o:
        task = await o.open(deadline="2027-01-04")  # a Monday
        assert await o.days_pass(7) == 0  # Monday 28 December
        assert await o.days_pass(1) == 1  # Tuesday 29 December: 31, 30, 29 December, 1 January not counted
        shown = await o.task(task)
        assert (await o.raised(task), shown["light"]) == (["deadline_approaching"], "yellow")
        assert shown["deadline_provisional"] is True
        assert [t["deadline_provisional"] for t in await o.listed()] == [True]


async def test_a_deadline_in_a_year_whose_notice_is_installed_is_not_provisional(tmp_path):
    async with office(tmp_path) as o:
        task = await o.open(deadline=DEADLINE)
        assert (await o.task(task))["deadline_provisional"] is False
