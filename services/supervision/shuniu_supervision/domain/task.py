"""督办事项 — a decision followed until it is verified done (docs/rules.md §3, 督查督办).

立项交办 open and assign → 签收 the lead department acknowledges → 跟踪 progress reports (and
extension requests, 催办 by the office) → 办结报告 completion report → the office verifies: 办结
closed, or 退回 reopened with a reason. When the lead department finds the decision cannot be
carried out it reports so, and the task goes back to the leader who decided, who revises, re-assigns
or withdraws it: the office does not quietly drop a decision (§3).

Who may act is part of the rule, so it is checked here, against an `Actor` the application builds
from the signed-in person and the directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.errors import Forbidden, InvalidInput, OutOfTurn, RuleBroken, required
from shuniu_shared.events import DomainEvent

from shuniu_supervision.domain.audience import Oversight
from shuniu_supervision.domain.clockwork import Light, light
from shuniu_supervision.domain.events import (
    Acknowledged,
    CompletionReported,
    DeadlineApproaching,
    ExtensionGranted,
    ExtensionRefused,
    ExtensionRequested,
    InfeasibilityReported,
    Overdue,
    Priority,
    ProgressReported,
    Rated,
    Reassigned,
    Reopened,
    ReportDue,
    ReportingCycle,
    Revised,
    Source,
    TaskClosed,
    TaskOpened,
    Urged,
    Withdrawn,
)

Events = list[DomainEvent]
LEAD_ROLES = frozenset({"department_head", "staff"})  # who acts for the lead department


class Stage(StrEnum):
    ASSIGNED = "assigned"  # 已交办，待签收
    IN_PROGRESS = "in_progress"  # 办理中
    COMPLETION_REPORTED = "completion_reported"  # 已报办结，待核实
    INFEASIBLE = "infeasible"  # 无法落实，待领导决定
    CLOSED = "closed"  # 已办结
    WITHDRAWN = "withdrawn"  # 已撤销

    @property
    def is_final(self) -> bool:
        return self in (Stage.CLOSED, Stage.WITHDRAWN)


def light_for(
    stage: Stage, *, deadline: date, yellow_from: date, completed_on: date | None, today: date
) -> Light | None:
    """亮灯, computed and never typed. A task reported done or closed keeps the colour of its result:
    green if the completion report came by the deadline, red if it came late. A withdrawn task has
    no light; any other shows where today stands against its deadline."""
    if completed_on is not None and stage in (Stage.COMPLETION_REPORTED, Stage.CLOSED):
        return Light.GREEN if completed_on <= deadline else Light.RED
    if stage is Stage.WITHDRAWN:
        return None
    return light(deadline=deadline, yellow_from=yellow_from, today=today)


@dataclass(frozen=True)
class Actor:
    """Someone acting on a task: who, which departments they belong to (their own and those above
    it), their roles, and whether they are one of the office's supervisors (督查室, 办公室主任)."""

    id: str
    departments: frozenset[str]
    roles: frozenset[str]
    supervises: bool
    clearance: str = "none"  # 密级 the person is cleared for

    def acts_for(self, department: str) -> bool:
        return department in self.departments and not self.roles.isdisjoint(LEAD_ROLES)

    def cleared_for(self, classification: str) -> bool:
        return Classification.parse(self.clearance).reaches(classification)


@dataclass(frozen=True)
class PendingExtension:
    by: str
    deadline: date
    reason: str


class SupervisionTask(Aggregate):  # 督办事项
    def __init__(self, id: str, oversight: Oversight | None = None) -> None:
        super().__init__(id)
        # Who sees every task and what the top of the directory is: given by the application when
        # it loads or opens the task (`overseen_by`), since the store rebuilds a task from its id alone.
        self.oversight = oversight
        self.stage = Stage.ASSIGNED
        self.source = Source(kind="ad_hoc")
        self.title = self.description = ""
        self.lead_department = ""
        self.co_departments: list[str] = []
        self.deadline = date.min
        self.priority: Priority = "normal"
        self.reporting_cycle: ReportingCycle = "none"
        self.classification: ClassificationName = "none"
        self.assigned_by: str | None = None
        self.opened_on = date.min
        self.percent = 0
        self.last_report_on: date | None = None
        self.pending_extension: PendingExtension | None = None
        self.completion: CompletionReported | None = None
        self.closed_on: date | None = None
        self.on_time: bool | None = None
        self.result: str | None = None
        self.rating: int | None = None  # 交办人质量评价, once closed

    # 立项交办 ---------------------------------------------------------------------------------
    @staticmethod
    def open(
        task_id: str,
        *,
        source: Source,
        title: str,
        description: str,
        lead_department: str,
        co_departments: list[str],
        deadline: date,
        priority: Priority,
        reporting_cycle: ReportingCycle,
        classification: ClassificationName,
        assigned_by: str | None,
        opened_by: str | None,
        on: date,
        default_deadline_applied: bool = False,
        opener: Actor | None = None,  # the person opening it by hand (临时交办), if not a source
    ) -> Events:
        if opener is not None and not opener.cleared_for(classification):
            # They could not even see what they had opened.
            raise RuleBroken(
                "不能交办高于本人密级的督办事项",
                "you cannot open a task classified above your own clearance",
                code="above_clearance",
                field="classification",
            )
        if not title.strip():
            raise InvalidInput(
                "督办事项须有标题", "a task needs a title", code="title_missing", field="title"
            )
        check_lead_does_not_assist(lead_department, co_departments)
        if deadline < on and source.kind == "ad_hoc":
            # The office cannot set a task up to fail. A source's deadline is someone else's
            # decision: a 批示 read late is still followed — red from the start, not dropped.
            raise RuleBroken(
                "办理时限不能早于交办日期",
                "the deadline cannot be before the day the task is opened",
                code="deadline_in_the_past",
                field="deadline",
            )
        return [
            TaskOpened(
                task_id=task_id,
                source=source,
                title=title.strip(),
                description=description,
                lead_department=lead_department,
                co_departments=list(dict.fromkeys(co_departments)),
                deadline=deadline,
                priority=priority,
                reporting_cycle=reporting_cycle,
                classification=classification,
                assigned_by=assigned_by,
                opened_by=opened_by,
                opened_on=on,
                default_deadline_applied=default_deadline_applied,
            )
        ]

    # 主办部门 the lead department's steps ------------------------------------------------------
    def acknowledge(self, actor: Actor, on: date) -> Events:
        """签收: the lead department takes the task on."""
        self._require_lead(actor, "签收")
        if self.stage is not Stage.ASSIGNED:
            raise OutOfTurn(
                "该事项已签收或已不在待签收状态",
                "the task is not waiting to be acknowledged",
                code="not_awaiting_acknowledgement",
            )
        return [Acknowledged(by=actor.id, on=on)]

    def report_progress(self, actor: Actor, text: str, percent: int, on: date) -> Events:
        """进展报告: text and how far along, while the task is being handled."""
        self._require_lead(actor, "报告进展")
        self._require_in_progress("报告进展", "report progress")
        text = required(text, "text", "进展情况不能为空", "the progress report is empty")
        if percent < self.percent:
            raise RuleBroken(
                f"完成进度不能低于上次报告的 {self.percent}%",
                f"progress cannot fall below the last reported {self.percent}%",
                code="progress_goes_back",
                field="percent",
            )
        return [ProgressReported(by=actor.id, text=text, percent=percent, on=on)]

    def request_extension(self, actor: Actor, deadline: date, reason: str, on: date) -> Events:
        """申请延期: asked of whoever assigned the task, with a reason, one request at a time."""
        self._require_lead(actor, "申请延期")
        if self.stage not in (Stage.ASSIGNED, Stage.IN_PROGRESS):
            raise OutOfTurn(
                "只有办理中的事项可以申请延期",
                "only a task being handled can ask for an extension",
                code="not_in_progress",
            )
        if self.pending_extension is not None:
            raise OutOfTurn(
                "已有延期申请待批，请等待答复",
                "an extension request is already waiting for an answer",
                code="extension_already_requested",
            )
        if deadline <= self.deadline:
            raise RuleBroken(
                "申请的新时限须晚于现时限",
                "the requested deadline must be later than the current one",
                code="extension_not_later",
                field="deadline",
            )
        reason = required(reason, "reason", "申请延期须说明理由", "an extension request needs a reason")
        return [ExtensionRequested(by=actor.id, requested_deadline=deadline, reason=reason, on=on)]

    def report_completion(self, actor: Actor, text: str, on: date) -> Events:
        """办结报告: the lead department reports the task done, for the office to verify."""
        self._require_lead(actor, "报告办结")
        self._require_in_progress("报告办结", "report completion")
        text = required(text, "text", "办结报告不能为空", "the completion report is empty")
        return [CompletionReported(by=actor.id, text=text, on=on)]

    def report_infeasible(self, actor: Actor, reason: str, on: date) -> Events:
        """无法落实: back to the leader who decided, never quietly dropped (§3)."""
        self._require_lead(actor, "报告无法落实")
        if self.stage not in (Stage.ASSIGNED, Stage.IN_PROGRESS):
            raise OutOfTurn(
                "只有办理中的事项可以报告无法落实",
                "only a task being handled can be reported infeasible",
                code="not_in_progress",
            )
        reason = required(reason, "reason", "须说明无法落实的原因", "say why it cannot be done")
        return [InfeasibilityReported(by=actor.id, reason=reason, on=on)]

    # 交办人 whoever assigned it -------------------------------------------------------------
    def grant_extension(self, actor: Actor, on: date) -> Events:
        """同意延期: by whoever assigned the task; the requested deadline becomes the deadline."""
        self._require_decider(actor, "批准延期")
        pending = self._pending_extension()
        return [
            ExtensionGranted(by=actor.id, previous_deadline=self.deadline, deadline=pending.deadline, on=on)
        ]

    def refuse_extension(self, actor: Actor, reason: str, on: date) -> Events:
        self._require_decider(actor, "答复延期申请")
        self._pending_extension()
        reason = required(reason, "reason", "不同意延期须说明理由", "a refusal needs a reason")
        return [ExtensionRefused(by=actor.id, reason=reason, on=on)]

    def revise(self, actor: Actor, title: str, description: str, deadline: date, on: date) -> Events:
        """领导修改: the decider changes what is asked, and the lead department carries on."""
        self._require_decider(actor, "修改督办事项")
        self._require_infeasible()
        _check_new_deadline(deadline, on)
        return [
            Revised(
                by=actor.id,
                title=title.strip() or self.title,
                description=description,
                deadline=deadline,
                on=on,
            )
        ]

    def reassign(
        self,
        actor: Actor,
        lead_department: str,
        co_departments: list[str],
        deadline: date,
        on: date,
        people: list[tuple[Actor, str]],
    ) -> Events:
        """领导改派: another lead department, which signs for it afresh — so one where someone may
        (`check_someone_takes_it_on`; `people` are those of the directory who would see the task
        so re-assigned, each with their clearance)."""
        self._require_decider(actor, "改派督办事项")
        self._require_infeasible()
        check_lead_does_not_assist(lead_department, co_departments)
        check_someone_takes_it_on(lead_department, self.classification, people)
        _check_new_deadline(deadline, on)
        return [
            Reassigned(
                by=actor.id,
                lead_department=lead_department,
                co_departments=list(dict.fromkeys(co_departments)),
                deadline=deadline,
                on=on,
            )
        ]

    def withdraw(self, actor: Actor, reason: str, on: date) -> Events:
        """领导撤销: only the leader who decided may let a decision go, and says why."""
        self._require_decider(actor, "撤销督办事项")
        self._require_infeasible()
        reason = required(reason, "reason", "撤销须说明理由", "a withdrawal needs a reason")
        return [Withdrawn(by=actor.id, reason=reason, on=on)]

    # 督查室 the office's steps ------------------------------------------------------------------
    def urge(self, actor: Actor, message: str, on: date) -> Events:
        """催办: the office presses the lead department, on any task not yet done."""
        self._require_supervisor(actor, "催办")
        if self.stage.is_final or self.stage is Stage.COMPLETION_REPORTED:
            raise OutOfTurn(
                "该事项已报办结或已结束，无需催办",
                "the task is reported done or over",
                code="nothing_to_urge",
            )
        return [Urged(by=actor.id, message=message.strip() or "请抓紧办理", on=on)]

    def close(self, actor: Actor, on: date) -> Events:
        """核实办结: the office verifies the completion report; the source services are told."""
        self._require_supervisor(actor, "核实办结")
        if self.stage is not Stage.COMPLETION_REPORTED or self.completion is None:
            raise OutOfTurn(
                "须主办部门签收并报告办结后方可核实办结",
                "a task is closed only after the lead department acknowledged it and reported it done",
                code="completion_not_reported",
            )
        return [
            TaskClosed(
                task_id=self.id,
                source=self.source,
                title=self.title,
                lead_department=self.lead_department,
                co_departments=self.co_departments,
                deadline=self.deadline,
                result=self.completion.text,
                closed_on=on,
                closed_by=actor.id,
                on_time=self.completion.on <= self.deadline,
            )
        ]

    def rate(self, actor: Actor, rating: int, remark: str, on: date) -> Events:
        """质量评价: whoever assigned the task rates the verified result, once, for 结果考评 (§11)."""
        self._require_decider(actor, "评价办理质量")
        if self.stage is not Stage.CLOSED:
            raise OutOfTurn("须核实办结后方可评价", "a task is rated once it is closed", code="not_closed")
        if self.rating is not None:
            raise OutOfTurn("该事项已评价", "the task is already rated", code="already_rated")
        return [Rated(by=actor.id, rating=rating, remark=remark.strip(), on=on)]

    def reopen(self, actor: Actor, reason: str, on: date) -> Events:
        """退回重办: the completion report does not hold up; the lead department goes on."""
        self._require_supervisor(actor, "退回重办")
        if self.stage is not Stage.COMPLETION_REPORTED:
            raise OutOfTurn(
                "只有已报办结的事项可以退回重办",
                "only a task reported done can be reopened",
                code="completion_not_reported",
            )
        reason = required(reason, "reason", "退回须说明理由", "reopening needs a reason")
        return [Reopened(by=actor.id, reason=reason, on=on)]

    # 时限 the clock ------------------------------------------------------------------------
    def raise_approaching(self, deadline: date, on: date) -> Events:
        """临近提醒, if the task is still being worked on against that very deadline."""
        return [DeadlineApproaching(deadline=deadline, on=on)] if self._still_running_to(deadline) else []

    def raise_overdue(self, deadline: date, on: date) -> Events:
        return [Overdue(deadline=deadline, on=on)] if self._still_running_to(deadline) else []

    def raise_report_due(self, due_on: date, period_start: date) -> Events:
        """定期报告 reminder, unless a progress report already came in during this period."""
        if self.stage.is_final or self.stage is Stage.COMPLETION_REPORTED:
            return []
        if self.last_report_on is not None and self.last_report_on >= period_start:
            return []
        return [ReportDue(due_on=due_on, cycle=self.reporting_cycle)]

    # appliers -----------------------------------------------------------------------------
    def when_opened(self, e: TaskOpened) -> None:
        self.source, self.title, self.description = e.source, e.title, e.description
        self.lead_department, self.co_departments, self.deadline = (
            e.lead_department,
            e.co_departments,
            e.deadline,
        )
        self.priority, self.reporting_cycle, self.classification = (
            e.priority,
            e.reporting_cycle,
            e.classification,
        )
        self.assigned_by, self.opened_on = e.assigned_by, e.opened_on

    def when_acknowledged(self, e: Acknowledged) -> None:
        self.stage = Stage.IN_PROGRESS

    def when_progress_reported(self, e: ProgressReported) -> None:
        self.percent, self.last_report_on = e.percent, e.on

    def when_extension_requested(self, e: ExtensionRequested) -> None:
        self.pending_extension = PendingExtension(e.by, e.requested_deadline, e.reason)

    def when_extension_granted(self, e: ExtensionGranted) -> None:
        self.deadline, self.pending_extension = e.deadline, None

    def when_extension_refused(self, e: ExtensionRefused) -> None:
        self.pending_extension = None

    def when_urged(self, e: Urged) -> None:
        pass  # on the record; nothing about the task's state changes

    def when_completion_reported(self, e: CompletionReported) -> None:
        self.stage, self.completion, self.percent = Stage.COMPLETION_REPORTED, e, 100
        self.pending_extension = None  # moot once the work is reported done

    def when_closed(self, e: TaskClosed) -> None:
        self.stage, self.closed_on, self.on_time, self.result = Stage.CLOSED, e.closed_on, e.on_time, e.result

    def when_rated(self, e: Rated) -> None:
        self.rating = e.rating

    def when_reopened(self, e: Reopened) -> None:
        self.stage, self.completion = Stage.IN_PROGRESS, None

    def when_infeasibility_reported(self, e: InfeasibilityReported) -> None:
        self.stage, self.pending_extension = Stage.INFEASIBLE, None

    def when_revised(self, e: Revised) -> None:
        self.stage, self.title, self.description, self.deadline = (
            Stage.IN_PROGRESS,
            e.title,
            e.description,
            e.deadline,
        )

    def when_reassigned(self, e: Reassigned) -> None:
        self.stage, self.lead_department, self.co_departments = (
            Stage.ASSIGNED,
            e.lead_department,
            e.co_departments,
        )
        self.deadline, self.percent = e.deadline, 0

    def when_withdrawn(self, e: Withdrawn) -> None:
        self.stage = Stage.WITHDRAWN

    def when_deadline_approaching(self, e: DeadlineApproaching) -> None:
        pass

    def when_overdue(self, e: Overdue) -> None:
        pass

    def when_report_due(self, e: ReportDue) -> None:
        pass

    # who and when ---------------------------------------------------------------------------
    def overseen_by(self, oversight: Oversight) -> SupervisionTask:
        self.oversight = oversight
        return self

    def audience(self) -> Audience:
        """知悉范围 as the task now stands (domain/audience.py): a 改派 changes who takes part."""
        if self.oversight is None:
            raise RuntimeError(f"task {self.id} has no oversight: load it through the application")
        return self.oversight.audience_of(
            classification=self.classification,
            assigned_by=self.assigned_by,
            taking_part=[self.lead_department, *self.co_departments],
        )

    def is_decider(self, actor: Actor) -> bool:
        """Whoever assigned the task: the leader of a 批示, the chair of a meeting, the petitions
        officer; for an ad-hoc task, the office."""
        if self.source.kind == "ad_hoc" or self.assigned_by is None:
            return actor.supervises
        return actor.id == self.assigned_by

    def _require_lead(self, actor: Actor, action: str) -> None:
        if not actor.acts_for(self.lead_department):
            raise Forbidden(f"只有主办部门可以{action}", f"only the lead department may do this ({action})")
        if self.stage.is_final:
            raise OutOfTurn("该事项已结束", "the task is over", code="task_over")

    def _require_supervisor(self, actor: Actor, action: str) -> None:
        if not actor.supervises:
            raise Forbidden(
                f"只有办公室督查人员可以{action}", f"only the office's supervisors may do this ({action})"
            )

    def _require_decider(self, actor: Actor, action: str) -> None:
        if not self.is_decider(actor):
            raise Forbidden(
                f"只有交办领导可以{action}", f"only whoever assigned the task may do this ({action})"
            )

    def _require_in_progress(self, zh: str, en: str) -> None:
        if self.stage is Stage.ASSIGNED:
            raise OutOfTurn(
                f"须先签收才能{zh}", f"acknowledge the task before you {en}", code="not_acknowledged"
            )
        if self.stage is not Stage.IN_PROGRESS:
            raise OutOfTurn(
                f"该事项当前不能{zh}",
                f"the task is not being handled, so you cannot {en}",
                code="not_in_progress",
            )

    def _require_infeasible(self) -> None:
        if self.stage is not Stage.INFEASIBLE:
            raise OutOfTurn(
                "只有报告无法落实的事项由领导修改、改派或撤销",
                "only a task reported infeasible is revised, re-assigned or withdrawn",
                code="not_reported_infeasible",
            )

    def _pending_extension(self) -> PendingExtension:
        if self.pending_extension is None:
            raise OutOfTurn(
                "没有待批的延期申请", "nobody asked for an extension", code="no_extension_requested"
            )
        return self.pending_extension

    def _still_running_to(self, deadline: date) -> bool:
        return deadline == self.deadline and self.stage in (Stage.ASSIGNED, Stage.IN_PROGRESS)


def check_someone_takes_it_on(
    lead_department: str, classification: str, people: list[tuple[Actor, str]]
) -> None:
    """A task the office assigns (立项交办, 改派) goes to a lead department where someone can take it
    on — acts for it and is cleared for its 密级: only the lead department signs for a task or reports
    it infeasible, so a task nobody there may open would wait 待签收 for ever. (A task from a source —
    a 批示, a resolution, a petition — is that source's decision; the source service checks it.)"""
    if not any(
        actor.acts_for(lead_department) and Classification.parse(clearance).reaches(classification)
        for actor, clearance in people
    ):
        cleared = "" if classification == "none" else f"密级权限达到{classification}的"
        raise RuleBroken(
            f"主办部门 {lead_department} 没有{cleared}负责人或工作人员，无人能够签收办理",
            f"nobody of lead department {lead_department} may take the task on"
            + ("" if classification == "none" else f" with clearance {classification}"),
            code="lead_department_cannot_act",
            field="lead_department",
            required_clearance=classification,
        )


def check_lead_does_not_assist(lead_department: str, co_departments: list[str]) -> None:
    """A department leads a task or assists with it, not both: on opening, on 改派 and in a 调研 批示."""
    if lead_department in co_departments:
        raise RuleBroken(
            "主办部门不能同时是协办部门",
            "the lead department cannot also assist",
            code="lead_also_assists",
            field="co_departments",
        )


def _check_new_deadline(deadline: date, on: date) -> None:
    """A leader who revises or re-assigns a task sets a deadline from today on."""
    if deadline < on:
        raise RuleBroken(
            "新时限不能早于今天",
            "the new deadline cannot be in the past",
            code="deadline_in_the_past",
            field="deadline",
        )
