"""情况通报 and 结果考评: the office's periodic bulletin of tasks by lead department, and each
department's score for the period (docs/rules.md §3, §11).

A bulletin tells the lights tasks had at the period's end, not today's: each task is replayed from
its own history (the event store) up to that day (`as_of`), so a task closed or extended after the
month ended still shows as it stood on the last day of the month.

The bulletin is circulated to every department (通报), so it carries no classified task by name: a
classified task is counted under its department's lights but neither its title nor its id is given,
and its lines in the evaluation say 涉密事项. The bulletin itself is therefore 非密, and its audience
is the whole directory (its top departments and all within them) and the leaders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import RuleBroken
from shuniu_shared.events import DomainEvent

from shuniu_supervision.domain.audience import LEADING_ROLES
from shuniu_supervision.domain.clockwork import Light
from shuniu_supervision.domain.events import (
    BulletinIssued,
    BulletinTask,
    DepartmentSection,
    ExtensionGranted,
    ExtensionRequested,
    InfeasibilityReported,
    Rated,
    Urged,
    Working,
)
from shuniu_supervision.domain.task import Stage, SupervisionTask, light_for

CLASSIFIED_TITLE = "涉密事项"  # how a classified task is named in a bulletin circulated to all


def happened_on(event: DomainEvent) -> date:
    """The office date an event records (every task event carries one)."""
    for name in ("on", "opened_on", "closed_on", "due_on"):
        value = getattr(event, name, None)
        if isinstance(value, date):
            return value
    raise TypeError(f"{type(event).__name__} carries no date")


def as_of(task_id: str, history: Iterable[DomainEvent], day: date) -> SupervisionTask | None:
    """The task as it stood at the end of `day`, from its events up to then (None: not yet opened)."""
    task = SupervisionTask.replay(task_id, (e for e in history if happened_on(e) <= day))
    return task if task.exists else None


@dataclass(frozen=True)
class EvaluationRules:
    """结果考评's points (configurable, app/policy.py): per task led in the period."""

    on_time: float = 10  # 按时办结
    late: float = 4  # 逾期办结
    overdue_open: float = -5  # 期末逾期未办结
    per_rating_point: float = 2  # 交办人质量评价，每分
    per_extension: float = -2  # 每次同意延期
    per_urging: float = -1  # 每次催办


@dataclass(frozen=True)
class TaskHistory:
    task_id: str
    events: list[DomainEvent]


def sections(
    histories: Iterable[TaskHistory],
    *,
    start: date,
    end: date,
    yellow_from: Callable[[date], date],
    rules: EvaluationRules,
) -> list[DepartmentSection]:
    """Each lead department's tasks as they stood on `end`, and its score for [start, end]."""
    by_department: dict[str, list[tuple[SupervisionTask, list[DomainEvent]]]] = {}
    for history in histories:
        task = as_of(history.task_id, history.events, end)
        if task is None or task.stage is Stage.WITHDRAWN:
            continue
        if task.closed_on is not None and task.closed_on < start:
            continue  # done before the period: not this period's business
        upto = [e for e in history.events if happened_on(e) <= end]
        by_department.setdefault(task.lead_department, []).append((task, upto))
    return [
        _section(department, tasks, start=start, end=end, yellow_from=yellow_from, rules=rules)
        for department, tasks in sorted(by_department.items())
    ]


def _section(
    department: str,
    tasks: list[tuple[SupervisionTask, list[DomainEvent]]],
    *,
    start: date,
    end: date,
    yellow_from: Callable[[date], date],
    rules: EvaluationRules,
) -> DepartmentSection:
    lights = {light.value: 0 for light in Light}
    named: list[BulletinTask] = []
    working: list[Working] = []
    classified = 0
    for task, events in sorted(tasks, key=lambda t: (t[0].deadline, t[0].id)):
        completed_on = task.completion.on if task.completion is not None else None
        shown = light_for(
            task.stage,
            deadline=task.deadline,
            yellow_from=yellow_from(task.deadline),
            completed_on=completed_on,
            today=end,
        )
        if shown is not None:
            lights[shown.value] += 1
        title = CLASSIFIED_TITLE if task.classification != "none" else task.title
        if task.classification != "none":
            classified += 1
        else:
            named.append(
                BulletinTask(
                    task_id=task.id,
                    title=task.title,
                    deadline=task.deadline,
                    stage=task.stage.value,
                    light=shown,
                    overdue_reasons=_reasons(events) if shown is Light.RED else [],
                )
            )
        working.extend(_working(title, task, events, shown, start=start, rules=rules))
    return DepartmentSection(
        department=department,
        lights=lights,
        tasks=named,
        classified_count=classified,
        score=sum(line.points for line in working),
        working=working,
    )


def _reasons(events: list[DomainEvent]) -> list[str]:
    reasons = []
    for e in events:
        if isinstance(e, ExtensionRequested):
            reasons.append(f"申请延期：{e.reason}")
        elif isinstance(e, InfeasibilityReported):
            reasons.append(f"无法落实：{e.reason}")
    return reasons


def _working(
    title: str,
    task: SupervisionTask,
    events: list[DomainEvent],
    shown: Light | None,
    *,
    start: date,
    rules: EvaluationRules,
) -> list[Working]:
    """The task's lines of its department's score, each naming the rule that gave the points."""
    lines = []
    if task.closed_on is not None:
        if task.on_time:
            lines.append(Working(task=title, rule="按时办结 / closed on time", points=rules.on_time))
        else:
            lines.append(Working(task=title, rule="逾期办结 / closed late", points=rules.late))
    elif shown is Light.RED and task.stage is not Stage.COMPLETION_REPORTED:
        lines.append(
            Working(
                task=title, rule="期末逾期未办结 / overdue at the period's end", points=rules.overdue_open
            )
        )
    within = [e for e in events if happened_on(e) >= start]
    for e in events:
        if isinstance(e, Rated):
            lines.append(
                Working(
                    task=title,
                    rule=f"交办人质量评价 {e.rating} 分 / the assigner's rating {e.rating}",
                    points=e.rating * rules.per_rating_point,
                )
            )
    extensions = sum(isinstance(e, ExtensionGranted) for e in within)
    if extensions:
        lines.append(
            Working(
                task=title,
                rule=f"延期 {extensions} 次 / {extensions} extension(s)",
                points=extensions * rules.per_extension,
            )
        )
    urgings = sum(isinstance(e, Urged) for e in within)
    if urgings:
        lines.append(
            Working(
                task=title,
                rule=f"被催办 {urgings} 次 / urged {urgings} time(s)",
                points=urgings * rules.per_urging,
            )
        )
    return lines


class Bulletin(Aggregate):  # 督办情况通报
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.issued: BulletinIssued | None = None

    @staticmethod
    def issue(
        bulletin_id: str,
        *,
        year: int,
        number: int,
        start: date,
        end: date,
        today: date,
        issued_by: str,
        circulated_to: list[str],
        departments: list[DepartmentSection],
    ) -> list[DomainEvent]:
        """印发: a period that is over, numbered 第N期 of the year."""
        if start > end:
            raise RuleBroken(
                "通报期间的起始日不能晚于截止日",
                "the period cannot start after it ends",
                code="period_inverted",
                field="period_start",
            )
        if end >= today:
            # Lights "at the period's end" are only known once that day is over.
            raise RuleBroken(
                "通报期间尚未结束", "the period is not over yet", code="period_not_over", field="period_end"
            )
        return [
            BulletinIssued(
                bulletin_id=bulletin_id,
                year=year,
                number=number,
                title=f"督办工作情况通报（{year}年第{number}期）",
                period_start=start,
                period_end=end,
                issued_on=today,
                issued_by=issued_by,
                circulated_to=circulated_to,
                departments=departments,
            )
        ]

    def when_issued(self, e: BulletinIssued) -> None:
        self.issued = e

    def audience(self) -> Audience:
        circulated_to = self.issued.circulated_to if self.issued is not None else []
        return Audience.of(roles=LEADING_ROLES, departments=circulated_to)
