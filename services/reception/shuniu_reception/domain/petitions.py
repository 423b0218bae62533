"""A petition (信访事项) and its statutory clocks (《信访工作条例》2022, RULES §2).

registered (登记) → routed (转送, 15 days) → accepted (受理, written notice within 15 days) or
objected (异议, 5 working days, outside the body's remit) → assigned to a department (交办), which
opens a supervision task through events → replied (答复, 60 days from acceptance, one extension of
at most 30 days) once supervision closed the task → 复查 (asked within 30 days of the reply, decided
within 30) → 复核 (likewise); hearing days do not count; after 复核 the same facts and grounds are
not accepted again.

Each step records the due dates it starts, so the history shows what the petitioner was told and a
replay never depends on the calendar data of the day.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TypeVar

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken

from shuniu_reception.domain import clocks
from shuniu_reception.domain.clocks import Clock, ClockName, WorkingDays
from shuniu_reception.domain.events import (
    Channel,
    ClockApproaching,
    ClockOverdue,
    DomainEvent,
    HandlingExtended,
    HearingHeld,
    PetitionAccepted,
    PetitionAssigned,
    PetitionObjected,
    PetitionRegistered,
    PetitionReplied,
    PetitionRouted,
    ReviewDecided,
    ReviewLevel,
    ReviewOutcome,
    ReviewRequested,
    SupervisionClosed,
    SupervisionOpened,
)

CHANNELS: dict[str, Channel] = {"letter": "letter", "visit": "visit", "phone": "phone", "online": "online"}
REVIEW_OUTCOMES: dict[str, ReviewOutcome] = {"upheld": "upheld", "revised": "revised"}
V = TypeVar("V")


def _one_of(allowed: dict[str, V], value: str, field: str) -> V:
    """The petition checks its own words, whoever calls it (the API, the demo, a tool)."""
    if value not in allowed:
        raise InvalidInput(
            f"{field} 须为 {'、'.join(allowed)} 之一",
            f"{field} must be one of {', '.join(allowed)}",
            field=field,
        )
    return allowed[value]


class PetitionStage(StrEnum):
    REGISTERED = "registered"  # 已登记
    ROUTED = "routed"  # 已转送
    ACCEPTED = "accepted"  # 已受理
    OBJECTED = "objected"  # 已提出异议（不属本机关职权）
    ASSIGNED = "assigned"  # 已交办
    REPLIED = "replied"  # 已答复
    UNDER_REVIEW = "under_review"  # 复查中
    REVIEWED = "reviewed"  # 已复查
    UNDER_SECOND_REVIEW = "under_second_review"  # 复核中
    FINAL = "final"  # 已复核，终结


RESPONSIBLE_OFFICIALS = frozenset({"leader", "principal_leader", "office_director"})  # 负责人 (§34)
_DECISION_CLOCK = {"复查": ClockName.REVIEW_DECISION, "复核": ClockName.SECOND_REVIEW_DECISION}
_REQUEST_CLOCK = {"复查": ClockName.REVIEW_REQUEST, "复核": ClockName.SECOND_REVIEW_REQUEST}


class Petition(Aggregate):  # 信访事项
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: PetitionStage | None = None
        self.case_number = ""
        self.person_id = ""
        self.channel = ""
        self.content = ""  # sealed
        self.received_on: date | None = None
        self.department: str | None = None  # routed to, then assigned to
        self.accepted_on: date | None = None
        self.extended = False
        self.task_id: str | None = None
        self.task_closed = False
        self.hearing_days = 0
        self.clocks: dict[ClockName, Clock] = {}
        self.alerts: set[tuple[str, str, date]] = set()  # (kind, clock, due) already raised

    # 登记 ----------------------------------------------------------------------------------------

    @staticmethod
    def register(
        case_number: str, person_id: str, channel: str, content: str, received_on: date, by: str, today: date
    ) -> list[DomainEvent]:
        if received_on > today:
            raise InvalidInput(
                "收到日期不能晚于今天", "the date received cannot be in the future", field="received_on"
            )
        return [
            PetitionRegistered(
                case_number=case_number,
                person_id=person_id,
                channel=_one_of(CHANNELS, channel, "channel"),
                content=content,
                received_on=received_on,
                registered_by=by,
                routing_due_on=clocks.routing_due(received_on),
            )
        ]

    # 转送交办 (§22) --------------------------------------------------------------------------------

    def route(self, to_department: str, on: date, by: str, calendar: WorkingDays) -> list[DomainEvent]:
        self._expect(
            PetitionStage.REGISTERED, "转送须在登记之后、受理之前", "routing comes after registration"
        )
        self._not_before(on, self.received_on, "routed_on")
        return [
            PetitionRouted(
                to_department=to_department,
                routed_on=on,
                routed_by=by,
                acceptance_due_on=clocks.acceptance_due(on),
                objection_due_on=clocks.objection_due(on, calendar),
            )
        ]

    # 受理告知 / 异议 (§23) -------------------------------------------------------------------------

    def accept(self, on: date, notice: str) -> list[DomainEvent]:
        """The body tells the petitioner in writing that the item is accepted; handling starts."""
        self._expect(PetitionStage.ROUTED, "受理须在转送之后", "acceptance comes after routing")
        self._not_before(on, self.clocks[ClockName.ROUTING].met_on, "accepted_on")
        if not notice.strip():
            raise InvalidInput("受理须有书面告知", "acceptance needs the written notice", field="notice")
        return [
            PetitionAccepted(accepted_on=on, notice=notice.strip(), handling_due_on=clocks.handling_due(on))
        ]

    def object(self, on: date, reason: str) -> list[DomainEvent]:
        """Outside the body's remit: objected to within 5 working days of receiving it."""
        self._expect(PetitionStage.ROUTED, "异议须在转送之后、受理之前", "an objection comes after routing")
        window = self.clocks[ClockName.OBJECTION]
        if on > window.due_on:
            raise RuleBroken(
                f"异议须在收到转送后 5 个工作日内（{window.due_on} 前）提出",
                f"an objection must be made within 5 working days of routing (by {window.due_on})",
                code="objection_window_passed",
            )
        if not reason.strip():
            raise InvalidInput("请说明不属本机关职权范围的理由", "give the reason", field="reason")
        return [PetitionObjected(objected_on=on, reason=reason.strip())]

    # 交办 -----------------------------------------------------------------------------------------

    def assign(self, department: str, summary: str, by: str) -> list[DomainEvent]:
        self._expect(PetitionStage.ACCEPTED, "交办须在受理之后", "assignment comes after acceptance")
        if not summary.strip():
            raise InvalidInput(
                "请填写交办摘要（不含个人信息）", "write the summary (no personal data)", field="summary"
            )
        return [
            PetitionAssigned(
                petition_id=self.id,
                case_number=self.case_number,
                summary=summary.strip(),
                department=department,
                due_on=self.clocks[ClockName.HANDLING].due_on,
                assigned_by=by,
            )
        ]

    def supervision_opened(self, task_id: str) -> list[DomainEvent]:
        if self.task_id == task_id or self.task_closed:
            return []
        return [SupervisionOpened(task_id=task_id)]

    def supervision_closed(self, task_id: str, result: str, closed_on: date) -> list[DomainEvent]:
        if self.task_closed:
            return []
        return [SupervisionClosed(task_id=task_id, result=result, closed_on=closed_on)]

    # 延期 (§34) -----------------------------------------------------------------------------------

    def extend(
        self,
        days: int,
        reason: str,
        approved_by: str,
        approver_roles: frozenset[str],
        petitioner_told_on: date,
        today: date,
    ) -> list[DomainEvent]:
        """A complex case: once, by at most 30 days, approved by a responsible official (a leader or
        the office director), and the reason told to the petitioner (§34)."""
        self._expect(
            {PetitionStage.ACCEPTED, PetitionStage.ASSIGNED},
            "延期须在受理之后、答复之前",
            "extend while handling",
        )
        if not approver_roles & RESPONSIBLE_OFFICIALS:
            raise RuleBroken(
                "延期须经负责人批准（领导或办公室主任）",
                "an extension needs a responsible official's approval (a leader or the office director)",
                code="approver_not_responsible",
            )
        if self.extended:
            raise RuleBroken(
                "办理期限只可延长一次", "the handling period may be extended only once", code="extended_once"
            )
        if not 1 <= days <= clocks.MAX_EXTENSION_DAYS:
            raise RuleBroken(
                f"延长期限不得超过 {clocks.MAX_EXTENSION_DAYS} 日",
                f"an extension is at most {clocks.MAX_EXTENSION_DAYS} days",
                code="extension_too_long",
            )
        if not reason.strip():
            raise InvalidInput("延期须说明理由并告知信访人", "an extension needs a reason", field="reason")
        handling = self.clocks[ClockName.HANDLING]
        if today > handling.due_on:
            raise RuleBroken(
                "办理期限已过，不能再延期", "the handling period has already ended", code="too_late_to_extend"
            )
        return [
            HandlingExtended(
                days=days,
                reason=reason.strip(),
                approved_by=approved_by,
                petitioner_told_on=petitioner_told_on,
                handling_due_on=clocks.postponed(handling.due_on, days),
            )
        ]

    # 答复 -----------------------------------------------------------------------------------------

    def reply(self, on: date, reply: str) -> list[DomainEvent]:
        """The written reply (书面答复), once supervision verified the department's work done."""
        self._expect(PetitionStage.ASSIGNED, "答复须在交办之后", "the reply comes after assignment")
        if not self.task_closed:
            raise OutOfTurn(
                "督办事项尚未办结，暂不能答复",
                "the supervision task is not closed yet",
                code="supervision_open",
            )
        self._not_before(on, self.accepted_on, "replied_on")
        return [
            PetitionReplied(replied_on=on, reply=reply, review_request_due_on=clocks.review_request_due(on))
        ]

    # 复查 / 复核 (§35) ----------------------------------------------------------------------------

    def request_review(self, on: date, grounds: str) -> list[DomainEvent]:
        """复查 after the reply, 复核 after the 复查 decision; each asked within 30 days."""
        if self.stage is PetitionStage.FINAL:
            raise RuleBroken(
                "复核意见已作出，信访人以同一事实和理由再次提出的，不再受理",
                "after 复核 the same facts and grounds are not accepted again",
                code="same_facts_and_grounds",
            )
        level: ReviewLevel
        if self.stage is PetitionStage.REPLIED:
            level = "复查"
        elif self.stage is PetitionStage.REVIEWED:
            level = "复核"
        else:
            raise OutOfTurn(
                "复查须在答复之后，复核须在复查之后",
                "a review follows the reply",
                code="no_decision_to_review",
            )
        window = self.clocks[_REQUEST_CLOCK[level]]
        if on > window.due_on:
            raise RuleBroken(
                f"请求{level}须在 {window.due_on} 前（30 日内）提出",
                f"a request for {level} must be made within 30 days (by {window.due_on})",
                code="review_window_passed",
            )
        return [
            ReviewRequested(
                level=level, requested_on=on, grounds=grounds, decision_due_on=clocks.review_decision_due(on)
            )
        ]

    def hold_hearing(self, from_on: date, to_on: date) -> list[DomainEvent]:
        """听证: its days, both ends included, do not count towards the decision's period."""
        level = self._review_in_progress()
        if to_on < from_on:
            raise InvalidInput(
                "听证结束日期不能早于开始日期", "the hearing ends before it starts", field="to_on"
            )
        days = (to_on - from_on).days + 1
        decision = self.clocks[_DECISION_CLOCK[level]]
        return [
            HearingHeld(
                level=level,
                from_on=from_on,
                to_on=to_on,
                days=days,
                decision_due_on=clocks.postponed(decision.due_on, days),
            )
        ]

    def decide_review(self, on: date, outcome: str, opinion: str) -> list[DomainEvent]:
        level = self._review_in_progress()
        return [
            ReviewDecided(
                level=level,
                decided_on=on,
                outcome=_one_of(REVIEW_OUTCOMES, outcome, "outcome"),
                opinion=opinion,
                next_request_due_on=clocks.review_request_due(on) if level == "复查" else None,
            )
        ]

    # 时限提醒 ---------------------------------------------------------------------------------------

    def raise_alert(self, kind: str, clock: ClockName, due_on: date) -> list[DomainEvent]:
        """The scheduler says a clock is close or overdue: raised once, and only if still running
        with that due date (an extension or a hearing moved it; meeting it ended it)."""
        current = self.clocks.get(clock)
        if current is None or not current.running or current.due_on != due_on:
            return []
        if (kind, clock.value, due_on) in self.alerts:
            return []
        event = ClockApproaching if kind == "approaching" else ClockOverdue
        return [event(clock=clock.value, due_on=due_on)]

    def running_clocks(self) -> list[Clock]:
        return [c for c in self.clocks.values() if c.running]

    # state ----------------------------------------------------------------------------------------

    def when_registered(self, e: PetitionRegistered) -> None:
        self.stage = PetitionStage.REGISTERED
        self.case_number, self.person_id, self.channel = e.case_number, e.person_id, e.channel
        self.content, self.received_on = e.content, e.received_on
        self._start(ClockName.ROUTING, e.routing_due_on)

    def when_routed(self, e: PetitionRouted) -> None:
        self.stage, self.department = PetitionStage.ROUTED, e.to_department
        self._meet(ClockName.ROUTING, e.routed_on)
        self._start(ClockName.ACCEPTANCE, e.acceptance_due_on)
        self._start(ClockName.OBJECTION, e.objection_due_on)

    def when_accepted(self, e: PetitionAccepted) -> None:
        self.stage, self.accepted_on = PetitionStage.ACCEPTED, e.accepted_on
        self._meet(ClockName.ACCEPTANCE, e.accepted_on)
        self.clocks.pop(ClockName.OBJECTION)  # the window closes unused: the item is within the remit
        self._start(ClockName.HANDLING, e.handling_due_on)

    def when_objected(self, e: PetitionObjected) -> None:
        self.stage = PetitionStage.OBJECTED
        self._meet(ClockName.OBJECTION, e.objected_on)
        self._meet(ClockName.ACCEPTANCE, e.objected_on)

    def when_assigned(self, e: PetitionAssigned) -> None:
        self.stage, self.department = PetitionStage.ASSIGNED, e.department

    def when_supervision_opened(self, e: SupervisionOpened) -> None:
        self.task_id = e.task_id

    def when_supervision_closed(self, e: SupervisionClosed) -> None:
        self.task_id, self.task_closed = e.task_id, True

    def when_extended(self, e: HandlingExtended) -> None:
        self.extended = True
        self._start(ClockName.HANDLING, e.handling_due_on)

    def when_replied(self, e: PetitionReplied) -> None:
        self.stage = PetitionStage.REPLIED
        self._meet(ClockName.HANDLING, e.replied_on)
        self._start(ClockName.REVIEW_REQUEST, e.review_request_due_on)

    def when_review_requested(self, e: ReviewRequested) -> None:
        self.stage = PetitionStage.UNDER_REVIEW if e.level == "复查" else PetitionStage.UNDER_SECOND_REVIEW
        self._meet(_REQUEST_CLOCK[e.level], e.requested_on)
        self._start(_DECISION_CLOCK[e.level], e.decision_due_on)

    def when_hearing_held(self, e: HearingHeld) -> None:
        self._start(_DECISION_CLOCK[e.level], e.decision_due_on)

    def when_review_decided(self, e: ReviewDecided) -> None:
        self.stage = PetitionStage.REVIEWED if e.level == "复查" else PetitionStage.FINAL
        self._meet(_DECISION_CLOCK[e.level], e.decided_on)
        if e.next_request_due_on is not None:
            self._start(ClockName.SECOND_REVIEW_REQUEST, e.next_request_due_on)

    def when_clock_approaching(self, e: ClockApproaching) -> None:
        self.alerts.add(("approaching", e.clock, e.due_on))

    def when_clock_overdue(self, e: ClockOverdue) -> None:
        self.alerts.add(("overdue", e.clock, e.due_on))

    # helpers --------------------------------------------------------------------------------------

    def _start(self, name: ClockName, due_on: date) -> None:
        self.clocks[name] = Clock(name, due_on)

    def _meet(self, name: ClockName, on: date) -> None:
        self.clocks[name] = Clock(name, self.clocks[name].due_on, met_on=on)

    def _expect(self, stages: PetitionStage | set[PetitionStage], zh: str, en: str) -> None:
        allowed = stages if isinstance(stages, set) else {stages}
        if self.stage not in allowed:
            raise OutOfTurn(f"{zh}（当前：{self.stage}）", f"{en} (now: {self.stage})")

    def _review_in_progress(self) -> ReviewLevel:
        if self.stage is PetitionStage.UNDER_REVIEW:
            return "复查"
        if self.stage is PetitionStage.UNDER_SECOND_REVIEW:
            return "复核"
        raise OutOfTurn("没有进行中的复查或复核", "no review is in progress", code="no_review_in_progress")

    @staticmethod
    def _not_before(on: date, earlier: date | None, field: str) -> None:
        if earlier is not None and on < earlier:
            raise InvalidInput(f"日期不能早于 {earlier}", f"the date cannot be before {earlier}", field=field)
