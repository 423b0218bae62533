"""The office's configurable numbers for supervision, read once from the environment.

``SHUNIU_SUPERVISION_APPROACHING_WORKING_DAYS`` (default 3): how many working days before the
deadline the 临近提醒 comes and the light turns yellow. ``SHUNIU_SUPERVISION_DEFAULT_PERIOD_WORKING_DAYS``
(default 10): the 办理时限 a 批示 without one gets, counted from the 批示 date.
``SHUNIU_SUPERVISION_OFFICE_DEPARTMENT`` (default ``office``): the department whose members see every
task and whose supervisors run them. The working calendar is China's, extended by
``SHUNIU_CALENDAR_DIR`` like every service's, and the directory is ``SHUNIU_DIRECTORY_FILE``'s or the demo
county's, as the runtime's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.directory import DEMO, Directory
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings

SUPERVISING_ROLES = frozenset({"supervisor", "office_director"})  # 督查室, 办公室主任
LEADING_ROLES = frozenset({"leader", "principal_leader"})  # they decide, so they see every task


class _FromEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_SUPERVISION_", extra="ignore")

    approaching_working_days: int = 3
    default_period_working_days: int = 10
    office_department: str = "office"


@dataclass(frozen=True)
class Policy:
    approaching_working_days: int = 3
    default_period_working_days: int = 10
    office_department: str = "office"
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar.china, compare=False)
    # The same directory the runtime loads, for the process managers, which do not see the runtime.
    directory: Directory = field(default_factory=Directory.load, compare=False)

    @classmethod
    def from_environment(cls) -> Policy:
        numbers = _FromEnvironment()
        settings = Settings()
        return cls(
            approaching_working_days=numbers.approaching_working_days,
            default_period_working_days=numbers.default_period_working_days,
            office_department=numbers.office_department,
            calendar=WorkingCalendar.china(*filter(None, [settings.calendar_dir])),
            directory=Directory.load(settings.directory_file or DEMO),
        )


def policy_of(runtime: ServiceRuntime) -> Policy:
    """The policy the service was built with (`SupervisionDefinition.policy`), for routes and the demo."""
    policy = getattr(runtime.definition, "policy", None)
    if not isinstance(policy, Policy):
        raise RuntimeError(
            "the supervision service's definition carries no Policy: build it with bootstrap.build"
        )
    return policy
