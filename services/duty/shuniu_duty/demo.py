"""The demo county's incidents for `make dev`, dated relative to the clock's now so that their lights
come out the same whatever the hour the demo runs:

- a 较大 fire learned of 25 minutes ago, 内部, its 电话初报 drafted and waiting for the 带班领导 (yellow);
- a 一般 traffic accident learned of three hours ago and circulated to every department, whose
  书面报告 goes up an hour late with its reason, on which 罗县长's 批示 opened a supervision task;
- a 较大 food poisoning at a school, 秘密 and 内部, reported by 教育局, whose reports went up in time
  and whose 终报 closed it.

Everything goes through the service's own command handlers, as a person's request would.
"""

from __future__ import annotations

from datetime import timedelta

from shuniu_shared.commands import Actor, execute
from shuniu_shared.runtime import ServiceRuntime

from shuniu_duty.app.incidents import (
    ApproveReport,
    DraftReport,
    IncidentStep,
    Instruct,
    ReportIncident,
    SubmitReport,
    report_incident,
    take_step,
)
from shuniu_duty.demo_information import load_information_demo
from shuniu_duty.demo_roster import load_roster_demo
from shuniu_duty.domain.events import Casualties, ReportKind
from shuniu_duty.domain.levels import IncidentLevel

OFFICER, LEADER = "li", "yang"  # 李文书 on duty, 杨副主任 the leader on call


async def load_demo(runtime: ServiceRuntime) -> None:
    now = runtime.store.clock.now()

    def actor(person: str) -> Actor:
        return Actor.of(runtime.directory.person(person))

    async def step(by: str, command: IncidentStep) -> None:
        await execute(runtime, command, take_step, actor(by))

    async def goes_up(
        incident: str, number: int, kind: ReportKind, text: str, minutes_ago: int, late_reason: str = ""
    ) -> None:
        at = now - timedelta(minutes=minutes_ago)
        await step(OFFICER, DraftReport(incident, kind, text, Casualties(), at=at - timedelta(minutes=3)))
        await step(LEADER, ApproveReport(incident, number, at=at - timedelta(minutes=1)))
        await step(OFFICER, SubmitReport(incident, number, late_reason, at=at))

    async def learned(by: str, minutes_ago: int, **facts: object) -> str:
        command = ReportIncident(learned_at=now - timedelta(minutes=minutes_ago), **facts)  # type: ignore[arg-type]
        return (await execute(runtime, command, report_incident, actor(by))).stream_id

    fire = await learned(
        OFFICER,
        25,
        title="城关镇化工厂仓库火灾",
        category="事故灾难",
        place="城关镇工业园区",
        level=IncidentLevel.LARGER,
        casualties=Casualties(injured=2),
        measures="消防救援大队已到场扑救，周边200米内群众已疏散",
        classification="none",
        internal=True,
        reporting_department=None,
        departments_involved=["agriculture"],
    )
    await step(
        OFFICER,
        DraftReport(fire, "phone", "城关镇化工厂仓库起火，2人轻伤，火势正在控制", Casualties(injured=2)),
    )

    accident = await learned(
        OFFICER,
        180,
        title="G318国道三车追尾事故",
        category="事故灾难",
        place="G318国道K1203处",
        level=IncidentLevel.GENERAL,
        casualties=Casualties(injured=1),
        measures="交警已到场，道路单向通行",
        classification="none",
        internal=False,
        reporting_department=None,
        departments_involved=[],
    )
    await goes_up(accident, 1, "written", "三车追尾，1人轻伤已送医，道路已恢复通行", 0, "现场核实伤员情况")
    await step("luo", Instruct(accident, 1, "农业农村局配合做好农资运输车辆的善后", "agriculture"))

    poisoning = await learned(
        "zhao",
        300,
        title="县第二中学学生疑似食物中毒",
        category="公共卫生事件",
        place="县第二中学食堂",
        level=IncidentLevel.LARGER,
        casualties=Casualties(injured=14),
        measures="学生已送县人民医院观察，食堂已封存留样",
        classification="秘密",
        internal=True,
        reporting_department="education",
        departments_involved=["education"],
    )
    await goes_up(poisoning, 1, "phone", "14名学生出现呕吐腹泻，已送医", 280)
    await goes_up(poisoning, 2, "written", "初步判断为食物中毒，均无生命危险", 250)
    await goes_up(poisoning, 3, "final", "学生全部出院，食堂整改完毕，处置结束", 30)
    await load_roster_demo(runtime)  # the duty week beside the incidents (demo_roster.py)
    await load_information_demo(runtime)  # the 信息稿 and 《政务信息》第1期 (demo_information.py)
