"""The signed-in caller as the routes need them: actor for commands, viewer for reads, today's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import Request
from shuniu_shared.clock import office_date
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.auth import Principal

from shuniu_supervision.app.people import Viewer, actor, viewer
from shuniu_supervision.app.policy import Policy, policy_of
from shuniu_supervision.domain.task import Actor


@dataclass(frozen=True)
class Caller:
    principal: Principal
    runtime: ServiceRuntime
    policy: Policy
    actor: Actor
    viewer: Viewer
    today: date


def caller(request: Request, principal: Principal) -> Caller:
    runtime: ServiceRuntime = request.app.state.runtime
    policy = policy_of(runtime)
    return Caller(
        principal=principal,
        runtime=runtime,
        policy=policy,
        actor=actor(principal, runtime.directory, policy),
        viewer=viewer(principal, runtime.directory, policy),
        today=office_date(runtime.store.clock.now()),
    )
