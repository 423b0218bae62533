"""The signed-in caller as the read routes need them: who they are, their viewer, the policy and today's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import Request
from shuniu_shared.clock import office_date
from shuniu_shared.commands import Actor
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.commands import runtime_of

from shuniu_supervision.app.people import Viewer, viewer
from shuniu_supervision.app.policy import Policy, policy_of


@dataclass(frozen=True)
class Caller:
    actor: Actor
    runtime: ServiceRuntime
    policy: Policy
    viewer: Viewer
    today: date


def caller(request: Request, actor: Actor) -> Caller:
    runtime = runtime_of(request)
    policy = policy_of(runtime)
    return Caller(
        actor=actor,
        runtime=runtime,
        policy=policy,
        viewer=viewer(actor, runtime.directory, policy),
        today=office_date(runtime.store.clock.now()),
    )
