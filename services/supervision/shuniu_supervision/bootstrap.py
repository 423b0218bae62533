"""Wires the supervision service once: `python -m shuniu_supervision` and the embedded gateway start it from here."""

from __future__ import annotations

from dataclasses import dataclass, field

from shuniu_shared.content import content_variables
from shuniu_shared.runtime import ServiceDefinition, Subscription
from shuniu_shared.settings import variables_of

from shuniu_supervision.api.bulletins import router as bulletins_router
from shuniu_supervision.api.research import router as research_router
from shuniu_supervision.api.tasks import router as tasks_router
from shuniu_supervision.api.views import router as views_router
from shuniu_supervision.app.deadlines import handlers as deadline_handlers
from shuniu_supervision.app.policy import FromEnvironment, Policy
from shuniu_supervision.app.sources import SOURCE_TOPICS, SOURCE_TYPES, task_sources
from shuniu_supervision.demo import load_demo
from shuniu_supervision.domain.events import registry
from shuniu_supervision.migrations import MIGRATIONS


@dataclass(frozen=True)
class SupervisionDefinition(ServiceDefinition):
    """The shared definition plus the office's numbers, which the routes read from the runtime."""

    policy: Policy = field(default_factory=Policy.from_environment)


def build(policy: Policy) -> SupervisionDefinition:
    return SupervisionDefinition(
        name="supervision",
        title="枢纽 · 督办 Supervision",
        registry=registry,
        migrations=MIGRATIONS,
        routers=[views_router, tasks_router, bulletins_router, research_router],
        # Both bound to the runtime's calendar and directory, as the routes are (policy_of).
        subscriptions=lambda runtime: [
            Subscription(
                group="supervision.task-sources",
                topics=SOURCE_TOPICS,
                handler=task_sources(policy.for_runtime(runtime)),
                types=SOURCE_TYPES,
            )
        ],
        deadlines=lambda runtime: deadline_handlers(policy.for_runtime(runtime)),
        demo=load_demo,
        settings_variables=variables_of(FromEnvironment) | content_variables("supervision"),  # report files
        policy=policy,
    )


DEFINITION = build(Policy.from_environment())
