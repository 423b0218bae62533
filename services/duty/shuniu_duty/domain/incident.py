"""突发事件信息报送 — an incident reported up within its clocks (docs/rules.md §7).

The clocks run from the moment the office learned of the incident (`learned_at`): for 较大 and above
a 电话初报 within 30 minutes and a 书面报告 within an hour; for 一般 a 书面报告 within two hours
(the defaults; `ReportingLimits` holds the office's own). 续报 follow as the situation develops; the
终报 closes the incident. Every report is drafted, then approved by the 带班领导, and only then goes
up; one that goes up after its due time is recorded as 迟报 with the minutes late and the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import office_date
from shuniu_shared.errors import Forbidden, InvalidInput, OutOfTurn, required
from shuniu_shared.events import DomainEvent

from shuniu_duty.domain.events import (
    Casualties,
    IncidentClosed,
    IncidentInstructed,
    IncidentReported,
    ReportApproved,
    ReportDrafted,
    ReportKind,
    ReportSubmitted,
)
from shuniu_duty.domain.levels import IncidentLevel

Events = list[DomainEvent]
DUTY_LEADER = "duty_leader"  # 带班领导: approves every report before it goes up
DUTY_OFFICER = "duty_officer"  # 值班员: drafts and sends the reports
LEADING_ROLES = frozenset({"leader", "principal_leader", DUTY_LEADER})
INSTRUCTING_ROLES = frozenset({"leader", "principal_leader"})  # 领导批示: the county's leaders
KIND_NAMES = {"phone": "电话初报", "written": "书面报告", "follow_up": "续报", "final": "终报"}


@dataclass(frozen=True)
class ReportingLimits:
    """The reporting clocks, in minutes from `learned_at` (docs/rules.md §7's defaults; provinces set
    their own). `yellow_minutes` before a due time the clock lights yellow."""

    phone_minutes: int = 30  # 电话初报, 较大 and above
    written_minutes: int = 60  # 书面报告, 较大 and above
    general_written_minutes: int = 120  # 书面报告, 一般
    yellow_minutes: int = 10

    def phone_due(self, level: IncidentLevel, learned_at: datetime) -> datetime | None:
        if level < IncidentLevel.LARGER:
            return None  # a 一般 incident is reported in writing only
        return learned_at + timedelta(minutes=self.phone_minutes)

    def written_due(self, level: IncidentLevel, learned_at: datetime) -> datetime:
        minutes = self.written_minutes if level >= IncidentLevel.LARGER else self.general_written_minutes
        return learned_at + timedelta(minutes=minutes)


class Light(StrEnum):  # 亮灯, as supervision's
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True)
class Actor:
    """Someone acting on an incident: who, their departments and their roles."""

    id: str
    departments: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()


class Stage(StrEnum):
    OPEN = "open"  # 处置中
    CLOSED = "closed"  # 已终报


class ReportStage(StrEnum):
    DRAFTED = "drafted"  # 待带班领导审核
    APPROVED = "approved"  # 已审核，待报送
    SUBMITTED = "submitted"  # 已报送


@dataclass
class Report:
    number: int
    kind: ReportKind
    text: str
    casualties: Casualties
    stage: ReportStage = ReportStage.DRAFTED
    approved_by: str | None = None
    submitted_at: datetime | None = None
    minutes_late: int | None = None
    late_reason: str | None = None


@dataclass(frozen=True)
class Oversight:
    """Who sees every incident besides those involved: the office department (configurable) — the
    office is the information centre every report passes through — and the top of the directory.

    A department named in an incident brings along the sections within it, except the top (县政府):
    naming it means its own members, the county leaders, not every bureau under it. An incident not
    marked 内部 is circulated to the whole organisation, which is the top with everything under it."""

    office_department: str
    top_departments: frozenset[str] = frozenset()


def minutes_late(due: datetime | None, at: datetime) -> int | None:
    """Whole minutes past the due time, counting a started minute; None when in time or unclocked."""
    if due is None or at <= due:
        return None
    return -(-(at - due) // timedelta(minutes=1))


def light_of(
    closed: bool, clocks: Iterable[tuple[datetime | None, bool]], now: datetime, yellow_minutes: int
) -> Light | None:
    """亮灯: the light of the earliest clock still running (its due time, and whether its report went
    up) — red once past due, yellow in its last minutes; a closed incident, or one with every clocked
    report up, has none. The incident's own and its listed row's (adapters/rows.py)."""
    running = [due for due, went_up in clocks if due is not None and not went_up]
    if closed or not running:
        return None
    due = min(running)
    if now > due:
        return Light.RED
    if now >= due - timedelta(minutes=yellow_minutes):
        return Light.YELLOW
    return Light.GREEN


class Incident(Aggregate):  # 突发事件
    def __init__(self, id: str, oversight: Oversight | None = None) -> None:
        super().__init__(id)
        self.oversight = oversight
        self.stage = Stage.OPEN
        self.title = self.category = self.place = self.measures = ""
        self.level = IncidentLevel.GENERAL
        self.casualties = Casualties()
        self.classification: ClassificationName = "none"
        self.internal = True
        self.reporting_department: str | None = None
        self.departments_involved: list[str] = []
        self.reported_by = ""
        self.learned_at = datetime.min
        self.phone_due: datetime | None = None
        self.written_due = datetime.min
        self.reports: dict[int, Report] = {}
        self.instructions: list[IncidentInstructed] = []
        self.closed_at: datetime | None = None

    # 接报 -----------------------------------------------------------------------------------
    @staticmethod
    def report(
        incident_id: str,
        *,
        title: str,
        category: str,
        place: str,
        level: IncidentLevel,
        casualties: Casualties,
        measures: str,
        classification: ClassificationName,
        reporting_department: str | None,
        departments_involved: Iterable[str],
        reported_by: str,
        learned_at: datetime,
        now: datetime,
        limits: ReportingLimits,
        internal: bool = True,
    ) -> Events:
        if learned_at.tzinfo is None:
            raise InvalidInput(
                "获悉时间须带时区", "learned_at needs a time zone", code="naive_time", field="learned_at"
            )
        learned_at = learned_at.astimezone(UTC)  # instants travel in UTC (docs/contracts.md)
        if learned_at > now:
            raise InvalidInput(
                "获悉时间不能晚于现在",
                "the office cannot have learned of it in the future",
                code="learned_in_the_future",
                field="learned_at",
            )
        return [
            IncidentReported(
                incident_id=incident_id,
                title=required(title, "title", "突发事件须有标题", "an incident needs a title"),
                category=required(category, "category", "须写明事件类别", "the category is missing"),
                place=required(place, "place", "须写明事发地点", "the place is missing"),
                level=level,
                casualties=casualties,
                measures=measures.strip(),
                classification=classification,
                internal=internal,
                reporting_department=reporting_department,
                departments_involved=list(dict.fromkeys(departments_involved)),
                reported_by=reported_by,
                learned_at=learned_at,
                phone_due=limits.phone_due(level, learned_at),
                written_due=limits.written_due(level, learned_at),
            )
        ]

    # 报告 draft → approve → submit ------------------------------------------------------------
    def draft(
        self, actor: Actor, kind: ReportKind, text: str, casualties: Casualties, at: datetime
    ) -> Events:
        """拟稿: the duty officer writes a report of the given kind."""
        self._require_role(actor, DUTY_OFFICER, "起草报告", "draft a report")
        self._require_open()
        if kind == "phone" and self.phone_due is None:
            raise InvalidInput(
                "一般突发事件无需电话初报，请直接书面报告",
                "a 一般 incident is reported in writing, with no phone report",
                code="no_phone_report",
                field="kind",
            )
        if kind in ("phone", "written") and any(r.kind == kind for r in self.reports.values()):
            raise OutOfTurn(
                f"{KIND_NAMES[kind]}已起草，后续情况请续报",
                f"the {kind} report is already drafted; later news goes in a follow-up",
                code="report_already_drafted",
                field="kind",
            )
        if kind in ("follow_up", "final") and not self._went_up("written"):
            raise OutOfTurn(
                f"书面报告报送后方可{KIND_NAMES[kind]}",
                "follow-up and final reports come after the written report has gone up",
                code="written_report_first",
                field="kind",
            )
        text = required(text, "text", "报告内容不能为空", "the report is empty")
        return [
            ReportDrafted(
                number=len(self.reports) + 1,
                kind=kind,
                text=text,
                casualties=casualties,
                drafted_by=actor.id,
                drafted_at=at,
            )
        ]

    def approve(self, actor: Actor, number: int, at: datetime) -> Events:
        """审核: only the 带班领导 lets a report go up."""
        self._require_role(actor, DUTY_LEADER, "审核报告", "approve a report")
        report = self._report(number)
        if report.stage is not ReportStage.DRAFTED:
            raise OutOfTurn("该报告不在待审核状态", "the report is not awaiting approval", code="not_drafted")
        return [
            ReportApproved(
                number=number,
                by=actor.id,
                at=at,
                title=self.title,
                level=self.level,
                classification=self.classification,
            )
        ]

    def submit(self, actor: Actor, number: int, at: datetime, late_reason: str = "") -> Events:
        """报送: an approved report goes up; after its due time, only with the reason it is late."""
        self._require_role(actor, DUTY_OFFICER, "报送报告", "submit a report")
        report = self._report(number)
        if report.stage is ReportStage.DRAFTED:
            raise OutOfTurn(
                "报告须经带班领导审核后方可报送",
                "the leader on call must approve the report before it goes up",
                code="approval_required",
            )
        if report.stage is ReportStage.SUBMITTED:
            raise OutOfTurn("该报告已报送", "the report has already gone up", code="already_submitted")
        due = self.due_of(report.kind)
        late = minutes_late(due, at)
        reason = None
        if late is not None:
            reason = required(
                late_reason,
                "late_reason",
                f"{KIND_NAMES[report.kind]}已超时 {late} 分钟，须说明迟报原因",
                f"the report is {late} minutes late: give the reason",
            )
        events: Events = [
            ReportSubmitted(
                number=number,
                kind=report.kind,
                by=actor.id,
                at=at,
                due=due,
                minutes_late=late,
                late_reason=reason,
            )
        ]
        if report.kind == "final":
            events.append(IncidentClosed(at=at))
        return events

    # 领导批示 --------------------------------------------------------------------------------
    def instruct(
        self,
        actor: Actor,
        number: int,
        *,
        instruction: str,
        lead_department: str,
        co_departments: Iterable[str],
        deadline: date | None,
        at: datetime,
    ) -> Events:
        """批示: a leader writes on a report that went up, naming who carries it out; the task that
        follows is supervision's (one per report, day and lead department)."""
        if actor.roles.isdisjoint(INSTRUCTING_ROLES):
            raise Forbidden("只有领导可以作出批示", "only a leader may instruct on a report")
        report = self._report(number)
        if report.stage is not ReportStage.SUBMITTED:
            raise OutOfTurn(
                "报告上报后方可批示", "a report is instructed on once it has gone up", code="not_submitted"
            )
        on = office_date(at)
        if deadline is not None and deadline < on:
            raise InvalidInput(
                "办理时限不能早于批示日期", "the deadline is before the instruction", field="deadline"
            )
        co = [d for d in dict.fromkeys(co_departments) if d != lead_department]
        return [
            IncidentInstructed(
                incident_id=self.id,
                number=number,
                title=self.title,
                classification=self.classification,
                instruction=required(
                    instruction, "instruction", "批示内容不能为空", "the instruction is empty"
                ),
                leader=actor.id,
                lead_department=lead_department,
                co_departments=co,
                deadline=deadline,
                instructed_on=on,
                instructed_at=at,
            )
        ]

    # 亮灯 ------------------------------------------------------------------------------------
    def due_of(self, kind: ReportKind) -> datetime | None:
        return {"phone": self.phone_due, "written": self.written_due}.get(kind)

    def light(self, now: datetime, limits: ReportingLimits) -> Light | None:
        clocked: tuple[ReportKind, ...] = ("phone", "written")
        clocks = [(self.due_of(kind), self._went_up(kind)) for kind in clocked]
        return light_of(self.stage is Stage.CLOSED, clocks, now, limits.yellow_minutes)

    def audience(self) -> Audience | None:
        """知悉范围: the office, the leaders and the duty staff, whoever reported it, the departments
        involved and those a leader's 批示 names; marked 内部, nobody else (need to know); unmarked,
        the whole organisation as well. Never above the 密级."""
        oversight = self.oversight or Oversight(office_department="")
        named = [
            self.reporting_department,
            *self.departments_involved,
            *(d for i in self.instructions for d in (i.lead_department, *i.co_departments)),
        ]
        top = oversight.top_departments
        return Audience.of(
            classification=self.classification,
            people=[self.reported_by],
            roles=LEADING_ROLES | {DUTY_OFFICER},
            members_of=[d for d in named if d in top],
            departments=[
                oversight.office_department,
                *(d for d in named if d not in top),
                *(() if self.internal else top),
            ],
        )

    # rules shared by the commands -----------------------------------------------------------
    def _require_role(self, actor: Actor, role: str, zh: str, en: str) -> None:
        if role not in actor.roles:
            who = "带班领导" if role == DUTY_LEADER else "值班员"
            raise Forbidden(f"只有{who}可以{zh}", f"only the {role.replace('_', ' ')} may {en}")

    def _require_open(self) -> None:
        if self.stage is Stage.CLOSED:
            raise OutOfTurn("该事件已终报办结", "the incident is closed by its final report", code="closed")

    def _report(self, number: int) -> Report:
        if number not in self.reports:
            raise InvalidInput(f"没有第 {number} 份报告", f"there is no report {number}", field="number")
        return self.reports[number]

    def _went_up(self, kind: ReportKind) -> bool:
        return any(r.kind == kind and r.stage is ReportStage.SUBMITTED for r in self.reports.values())

    # state ----------------------------------------------------------------------------------
    def when_reported(self, event: IncidentReported) -> None:
        self.title, self.category, self.place = event.title, event.category, event.place
        self.level, self.casualties, self.measures = event.level, event.casualties, event.measures
        self.classification, self.internal = event.classification, event.internal
        self.reporting_department = event.reporting_department
        self.departments_involved = list(event.departments_involved)
        self.reported_by, self.learned_at = event.reported_by, event.learned_at
        self.phone_due, self.written_due = event.phone_due, event.written_due

    def when_drafted(self, event: ReportDrafted) -> None:
        self.reports[event.number] = Report(event.number, event.kind, event.text, event.casualties)

    def when_approved(self, event: ReportApproved) -> None:
        report = self.reports[event.number]
        report.stage, report.approved_by = ReportStage.APPROVED, event.by

    def when_submitted(self, event: ReportSubmitted) -> None:
        report = self.reports[event.number]
        report.stage, report.submitted_at = ReportStage.SUBMITTED, event.at
        report.minutes_late, report.late_reason = event.minutes_late, event.late_reason
        self.casualties = report.casualties  # the latest report that went up is what is known

    def when_instructed(self, event: IncidentInstructed) -> None:
        self.instructions.append(event)

    def when_closed(self, event: IncidentClosed) -> None:
        self.stage, self.closed_at = Stage.CLOSED, event.at
