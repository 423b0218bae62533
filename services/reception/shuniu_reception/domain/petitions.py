"""A petition (信访事项) and its statutory clocks (《信访工作条例》2022, docs/rules.md §2).

registered (登记) → routed (转送, 15 days) → accepted (受理, written notice within 15 days) or
objected (异议, 5 working days, outside the body's remit) → assigned to a department (交办), which
opens a supervision task through events → replied (答复, 60 days from acceptance) once supervision
closed the task; a complex case may be extended once, by at most 30 days: the petitions officer asks
(申请延期), a responsible official of the body approves or refuses (批准), and the petitioner is told
(告知) — only the approval moves the handling clock → 复查 (asked within 30 days of the reply, decided
within 30) → 复核 (likewise); hearing days do not count; after 复核 the same facts and grounds are
not accepted again.

Each step records the due dates it starts, so the history shows what the petitioner was told and a
replay never depends on the calendar data of the day. Every date a person enters for a step already
taken is checked by one rule, `check_step_date`: not after today, not before the step it follows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import TypeVar

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain import clocks
from shuniu_reception.domain.audiences import PERSON_DETAILS, PETITION_CONTENT
from shuniu_reception.domain.clocks import Clock, ClockName, WorkingDays
from shuniu_reception.domain.events import (
    DECISION_CLOCK,
    Channel,
    ClockApproaching,
    ClockOverdue,
    DomainEvent,
    ExtensionRefused,
    ExtensionRequested,
    HandlingExtended,
    HearingHeld,
    PetitionAccepted,
    PetitionAssigned,
    PetitionerToldOfExtension,
    PetitionObjected,
    PetitionRegistered,
    PetitionReplied,
    PetitionRouted,
    ReviewDecided,
    ReviewLevel,
    ReviewOutcome,
    ReviewRequested,
    RunningClock,
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


# 本机关、单位负责人 (§34): the petitions are the county government's, received and accepted in its name
# (the 县信访局 and the office act for it, the departments work them under supervision), so the
# responsible officials are the government's leaders — the 县长 (principal_leader) and the 副县长
# (leader). The office director heads an internal office, not the body (docs/services/reception.md).
EXTENSION_APPROVERS = frozenset({"leader", "principal_leader"})

# 知悉范围 (docs/rules.md §2: a petitioner's information must not reach anyone without need). The petitions
# office and the county's leaders see every petition; a department sees the petitions routed to it
# (转送), and once assigned (交办) the one it works — with the sections under it, since a 局's staff
# sit in its sections. Nobody else learns that a petition exists: not the office's clerks, not the
# people complained about.
SEES_ALL_PETITIONS = ("petitions_officer", "office_director", "leader", "principal_leader")


def petition_audience(department: str | None) -> Audience:
    """Who may see a petition routed or assigned to `department` (None: not routed yet)."""
    return Audience.of(
        roles=SEES_ALL_PETITIONS,
        departments=[department],
        personal_data=(*PERSON_DETAILS, PETITION_CONTENT),
    )


def check_step_date(
    on: date, *, today: date, field: str, follows: date | None = None, step: tuple[str, str] = ("", "")
) -> None:
    """A date a person enters for something that already happened (received, routed, accepted,
    told, replied, requested, …) is on or before today — the office's civil date in Asia/Shanghai,
    which the application reads from the injectable clock — and on or after the date of the step
    it follows (`step`: that step's name in Chinese and English)."""
    if on > today:
        raise InvalidInput(
            f"日期 {on} 晚于今天（{today}），尚未发生的事项不能登记",
            f"{on} is after today ({today}): a step cannot be recorded before it happens",
            code="date_in_the_future",
            field=field,
        )
    if follows is not None and on < follows:
        zh, en = step
        raise InvalidInput(
            f"日期 {on} 早于{zh}日期（{follows}）",
            f"{on} is before the {en} ({follows})",
            code="date_before_previous_step",
            field=field,
        )


class ExtensionDecision(StrEnum):
    REQUESTED = "requested"  # 待批准
    APPROVED = "approved"  # 已批准
    REFUSED = "refused"  # 不批准


@dataclass(frozen=True)
class Extension:
    """The one extension a petition may have (§34): asked, decided by the approver, told."""

    days: int
    reason: str
    requested_on: date | None  # None for an extension recorded before requests were a step (v1)
    requested_by: str | None
    decision: ExtensionDecision = ExtensionDecision.REQUESTED
    decided_by: str | None = None
    decided_on: date | None = None
    opinion: str = ""  # the approver's, when refused
    told_on: date | None = None


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
        self.routed_on: date | None = None
        self.accepted_on: date | None = None
        self.objected_on: date | None = None
        # The office's free text on the case, each sealed (or, from before sealing, in clear).
        self.notice: str | None = None  # 受理告知书
        self.objection: str | None = None  # 异议理由
        self.summary: str | None = None  # 交办摘要
        self.review_opinion: str | None = None  # the last 复查 or 复核 opinion
        self.extension: Extension | None = None
        self.task_id: str | None = None
        self.task_closed = False
        self.task_closed_on: date | None = None
        self.answered_on: date | None = None  # the reply, then the 复查 decision: what a review follows
        self.review_step_on: date | None = None  # the review's request, then its last hearing day
        self.hearing_days = 0
        self.clocks: dict[ClockName, Clock] = {}
        self.alerts: set[tuple[str, str, date]] = set()  # (kind, clock, due) already raised

    def audience(self) -> Audience:
        """The petition's 知悉范围 now: the department is the last it was routed or assigned to (an
        objecting body keeps seeing what it objected to until the item is routed on)."""
        return petition_audience(self.department)

    # 登记 ----------------------------------------------------------------------------------------

    @staticmethod
    def register(
        case_number: str, person_id: str, channel: str, content: str, received_on: date, by: str, today: date
    ) -> list[DomainEvent]:
        check_step_date(received_on, today=today, field="received_on")
        return [
            PetitionRegistered(
                case_number=case_number,
                person_id=person_id,
                channel=_one_of(CHANNELS, channel, "channel"),
                content=content,
                received_on=received_on,
                registered_by=by,
                routing_due_on=clocks.routing_due(received_on),
                running_clock=RunningClock(clock="routing", due_on=clocks.routing_due(received_on)),
            )
        ]

    # 转送交办 (§22) --------------------------------------------------------------------------------

    def route(
        self, to_department: str, on: date, by: str, calendar: WorkingDays, today: date
    ) -> list[DomainEvent]:
        """转送 to the body whose remit it is; again after that body objected (§23: the item is not
        within its remit), so an objection sends the petition back to the petitions office instead of
        ending it — nothing may stop where no one can move it on."""
        if self.stage is PetitionStage.OBJECTED:
            check_step_date(
                on, today=today, field="routed_on", follows=self.objected_on, step=("异议", "objection")
            )
        else:
            self._expect(
                PetitionStage.REGISTERED, "转送须在登记之后、受理之前", "routing comes after registration"
            )
            check_step_date(
                on, today=today, field="routed_on", follows=self.received_on, step=("收到", "date received")
            )
        return [
            PetitionRouted(
                to_department=to_department,
                routed_on=on,
                routed_by=by,
                acceptance_due_on=clocks.acceptance_due(on),
                objection_due_on=clocks.objection_due(on, calendar),
                running_clock=RunningClock(clock="acceptance", due_on=clocks.acceptance_due(on)),
            )
        ]

    # 受理告知 / 异议 (§23) -------------------------------------------------------------------------

    def accept(self, on: date, notice: str, today: date) -> list[DomainEvent]:
        """The body tells the petitioner in writing that the item is accepted; handling starts."""
        self._expect(PetitionStage.ROUTED, "受理须在转送之后", "acceptance comes after routing")
        check_step_date(
            on, today=today, field="accepted_on", follows=self.routed_on, step=("转送", "routing")
        )
        notice = required(notice, "notice", "受理须有书面告知", "acceptance needs the written notice")
        return [
            PetitionAccepted(
                accepted_on=on,
                notice=notice,
                handling_due_on=clocks.handling_due(on),
                running_clock=RunningClock(clock="handling", due_on=clocks.handling_due(on)),
            )
        ]

    def object(self, on: date, reason: str, today: date) -> list[DomainEvent]:
        """Outside the body's remit: objected to within 5 working days of receiving it."""
        self._expect(PetitionStage.ROUTED, "异议须在转送之后、受理之前", "an objection comes after routing")
        check_step_date(
            on, today=today, field="objected_on", follows=self.routed_on, step=("转送", "routing")
        )
        window = self.clocks[ClockName.OBJECTION]
        if on > window.due_on:
            raise RuleBroken(
                f"异议须在收到转送后 5 个工作日内（{window.due_on} 前）提出",
                f"an objection must be made within 5 working days of routing (by {window.due_on})",
                code="objection_window_passed",
            )
        reason = required(reason, "reason", "请说明不属本机关职权范围的理由", "give the reason")
        return [PetitionObjected(objected_on=on, reason=reason)]

    # 交办 -----------------------------------------------------------------------------------------

    def assign(self, department: str, summary: str, by: str, *, staffed: bool) -> list[DomainEvent]:
        """交办 to a department that has people to handle it (`staffed`): the item becomes that
        department's supervision task, which only its own people may sign for — assigned to an
        empty department it would wait for ever, with the 60-day clock running."""
        self._expect(PetitionStage.ACCEPTED, "交办须在受理之后", "assignment comes after acceptance")
        if not staffed:
            raise RuleBroken(
                f"部门 {department} 在通讯录中没有人员，无人能够办理",
                f"department {department} has nobody in the directory to handle it",
                code="department_has_nobody",
                field="department",
            )
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

    def request_extension(self, days: int, reason: str, on: date, by: str, today: date) -> list[DomainEvent]:
        """申请延期: a complex case, asked once, for at most 30 days and with its reason, while the
        handling period still runs; the approver decides (§34)."""
        self._expect_handling("申请延期须在受理之后、答复之前", "an extension is asked while handling")
        if self.extension is not None:
            raise RuleBroken(
                "办理期限只可申请延长一次",
                "the handling period may be extended only once",
                code="extended_once",
            )
        if not 1 <= days <= clocks.MAX_EXTENSION_DAYS:
            raise RuleBroken(
                f"延长期限不得超过 {clocks.MAX_EXTENSION_DAYS} 日",
                f"an extension is at most {clocks.MAX_EXTENSION_DAYS} days",
                code="extension_too_long",
            )
        reason = required(reason, "reason", "延期须说明理由", "an extension needs a reason")
        check_step_date(
            on, today=today, field="requested_on", follows=self.accepted_on, step=("受理", "acceptance")
        )
        self._within_handling_period(on)
        return [ExtensionRequested(days=days, reason=reason, requested_on=on, requested_by=by)]

    def approve_extension(
        self, approver: str, approver_roles: frozenset[str], on: date, today: date
    ) -> list[DomainEvent]:
        """批准延期: by a responsible official of the body (§34), within the period it extends; only
        this moves the handling clock."""
        request = self._pending_extension(approver_roles, on, today)
        handling = self.clocks[ClockName.HANDLING]
        return [
            HandlingExtended(
                days=request.days,
                reason=request.reason,
                approved_by=approver,
                approved_on=on,
                handling_due_on=clocks.postponed(handling.due_on, request.days),
                running_clock=RunningClock(
                    clock="handling", due_on=clocks.postponed(handling.due_on, request.days)
                ),
            )
        ]

    def refuse_extension(
        self, approver: str, approver_roles: frozenset[str], on: date, opinion: str, today: date
    ) -> list[DomainEvent]:
        """不批准延期: the case is handled within the original 60 days."""
        self._pending_extension(approver_roles, on, today)
        opinion = required(opinion, "opinion", "请填写不批准的意见", "give the reason for refusing")
        return [ExtensionRefused(refused_by=approver, refused_on=on, opinion=opinion)]

    def tell_petitioner_of_extension(self, on: date, by: str, today: date) -> list[DomainEvent]:
        """告知: the petitioner is told of the approved extension and its reason, after the approval."""
        extension = self.extension
        if extension is None or extension.decision is not ExtensionDecision.APPROVED:
            raise OutOfTurn(
                "延期经批准后方可告知信访人",
                "the petitioner is told once the extension is approved",
                code="extension_not_approved",
            )
        if extension.told_on is not None:
            raise OutOfTurn("已告知信访人延期理由", "the petitioner was already told", code="already_told")
        check_step_date(
            on,
            today=today,
            field="told_on",
            follows=extension.decided_on or self.accepted_on,
            step=("批准延期", "approval of the extension"),
        )
        return [PetitionerToldOfExtension(told_on=on, told_by=by)]

    def _pending_extension(self, approver_roles: frozenset[str], on: date, today: date) -> Extension:
        self._expect_handling("延期须在答复之前批准", "an extension is decided while handling")
        request = self.extension
        if request is None or request.decision is not ExtensionDecision.REQUESTED:
            raise OutOfTurn(
                "没有待批准的延期申请", "no extension is waiting for approval", code="no_extension_requested"
            )
        if not approver_roles & EXTENSION_APPROVERS:
            raise RuleBroken(
                "延期须经本机关负责人（县长、副县长）批准",
                "an extension is approved by a responsible official of the body (the county's leaders)",
                code="approver_not_responsible",
            )
        check_step_date(
            on, today=today, field="decided_on", follows=request.requested_on, step=("申请延期", "request")
        )
        self._within_handling_period(on)
        return request

    def _within_handling_period(self, on: date) -> None:
        handling = self.clocks[ClockName.HANDLING]
        if on > handling.due_on:
            raise RuleBroken(
                f"办理期限已于 {handling.due_on} 届满，不能再延期",
                f"the handling period ended on {handling.due_on}",
                code="too_late_to_extend",
            )

    # 答复 -----------------------------------------------------------------------------------------

    def reply(self, on: date, reply: str, today: date) -> list[DomainEvent]:
        """The written reply (书面答复), once supervision verified the department's work done."""
        self._expect(PetitionStage.ASSIGNED, "答复须在交办之后", "the reply comes after assignment")
        if not self.task_closed:
            raise OutOfTurn(
                "督办事项尚未办结，暂不能答复",
                "the supervision task is not closed yet",
                code="supervision_open",
            )
        check_step_date(
            on,
            today=today,
            field="replied_on",
            follows=self.task_closed_on,
            step=("督办办结", "closing of the supervision task"),
        )
        return [
            PetitionReplied(
                replied_on=on,
                reply=reply,
                review_request_due_on=clocks.review_request_due(on),
                running_clock=RunningClock(clock="review_request", due_on=clocks.review_request_due(on)),
            )
        ]

    # 复查 / 复核 (§35) ----------------------------------------------------------------------------

    def request_review(self, on: date, grounds: str, today: date) -> list[DomainEvent]:
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
        check_step_date(
            on,
            today=today,
            field="requested_on",
            follows=self.answered_on,
            step=(
                "答复" if level == "复查" else "复查意见",
                "reply" if level == "复查" else "review decision",
            ),
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
                level=level,
                requested_on=on,
                grounds=grounds,
                decision_due_on=clocks.review_decision_due(on),
                running_clock=RunningClock(
                    clock=DECISION_CLOCK[level], due_on=clocks.review_decision_due(on)
                ),
            )
        ]

    def hold_hearing(self, from_on: date, to_on: date, today: date) -> list[DomainEvent]:
        """听证: its days, both ends included, do not count towards the decision's period."""
        level = self._review_in_progress()
        check_step_date(
            from_on,
            today=today,
            field="from_on",
            follows=self.review_step_on,
            step=("请求或上次听证", "request or the last hearing"),
        )
        check_step_date(
            to_on, today=today, field="to_on", follows=from_on, step=("听证开始", "hearing's start")
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
                running_clock=RunningClock(
                    clock=DECISION_CLOCK[level], due_on=clocks.postponed(decision.due_on, days)
                ),
            )
        ]

    def decide_review(self, on: date, outcome: str, opinion: str, today: date) -> list[DomainEvent]:
        level = self._review_in_progress()
        check_step_date(
            on,
            today=today,
            field="decided_on",
            follows=self.review_step_on,
            step=("请求或听证", "request or the hearing"),
        )
        return [
            ReviewDecided(
                level=level,
                decided_on=on,
                outcome=_one_of(REVIEW_OUTCOMES, outcome, "outcome"),
                opinion=opinion,
                next_request_due_on=clocks.review_request_due(on) if level == "复查" else None,
                running_clock=(
                    RunningClock(clock="second_review_request", due_on=clocks.review_request_due(on))
                    if level == "复查"
                    else None
                ),
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
        self.stage, self.department, self.routed_on = PetitionStage.ROUTED, e.to_department, e.routed_on
        if self.clocks[ClockName.ROUTING].met_on is None:  # a routing after an objection is not late
            self._meet(ClockName.ROUTING, e.routed_on)
        self._start(ClockName.ACCEPTANCE, e.acceptance_due_on)
        self._start(ClockName.OBJECTION, e.objection_due_on)

    def when_accepted(self, e: PetitionAccepted) -> None:
        self.stage, self.accepted_on, self.notice = PetitionStage.ACCEPTED, e.accepted_on, e.notice
        self._meet(ClockName.ACCEPTANCE, e.accepted_on)
        self.clocks.pop(ClockName.OBJECTION)  # the window closes unused: the item is within the remit
        self._start(ClockName.HANDLING, e.handling_due_on)

    def when_objected(self, e: PetitionObjected) -> None:
        self.stage, self.objected_on, self.objection = PetitionStage.OBJECTED, e.objected_on, e.reason
        self._meet(ClockName.OBJECTION, e.objected_on)
        self._meet(ClockName.ACCEPTANCE, e.objected_on)

    def when_assigned(self, e: PetitionAssigned) -> None:
        self.stage, self.department, self.summary = PetitionStage.ASSIGNED, e.department, e.summary

    def when_supervision_opened(self, e: SupervisionOpened) -> None:
        self.task_id = e.task_id

    def when_supervision_closed(self, e: SupervisionClosed) -> None:
        self.task_id, self.task_closed, self.task_closed_on = e.task_id, True, e.closed_on

    def when_extension_requested(self, e: ExtensionRequested) -> None:
        self.extension = Extension(e.days, e.reason, e.requested_on, e.requested_by)

    def when_extended(self, e: HandlingExtended) -> None:
        # A v1 record (upcast) has no request before it: the approval stands for the whole step.
        asked = self.extension or Extension(e.days, e.reason, requested_on=None, requested_by=None)
        self.extension = replace(
            asked, decision=ExtensionDecision.APPROVED, decided_by=e.approved_by, decided_on=e.approved_on
        )
        self._start(ClockName.HANDLING, e.handling_due_on)

    def when_extension_refused(self, e: ExtensionRefused) -> None:
        assert self.extension is not None  # refused only when requested
        self.extension = replace(
            self.extension,
            decision=ExtensionDecision.REFUSED,
            decided_by=e.refused_by,
            decided_on=e.refused_on,
            opinion=e.opinion,
        )

    def when_petitioner_told_of_extension(self, e: PetitionerToldOfExtension) -> None:
        assert self.extension is not None  # told only after the approval
        self.extension = replace(self.extension, told_on=e.told_on)

    @property
    def extended(self) -> bool:
        """Only an approved extension extends (a request or a refusal leaves the clock as it was)."""
        return self.extension is not None and self.extension.decision is ExtensionDecision.APPROVED

    def when_replied(self, e: PetitionReplied) -> None:
        self.stage, self.answered_on = PetitionStage.REPLIED, e.replied_on
        self._meet(ClockName.HANDLING, e.replied_on)
        self._start(ClockName.REVIEW_REQUEST, e.review_request_due_on)

    def when_review_requested(self, e: ReviewRequested) -> None:
        self.stage = PetitionStage.UNDER_REVIEW if e.level == "复查" else PetitionStage.UNDER_SECOND_REVIEW
        self._meet(_REQUEST_CLOCK[e.level], e.requested_on)
        self._start(_DECISION_CLOCK[e.level], e.decision_due_on)
        self.review_step_on = e.requested_on

    def when_hearing_held(self, e: HearingHeld) -> None:
        self._start(_DECISION_CLOCK[e.level], e.decision_due_on)
        self.review_step_on = e.to_on

    def when_review_decided(self, e: ReviewDecided) -> None:
        self.stage = PetitionStage.REVIEWED if e.level == "复查" else PetitionStage.FINAL
        self.answered_on, self.review_opinion = e.decided_on, e.opinion
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

    def _expect_handling(self, zh: str, en: str) -> None:
        self._expect({PetitionStage.ACCEPTED, PetitionStage.ASSIGNED}, zh, en)

    def _review_in_progress(self) -> ReviewLevel:
        if self.stage is PetitionStage.UNDER_REVIEW:
            return "复查"
        if self.stage is PetitionStage.UNDER_SECOND_REVIEW:
            return "复核"
        raise OutOfTurn("没有进行中的复查或复核", "no review is in progress", code="no_review_in_progress")
