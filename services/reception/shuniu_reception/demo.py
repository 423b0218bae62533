"""The demo county's reception data for `make dev`, made by the service's own commands and relative
to the clock's today: visitors in the building, petitions at every clock stage (just registered,
accepted with days left, near its deadline with an extension waiting on a county leader, extended
and told, overdue, replied, under 复查), trips requested,
dispatched and returned, and seal requests pending, approved and used; official receptions (公务接待), one awaiting
approval and one approved with its tickets being booked; supplies (办公用品) with requisitions at each
stage and copy paper below its threshold with its purchase request open; and fixed assets (固定资产)
with a transfer awaiting approval, one disposed of and a closed count (盘点) that found one missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.commands import Actor, C, Handler, UnitOfWork, execute
from shuniu_shared.eventstore import Written
from shuniu_shared.runtime import ServiceRuntime

from shuniu_reception.app import assets, hospitality, petitions, seals, supplies, vehicles, visitors
from shuniu_reception.app.people import PersonDetails
from shuniu_reception.app.supervision import record_task
from shuniu_reception.domain.events import OfficialLetter
from shuniu_reception.domain.hospitality import ItemDraft


@dataclass(frozen=True)
class TaskClosed(petitions.OnPetition):
    """What supervision's closing of the petition's task tells it: the demo has no task to close."""

    task_id: str
    on: date


async def task_closed(command: TaskClosed, uow: UnitOfWork, actor: Actor) -> Written:
    await record_task(uow, command.petition_id, command.task_id, closed=True, result="已办结", on=command.on)
    return Written(command.petition_id, 0, 0)


async def load_demo(runtime: ServiceRuntime) -> None:
    today = office_date(runtime.store.clock.now())

    async def as_(person: str, command: C, handler: Handler[C]) -> None:
        # The deadline scheduler is already running and raises the alerts of the demo's past-due
        # clocks meanwhile; a petition's step that loses that race decides again (OnPetition.may_retry).
        await execute(runtime, command, handler, Actor.of(runtime.directory.person(person)))

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(today + timedelta(days=days), time(hour, minute), OFFICE_TZ).astimezone(UTC)

    # 来访 — today's visitors
    bookings = [
        (
            "visit-demo-1",
            "马晓燕",
            "440301199003071230",
            "F县第一中学",
            "education",
            "zhao",
            9,
            "商谈校舍维修",
        ),
        ("visit-demo-2", "黄志明", None, "市财政局", "finance", "chen", 10, "专项资金对账"),
        ("visit-demo-3", "林秀英", None, "县总工会", "union", "sun", 15, "困难职工慰问安排"),
    ]
    for visit_id, name, id_number, organisation, department, host, hour, purpose in bookings:
        visiting = visitors.Visiting(
            PersonDetails(name, id_number, "13800000000"), organisation, department, host, purpose
        )
        booking = visitors.BookVisit(visit_id, visiting, expected_at=at(0, hour))
        await as_("zheng", booking, visitors.book_visit)
    await as_("zheng", visitors.CheckIn("visit-demo-1", "A-01"), visitors.check_in)
    await as_("zheng", visitors.CheckIn("visit-demo-2", "A-02"), visitors.check_in)
    await as_("zheng", visitors.CheckOut("visit-demo-2"), visitors.check_out)
    visiting = visitors.Visiting(
        PersonDetails("周卫东", phone="13700000000"), "个人", "office.affairs", "wu", "咨询办事流程"
    )
    walk_in = visitors.WalkIn("visit-demo-4", visiting, badge="B-01")
    await as_("zheng", walk_in, visitors.walk_in)

    # 信访 — petitions at every stage of their clocks
    async def petition(pid: str, name: str, content: str, received_days_ago: int) -> None:
        registration = petitions.RegisterPetition(
            pid,
            petitioner=PersonDetails(name, phone="13900000000", address="F县城关镇"),
            channel="letter",
            content=content,
            received_on=today - timedelta(days=received_days_ago),
        )
        await as_("wang", registration, petitions.register_petition)

    async def accepted(pid: str, days_ago: int, department: str, summary: str) -> None:
        on = today - timedelta(days=days_ago)
        await as_("wang", petitions.RoutePetition(pid, department, on), petitions.route_petition)
        notice = f"受理告知书〔{on.year}〕{pid[-1]}号"
        await as_("wang", petitions.AcceptPetition(pid, notice, on), petitions.accept_petition)
        await as_("wang", petitions.AssignPetition(pid, department, summary), petitions.assign_petition)

    async def replied(pid: str, days_ago: int) -> None:
        on = today - timedelta(days=days_ago)
        await as_("wang", TaskClosed(pid, f"task-of-{pid}", on), task_closed)
        reply = petitions.ReplyToPetition(pid, "经核查，已责成相关部门整改。", on)
        await as_("wang", reply, petitions.reply_to_petition)

    await petition("petition-demo-1", "刘建国", "反映小区供暖不热，请求协调解决。", 0)  # just registered
    await petition("petition-demo-2", "陈美华", "反映学校违规收取补课费。", 25)
    await accepted("petition-demo-2", 20, "education", "反映学校违规收取补课费，请核查处理")  # 40 days left
    await petition("petition-demo-3", "王福生", "反映农田灌溉渠损毁。", 60)
    await accepted("petition-demo-3", 58, "finance", "反映农田灌溉渠损毁，请安排修复资金")  # 2 days left
    asked = petitions.RequestExtension(
        "petition-demo-3", 20, "渠道跨两个乡镇，需联合现场勘查", today - timedelta(days=1)
    )
    await as_(
        "wang", asked, petitions.request_extension
    )  # waits on a county leader's approval (方副县长's desk)
    await petition("petition-demo-4", "赵桂兰", "反映低保资格认定有误。", 20)  # routing overdue by 5 days
    await petition("petition-demo-5", "孙立新", "反映道路施工扰民。", 50)
    await accepted("petition-demo-5", 45, "finance", "反映道路施工扰民，请协调施工时间")
    await replied("petition-demo-5", 5)  # replied: 25 days left to ask for 复查
    await petition("petition-demo-6", "吴春燕", "反映征地补偿标准不一致。", 80)
    await accepted("petition-demo-6", 75, "finance", "反映征地补偿标准不一致，请核实")
    await replied("petition-demo-6", 20)
    review = petitions.RequestReview(
        "petition-demo-6", "对补偿标准的答复不服，请求复查。", today - timedelta(days=5)
    )
    await as_("wang", review, petitions.request_review)  # under 复查, decision due in 25 days

    await petition("petition-demo-7", "郑光明", "反映企业拖欠农民工工资。", 75)
    await accepted("petition-demo-7", 70, "finance", "反映企业拖欠农民工工资，请协调督促支付")
    extension_asked = today - timedelta(days=15)
    asked = petitions.RequestExtension(
        "petition-demo-7", 20, "涉及多家企业，需逐一核实工资台账", extension_asked
    )
    await as_("wang", asked, petitions.request_extension)
    approved = petitions.DecideExtension("petition-demo-7", True, "", extension_asked)
    await as_("fang", approved, petitions.decide_extension)
    told = petitions.TellPetitionerOfExtension("petition-demo-7", extension_asked + timedelta(days=1))
    await as_("wang", told, petitions.tell_petitioner_of_extension)  # extended by 20 days: due in 10 days

    # 车辆 — the pool and trips
    cars = [
        ("vehicle-demo-1", "F·00001", "红旗H5"),
        ("vehicle-demo-2", "F·00002", "丰田凯美瑞"),
        ("vehicle-demo-3", "F·00009", "大众帕萨特"),
    ]
    for vid, plate, model in cars:
        await as_("wu", vehicles.RegisterVehicle(vid, plate, model, 5), vehicles.register_vehicle)

    async def trip(tid: str, rider: str, destination: str, starts: datetime, ends: datetime) -> None:
        request = vehicles.RequestTrip(tid, rider, [], destination, "公务", starts, ends)
        await as_(rider, request, vehicles.request_trip)

    await trip("trip-demo-1", "chen", "市财政局", at(1, 8), at(1, 12))  # requested, awaiting approval
    await trip("trip-demo-2", "fang", "省城扶贫工作会", at(0, 7), at(0, 19))
    await as_("feng", vehicles.ApproveTrip("trip-demo-2"), vehicles.approve_trip)
    await as_("wu", vehicles.DispatchTrip("trip-demo-2", "vehicle-demo-2", None, ""), vehicles.dispatch_trip)
    await trip("trip-demo-3", "luo", "行署会议", at(-1, 8), at(-1, 17))
    await as_("feng", vehicles.ApproveTrip("trip-demo-3"), vehicles.approve_trip)
    await as_("wu", vehicles.DispatchTrip("trip-demo-3", "vehicle-demo-1", None, ""), vehicles.dispatch_trip)
    await as_("wu", vehicles.ReturnTrip("trip-demo-3", 186.0), vehicles.return_trip)

    # 用印 — the seals and requests
    await as_("wu", seals.RegisterSeal("seal-demo-gov", "F县人民政府印", "公章"), seals.register_seal)
    await as_(
        "wu", seals.RegisterSeal("seal-demo-office", "F县人民政府办公室印", "办公室章"), seals.register_seal
    )
    requests = [
        ("sealreq-demo-1", "seal-demo-office", "F政办函〔2026〕21号", "报送年度工作总结", 2, "li"),
        ("sealreq-demo-2", "seal-demo-gov", "F政发〔2026〕8号", "印发春耕生产工作方案", 30, "shen"),
        ("sealreq-demo-3", "seal-demo-office", "介绍信", "赴省财政厅汇报工作", 1, "chen"),
    ]
    for rid, seal, document, reason, impressions, by in requests:
        await as_(by, seals.RequestSeal(rid, seal, document, reason, impressions), seals.request_seal)
    await as_("feng", seals.ApproveSealRequest("sealreq-demo-2"), seals.approve_seal_request)
    await as_("feng", seals.ApproveSealRequest("sealreq-demo-3"), seals.approve_seal_request)
    await as_("wu", seals.UseSeal("sealreq-demo-3", 1), seals.use_seal)

    # 公务接待 — a plan awaiting approval, and an approved one whose tickets wu is booking
    async def reception(
        rid: str, body: str, reference: str, business: str, guests: list[tuple[str, str]]
    ) -> None:
        letter = OfficialLetter(
            sending_body=body,
            reference=reference,
            business=business,
            itinerary="次日上午座谈，下午实地调研",
            people=len(guests),
        )
        items = [
            ItemDraft("meeting", at(1, 9, 30), at(1, 11, 30), "县政府三楼会议室", "座谈"),
            ItemDraft(
                "working_meal", at(1, 12), at(1, 13), "县政府机关食堂", "家常菜", hosts=3, per_person_fen=8000
            ),
            ItemDraft("inspection", at(1, 14), at(1, 17), "城关镇", "实地调研", cost_fen=0),
            ItemDraft(
                "lodging",
                at(1, 20),
                at(2, 8),
                "城关镇迎宾路1号",
                hotel="F县人民政府招待所",
                rooms=len(guests),
            ),
        ]
        plan = hospitality.PlanReception(
            rid,
            letter,
            [hospitality.GuestDetails(name, post) for name, post in guests],
            business,
            "gov",
            "fang",
            at(1, 9),
            at(2, 12),
            items,
            "来宾自行乘高铁往返",
        )
        await as_("zheng", plan, hospitality.plan_reception)

    await reception(
        "hospitality-demo-1",
        "G市农业农村局",
        "G农函〔2026〕12号",
        "春耕备耕工作调研",
        [("郭建华", "副局长"), ("彭丽", "科长")],
    )
    await reception(
        "hospitality-demo-2",
        "H县人民政府办公室",
        "H政办函〔2026〕5号",
        "学习政务服务“一网通办”经验",
        [("袁志强", "副主任"), ("蒋红梅", "科员"), ("沈涛", "科员")],
    )
    await as_("feng", hospitality.ApproveReception("hospitality-demo-2"), hospitality.approve_reception)
    tickets = hospitality.RequestBooking(
        "hospitality-demo-2", "booking-demo-1", "ticket", "返程高铁票 3 张", "wu"
    )
    await as_("zheng", tickets, hospitality.request_booking)

    # 办公用品 — the stock, and requisitions pending, approved and issued; issuing 12 of the 20
    # packs of paper takes it below its threshold of 10 and raises the purchase request.
    stock = [
        ("supply-demo-paper", "A4复印纸", "包", 20, 10),
        ("supply-demo-pens", "黑色签字笔", "支", 200, 50),
        ("supply-demo-boxes", "档案盒", "个", 80, 20),
    ]
    for item, name, unit, quantity, threshold in stock:
        await as_(
            "wu", supplies.RegisterSupply(item, name, unit, quantity, threshold), supplies.register_supply
        )
    wanted = [
        ("requisition-demo-1", "supply-demo-paper", 12, "打印年度预算材料", "chen"),
        ("requisition-demo-2", "supply-demo-pens", 20, "新学期教研活动", "zhao"),
        ("requisition-demo-3", "supply-demo-boxes", 10, "整理2026年文书档案", "sun"),
    ]
    for rid, item, quantity, purpose, by in wanted:
        await as_(by, supplies.MakeRequisition(rid, item, quantity, purpose), supplies.make_requisition)
    for rid in ("requisition-demo-1", "requisition-demo-2"):
        await as_("wu", supplies.ApproveRequisition(rid), supplies.approve_requisition)
    await as_("wu", supplies.IssueRequisition("requisition-demo-1"), supplies.issue_requisition)

    # 固定资产 — the register, a transfer awaiting 冯主任, a printer disposed of, and a count that
    # found everything but one laptop.
    register = [
        ("FA-2024-0012", "笔记本电脑", "chen", "财政局302室", "finance"),
        ("FA-2024-0013", "激光打印机", "chen", "财政局301室", "finance"),
        ("FA-2025-0031", "投影仪", "zhao", "教育局会议室", "education"),
        ("FA-2025-0032", "台式计算机", "zhang", "总工会办公室", "union"),
        ("FA-2019-0007", "复印机", "wu", "县政府一楼文印室", "office.affairs"),
    ]
    for tag, name, custodian, location, department in register:
        await as_(
            "wu", assets.RegisterAsset(tag, name, custodian, location, department), assets.register_asset
        )
    move = assets.ProposeTransfer("asset-FA-2025-0032", "sun", "总工会主席室", "union", "主席办公使用")
    await as_("wu", move, assets.propose_transfer)
    await as_(
        "wu", assets.ProposeDisposal("asset-FA-2019-0007", "已使用七年，维修不经济"), assets.propose_disposal
    )
    await as_("feng", assets.ApproveDisposal("asset-FA-2019-0007"), assets.approve_disposal)
    await as_("wu", assets.OpenCount("count-demo-1"), assets.open_count)
    for tag, _, custodian, location, _ in register[1:4]:
        await as_("wu", assets.RecordFinding("count-demo-1", tag, location, custodian), assets.record_finding)
    await as_("wu", assets.CloseCount("count-demo-1"), assets.close_count)
