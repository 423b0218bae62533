"""The demo county's duty week for `make dev`, from yesterday: 杨副主任 on call, 李文书 and 唐文书 in
turn; yesterday's shift handed over today with one item still open, not yet acknowledged; and
a call logged last night that 杨副主任 was told of. Through the service's own command handlers."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.commands import Actor, execute
from shuniu_shared.runtime import ServiceRuntime

from shuniu_duty.app.roster import HandOver, PlanRoster, RecordCall, plan_roster, record_call, take_step

DIRECTOR, LEADER, OFFICERS = "feng", "yang", ["li", "tang"]


async def load_roster_demo(runtime: ServiceRuntime) -> None:
    def actor(person: str) -> Actor:
        return Actor.of(runtime.directory.person(person))

    now = runtime.store.clock.now()
    yesterday = office_date(now) - timedelta(days=1)
    plan = PlanRoster(yesterday, yesterday + timedelta(days=6), [LEADER], OFFICERS)
    roster = (await execute(runtime, plan, plan_roster, actor(DIRECTOR))).stream_id
    handover = HandOver(roster, yesterday, ["城关镇化工厂仓库火灾续报待报"])
    await execute(runtime, handover, take_step, actor(OFFICERS[0]))
    call = RecordCall(
        at=min(now, datetime.combine(yesterday, time(22, 5), OFFICE_TZ)),
        caller="张站长",
        organisation="城关镇派出所",
        said="工业园区有浓烟",
        done="已通知消防救援大队，报带班领导",
        told=[LEADER],
    )
    await execute(runtime, call, record_call, actor(OFFICERS[0]))
