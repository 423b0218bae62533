"""The dates of a task's clock (督办时限), as pure functions of the deadline and a working calendar.

- 临近提醒 "approaching": N working days before the deadline (N configurable, default 3);
- 逾期 "overdue": the day after the deadline, in Asia/Shanghai;
- 定期报告 "report due": every week or every month from the day the task was opened;
- 亮灯 the traffic light: computed at read time from the deadline, today and the stage, never typed.
"""

from __future__ import annotations

import calendar as gregorian
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol


class WorkingDays(Protocol):
    def is_working_day(self, day: date) -> bool: ...

    def add_working_days(self, start: date, count: int) -> date: ...


class Light(StrEnum):  # 亮灯
    GREEN = "green"  # 正常推进 on track
    YELLOW = "yellow"  # 临近时限 near the deadline
    RED = "red"  # 逾期 overdue


def working_days_before(calendar: WorkingDays, day: date, count: int) -> date:
    """The `count`-th working day before `day` (the day itself not counted)."""
    while count > 0:
        day -= timedelta(days=1)
        count -= calendar.is_working_day(day)
    return day


def approaching_on(calendar: WorkingDays, deadline: date, working_days: int) -> date:
    """From this date on the task shows yellow and the 临近提醒 is raised."""
    return working_days_before(calendar, deadline, working_days)


def overdue_on(deadline: date) -> date:
    """A task is overdue from the day after its deadline: the deadline day itself is still in time."""
    return deadline + timedelta(days=1)


def default_deadline(calendar: WorkingDays, instructed_on: date, working_days: int) -> date:
    """A 批示 without a 办理时限 gets the configured default period of working days."""
    return calendar.add_working_days(instructed_on, working_days)


def next_report_due(cycle: str, after: date) -> date | None:
    """The next periodic report's due date after `after`: a week or a month later; None without a cycle."""
    if cycle == "weekly":
        return after + timedelta(days=7)
    if cycle == "monthly":
        year, month = (after.year + 1, 1) if after.month == 12 else (after.year, after.month + 1)
        return date(year, month, min(after.day, gregorian.monthrange(year, month)[1]))
    return None


def light(*, deadline: date, yellow_from: date, today: date) -> Light:
    """The light of a task still open, from its deadline and today's date."""
    if today >= overdue_on(deadline):
        return Light.RED
    if today >= yellow_from:
        return Light.YELLOW
    return Light.GREEN
