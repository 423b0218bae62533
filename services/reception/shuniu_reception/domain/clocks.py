"""The statutory clocks of a petition (《信访工作条例》2022), as pure date arithmetic.

Days are calendar days unless the rule says working days; a period "within N days of D" ends on
D + N (received 2026-03-02 → routed by 2026-03-17). Working days come from the shared
`WorkingCalendar`, passed in, so the domain reads no data and no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

ROUTING_DAYS = 15  # §22 登记、转送交办
ACCEPTANCE_DAYS = 15  # §23 书面告知是否受理
OBJECTION_WORKING_DAYS = 5  # §23 不属于本机关职权范围的，5 个工作日内提出异议
HANDLING_DAYS = 60  # §34 自受理之日起 60 日内办结
MAX_EXTENSION_DAYS = 30  # §34 延长期限不得超过 30 日，且只可延长一次
REVIEW_REQUEST_DAYS = 30  # §35 收到书面答复之日起 30 日内请求复查 / 复核
REVIEW_DECISION_DAYS = 30  # §35 收到请求之日起 30 日内提出意见（听证时间不计）
APPROACHING_DAYS = 3  # a clock is "close" this many days before it is due


class WorkingDays(Protocol):
    def add_working_days(self, start: date, count: int) -> date: ...


class ClockName(StrEnum):
    ROUTING = "routing"  # 转送交办
    ACCEPTANCE = "acceptance"  # 受理告知
    OBJECTION = "objection"  # 异议（工作日）
    HANDLING = "handling"  # 办理
    REVIEW_REQUEST = "review_request"  # 请求复查
    REVIEW_DECISION = "review_decision"  # 复查意见
    SECOND_REVIEW_REQUEST = "second_review_request"  # 请求复核
    SECOND_REVIEW_DECISION = "second_review_decision"  # 复核意见


CLOCK_TITLES = {
    ClockName.ROUTING: "登记转送（15日）",
    ClockName.ACCEPTANCE: "受理告知（15日）",
    ClockName.OBJECTION: "异议（5个工作日）",
    ClockName.HANDLING: "办理（60日，可延长一次不超过30日）",
    ClockName.REVIEW_REQUEST: "请求复查（答复后30日）",
    ClockName.REVIEW_DECISION: "复查意见（30日，听证不计）",
    ClockName.SECOND_REVIEW_REQUEST: "请求复核（复查意见后30日）",
    ClockName.SECOND_REVIEW_DECISION: "复核意见（30日，听证不计）",
}

# Clocks counted in working days: only their due dates depend on the working calendar, so only they
# can move when a provisional year's holiday notice is installed (the others count calendar days).
WORKING_DAY_CLOCKS = frozenset({ClockName.OBJECTION})

# The office's own obligations raise "approaching" and "overdue" events; the petitioner's windows
# (asking for a review) and the objection window are shown, and a late step is refused, but nobody
# in the office is late when they pass.
OBLIGATIONS = frozenset(
    {
        ClockName.ROUTING,
        ClockName.ACCEPTANCE,
        ClockName.HANDLING,
        ClockName.REVIEW_DECISION,
        ClockName.SECOND_REVIEW_DECISION,
    }
)


def routing_due(received_on: date) -> date:
    return received_on + timedelta(days=ROUTING_DAYS)


def acceptance_due(routed_on: date) -> date:
    return routed_on + timedelta(days=ACCEPTANCE_DAYS)


def objection_due(routed_on: date, calendar: WorkingDays) -> date:
    return calendar.add_working_days(routed_on, OBJECTION_WORKING_DAYS)


def handling_due(accepted_on: date, extension_days: int = 0) -> date:
    return accepted_on + timedelta(days=HANDLING_DAYS + extension_days)


def review_request_due(answered_on: date) -> date:
    """The last day to ask for 复查 after a reply, or for 复核 after a 复查 decision."""
    return answered_on + timedelta(days=REVIEW_REQUEST_DAYS)


def review_decision_due(requested_on: date, hearing_days: int = 0) -> date:
    """听证 time does not count: the days of a hearing push the decision's due date back."""
    return requested_on + timedelta(days=REVIEW_DECISION_DAYS + hearing_days)


def postponed(due_on: date, days: int) -> date:
    """A running period moved back: by an extension, or by the days of a hearing (听证)."""
    return due_on + timedelta(days=days)


@dataclass(frozen=True)
class Clock:
    """One statutory period as the petition shows it: when it is due and whether it was met."""

    name: ClockName
    due_on: date
    met_on: date | None = None

    @property
    def running(self) -> bool:
        return self.met_on is None

    def days_left(self, today: date) -> int:
        """Days until the due date (0 on it, negative once overdue)."""
        return (self.due_on - today).days

    def status(self, today: date) -> str:
        if self.met_on is not None:
            return "met" if self.met_on <= self.due_on else "met_late"
        left = self.days_left(today)
        if left < 0:
            return "overdue"
        return "approaching" if left <= APPROACHING_DAYS else "running"

    def approaching_from(self) -> date:
        return self.due_on - timedelta(days=APPROACHING_DAYS)

    def overdue_from(self) -> date:
        return self.due_on + timedelta(days=1)
