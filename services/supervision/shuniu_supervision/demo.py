"""The demo county's supervision tasks for `make dev`: a few ad-hoc tasks at every stage and colour.

Everything is done through the service's own command handlers, dated relative to the clock's today
(a task can be opened "three weeks ago"), so the lights come out the same whatever day the demo runs:
green and in progress, yellow near its deadline, red and overdue (and urged), closed on time and
closed late, one waiting to be signed for, one asking for an extension, one reported infeasible.
Then last month's 情况通报 is issued, with its 结果考评 (the task closed on time is rated by its
assigner first, so the working shows a rating line). Tasks from the other services' demo 批示,
resolutions and petitions arrive by themselves on the bus.

And two research topics (调研): 罗县长's on rural roads, its 交通局-led team planning two visits he
goes on in the coming days (so they are on his week in meetings), and 方副县长's classified one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.commands import Actor, execute
from shuniu_shared.runtime import ServiceRuntime

from shuniu_supervision.app import commands, research
from shuniu_supervision.app.bulletins import IssueBulletin, issue_bulletin
from shuniu_supervision.app.commands import OpenTask, TaskStep, open_task, take_step
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.domain.events import Priority, ReportingCycle


class _Demo:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime
        self.policy = policy_of(runtime)
        self.today = office_date(runtime.store.clock.now())

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def actor(self, person_id: str) -> Actor:
        return Actor.of(self.runtime.directory.person(person_id))

    async def open(self, by: str, on: int, task: OpenTask) -> str:
        opened = await execute(self.runtime, replace(task, on=self.day(on)), open_task, self.actor(by))
        return opened.stream_id

    async def step(self, by: str, command: TaskStep) -> None:
        # The scheduler runs meanwhile and may record a past deadline on the same task first: the
        # step is decided again on the reloaded task, as a person's would be (TaskStep.may_retry).
        await execute(self.runtime, command, take_step, self.actor(by))


def _task(
    title: str,
    lead: str,
    deadline: date,
    co: list[str] | None = None,
    *,
    priority: Priority = "normal",
    reporting_cycle: ReportingCycle = "none",
) -> OpenTask:
    return OpenTask(
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

    # green: on track, weekly reports
    green = await demo.open(
        "zhou", -7, _task("落实工会会员服务阵地建设", "union", day(30), reporting_cycle="weekly")
    )
    await demo.step("sun", commands.SignFor(green, on=day(-6)))
    await demo.step("sun", commands.ReportProgress(green, "三个乡镇服务站已挂牌", 40, on=day(-1)))
    # yellow: two working days left
    near = demo.policy.calendar.add_working_days(demo.today, 2)
    yellow = await demo.open("feng", -10, _task("全县中小学食堂食品安全检查", "education", near))
    await demo.step("zhao", commands.SignFor(yellow, on=day(-9)))
    await demo.step("zhao", commands.ReportProgress(yellow, "已检查十二所学校，余六所", 65, on=day(-1)))
    # red: overdue, and urged
    red = await demo.open(
        "zhou", -25, _task("困难职工帮扶资金拨付", "finance", day(-5), ["union"], priority="high")
    )
    await demo.step("chen", commands.SignFor(red, on=day(-24)))
    await demo.step("zhou", commands.Urge(red, "已逾期，请说明原因并于两日内办结", on=day(-2)))
    # closed on time
    done = await demo.open("yang", -30, _task("报送上半年预算执行情况", "finance", day(-10)))
    await demo.step("chen", commands.SignFor(done, on=day(-29)))
    await demo.step("chen", commands.ReportCompletion(done, "已按时报送县人大常委会", on=day(-12)))
    await demo.step("zhou", commands.Close(done, on=day(-11)))
    await demo.step("yang", commands.Rate(done, 5, "报送及时、数据准确", on=day(-11)))
    # closed late
    late = await demo.open("zhou", -40, _task("办公楼消防设施维修", "office.affairs", day(-20)))
    await demo.step("wu", commands.SignFor(late, on=day(-39)))
    await demo.step("wu", commands.ReportCompletion(late, "维修完毕，已通过消防验收", on=day(-15)))
    await demo.step("feng", commands.Close(late, on=day(-14)))
    # waiting to be signed for
    # (财政局 leads: 农业农村局 has nobody in the directory to sign for it, so it assists)
    await demo.open("zhou", 0, _task("春耕化肥储备资金摸底", "finance", day(20), ["agriculture"]))
    # an extension asked for, waiting for the office's answer
    extension = await demo.open(
        "feng", -5, _task("校车安全隐患排查整治", "education", day(6), ["office.affairs"])
    )
    await demo.step("zhao", commands.SignFor(extension, on=day(-4)))
    await demo.step(
        "zhao", commands.RequestExtension(extension, day(20), "需等待交通部门联合检查", on=day(-1))
    )
    # reported infeasible: back with the office, which assigned it
    infeasible = await demo.open("zhou", -12, _task("职工疗休养基地改建", "union", day(15)))
    await demo.step("sun", commands.SignFor(infeasible, on=day(-11)))
    await demo.step("sun", commands.ReportInfeasible(infeasible, "改建资金未列入年度预算", on=day(-3)))

    # 情况通报 of last month, with the evaluation of each lead department
    last_of_last_month = demo.today.replace(day=1) - timedelta(days=1)
    issue = IssueBulletin(last_of_last_month.replace(day=1), last_of_last_month)
    await execute(runtime, issue, issue_bulletin, demo.actor("zhou"))
    await _research(demo)


async def _research(demo: _Demo) -> None:
    def at(offset: int, hour: int) -> datetime:
        return datetime.combine(demo.day(offset), time(hour), tzinfo=OFFICE_TZ)

    async def run(by: str, command: research.ResearchStep) -> None:
        await execute(demo.runtime, command, research.research_step, demo.actor(by))

    roads = research.AssignResearch(
        "全县农村公路建设与养护情况调研", "摸清农村公路“建管养运”底数，提出改进措施", demo.day(30), "none"
    )
    topic = (await execute(demo.runtime, roads, research.assign_research, demo.actor("luo"))).stream_id
    await run("zhou", research.FormTeam(topic, "transport", ["gao", "he"]))
    await run("gao", research.PlanVisit(topic, "青石镇", at(2, 9), at(2, 12), ["gao", "he"], ["luo"]))
    await run("gao", research.PlanVisit(topic, "白水乡", at(3, 14), at(3, 17), ["gao", "he"], ["luo"]))
    secret = research.AssignResearch("重点路段安全隐患调研", "排查涉密路段安全隐患", demo.day(20), "秘密")
    hidden = (await execute(demo.runtime, secret, research.assign_research, demo.actor("fang"))).stream_id
    await run("zhou", research.FormTeam(hidden, "transport", ["gao"]))
