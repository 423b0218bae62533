"""The demo county's documents for `make dev`: 收文 and 发文 at every stage, made by the office's own
people through the service's command handlers, dated relative to the clock so "this week" is this week."""

from __future__ import annotations

from typing import Any

from shuniu_shared.commands import Actor, C, Handler, execute
from shuniu_shared.runtime import ServiceRuntime

from shuniu_documents.app import incoming, outgoing
from shuniu_documents.app.office import Office
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.outgoing import Draft


class _Demo:
    def __init__(self, runtime: ServiceRuntime) -> None:
        self.runtime = runtime
        self.office = Office.of(runtime)

    async def do(self, actor: str, command: C, handler: Handler[C]) -> str:
        """The command as the person of the directory gives it; the document's id."""
        person = Actor.of(self.runtime.directory.person(actor))
        return (await execute(self.runtime, command, handler, person)).stream_id

    # 收文

    async def received(self, title: str, sender: str, doc_type: str = "通知", **items: Any) -> str:
        command = incoming.SignFor(
            sender=sender,
            sender_number=items.pop("sender_number", "市政办发〔2026〕18号"),
            title=title,
            doc_type=doc_type,
            classification="none",
            secrecy_period=None,
            urgency=items.pop("urgency", None),
            copies=2,
        )
        return await self.do("shen", command, incoming.sign_for)

    async def registered(self, *args: Any, **items: Any) -> str:
        id = await self.received(*args, **items)
        return await self.do("shen", incoming.Register(id), incoming.register)

    async def accepted(self, handling: str, *args: Any, **items: Any) -> str:
        id = await self.registered(*args, **items)
        command = incoming.Review(id, accept=True, handling=handling, reason=None)
        return await self.do("li", command, incoming.review)

    async def proposed(self, opinion: str, *args: Any, **items: Any) -> str:
        id = await self.accepted("批办件", *args, **items)
        return await self.do("feng", incoming.Propose(id, opinion), incoming.propose)

    async def instructed(
        self, leader: str, lead: str, co: list[str], days: int | None, *args: Any, **items: Any
    ) -> str:
        id = await self.proposed(
            f"拟请领导阅示，由{self.runtime.directory.department(lead).name}牵头办理", *args, **items
        )
        deadline = self.office.calendar.add_working_days(self.office.today(), days) if days else None
        command = incoming.Instruct(
            id,
            instruction="请牵头抓好落实，按时报告办理结果。",
            lead_department=lead,
            co_departments=co,
            deadline=deadline,
        )
        return await self.do(leader, command, incoming.instruct)

    async def read(self, reader: str, id: str) -> None:
        await self.do(reader, incoming.AcknowledgeReading(id), incoming.acknowledge_reading)

    # 发文

    async def drafted(self, drafter: str, title: str, body: str = "各有关单位：……", **items: Any) -> str:
        draft = Draft(
            **{
                "title": title,
                "doc_type": "通知",
                "direction": "下行文",
                "classification": "none",
                "secrecy_period": None,
                "urgency": None,
                "main_recipients": ["education", "agriculture", "finance"],
                "copied_recipients": [],
                "co_issuers": [],
                "body": DocumentBody.from_text(title, body),
            }
            | items
        )
        return await self.do(drafter, outgoing.WriteDraft(draft), outgoing.write)


async def load_demo(runtime: ServiceRuntime) -> None:
    demo = _Demo(runtime)
    await _incoming(demo)
    await _outgoing(demo)


async def _incoming(demo: _Demo) -> None:
    await demo.received("关于开展2026年度安全生产大检查的通知", "市安全生产委员会办公室", urgency="加急")
    await demo.registered("关于报送第一季度经济运行情况的函", "市发展和改革委员会", "函")
    returned = await demo.registered("关于某企业用地审批事项的请示", "县自然资源局", "请示")
    reason = "请示应由县自然资源局按程序报县政府，不应以收文形式送办公室"
    await demo.do(
        "shen", incoming.Review(returned, accept=False, handling=None, reason=reason), incoming.review
    )
    await demo.accepted("批办件", "关于做好冬春季森林防火工作的通知", "市应急管理局")
    reading = await demo.accepted("阅知件", "市政府第12次常务会议纪要", "市人民政府办公室", "纪要")
    await demo.do(
        "shen", incoming.Circulate(reading, ["luo", "fang", "chen", "sun"], None), incoming.circulate
    )
    for reader in ("luo", "chen"):
        await demo.read(reader, reading)
    await demo.proposed("拟请方副县长阅示，县教育局牵头办理", "关于开展中小学校舍安全排查的通知", "市教育局")
    urgent = await demo.instructed(
        "fang",
        "finance",  # 农业农村局 has nobody in the directory to reply: it assists
        ["agriculture"],
        5,
        "关于切实做好春耕备耕工作的紧急通知",
        "市农业农村局",
        urgency="特急",
    )
    await demo.do(
        "li", incoming.Urge(urgent, "请财政局会同农业农村局于周五前报送春耕物资储备情况"), incoming.urge
    )
    replied = await demo.instructed(
        "luo", "finance", [], 10, "关于下达2026年度财政专项资金的通知", "市财政局"
    )
    await demo.do("chen", incoming.Answer(replied, "专项资金已全额拨付，明细见附件。"), incoming.answer)
    for title, retention in (
        ("关于做好元旦春节期间值班工作的通知", None),
        ("关于2025年度工作目标考核结果的通报", "定期30年"),
    ):
        closed = await demo.accepted("阅知件", title, "市人民政府办公室", "通报" if retention else "通知")
        await demo.do("li", incoming.Circulate(closed, ["fang", "sun"], None), incoming.circulate)
        for reader in ("fang", "sun"):
            await demo.read(reader, closed)
        await demo.do("shen", incoming.Close(closed, "传阅完毕"), incoming.close)
        if retention:
            await demo.do("shen", incoming.Archive(closed, retention), incoming.archive)


async def _outgoing(demo: _Demo) -> None:
    await demo.drafted("chen", "关于加强县级财政资金监管的通知")
    returned = await demo.drafted("chen", "关于调整机关食堂就餐补助的通知")
    await demo.do("feng", outgoing.Review(returned, False, "补助标准请与总工会核对后再报"), outgoing.review)
    joint = await demo.drafted("sun", "关于开展职工健康体检的联合通知", co_issuers=["finance"])
    await demo.do("yang", outgoing.Review(joint, True, "同意，请财政局会签"), outgoing.review)
    awaiting = await demo.drafted(
        "chen",
        "关于申请2026年防汛补助资金的请示",
        doc_type="请示",
        direction="上行文",
        main_recipients=["市人民政府"],
    )
    await demo.do("feng", outgoing.Review(awaiting, True, "同意，呈罗县长签发"), outgoing.review)
    await _three_versions(demo)

    async def through(stage: str, title: str, **items: Any) -> str:
        id = await demo.drafted("chen", title, **items)
        await demo.do("feng", outgoing.Review(id, True, "同意"), outgoing.review)
        await demo.do("luo", outgoing.Sign(id, "同意印发"), outgoing.sign)
        if stage == "signed":
            return id
        await demo.do("shen", outgoing.Recheck(id, None, "无实质性修改"), outgoing.recheck)
        if stage == "rechecked":
            return id
        await demo.do("shen", outgoing.Register(id, "县府办发", 5), outgoing.register)
        if stage == "registered":
            return id
        await demo.do("shen", outgoing.PrintCopies(id), outgoing.print_copies)
        if stage == "printed":
            return id
        await demo.do("shen", outgoing.Dispatch(id, None), outgoing.dispatch)
        return id

    await through("signed", "关于印发县政府2026年工作要点的通知")
    await through("rechecked", "关于成立县乡村振兴工作领导小组的通知")
    voided = await through("rechecked", "关于表彰2025年度先进集体的决定", doc_type="决定")
    await demo.do("shen", outgoing.Register(voided, "县府办发", 5), outgoing.register)
    await demo.do(
        "shen", outgoing.VoidNumber(voided, "登记时误用了县府办发代字，应为县府发"), outgoing.void_number
    )
    await demo.do("shen", outgoing.Register(voided, "县府发", 5), outgoing.register)
    await through("printed", "关于做好2026年度保密工作的通知", classification="秘密", secrecy_period="1年")
    await through("issued", "关于公布县政府部门权责清单的通知")
    revoked = await through("issued", "关于暂停部分审批事项的通知")
    await demo.do("luo", outgoing.Revoke(revoked, "与省政府新出台的规定不一致"), outgoing.revoke)
    archived = await through("issued", "关于2025年度县政府工作报告的通报", doc_type="通报")
    await demo.do("shen", outgoing.Archive(archived, "永久"), outgoing.archive)


SPRING = "关于做好2026年春季农业生产工作的通知"
SPRING_BODY = """各乡镇人民政府，县直有关部门：
一、总体要求
请于3月底前完成春耕备耕，确保粮食播种面积稳定。
二、保障措施
县财政安排专项资金，用于农机购置补贴。
（联系人：张三，电话：0000-1234567）"""


async def _three_versions(demo: _Demo) -> None:
    """A joint 发文 whose 正文 went through three versions: 起草 by 财政局, edited at 审核 by 冯主任,
    edited at 会签 by 总工会's 孙主席 — its redline from v1 to v3 shows the two paragraphs changed."""
    id = await demo.drafted("chen", SPRING, SPRING_BODY, co_issuers=["union"])
    reviewed = SPRING_BODY.replace("3月底前", "3月20日前")
    await demo.do("feng", outgoing.EditBody(id, reviewed, "提前完成时限"), outgoing.edit_body)
    await demo.do("feng", outgoing.Review(id, True, "同意，请总工会会签"), outgoing.review)
    countersigned = reviewed.replace("农机购置补贴。", "农机购置补贴和农民工技能培训。")
    await demo.do("sun", outgoing.EditBody(id, countersigned, "补充培训内容"), outgoing.edit_body)
    await demo.do("sun", outgoing.Countersign(id, "同意联合发文"), outgoing.countersign)
