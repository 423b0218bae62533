"""The office's configurable numbers for supervision, read once from the environment.

``SHUNIU_SUPERVISION_APPROACHING_WORKING_DAYS`` (default 3): how many working days before the
deadline the 临近提醒 comes and the light turns yellow. ``SHUNIU_SUPERVISION_DEFAULT_PERIOD_WORKING_DAYS``
(default 10): the 办理时限 a 批示 without one gets, counted from the 批示 date.
``SHUNIU_SUPERVISION_OFFICE_DEPARTMENT`` (default ``office``): the department whose members see every
task and whose supervisors run them. ``SHUNIU_SUPERVISION_EVALUATION_*`` (ON_TIME 10, LATE 4,
OVERDUE_OPEN -5, PER_RATING_POINT 2, PER_EXTENSION -2, PER_URGING -1): the points of 结果考评.
The working calendar and the directory are the runtime's own
(``SHUNIU_CALENDAR_DIR``, ``SHUNIU_DIRECTORY_FILE``, like every service's): a policy is bound to the
runtime it serves (`Policy.for_runtime`, `policy_of`), so routes, process managers and deadline
handlers all count working days and check names against the same data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.directory import Directory
from shuniu_shared.runtime import ServiceRuntime

from shuniu_supervision.domain.audience import Oversight
from shuniu_supervision.domain.bulletin import EvaluationRules

SUPERVISING_ROLES = frozenset({"supervisor", "office_director"})  # 督查室, 办公室主任


class FromEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_SUPERVISION_", extra="ignore")

    approaching_working_days: int = 3
    default_period_working_days: int = 10
    office_department: str = "office"
    # 结果考评's points (domain/bulletin.py, EvaluationRules)
    evaluation_on_time: float = 10
    evaluation_late: float = 4
    evaluation_overdue_open: float = -5
    evaluation_per_rating_point: float = 2
    evaluation_per_extension: float = -2
    evaluation_per_urging: float = -1


@dataclass(frozen=True)
class Policy:
    approaching_working_days: int = 3
    default_period_working_days: int = 10
    office_department: str = "office"
    evaluation: EvaluationRules = field(default_factory=EvaluationRules)
    # The runtime's calendar and directory, given by `for_runtime`; a policy not yet bound has none.
    runtime_calendar: WorkingCalendar | None = field(default=None, compare=False, repr=False)
    runtime_directory: Directory | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_environment(cls) -> Policy:
        settings = FromEnvironment().model_dump()
        points = {
            k.removeprefix("evaluation_"): settings.pop(k)
            for k in list(settings)
            if k.startswith("evaluation_")
        }
        return cls(**settings, evaluation=EvaluationRules(**points))

    def for_runtime(self, runtime: ServiceRuntime) -> Policy:
        """These numbers, with the working calendar and the directory the runtime loaded."""
        return replace(self, runtime_calendar=runtime.calendar, runtime_directory=runtime.directory)

    @property
    def calendar(self) -> WorkingCalendar:
        if self.runtime_calendar is None:
            raise RuntimeError("the policy is not bound to a runtime: use Policy.for_runtime or policy_of")
        return self.runtime_calendar

    @property
    def directory(self) -> Directory:
        if self.runtime_directory is None:
            raise RuntimeError("the policy is not bound to a runtime: use Policy.for_runtime or policy_of")
        return self.runtime_directory

    @property
    def oversight(self) -> Oversight:
        """Who sees every task, and the top of the runtime's directory (domain/audience.py)."""
        return Oversight(
            office_department=self.office_department,
            top_departments=frozenset(
                code for code, department in self.directory.departments.items() if department.parent is None
            ),
        )


def policy_of(runtime: ServiceRuntime) -> Policy:
    """The policy the service was built with (`SupervisionDefinition.policy`), bound to the runtime."""
    policy = getattr(runtime.definition, "policy", None)
    if not isinstance(policy, Policy):
        raise RuntimeError(
            "the supervision service's definition carries no Policy: build it with bootstrap.build"
        )
    return policy.for_runtime(runtime)
