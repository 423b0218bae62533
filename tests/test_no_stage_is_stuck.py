"""Nothing is left where nobody can move it (issue 15): every stage of every aggregate of the four
domain services — documents, meetings, supervision, reception — that is not final has someone of
the demo county who may take it on.

Each object is walked through its stages by real commands on the real service (SQLite, the
in-process bus). At each step nobody is named: the step is offered to every person of the demo
directory in turn, and the first the service lets take it takes it — so a stage whose next step
the roles and clearances of the county admit to nobody fails here, naming what each person was told.
The classified variants (秘密, 机密) are walked as well, since a clearance is what stranded a 机密
document at 已签收. Each aggregate's stages come from its domain's enum, so a stage added later
without a way out of it fails too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_documents.domain.incoming import IncomingDocument, IncomingStage
from shuniu_documents.domain.outgoing import OutgoingDocument, OutgoingStage
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.values import MinutesStage, Stage
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_reception.domain.hospitality import Reception, ReceptionStage
from shuniu_reception.domain.petitions import Petition, PetitionStage
from shuniu_reception.domain.seals import SealRequest, SealRequestStage
from shuniu_reception.domain.vehicles import Trip, TripStage
from shuniu_reception.domain.visitors import Visit, VisitStage
from shuniu_shared.aggregate import Aggregate
from shuniu_shared.directory import Directory
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION
from shuniu_supervision.domain.task import Stage as TaskStage
from shuniu_supervision.domain.task import SupervisionTask

from tests.meetings.office import TUESDAY, beijing
from tests.services import SCHEDULER_OFF, RunningService, running_service

PEOPLE = sorted(Directory.load().people)  # everyone of the demo county, in a fixed order
OPEN_AND_CLASSIFIED = ["none", "秘密", "机密"]
SECRECY_PERIOD = {"none": None, "秘密": "1年", "机密": "10年"}


@dataclass(frozen=True)
class Step:
    what: str  # the office's name for the step
    path: str  # `{id}` is the object walked
    body: dict[str, Any] = field(default_factory=dict)
    moves: bool = True  # False: the step readies the next one (a reader's 阅毕) without a new stage
    at: datetime | None = None  # the clock is set to this first (a meeting is held once it has started)


@dataclass
class Walker:
    """Walks objects of one aggregate through their stages, noting the stages someone moved on from."""

    service: RunningService
    aggregate: type[Aggregate]
    stage_of: Callable[[Any], str]
    left: set[str] = field(default_factory=set)  # stages someone moved an object on from
    reached: set[str] = field(default_factory=set)

    async def stage(self, id: str) -> str:
        """The stage as the domain has it: the aggregate rebuilt from its stored events."""
        store = self.service.runtime.store
        async with store.engine.connect() as connection:
            stored = await store.read_stream(connection, id)
        return self.stage_of(self.aggregate.replay(id, (store.decode(e) for e in stored)))

    async def anyone(self, step: Step, id: str = "") -> dict[str, Any]:
        """The step taken by the first person of the county the service lets take it."""
        if step.at is not None:
            self.service.clock.set(step.at)
        told: dict[str, int] = {}
        for person in PEOPLE:
            response = await self.service.client.post(
                step.path.format(id=id), json=step.body, headers=self.service.as_(person)
            )
            if response.status_code < 300:
                answer: dict[str, Any] = response.json()
                return answer
            told[person] = response.status_code
        raise AssertionError(f"nobody of the demo county may {step.what} ({step.path.format(id=id)}): {told}")

    async def created(self, step: Step) -> str:
        id: str = (await self.anyone(step))["id"]
        self.reached.add(await self.stage(id))
        return id

    async def through(self, id: str, *steps: Step) -> None:
        for step in steps:
            before = await self.stage(id)
            await self.anyone(step, id)
            after = await self.stage(id)
            if step.moves:
                assert after != before, f"{step.what} left {id} at {before}"
                self.left.add(before)
            self.reached.add(after)

    async def walk(self, create: Step, *steps: Step) -> str:
        id = await self.created(create)
        await self.through(id, *steps)
        return id

    def assert_nothing_stuck(self, stages: set[str], final: set[str]) -> None:
        """Every stage was reached, and every stage that is not final was left by someone."""
        assert stages - self.reached == set(), "stages the walk never reached"
        assert stages - final - self.left == set(), "stages nobody of the demo county moved on from"


def values(*enums: type[StrEnum]) -> set[str]:
    return {stage.value for enum in enums for stage in enum}


# ── documents: 收文 and 发文 ───────────────────────────────────────────────────────────────────


def _incoming(classification: str, title: str) -> Step:
    return Step(
        "签收",
        "/incoming",
        {
            "sender": "市人民政府办公室",
            "sender_number": "市政办发〔2026〕12号",
            "title": title,
            "doc_type": "通知",
            "classification": classification,
            "secrecy_period": SECRECY_PERIOD[classification],
        },
    )


@pytest.mark.parametrize("classification", OPEN_AND_CLASSIFIED)
async def test_every_stage_of_an_incoming_document_has_someone_to_move_it_on(tmp_path, classification):
    lead = "office" if classification == "机密" else "finance"  # 冯主任 (机密) heads the office
    async with running_service(DOCUMENTS, tmp_path, **SCHEDULER_OFF) as documents:
        incoming = Walker(documents, IncomingDocument, lambda d: d.stage.value)
        register, archive = Step("登记", "/incoming/{id}/register"), archive_as("/incoming/{id}/archive")
        await incoming.walk(  # 批办件
            _incoming(classification, "关于下达专项资金的通知"),
            register,
            Step("初审", "/incoming/{id}/review", {"accept": True, "handling": "批办件"}),
            Step("拟办", "/incoming/{id}/propose", {"opinion": "拟请领导阅示"}),
            Step(
                "批示",
                "/incoming/{id}/instruct",
                {"instruction": "请牵头办理", "lead_department": lead, "co_departments": []},
            ),
            Step("答复", "/incoming/{id}/reply", {"reply": "已办理完毕"}),
            Step("办结", "/incoming/{id}/close"),
            archive,
        )
        await incoming.walk(  # 阅知件, circulated to 罗县长, who is cleared for everything
            _incoming(classification, "市政府常务会议纪要"),
            register,
            Step("初审", "/incoming/{id}/review", {"accept": True, "handling": "阅知件"}),
            Step("传阅", "/incoming/{id}/circulation", {"readers": ["luo"]}),
            Step("阅毕", "/incoming/{id}/circulation/read", moves=False),
            Step("办结", "/incoming/{id}/close"),
            archive,
        )
        await incoming.walk(  # 初审不通过
            _incoming(classification, "关于商请支持的函"),
            register,
            Step("退回", "/incoming/{id}/review", {"accept": False, "reason": "非本机关主送"}),
            archive,
        )
    incoming.assert_nothing_stuck(values(IncomingStage), final={IncomingStage.ARCHIVED})


async def test_nobody_may_sign_for_a_document_beyond_every_clerks_clearance(tmp_path):
    """A 绝密 document is refused at the door (receiver_not_cleared), so it never waits inside."""
    async with running_service(DOCUMENTS, tmp_path, **SCHEDULER_OFF) as documents:
        step = _incoming("机密", "关于……的通知")
        top_secret = Step(
            step.what, step.path, step.body | {"classification": "绝密", "secrecy_period": "长期"}
        )
        with pytest.raises(AssertionError, match="nobody of the demo county may 签收"):
            await Walker(documents, IncomingDocument, lambda d: d.stage.value).anyone(top_secret)


def _draft(classification: str, co_issuers: list[str]) -> dict[str, Any]:
    return {
        "title": "关于做好春季农业生产工作的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "classification": classification,
        "secrecy_period": SECRECY_PERIOD[classification],
        "main_recipients": ["县人大常委会办公室"],
        "co_issuers": co_issuers,
        "body": "各有关单位：……",
    }


@pytest.mark.parametrize("classification", OPEN_AND_CLASSIFIED)
async def test_every_stage_of_an_outgoing_document_has_someone_to_move_it_on(tmp_path, classification):
    # A joint document needs a co-issuer whose head is cleared: 孙主席 for an open one, 冯主任 (the
    # office) for a 秘密 one drafted by 陈局长; none of the county's heads outside the office is cleared
    # for 机密, so a 机密 document is drafted without co-issuers and 会签 is walked by the other two.
    joint = {"none": ["union"], "秘密": ["office"], "机密": []}[classification]
    after_signing = (
        Step("复核", "/outgoing/{id}/recheck", {"note": "无实质性修改"}),
        Step("登记", "/outgoing/{id}/register", {"code": "县府办发", "copies": 2}),
        Step("印制", "/outgoing/{id}/print"),
        Step("核发", "/outgoing/{id}/dispatch"),
    )
    review, sign = (
        Step("审核", "/outgoing/{id}/review", {"approve": True, "opinion": "同意"}),
        Step("签发", "/outgoing/{id}/sign", {"opinion": "同意印发"}),
    )
    async with running_service(DOCUMENTS, tmp_path, **SCHEDULER_OFF) as documents:
        outgoing = Walker(documents, OutgoingDocument, lambda d: d.stage.value)
        countersigning = [Step("会签", "/outgoing/{id}/countersign", {"opinion": "同意"})] if joint else []
        await outgoing.walk(
            Step("起草", "/outgoing", _draft(classification, joint)),
            Step("审核退回", "/outgoing/{id}/review", {"approve": False, "opinion": "请补充依据"}),
            Step("修改", "/outgoing/{id}/revise", _draft(classification, joint)),
            review,
            *countersigning,
            sign,
            Step("复核（实质性修改）", "/outgoing/{id}/recheck", {"substantive_change": "调整资金数额"}),
            sign,
            *after_signing,
            Step("撤销", "/outgoing/{id}/revoke", {"reason": "依据已废止"}),
            archive_as("/outgoing/{id}/archive"),
        )
        await outgoing.walk(
            Step("起草", "/outgoing", _draft(classification, [])),
            review,
            sign,
            *after_signing,
            Step("废止", "/outgoing/{id}/abolish", {"reason": "已被新文件替代"}),
            archive_as("/outgoing/{id}/archive"),
        )
        if not joint:
            await _joint_confidential_draft_is_refused(outgoing)
    never_entered = set() if joint else {OutgoingStage.COUNTERSIGNING.value}
    outgoing.assert_nothing_stuck(values(OutgoingStage) - never_entered, final={OutgoingStage.ARCHIVED})


async def _joint_confidential_draft_is_refused(outgoing: Walker) -> None:
    """With no co-issuer able to countersign it, a 机密 joint draft never enters 会签中."""
    for co_issuer in ("finance", "union", "office.affairs"):
        with pytest.raises(AssertionError, match="nobody of the demo county may 起草"):
            await outgoing.anyone(Step("起草", "/outgoing", _draft("机密", [co_issuer])))


def archive_as(path: str) -> Step:
    return Step("归档", path, {"retention": "永久"})


# ── meetings ───────────────────────────────────────────────────────────────────────────────────


def _meeting_stage(meeting: Meeting) -> str:
    """A meeting held goes on through its minutes: 起草 → 审定 → 印发."""
    return f"minutes {meeting.minutes.stage.value}" if meeting.minutes else meeting.stage.value


@pytest.mark.parametrize("classification", OPEN_AND_CLASSIFIED)
async def test_every_stage_of_a_meeting_and_its_minutes_has_someone_to_move_it_on(tmp_path, classification):
    plan = {
        "title": "县政府专题会",
        "kind": "专题会",
        "organiser_department": "office",
        "chair": "fang",  # 方副县长, cleared for 机密
        "starts_at": beijing(TUESDAY, 9).isoformat(),
        "ends_at": beijing(TUESDAY, 11).isoformat(),
        "classification": classification,
    }
    resolution = {  # followed in supervision: by a lead department with someone cleared to sign for it
        "title": "落实专项资金",
        "lead_department": "office" if classification == "机密" else "finance",
        "deadline": "2026-03-31",
    }
    async with running_service(MEETINGS, tmp_path, **SCHEDULER_OFF) as meetings:
        walker = Walker(meetings, Meeting, _meeting_stage)
        schedule, notice = Step("安排", "/meetings", plan), Step("发通知", "/meetings/{id}/notice")
        await walker.walk(schedule, Step("取消", "/meetings/{id}/cancel", {"reason": "领导另有安排"}))
        await walker.walk(
            schedule,
            Step("邀请", "/meetings/{id}/invitations", {"people": [{"person": "luo"}]}, moves=False),
            notice,
            Step("召开", "/meetings/{id}/held", at=beijing(TUESDAY, 9, 5)),
            Step("起草纪要", "/meetings/{id}/minutes", {"classification": classification, "summary": "……"}),
            Step("起草议定事项", "/meetings/{id}/resolutions", resolution, moves=False),
            Step("审定纪要", "/meetings/{id}/minutes/approve"),
            Step("印发纪要", "/meetings/{id}/minutes/issue"),
        )
        if classification != "none":  # 赵老师 (none) may not chair it: refused, not left in draft
            with pytest.raises(AssertionError, match="nobody of the demo county may 安排"):
                await walker.anyone(Step("安排", "/meetings", plan | {"chair": "zhao"}))
    every = values(Stage) | {f"minutes {stage.value}" for stage in MinutesStage}
    walker.assert_nothing_stuck(every, final={Stage.CANCELLED, f"minutes {MinutesStage.ISSUED.value}"})


# ── supervision ────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("classification", OPEN_AND_CLASSIFIED)
async def test_every_stage_of_a_supervision_task_has_someone_to_move_it_on(tmp_path, classification):
    task = {
        "title": "清理拖欠中小企业账款",
        "lead_department": "office" if classification == "机密" else "finance",
        "deadline": "2026-04-30",
        "classification": classification,
    }
    async with running_service(SUPERVISION, tmp_path, **SCHEDULER_OFF) as supervision:
        walker = Walker(supervision, SupervisionTask, lambda t: t.stage.value)
        await walker.walk(Step("立项交办", "/tasks", task), *_tasks_done())
        await walker.walk(
            Step("立项交办", "/tasks", task),
            Step("报告无法落实", "/tasks/{id}/infeasibility", {"reason": "政策已调整"}),
            Step("领导撤销", "/tasks/{id}/withdraw", {"reason": "政策已调整，不再督办"}),
        )
        stranded = task | {"lead_department": "agriculture"}  # nobody of 农业农村局 in the directory
        with pytest.raises(AssertionError, match="nobody of the demo county may 立项交办"):
            await walker.anyone(Step("立项交办", "/tasks", stranded))  # lead_department_cannot_act
    walker.assert_nothing_stuck(
        values(TaskStage), final={stage.value for stage in TaskStage if stage.is_final}
    )


def _tasks_done() -> tuple[Step, ...]:
    return (
        Step("签收", "/tasks/{id}/acknowledge"),
        Step("报告办结", "/tasks/{id}/completion", {"text": "已全部办结"}),
        Step("核实办结", "/tasks/{id}/close"),
    )


# ── reception: petitions, seal requests, trips, visits ──────────────────────────────────────────


async def test_every_stage_of_a_petition_has_someone_to_move_it_on(tmp_path):
    """A petition's handling is followed in supervision: its task is walked there, by the county's
    people too, and its closure reaches the petition through the bus before the 答复."""
    petitioner = {"name": "刘建国"}
    register = Step(
        "登记",
        "/petitions",
        {
            "petitioner": petitioner,
            "channel": "letter",
            "content": "反映学校违规收费",
            "received_on": "2026-03-09",
        },
    )
    route = Step("转送", "/petitions/{id}/route", {"to_department": "education"})
    async with (
        running_service(SUPERVISION, tmp_path, **SCHEDULER_OFF) as supervision,
        running_service(RECEPTION, tmp_path, **SCHEDULER_OFF) as reception,
    ):
        petitions = Walker(reception, Petition, lambda p: p.stage.value)
        tasks = Walker(supervision, SupervisionTask, lambda t: t.stage.value)
        petition = await petitions.walk(
            register,
            route,
            Step("受理", "/petitions/{id}/accept", {"notice": "受理告知书〔2026〕1号"}),
            Step("交办", "/petitions/{id}/assign", {"department": "education", "summary": "请核查学校收费"}),
        )
        task = f"petition:{petition}:education"
        await _until(lambda: _exists(tasks, task))
        await tasks.through(task, *_tasks_done())
        await _until(lambda: _supervision_closed(reception, petition))
        review = Step("请求复查/复核", "/petitions/{id}/review-requests", {"grounds": "对处理意见不服"})
        decide = Step(
            "复查/复核意见", "/petitions/{id}/review-decisions", {"outcome": "upheld", "opinion": "维持"}
        )
        await petitions.through(
            petition,
            Step("答复", "/petitions/{id}/reply", {"reply": "经核查已责令退费"}),
            review,
            decide,
            review,
            decide,
        )
        objected = await petitions.walk(
            register, route, Step("异议", "/petitions/{id}/object", {"reason": "不属本机关职权"})
        )
        # An objection (§23: outside that body's remit) sends it back to be routed to the right one.
        await petitions.through(objected, Step("转送", "/petitions/{id}/route", {"to_department": "finance"}))
    petitions.assert_nothing_stuck(values(PetitionStage), final={PetitionStage.FINAL})


async def _until(probe: Callable[[], Any], seconds: float = 10.0) -> None:
    """The services answer each other through the bus, not at once."""
    async with asyncio.timeout(seconds):
        while not await probe():
            await asyncio.sleep(0.05)


async def _exists(walker: Walker, id: str) -> bool:
    store = walker.service.runtime.store
    async with store.engine.connect() as connection:
        return bool(await store.read_stream(connection, id))


async def _supervision_closed(reception: RunningService, petition: str) -> bool:
    store = reception.runtime.store
    async with store.engine.connect() as connection:
        stored = await store.read_stream(connection, petition)
    return any(e.type.endswith(".petition.supervision_closed.v1") for e in stored)


async def test_every_stage_of_a_seal_request_a_trip_a_visit_and_a_reception_has_someone_to_move_it_on(
    tmp_path: Path,
):
    async with running_service(RECEPTION, tmp_path, **SCHEDULER_OFF) as reception:
        seals = Walker(reception, SealRequest, lambda r: r.stage.value)
        trips = Walker(reception, Trip, lambda t: t.stage.value)
        visits = Walker(reception, Visit, lambda v: v.stage.value)
        receptions = Walker(reception, Reception, lambda r: r.stage.value)
        seal = await seals.anyone(Step("登记印章", "/seals", {"name": "县政府办公室章", "kind": "办公室章"}))
        await seals.walk(
            Step(
                "用印申请",
                "/seal-requests",
                {
                    "seal_id": seal["id"],
                    "document": "F政办函〔2026〕12号",
                    "reason": "报送总结",
                    "impressions": 1,
                },
            ),
            Step("批准用印", "/seal-requests/{id}/approve"),
            Step("用印", "/seal-requests/{id}/use", {"impressions": 1}),
        )
        car = await trips.anyone(
            Step("登记车辆", "/vehicles", {"plate": "F·A1234", "model": "丰田凯美瑞", "seats": 5})
        )
        await trips.walk(
            Step(
                "用车申请",
                "/trips",
                {
                    "destination": "省城",
                    "purpose": "参加会议",
                    "starts_at": "2026-03-10T00:00:00Z",
                    "ends_at": "2026-03-10T09:00:00Z",
                },
            ),
            Step("批准用车", "/trips/{id}/approve"),
            Step("派车", "/trips/{id}/dispatch", {"vehicle_id": car["id"]}),
            Step("还车", "/trips/{id}/return", {"mileage_km": 212.5}),
        )
        await visits.walk(
            Step(
                "预约来访",
                "/visits",
                {
                    "visitor": {"name": "马晓燕"},
                    "organisation": "F县第一中学",
                    "host_department": "education",
                    "host_person": "zhao",
                    "expected_at": "2026-03-09T02:00:00Z",
                    "purpose": "商谈校舍维修",
                },
            ),
            Step("签到", "/visits/{id}/arrive", {"badge": "A-07"}),
            Step("离开", "/visits/{id}/leave"),
        )
        await receptions.walk(
            Step(
                "凭公函拟定接待方案",
                "/hospitality",
                {
                    "letter": {
                        "sending_body": "G市审计局",
                        "business": "审计调研",
                        "itinerary": "3月10日座谈",
                        "people": 1,
                    },
                    "guests": [{"name": "高明远", "post": "副局长"}],
                    "business": "审计调研",
                    "host_department": "gov",
                    "host_person": "fang",
                    "arrives_at": "2026-03-10T01:00:00Z",
                    "departs_at": "2026-03-10T09:00:00Z",
                    "items": [
                        {
                            "kind": "meeting",
                            "starts_at": "2026-03-10T01:30:00Z",
                            "ends_at": "2026-03-10T03:00:00Z",
                            "place": "县政府三楼会议室",
                        }
                    ],
                },
            ),
            Step("批准接待方案", "/hospitality/{id}/approve"),
            Step(
                "结算",
                "/hospitality/{id}/settle",
                {"bills": [{"item": 0, "amount_fen": 0, "receipt": "No.1"}]},
            ),
        )
    seals.assert_nothing_stuck(values(SealRequestStage), final={SealRequestStage.USED})
    trips.assert_nothing_stuck(values(TripStage), final={TripStage.RETURNED})
    visits.assert_nothing_stuck(values(VisitStage), final={VisitStage.LEFT})
    receptions.assert_nothing_stuck(values(ReceptionStage), final={ReceptionStage.SETTLED})
