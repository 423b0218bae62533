"""The demo county's 政务信息 for `make dev` (docs/rules.md §8), from this morning's pieces to this
afternoon's 批示, dated hours before the clock's now:

- 县财政局's piece on 直达资金, tightened by 沈秘书 into a second version, printed in 《政务信息》第1期,
  reported up to the city and adopted there;
- 县教育局's piece on 课后服务, in the same issue, on which 方副县长 wrote a 批示;
- 县总工会's piece on 送温暖, edited by 谢编辑 and still waiting for an issue.

So the ranking has its three kinds of points, and each department sees its own pieces only.
Everything goes through the service's own command handlers, as a person's request would.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypeVar

from shuniu_shared.commands import Actor, Command, Handler, execute
from shuniu_shared.runtime import ServiceRuntime

from shuniu_duty.app.information import (
    EditPiece,
    PublishIssue,
    RecordAdoptedAbove,
    RecordInstruction,
    ReportUp,
    SubmitPiece,
    publish_issue,
    submit_piece,
    take_step,
)

EDITOR, SECOND_EDITOR = "shen", "xie"  # 沈秘书 and 谢编辑 of the 信息科
C = TypeVar("C", bound=Command)


async def load_information_demo(runtime: ServiceRuntime) -> None:
    now = runtime.store.clock.now()

    def hours_ago(hours: float) -> datetime:
        return now - timedelta(hours=hours)

    async def run(by: str, command: C, handler: Handler[C]) -> str:
        written = await execute(runtime, command, handler, Actor.of(runtime.directory.person(by)))
        return written.stream_id

    async def submitted(by: str, title: str, text: str, hours: float) -> str:
        return await run(by, SubmitPiece(title, text, "none", at=hours_ago(hours)), submit_piece)

    finance = await submitted(
        "chen",
        "县财政局推进直达资金快速下达",
        "县财政局建立直达资金台账，资金到县后48小时内拨付到项目单位，截至目前已下达直达资金1.2亿元。",
        7,
    )
    education = await submitted(
        "zhao",
        "县教育局实现课后服务全覆盖",
        "全县32所义务教育学校全部开展课后服务，参与学生1.8万人，家长满意度达96%。",
        6.5,
    )
    union = await submitted(
        "sun", "县总工会开展冬季送温暖活动", "县总工会走访慰问困难职工，发放慰问金和过冬物资。", 6
    )
    await run(
        EDITOR,
        EditPiece(
            finance,
            "县财政直达资金48小时拨付到位",
            "县财政局建立直达资金台账，资金到县后48小时内拨付到项目单位。截至11月底，已下达直达资金1.2亿元，惠及项目86个。",
            "标题突出时效，补充数据",
            at=hours_ago(5),
        ),
        take_step,
    )
    await run(EDITOR, PublishIssue("zhengwu", [finance, education], at=hours_ago(4)), publish_issue)
    await run(EDITOR, ReportUp(finance, "市政府办公室", at=hours_ago(3)), take_step)
    await run(
        EDITOR,
        RecordAdoptedAbove(finance, "市政府办公室", "《政务信息》（市）第15期", at=hours_ago(2)),
        take_step,
    )
    await run(
        EDITOR,
        RecordInstruction(
            education, "方副县长", "课后服务经验值得推广，请教育局总结报县政府", at=hours_ago(1)
        ),
        take_step,
    )
    await run(
        SECOND_EDITOR,
        EditPiece(
            union,
            "县总工会冬季送温暖慰问困难职工326户",
            "县总工会走访慰问困难职工326户，发放慰问金48万元和过冬物资一批。",
            "补充户数和金额",
            at=hours_ago(0.5),
        ),
        take_step,
    )
