"""The demo county's supervision tasks for `make dev`: a few ad-hoc tasks at every stage and colour.

Everything is done through the service's own command handlers, dated relative to the clock's today
(a task can be opened "three weeks ago"), so the lights come out the same whatever day the demo runs:
green and in progress, yellow near its deadline, red and overdue (and urged), closed on time and
closed late, one waiting to be signed for, one asking for an extension, one reported infeasible.
Tasks from the other services' demo 批示, resolutions and petitions arrive by themselves on the bus.
"""

from __future__ import annotations

from datetime import date, timedelta

from shuniu_shared.clock import office_date
from shuniu_shared.errors import ConcurrencyError
from shuniu_shared.eventstore import EventContext
from shuniu_shared.runtime import ServiceRuntime

from shuniu_supervision.app.commands import AdHocTask, Decision, act_on_task, open_ad_hoc_task
from shuniu_supervision.app.people import Viewer, person_as_actor
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.domain.events import Priority, ReportingCycle
from shuniu_supervision.domain.task import Actor

EVERYONE = Viewer(person="demo", departments=frozenset(), sees_all=True, clearance_rank=3)


class _Demo:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime
        self.policy = policy_of(runtime)
        self.today = office_date(runtime.store.clock.now())

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    async def open(self, by: str, on: int, task: AdHocTask) -> str:
        async with self.runtime.store.unit_of_work(EventContext(actor=by)) as uow:
            opened, _ = await open_ad_hoc_task(
                uow, task, by=self.actor(by), on=self.day(on), policy=self.policy
            )
        return opened.id

    async def step(self, task_id: str, by: str, decide: Decision) -> None:
        # The scheduler runs meanwhile and may record a past deadline on the same task first: a
        # person would reload and try again on a 409, so does the demo.
        for attempt in range(5):
            try:
                async with self.runtime.store.unit_of_work(EventContext(actor=by)) as uow:
                    await act_on_task(uow, task_id, decide, viewer=EVERYONE, policy=self.policy)
                return
            except ConcurrencyError:
                if attempt == 4:
                    raise

    def actor(self, person_id: str) -> Actor:
        return person_as_actor(person_id, self.runtime.directory, self.policy)


def _task(
    title: str,
    lead: str,
    deadline: date,
    co: list[str] | None = None,
    *,
    priority: Priority = "normal",
    reporting_cycle: ReportingCycle = "none",
) -> AdHocTask:
    return AdHocTask(
        title=title,
        description="",
        lead_department=lead,
        co_departments=co or [],
        deadline=deadline,
        priority=priority,
        reporting_cycle=reporting_cycle,
        classification="none",
    )


async def load_demo(runtime: ServiceRuntime) -> None:
    demo = _Demo(runtime)
    day = demo.day
    zhou, feng = demo.actor("zhou"), demo.actor("feng")
    chen, zhao, sun, wu = (demo.actor(p) for p in ("chen", "zhao", "sun", "wu"))

    # green: on track, weekly reports
    green = await demo.open(
        "zhou", -7, _task("落实工会会员服务阵地建设", "union", day(30), reporting_cycle="weekly")
    )
    await demo.step(green, "sun", lambda t: t.acknowledge(sun, day(-6)))
    await demo.step(green, "sun", lambda t: t.report_progress(sun, "三个乡镇服务站已挂牌", 40, day(-1)))
    # yellow: two working days left
    near = demo.policy.calendar.add_working_days(demo.today, 2)
    yellow = await demo.open("feng", -10, _task("全县中小学食堂食品安全检查", "education", near))
    await demo.step(yellow, "zhao", lambda t: t.acknowledge(zhao, day(-9)))
    await demo.step(
        yellow, "zhao", lambda t: t.report_progress(zhao, "已检查十二所学校，余六所", 65, day(-1))
    )
    # red: overdue, and urged
    red = await demo.open(
        "zhou", -25, _task("困难职工帮扶资金拨付", "finance", day(-5), ["union"], priority="high")
    )
    await demo.step(red, "chen", lambda t: t.acknowledge(chen, day(-24)))
    await demo.step(red, "zhou", lambda t: t.urge(zhou, "已逾期，请说明原因并于两日内办结", day(-2)))
    # closed on time
    done = await demo.open("yang", -30, _task("报送上半年预算执行情况", "finance", day(-10)))
    await demo.step(done, "chen", lambda t: t.acknowledge(chen, day(-29)))
    await demo.step(done, "chen", lambda t: t.report_completion(chen, "已按时报送县人大常委会", day(-12)))
    await demo.step(done, "zhou", lambda t: t.close(zhou, day(-11)))
    # closed late
    late = await demo.open("zhou", -40, _task("办公楼消防设施维修", "office.affairs", day(-20)))
    await demo.step(late, "wu", lambda t: t.acknowledge(wu, day(-39)))
    await demo.step(late, "wu", lambda t: t.report_completion(wu, "维修完毕，已通过消防验收", day(-15)))
    await demo.step(late, "feng", lambda t: t.close(feng, day(-14)))
    # waiting to be signed for
    # (财政局 leads: 农业农村局 has nobody in the directory to sign for it, so it assists)
    await demo.open("zhou", 0, _task("春耕化肥储备资金摸底", "finance", day(20), ["agriculture"]))
    # an extension asked for, waiting for the office's answer
    extension = await demo.open(
        "feng", -5, _task("校车安全隐患排查整治", "education", day(6), ["office.affairs"])
    )
    await demo.step(extension, "zhao", lambda t: t.acknowledge(zhao, day(-4)))
    await demo.step(
        extension, "zhao", lambda t: t.request_extension(zhao, day(20), "需等待交通部门联合检查", day(-1))
    )
    # reported infeasible: back with the office, which assigned it
    infeasible = await demo.open("zhou", -12, _task("职工疗休养基地改建", "union", day(15)))
    await demo.step(infeasible, "sun", lambda t: t.acknowledge(sun, day(-11)))
    await demo.step(infeasible, "sun", lambda t: t.report_infeasible(sun, "改建资金未列入年度预算", day(-3)))
