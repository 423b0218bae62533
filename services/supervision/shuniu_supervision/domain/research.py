"""调研 (research on a topic a leader assigns, docs/rules.md §11): 课题下达 → 调研组与行程 → 实地调研
→ 调研报告（逐稿报送）→ 领导批示, whose 交办 opens a supervision task as any other 批示 does (§3).

It lives in supervision because 督查调研 is one office's work: the same 督查室 follows the research
and the tasks its 批示 opens, and the task's source links back to the topic.

Who may see a topic (its 知悉范围): nobody above their clearance; within that, the office and the
leaders (as for tasks), the leader who assigned it, the team's members, the leaders going on its
visits, and the lead department (the top of the directory, 县政府, meaning its own members only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import ClassificationName
from shuniu_shared.errors import Forbidden, NotFound, OutOfTurn, RuleBroken
from shuniu_shared.events import DomainEvent

from shuniu_supervision.domain.audience import LEADING_ROLES, Oversight
from shuniu_supervision.domain.events import (
    ReportFile,
    ResearchAssigned,
    ResearchInstructed,
    ResearchReportSubmitted,
    ResearchTeamFormed,
    VisitCancelled,
    VisitMoved,
    VisitPlanned,
    VisitRecorded,
)
from shuniu_supervision.domain.task import Actor, check_lead_does_not_assist


class ResearchStage(StrEnum):
    ASSIGNED = "assigned"  # 已下达：待组建调研组
    PLANNING = "planning"  # 调研中：调研组已组建，行程安排与实地调研
    REPORTED = "reported"  # 已报送：报告待领导批示
    INSTRUCTED = "instructed"  # 已批示


@dataclass
class Visit:  # 调研行程
    number: int
    place: str
    starts_at: datetime
    ends_at: datetime
    members: list[str]
    leaders: list[str]
    cancelled: bool = False
    findings: str | None = None  # recorded after the visit


@dataclass
class Instruction:  # 领导批示
    report_version: int
    leader: str
    instruction: str
    lead_department: str
    task_id: str
    on: date


@dataclass
class Team:  # 调研组
    lead_department: str
    members: list[str] = field(default_factory=list)


class ResearchTopic(Aggregate):  # 调研课题
    def __init__(self, id: str, oversight: Oversight | None = None) -> None:
        super().__init__(id)
        self.oversight = oversight  # given by the application: who sees every topic, the directory's top
        self.title = ""
        self.purpose = ""
        self.due_on = date.min
        self.classification: ClassificationName = "none"
        self.assigned_by = ""
        self.assigned_on = date.min
        self.team: Team | None = None
        self.visits: list[Visit] = []
        self.reports: list[ResearchReportSubmitted] = []
        self.instructions: list[Instruction] = []

    # ── decisions ──────────────────────────────────────────────────────────────────────────

    @staticmethod
    def assign(
        topic_id: str,
        by: Actor,
        *,
        title: str,
        purpose: str,
        due_on: date,
        classification: ClassificationName,
        on: date,
    ) -> list[DomainEvent]:
        """下达课题: a leader assigns the topic, with its purpose and the date the report is due."""
        if by.roles.isdisjoint(LEADING_ROLES):
            raise Forbidden("调研课题由领导下达", "a research topic is assigned by a leader")
        if due_on < on:
            raise RuleBroken(
                "完成时限不能早于今天",
                "the due date cannot be in the past",
                code="due_in_the_past",
                field="due_on",
            )
        if not by.cleared_for(classification):
            raise RuleBroken(
                "课题密级不能高于下达领导的密级权限",
                "the topic cannot be classified above the assigning leader's clearance",
                code="classification_above_clearance",
                field="classification",
            )
        return [
            ResearchAssigned(
                topic_id=topic_id,
                title=title,
                purpose=purpose,
                due_on=due_on,
                classification=classification,
                assigned_by=by.id,
                assigned_on=on,
            )
        ]

    def form_team(self, by: Actor, lead_department: str, members: list[Actor], on: date) -> list[DomainEvent]:
        """组建调研组: the office or the assigning leader names the lead department (牵头部门) and the
        members; the lead department is among them, and each is cleared for the topic's 密级."""
        self._check_open()
        if not (by.supervises or by.id == self.assigned_by):
            raise Forbidden(
                "调研组由办公室或下达课题的领导组建", "the office or the assigning leader forms the team"
            )
        if self.reports:
            raise OutOfTurn(
                "调研报告已报送，调研组不再调整",
                "the report has been submitted: the team stays as it is",
                code="report_already_submitted",
            )
        if not any(lead_department in m.departments for m in members):
            raise RuleBroken(
                "调研组须有牵头部门的成员",
                "the team needs a member of the lead department",
                code="lead_department_not_in_team",
                field="members",
            )
        for member in members:
            if not member.cleared_for(self.classification):
                raise RuleBroken(
                    f"{member.id} 的密级权限不足以参加此课题",
                    f"{member.id} is not cleared for this topic",
                    code="member_not_cleared",
                    field="members",
                    required_clearance=self.classification,
                )
        ids = sorted({m.id for m in members})
        return [ResearchTeamFormed(lead_department=lead_department, members=ids, by=by.id, on=on)]

    def plan_visit(
        self,
        by: Actor,
        *,
        place: str,
        starts_at: datetime,
        ends_at: datetime,
        members: list[str],
        leaders: list[str],
        now: datetime,
    ) -> list[DomainEvent]:
        """安排行程: where, when, which members go and which leaders lead it, ahead of the day."""
        team = self._check_team_acts(by)
        self._check_slot(starts_at, ends_at, now)
        strangers = sorted(set(members) - set(team.members))
        if strangers or not members:
            raise RuleBroken(
                "调研人员须为调研组成员" + (f"：{'、'.join(strangers)} 不是" if strangers else ""),
                "the people who go are members of the team",
                code="not_a_team_member",
                field="members",
            )
        return [
            VisitPlanned(
                **self._facts(len(self.visits) + 1, place, starts_at, ends_at, sorted(set(leaders))),
                members=sorted(set(members)),
                by=by.id,
            )
        ]

    def move_visit(
        self, by: Actor, number: int, *, place: str, starts_at: datetime, ends_at: datetime, now: datetime
    ) -> list[DomainEvent]:
        """改期: a visit still ahead moves to another time (or place); its leaders' schedules follow."""
        self._check_team_acts(by)
        visit = self._visit_ahead(number)
        self._check_slot(starts_at, ends_at, now)
        place = place or visit.place
        if (place, starts_at, ends_at) == (visit.place, visit.starts_at, visit.ends_at):
            return []
        return [VisitMoved(**self._facts(number, place, starts_at, ends_at, visit.leaders), by=by.id)]

    def cancel_visit(self, by: Actor, number: int, reason: str) -> list[DomainEvent]:
        self._check_team_acts(by)
        visit = self._visit_ahead(number)
        facts = self._facts(number, visit.place, visit.starts_at, visit.ends_at, visit.leaders)
        return [VisitCancelled(**facts, reason=reason, by=by.id)]

    def record_visit(
        self, by: Actor, number: int, findings: str, *, now: datetime, on: date
    ) -> list[DomainEvent]:
        """调研记录: what a visit found, once it has begun."""
        self._check_team_acts(by)
        visit = self._visit_ahead(number)
        if visit.starts_at > now:
            raise OutOfTurn(
                "调研尚未开始，不能记录",
                "the visit has not begun: nothing to record yet",
                code="visit_not_begun",
            )
        return [VisitRecorded(number=number, findings=findings, by=by.id, on=on)]

    def check_may_submit(self, by: Actor) -> None:
        """Whether `by` may submit a version now: a member or the office, after a visit was made."""
        self._check_team_acts(by)
        if not any(v.findings is not None for v in self.visits):
            raise OutOfTurn(
                "尚无实地调研记录，不能报送调研报告",
                "no visit has been recorded yet: research comes before the report",
                code="no_visit_recorded",
            )

    def submit_report(self, by: Actor, file: ReportFile, note: str, on: date) -> list[DomainEvent]:
        """报送调研报告: a new version (第N稿)."""
        self.check_may_submit(by)
        return [ResearchReportSubmitted(version=len(self.reports) + 1, file=file, note=note, by=by.id, on=on)]

    def instruct(
        self,
        by: Actor,
        *,
        report_version: int,
        instruction: str,
        lead_department: str,
        co_departments: list[str],
        deadline: date | None,
        on: date,
    ) -> list[DomainEvent]:
        """领导批示 on the latest version of the report: what it assigns becomes a supervision task
        (one per topic, version, day and lead department: the same 批示 twice opens nothing new)."""
        if by.roles.isdisjoint(LEADING_ROLES):
            raise Forbidden("调研报告由领导批示", "a leader gives the 批示 on the report")
        if not self.reports:
            raise OutOfTurn("调研报告尚未报送", "no report has been submitted", code="no_report")
        if report_version != len(self.reports):
            raise OutOfTurn(
                f"请在最新的第{len(self.reports)}稿上批示",
                f"the 批示 goes on the latest version, {len(self.reports)}",
                code="not_the_latest_version",
                field="report_version",
            )
        check_lead_does_not_assist(lead_department, co_departments)
        if deadline is not None and deadline < on:
            raise RuleBroken(
                "办理时限不能早于今天",
                "the deadline cannot be in the past",
                code="deadline_in_the_past",
                field="deadline",
            )
        task_id = f"research:{self.id.removeprefix('research:')}:{report_version}:{on}:{lead_department}"
        if any(i.task_id == task_id for i in self.instructions):
            raise OutOfTurn(
                "今天已就此稿批示交办该部门",
                "this version was already instructed to that department today",
                code="already_instructed",
            )
        return [
            ResearchInstructed(
                report_version=report_version,
                title=self.title,
                instruction=instruction,
                leader=by.id,
                lead_department=lead_department,
                co_departments=co_departments,
                deadline=deadline,
                classification=self.classification,
                instructed_on=on,
                task_id=task_id,
            )
        ]

    # ── state ───────────────────────────────────────────────────────────────────────────────

    def when_assigned(self, e: ResearchAssigned) -> None:
        self.title, self.purpose, self.due_on = e.title, e.purpose, e.due_on
        self.classification, self.assigned_by, self.assigned_on = (
            e.classification,
            e.assigned_by,
            e.assigned_on,
        )

    def when_team_formed(self, e: ResearchTeamFormed) -> None:
        self.team = Team(e.lead_department, list(e.members))

    def when_visit_planned(self, e: VisitPlanned) -> None:
        self.visits.append(Visit(e.number, e.place, e.starts_at, e.ends_at, list(e.members), list(e.leaders)))

    def when_visit_moved(self, e: VisitMoved) -> None:
        visit = self.visits[e.number - 1]
        visit.place, visit.starts_at, visit.ends_at = e.place, e.starts_at, e.ends_at

    def when_visit_cancelled(self, e: VisitCancelled) -> None:
        self.visits[e.number - 1].cancelled = True

    def when_visit_recorded(self, e: VisitRecorded) -> None:
        self.visits[e.number - 1].findings = e.findings

    def when_report_submitted(self, e: ResearchReportSubmitted) -> None:
        self.reports.append(e)

    def when_instructed(self, e: ResearchInstructed) -> None:
        self.instructions.append(
            Instruction(
                e.report_version, e.leader, e.instruction, e.lead_department, e.task_id, e.instructed_on
            )
        )

    @property
    def stage(self) -> ResearchStage:
        if self.instructions:
            return ResearchStage.INSTRUCTED
        if self.reports:
            return ResearchStage.REPORTED
        return ResearchStage.PLANNING if self.team else ResearchStage.ASSIGNED

    def overseen_by(self, oversight: Oversight) -> ResearchTopic:
        self.oversight = oversight
        return self

    def audience(self) -> Audience:
        assert self.oversight is not None, "the application gives the topic its oversight"
        team = self.team
        return self.oversight.audience_of(
            classification=self.classification,
            assigned_by=self.assigned_by,
            taking_part=[team.lead_department] if team else [],
            people=[*(team.members if team else []), *(p for v in self.visits for p in v.leaders)],
        )

    def report(self, version: int) -> ResearchReportSubmitted:
        if not 1 <= version <= len(self.reports):
            raise NotFound(
                f"调研报告没有第{version}稿", f"the report has no version {version}", code="report_not_found"
            )
        return self.reports[version - 1]

    # ── checks ──────────────────────────────────────────────────────────────────────────────

    def _check_open(self) -> None:
        if self.instructions:
            raise OutOfTurn(
                "调研报告已批示，课题已结束",
                "the report was instructed: the topic is done",
                code="topic_done",
            )

    def _check_team_acts(self, by: Actor) -> Team:
        """The team's members and the office take the research's steps, once the team is formed."""
        self._check_open()
        if self.team is None:
            raise OutOfTurn("尚未组建调研组", "the team has not been formed yet", code="no_team")
        if not (by.supervises or by.id in self.team.members):
            raise Forbidden("由调研组成员或办公室办理", "the team's members or the office take this step")
        return self.team

    @staticmethod
    def _check_slot(starts_at: datetime, ends_at: datetime, now: datetime) -> None:
        if ends_at <= starts_at:
            raise RuleBroken(
                "结束时间须晚于开始时间",
                "a visit ends after it starts",
                code="slot_inverted",
                field="ends_at",
            )
        if starts_at <= now:
            raise RuleBroken(
                "调研行程须安排在今后",
                "a visit is planned ahead of time",
                code="visit_in_the_past",
                field="starts_at",
            )

    def _visit_ahead(self, number: int) -> Visit:
        """A visit neither cancelled nor recorded yet."""
        if not 1 <= number <= len(self.visits):
            raise NotFound(f"没有第{number}次调研行程", f"there is no visit {number}", code="visit_not_found")
        visit = self.visits[number - 1]
        if visit.cancelled or visit.findings is not None:
            raise OutOfTurn(
                "该行程已取消或已记录", "the visit was cancelled or has been recorded", code="visit_closed"
            )
        return visit

    def _facts(
        self, number: int, place: str, starts_at: datetime, ends_at: datetime, leaders: list[str]
    ) -> dict[str, Any]:
        return {
            "topic_id": self.id,
            "topic_title": self.title,
            "number": number,
            "place": place,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "leaders": leaders,
            "classification": self.classification,
        }
