"""The demo county's reception data for `make dev`, made by the service's own commands and relative
to the clock's today: visitors in the building, petitions at every clock stage (just registered,
accepted with days left, near its deadline with an extension waiting on a county leader, extended
and told, overdue, replied, under 复查), trips requested,
dispatched and returned, and seal requests pending, approved and used."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from functools import partial
from typing import Any

from shuniu_shared.clock import OFFICE_TZ, office_date
from shuniu_shared.errors import ConcurrencyError
from shuniu_shared.eventstore import EventContext, UnitOfWork
from shuniu_shared.runtime import ServiceRuntime

from shuniu_reception.app import petitions, seals, vehicles, visitors
from shuniu_reception.app.people import PersonDetails
from shuniu_reception.app.personal_data import personal_data
from shuniu_reception.app.supervision import record_task
from shuniu_reception.domain.events import TripRequested


async def load_demo(runtime: ServiceRuntime) -> None:
    store, directory, calendar, keys = runtime.store, runtime.directory, runtime.calendar, personal_data()
    today = office_date(store.clock.now())

    async def as_(actor: str, step: Callable[[UnitOfWork], Awaitable[Any]]) -> Any:
        # The deadline scheduler is already running and raises the alerts of the demo's past-due
        # clocks meanwhile; a step that loses that race decides again on the new version.
        for attempt in range(5):
            try:
                async with store.unit_of_work(EventContext(actor=actor)) as uow:
                    return await step(uow)
            except ConcurrencyError:
                if attempt == 4:
                    raise
        return None

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
        book = partial(
            visitors.book_visit,
            keys=keys,
            directory=directory,
            visit_id=visit_id,
            visitor=PersonDetails(name, id_number, "13800000000"),
            organisation=organisation,
            host_department=department,
            host_person=host,
            expected_at=at(0, hour),
            purpose=purpose,
            by="zheng",
        )
        await as_("zheng", book)
    await as_("zheng", lambda uow: visitors.check_in(uow, "visit-demo-1", "A-01"))
    await as_("zheng", lambda uow: visitors.check_in(uow, "visit-demo-2", "A-02"))
    await as_("zheng", lambda uow: visitors.check_out(uow, "visit-demo-2"))
    await as_(
        "zheng",
        lambda uow: visitors.walk_in(
            uow,
            keys,
            directory,
            visit_id="visit-demo-4",
            visitor=PersonDetails("周卫东", phone="13700000000"),
            organisation="个人",
            host_department="office.affairs",
            host_person="wu",
            purpose="咨询办事流程",
            badge="B-01",
        ),
    )

    # 信访 — petitions at every stage of their clocks
    async def petition(pid: str, name: str, content: str, received_days_ago: int) -> None:
        await as_(
            "wang",
            lambda uow: petitions.register_petition(
                uow,
                keys,
                petition_id=pid,
                petitioner=PersonDetails(name, phone="13900000000", address="F县城关镇"),
                channel="letter",
                content=content,
                received_on=today - timedelta(days=received_days_ago),
                by="wang",
            ),
        )

    async def accepted(pid: str, days_ago: int, department: str, summary: str) -> None:
        on = today - timedelta(days=days_ago)
        await as_(
            "wang",
            lambda uow: petitions.route_petition(uow, directory, calendar, pid, department, on, "wang"),
        )
        await as_(
            "wang", lambda uow: petitions.accept_petition(uow, pid, on, f"受理告知书〔{on.year}〕{pid[-1]}号")
        )
        await as_(
            "wang",
            lambda uow: petitions.assign_petition(uow, keys, directory, pid, department, summary, "wang"),
        )

    async def replied(pid: str, days_ago: int) -> None:
        on = today - timedelta(days=days_ago)
        await as_(
            "system:supervision",
            lambda uow: record_task(uow, pid, f"task-of-{pid}", closed=True, result="已办结", on=on),
        )
        await as_(
            "wang",
            lambda uow: petitions.reply_to_petition(uow, keys, pid, on, "经核查，已责成相关部门整改。"),
        )

    await petition("petition-demo-1", "刘建国", "反映小区供暖不热，请求协调解决。", 0)  # just registered
    await petition("petition-demo-2", "陈美华", "反映学校违规收取补课费。", 25)
    await accepted("petition-demo-2", 20, "education", "反映学校违规收取补课费，请核查处理")  # 40 days left
    await petition("petition-demo-3", "王福生", "反映农田灌溉渠损毁。", 60)
    await accepted("petition-demo-3", 58, "finance", "反映农田灌溉渠损毁，请安排修复资金")  # 2 days left
    await as_(
        "wang",
        lambda uow: petitions.request_extension(
            uow,
            "petition-demo-3",
            days=20,
            reason="渠道跨两个乡镇，需联合现场勘查",
            on=today - timedelta(days=1),
            by="wang",
        ),
    )  # waits on a county leader's approval (方副县长's desk)
    await petition("petition-demo-4", "赵桂兰", "反映低保资格认定有误。", 20)  # routing overdue by 5 days
    await petition("petition-demo-5", "孙立新", "反映道路施工扰民。", 50)
    await accepted("petition-demo-5", 45, "finance", "反映道路施工扰民，请协调施工时间")
    await replied("petition-demo-5", 5)  # replied: 25 days left to ask for 复查
    await petition("petition-demo-6", "吴春燕", "反映征地补偿标准不一致。", 80)
    await accepted("petition-demo-6", 75, "finance", "反映征地补偿标准不一致，请核实")
    await replied("petition-demo-6", 20)
    await as_(
        "wang",
        lambda uow: petitions.request_review(
            uow, keys, "petition-demo-6", today - timedelta(days=5), "对补偿标准的答复不服，请求复查。"
        ),
    )  # under 复查, decision due in 25 days

    await petition("petition-demo-7", "郑光明", "反映企业拖欠农民工工资。", 75)
    await accepted("petition-demo-7", 70, "finance", "反映企业拖欠农民工工资，请协调督促支付")
    extension_asked = today - timedelta(days=15)
    await as_(
        "wang",
        lambda uow: petitions.request_extension(
            uow,
            "petition-demo-7",
            days=20,
            reason="涉及多家企业，需逐一核实工资台账",
            on=extension_asked,
            by="wang",
        ),
    )
    await as_(
        "fang",
        lambda uow: petitions.decide_extension(
            uow, directory, "petition-demo-7", approve=True, approver="fang", on=extension_asked
        ),
    )
    await as_(
        "wang",
        lambda uow: petitions.tell_petitioner_of_extension(
            uow, "petition-demo-7", extension_asked + timedelta(days=1), "wang"
        ),
    )  # extended by 20 days: handling due in 10 days

    # 车辆 — the pool and trips
    cars = [
        ("vehicle-demo-1", "F·00001", "红旗H5"),
        ("vehicle-demo-2", "F·00002", "丰田凯美瑞"),
        ("vehicle-demo-3", "F·00009", "大众帕萨特"),
    ]
    for vid, plate, model in cars:
        await as_("wu", partial(vehicles.register_vehicle, vehicle_id=vid, plate=plate, model=model, seats=5))

    async def trip(tid: str, rider: str, destination: str, starts: datetime, ends: datetime) -> None:
        request = TripRequested(
            requested_by=rider,
            rider=rider,
            passengers=[],
            destination=destination,
            purpose="公务",
            starts_at=starts,
            ends_at=ends,
        )
        await as_(rider, lambda uow: vehicles.request_trip(uow, directory, tid, request))

    await trip("trip-demo-1", "chen", "市财政局", at(1, 8), at(1, 12))  # requested, awaiting approval
    await trip("trip-demo-2", "fang", "省城扶贫工作会", at(0, 7), at(0, 19))
    await as_("feng", lambda uow: vehicles.approve_trip(uow, "trip-demo-2", "feng"))
    await as_("wu", lambda uow: vehicles.dispatch_trip(uow, directory, "trip-demo-2", "vehicle-demo-2", "wu"))
    await trip("trip-demo-3", "luo", "行署会议", at(-1, 8), at(-1, 17))
    await as_("feng", lambda uow: vehicles.approve_trip(uow, "trip-demo-3", "feng"))
    await as_("wu", lambda uow: vehicles.dispatch_trip(uow, directory, "trip-demo-3", "vehicle-demo-1", "wu"))
    await as_("wu", lambda uow: vehicles.return_trip(uow, "trip-demo-3", 186.0))

    # 用印 — the seals and requests
    await as_("wu", lambda uow: seals.register_seal(uow, "seal-demo-gov", "F县人民政府印", "公章"))
    await as_(
        "wu", lambda uow: seals.register_seal(uow, "seal-demo-office", "F县人民政府办公室印", "办公室章")
    )
    requests = [
        ("sealreq-demo-1", "seal-demo-office", "F政办函〔2026〕21号", "报送年度工作总结", 2, "li"),
        ("sealreq-demo-2", "seal-demo-gov", "F政发〔2026〕8号", "印发春耕生产工作方案", 30, "shen"),
        ("sealreq-demo-3", "seal-demo-office", "介绍信", "赴省财政厅汇报工作", 1, "chen"),
    ]
    for rid, seal, document, reason, impressions, by in requests:
        request_seal = partial(
            seals.request_seal,
            request_id=rid,
            seal_id=seal,
            document=document,
            reason=reason,
            impressions=impressions,
            by=by,
        )
        await as_(by, request_seal)
    await as_("feng", lambda uow: seals.approve_seal_request(uow, "sealreq-demo-2", "feng"))
    await as_("feng", lambda uow: seals.approve_seal_request(uow, "sealreq-demo-3", "feng"))
    await as_("wu", lambda uow: seals.use_seal(uow, "sealreq-demo-3", "wu", 1))
