"""The office's configurable numbers for duty, read once from the environment.

``SHUNIU_DUTY_OFFICE_DEPARTMENT`` (default ``office``): the department whose members see every
incident — the office is the information centre. ``SHUNIU_DUTY_PHONE_MINUTES`` (30),
``SHUNIU_DUTY_WRITTEN_MINUTES`` (60) and ``SHUNIU_DUTY_GENERAL_WRITTEN_MINUTES`` (120): the reporting
clocks from when the office learned of an incident (docs/rules.md §7's defaults; provinces set their
own); ``SHUNIU_DUTY_YELLOW_MINUTES`` (10): how long before a due time its light turns yellow.
``SHUNIU_DUTY_EXTRA_LEADERS`` (1) and ``SHUNIU_DUTY_EXTRA_OFFICERS`` (2): who is on duty on a day off
or in a sensitive period (重要时期, given as data in ``Policy.staffing``);
``SHUNIU_DUTY_HANDOVER_MINUTES`` (30): how long the incoming shift has to acknowledge a handover.

政务信息's scores (docs/rules.md §8) are read from ``SHUNIU_INFORMATION_ADOPTED`` (points per
publication, JSON: ``{"zhengwu": 1, "zhuanbao": 2}``), ``SHUNIU_INFORMATION_ADOPTED_DEFAULT`` (1),
``SHUNIU_INFORMATION_ADOPTED_ABOVE`` (3) and ``SHUNIU_INFORMATION_INSTRUCTED`` (5): the same names the
projection's information board reads, so that one setting gives both rankings the same points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic_settings import BaseSettings, SettingsConfigDict
from shuniu_shared.runtime import ServiceRuntime

from shuniu_duty.domain.incident import Oversight, ReportingLimits
from shuniu_duty.domain.information import DEFAULT_PUBLICATIONS, ScoringRules
from shuniu_duty.domain.roster import Staffing


class FromEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_DUTY_", extra="ignore")

    office_department: str = "office"
    phone_minutes: int = 30
    written_minutes: int = 60
    general_written_minutes: int = 120
    yellow_minutes: int = 10
    extra_leaders: int = 1
    extra_officers: int = 2
    handover_minutes: int = 30


class ScoringFromEnvironment(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHUNIU_INFORMATION_", extra="ignore")

    adopted: dict[str, int] = dict(ScoringRules().adopted)
    adopted_default: int = ScoringRules().adopted_default
    adopted_above: int = ScoringRules().adopted_above
    instructed: int = ScoringRules().instructed


@dataclass(frozen=True)
class Policy:
    office_department: str = "office"
    limits: ReportingLimits = field(default_factory=ReportingLimits)
    staffing: Staffing = field(default_factory=Staffing)
    # 政务信息: the office's publications (code → name, 《》 left off) and how pieces score
    publications: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_PUBLICATIONS))
    scoring: ScoringRules = field(default_factory=ScoringRules)

    @classmethod
    def from_environment(cls) -> Policy:
        values = FromEnvironment()
        return cls(
            office_department=values.office_department,
            limits=ReportingLimits(
                phone_minutes=values.phone_minutes,
                written_minutes=values.written_minutes,
                general_written_minutes=values.general_written_minutes,
                yellow_minutes=values.yellow_minutes,
            ),
            staffing=Staffing(
                extra_leaders=values.extra_leaders,
                extra_officers=values.extra_officers,
                acknowledge_minutes=values.handover_minutes,
            ),
            scoring=ScoringRules(**ScoringFromEnvironment().model_dump()),
        )

    def oversight(self, runtime: ServiceRuntime) -> Oversight:
        """Who sees every incident, and the top of the runtime's directory (domain/incident.py)."""
        departments = runtime.directory.departments.items()
        return Oversight(
            office_department=self.office_department,
            top_departments=frozenset(code for code, d in departments if d.parent is None),
        )


def policy_of(runtime: ServiceRuntime) -> Policy:
    """The policy the service was built with (`DutyDefinition.policy`)."""
    policy = getattr(runtime.definition, "policy", None)
    if not isinstance(policy, Policy):
        raise RuntimeError("the duty service's definition carries no Policy: build it with bootstrap.build")
    return policy
