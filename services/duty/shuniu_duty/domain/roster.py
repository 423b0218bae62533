"""The duty roster (值班表, docs/rules.md §7): 24-hour duty, each day a 带班领导 (leader on call) and
值班员 (duty officers); holidays and 重要时期 (sensitive periods) get extra staff; swaps (换班) need the
office director's approval; at 交接班 the outgoing shift lists its open items and the incoming one
acknowledges; a shift nobody is on, or a handover nobody acknowledged in time, alerts the director once.

The plan reads the office's working calendar (shuniu_shared.calendar), the one supervision's clocks
use, so a year without an installed notice still knows its computed 春节.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.commands import Actor
from shuniu_shared.errors import Forbidden, InvalidInput, OutOfTurn, required
from shuniu_shared.events import DomainEvent

from shuniu_duty.domain.events import (
    AlertKind,
    DutyLogRecorded,
    HandoverAcknowledged,
    RosterPlanned,
    ShiftAlerted,
    ShiftHandedOver,
    ShiftPlan,
    SwapApproved,
    SwapRequested,
)
from shuniu_duty.domain.incident import DUTY_LEADER, DUTY_OFFICER

Events = list[DomainEvent]

OFFICE_DIRECTOR = "office_director"  # 办公室主任: approves swaps, is alerted
LONGEST_PLAN_DAYS = 31  # a roster is a week's or a month's


@dataclass(frozen=True)
class SensitivePeriod:
    """重要时期: named days (a congress, an anniversary) the office staffs like a holiday."""

    name: str
    first_day: date
    last_day: date

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class Staffing:
    """How many are on duty: an ordinary day's numbers and a holiday's or sensitive period's
    (configurable); and how long the incoming shift has to acknowledge a handover."""

    leaders: int = 1
    officers: int = 1
    extra_leaders: int = 1
    extra_officers: int = 2
    sensitive_periods: tuple[SensitivePeriod, ...] = ()
    acknowledge_minutes: int = 30

    def reason(self, day: date, calendar: WorkingCalendar) -> str | None:
        """Why `day` gets extra staff: its sensitive period's name, or 节假日 on a day off."""
        for period in self.sensitive_periods:
            if period.covers(day):
                return period.name
        return None if calendar.is_working_day(day) else "节假日"


def _rotate(people: Sequence[str], start: int, count: int, away: Collection[str]) -> list[str]:
    """`count` people taken in turn from `start` (a fair rotation through the list), skipping those
    away that day (请假, 出差): fewer, or nobody, when too many are away."""
    turn = [people[(start + i) % len(people)] for i in range(len(people))]
    return [person for person in turn if person not in away][:count]


class Roster(Aggregate):
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.office_department = ""
        self.first_day = date.min
        self.last_day = date.min
        self.shifts: dict[date, ShiftPlan] = {}
        self.swaps: dict[int, SwapRequested] = {}
        self.approved: set[int] = set()
        self.handovers: dict[date, ShiftHandedOver] = {}
        self.acknowledged: dict[date, HandoverAcknowledged] = {}  # by the outgoing shift's day
        self.alerted: set[tuple[date, AlertKind]] = set()

    # 排班 -------------------------------------------------------------------------------------
    @staticmethod
    def plan(
        roster_id: str,
        actor: Actor,
        *,
        office_department: str,
        first_day: date,
        last_day: date,
        leaders: Sequence[str],
        officers: Sequence[str],
        calendar: WorkingCalendar,
        staffing: Staffing,
        away: Mapping[date, Collection[str]] | None = None,
    ) -> Events:
        """A plan from `first_day` to `last_day`, the leaders and the officers taken in turn; a day
        off or a sensitive day gets the extra numbers (as many as there are people to take)."""
        if OFFICE_DIRECTOR not in actor.roles:
            raise Forbidden("只有办公室主任可以排班", "only the office director plans the duty roster")
        if last_day < first_day or (last_day - first_day).days >= LONGEST_PLAN_DAYS:
            raise InvalidInput(
                "值班表须为一周或一月（不超过 31 天）",
                "a roster covers a week or a month (at most 31 days)",
                code="roster_span",
                field="last_day",
            )
        if not leaders or not officers:
            raise InvalidInput(
                "须有带班领导和值班员", "a roster needs leaders on call and duty officers", field="officers"
            )
        shifts, next_leader, next_officer = [], 0, 0
        day = first_day
        while day <= last_day:
            reason = staffing.reason(day, calendar)
            extra = reason is not None
            n_leaders = staffing.extra_leaders if extra else staffing.leaders
            n_officers = staffing.extra_officers if extra else staffing.officers
            shifts.append(
                ShiftPlan(
                    day=day,
                    leaders=_rotate(leaders, next_leader, n_leaders, (away or {}).get(day, ())),
                    officers=_rotate(officers, next_officer, n_officers, (away or {}).get(day, ())),
                    reason=reason,
                )
            )
            next_leader, next_officer = next_leader + n_leaders, next_officer + n_officers
            day += timedelta(days=1)
        return [
            RosterPlanned(
                roster_id=roster_id,
                office_department=required(
                    office_department, "office_department", "须指明办公室", "the office is missing"
                ),
                first_day=first_day,
                last_day=last_day,
                shifts=shifts,
                planned_by=actor.person,
            )
        ]

    # 换班 -------------------------------------------------------------------------------------
    def request_swap(self, actor: Actor, day: date, substitute: str, reason: str, at: datetime) -> Events:
        """The person on duty that day asks `substitute` to take their place."""
        shift = self._shift(day)
        if actor.person not in (*shift.leaders, *shift.officers):
            raise Forbidden("只有当日值班人员可以申请换班", "only someone on duty that day may ask to swap")
        if substitute in (*shift.leaders, *shift.officers):
            raise InvalidInput(
                "顶替人当日已在值班", "the substitute is already on duty that day", field="substitute"
            )
        return [
            SwapRequested(
                number=len(self.swaps) + 1,
                day=day,
                person=actor.person,
                substitute=required(substitute, "substitute", "须指明顶替人", "the substitute is missing"),
                reason=reason.strip(),
                requested_at=at,
            )
        ]

    def approve_swap(self, actor: Actor, number: int, at: datetime) -> Events:
        if OFFICE_DIRECTOR not in actor.roles:
            raise Forbidden("只有办公室主任可以批准换班", "only the office director approves a swap")
        if number not in self.swaps:
            raise InvalidInput(f"没有第 {number} 号换班申请", f"there is no swap {number}", field="number")
        if number in self.approved:
            raise OutOfTurn("该换班已批准", "the swap is already approved", code="swap_approved")
        return [SwapApproved(number=number, by=actor.person, at=at)]

    # 交接班 -----------------------------------------------------------------------------------
    def hand_over(
        self, actor: Actor, day: date, open_items: Sequence[str], at: datetime, staffing: Staffing
    ) -> Events:
        """The outgoing shift of `day` hands over to the next day's, listing what is still open."""
        if actor.person not in self._on_duty(day):
            raise Forbidden("只有当班人员可以交班", "only the shift on duty hands over")
        if day in self.handovers:
            raise OutOfTurn("该班次已交班", "this shift has already handed over", code="handed_over")
        self._shift(day + timedelta(days=1))
        return [
            ShiftHandedOver(
                day=day,
                by=actor.person,
                open_items=[item.strip() for item in open_items if item.strip()],
                at=at,
                acknowledge_by=at + timedelta(minutes=staffing.acknowledge_minutes),
            )
        ]

    def acknowledge(self, actor: Actor, day: date, at: datetime) -> Events:
        """Someone of the incoming shift (the day after `day`) acknowledges the handover."""
        if day not in self.handovers:
            raise OutOfTurn("该班次尚未交班", "this shift has not handed over yet", code="not_handed_over")
        if actor.person not in self._on_duty(day + timedelta(days=1)):
            raise Forbidden("只有接班人员可以确认交接", "only the incoming shift acknowledges a handover")
        if day in self.acknowledged:
            raise OutOfTurn("交接已确认", "the handover is already acknowledged", code="acknowledged")
        return [HandoverAcknowledged(day=day, by=actor.person, at=at)]

    # 预警 -------------------------------------------------------------------------------------
    def alerts_due(self, now: datetime) -> list[ShiftAlerted]:
        """Each alert not yet raised: a shift of today or earlier without a leader or an officer, a handover past its
        time unacknowledged. Raised once each: an alert already in the history is not raised again."""
        due: list[tuple[date, AlertKind]] = [
            (day, "unstaffed")
            for day in self.shifts
            if day <= now.astimezone(OFFICE_TZ).date() and not all(self.on_duty(day))
        ]
        due += [
            (day, "handover_unacknowledged")
            for day, handover in self.handovers.items()
            if day not in self.acknowledged and now >= handover.acknowledge_by
        ]
        return [ShiftAlerted(day=d, kind=k, at=now) for d, k in sorted(due) if (d, k) not in self.alerted]

    def on_duty(self, day: date) -> tuple[list[str], list[str]]:
        """The day's leaders and officers, approved swaps applied."""
        shift = self._shift(day)
        swapped = {
            s.person: s.substitute for n, s in self.swaps.items() if n in self.approved and s.day == day
        }
        return [swapped.get(p, p) for p in shift.leaders], [swapped.get(p, p) for p in shift.officers]

    def audience(self) -> Audience | None:
        """知悉范围: the office, the duty roles, and everyone on the roster (or asked to substitute)."""
        people = {p for s in self.shifts.values() for p in (*s.leaders, *s.officers)}
        people |= {s.substitute for s in self.swaps.values()}
        return Audience.of(
            people=sorted(people),
            roles=[OFFICE_DIRECTOR, DUTY_LEADER, DUTY_OFFICER],
            departments=[self.office_department],
        )

    # rules shared by the commands -----------------------------------------------------------
    def _shift(self, day: date) -> ShiftPlan:
        if day not in self.shifts:
            raise InvalidInput(
                f"值班表中没有 {day.isoformat()}", f"{day.isoformat()} is not on this roster", field="day"
            )
        return self.shifts[day]

    def _on_duty(self, day: date) -> set[str]:
        leaders, officers = self.on_duty(day)
        return {*leaders, *officers}

    # state ----------------------------------------------------------------------------------
    def when_planned(self, event: RosterPlanned) -> None:
        self.office_department = event.office_department
        self.first_day, self.last_day = event.first_day, event.last_day
        self.shifts = {shift.day: shift for shift in event.shifts}

    def when_swap_requested(self, event: SwapRequested) -> None:
        self.swaps[event.number] = event

    def when_swap_approved(self, event: SwapApproved) -> None:
        self.approved.add(event.number)

    def when_handed_over(self, event: ShiftHandedOver) -> None:
        self.handovers[event.day] = event

    def when_acknowledged(self, event: HandoverAcknowledged) -> None:
        self.acknowledged[event.day] = event

    def when_alerted(self, event: ShiftAlerted) -> None:
        self.alerted.add((event.day, event.kind))


class DutyLogEntry(Aggregate):
    """值班记录: one call or event on duty; seen by the office and by those it says were told."""

    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.recorded: DutyLogRecorded | None = None

    @staticmethod
    def record(
        entry_id: str,
        actor: Actor,
        *,
        office_department: str,
        at: datetime,
        caller: str,
        organisation: str,
        said: str,
        done: str,
        told: Sequence[str],
        now: datetime,
    ) -> Events:
        if DUTY_OFFICER not in actor.roles and DUTY_LEADER not in actor.roles:
            raise Forbidden("只有值班人员可以记录值班记录", "only those on duty keep the duty log")
        if at.tzinfo is None:
            raise InvalidInput("时间须带时区", "the time needs a time zone", code="naive_time", field="at")
        if at > now:
            raise InvalidInput("记录时间不能晚于现在", "a log entry cannot be in the future", field="at")
        return [
            DutyLogRecorded(
                entry_id=entry_id,
                office_department=office_department,
                at=at.astimezone(UTC),
                caller=required(caller, "caller", "须写明来电人", "the caller is missing"),
                organisation=organisation.strip(),
                said=required(said, "said", "须写明来电内容", "what was said is missing"),
                done=done.strip(),
                told=list(dict.fromkeys(told)),
                recorded_by=actor.person,
            )
        ]

    def audience(self) -> Audience | None:
        if self.recorded is None:
            return None
        return Audience.of(
            people=[*self.recorded.told, self.recorded.recorded_by],
            departments=[self.recorded.office_department],
        )

    def when_recorded(self, event: DutyLogRecorded) -> None:
        self.recorded = event
