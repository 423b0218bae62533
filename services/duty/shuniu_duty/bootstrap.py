"""Wires the duty service once: `python -m shuniu_duty` and the embedded gateway start it from here."""

from __future__ import annotations

from dataclasses import dataclass, field

from shuniu_shared.runtime import ServiceDefinition
from shuniu_shared.settings import variables_of

from shuniu_duty.api.incidents import router as incidents_router
from shuniu_duty.api.information import router as information_router
from shuniu_duty.api.roster import router as roster_router
from shuniu_duty.app.policy import FromEnvironment, Policy
from shuniu_duty.app.roster import deadline_handlers
from shuniu_duty.demo import load_demo
from shuniu_duty.domain.events import registry
from shuniu_duty.migrations import MIGRATIONS


@dataclass(frozen=True)
class DutyDefinition(ServiceDefinition):
    """The shared definition plus the office's numbers, which the handlers read from the runtime."""

    policy: Policy = field(default_factory=Policy.from_environment)


def build(policy: Policy) -> DutyDefinition:
    return DutyDefinition(
        name="duty",
        title="枢纽 · 值班 Duty",
        registry=registry,
        migrations=MIGRATIONS,
        routers=[incidents_router, roster_router, information_router],
        deadlines=lambda runtime: deadline_handlers(),
        demo=load_demo,
        settings_variables=variables_of(FromEnvironment),
        policy=policy,
    )


DEFINITION = build(Policy.from_environment())
