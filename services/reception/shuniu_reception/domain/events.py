"""Every event the reception service records and publishes on `shuniu.reception.events`.

Personal data (a visitor's or petitioner's name, ID number, phone, address, and what a petitioner
wrote) only ever appears here as a `Sealed` token: ciphertext under that person's own key (see
`shuniu_reception.app.personal_data`). Aggregates carry the tokens as opaque strings, so replaying
a stream works the same before and after the key is destroyed.

So does the office's own free text on a petitioner's case (issue 17): the acceptance notice, an
objection's and an extension's reason, the 交办 summary, a refusal's and a review's opinion — it
says what the case is about, so it is the petitioner's too and goes when they are forgotten. The
versions before sealing carried it in clear; their upcasters keep such text as it was written (a
reader shows text that is not a token as it stands), so only records made before issue 17 hold any.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field
from shuniu_shared.events import DomainEvent, EventRegistry, EventValue, Upcaster

registry = EventRegistry("reception")

Sealed = Annotated[
    str,
    Field(description="个人信息密文 / personal data sealed with the person's key: enc:v1:<key id>:<base64>"),
]
CaseText = Annotated[
    str,
    Field(
        description="信访事项的文字，以信访人的密钥加密 / free text of the person's case, sealed with the "
        "petitioner's key: enc:v1:<key id>:<base64> (clear text only in records upcast from the version before)"
    ),
]
ReviewLevel = Literal["复查", "复核"]
Channel = Literal["letter", "visit", "phone", "online"]  # 来信、来访、电话、网上
ReviewOutcome = Literal["upheld", "revised"]  # 维持、变更


# 数据主体 — a visitor or petitioner whose personal data the service holds


@registry.event("person.recorded")
class PersonRecorded(DomainEvent):
    """登记个人信息：来访人或信访人的信息，以其密钥加密 / a visitor's or petitioner's data was recorded, sealed."""

    kind: Literal["visitor", "petitioner"]
    name: Sealed
    id_number: Sealed | None = None
    phone: Sealed | None = None
    address: Sealed | None = None


@registry.event("person.forgotten")
class PersonForgotten(DomainEvent):
    """删除个人信息：密钥已销毁，其密文从此无法读取 / the person's key was destroyed; their tokens are unreadable."""

    forgotten_by: str
    forgotten_at: datetime


# 来访 — visitors


@registry.event("visit.appointed")
class VisitAppointed(DomainEvent):
    """预约来访：约定来访时间与接待人 / a visit was booked with its host and expected time."""

    person_id: str
    organisation: str
    host_department: str
    host_person: str
    expected_at: datetime
    purpose: str
    booked_by: str


@registry.event("visit.arrived")
class VisitorArrived(DomainEvent):
    """来访登记：来访人到达，发放访客证 / a visitor arrived and was given a badge."""

    person_id: str
    badge: str
    arrived_at: datetime
    walk_in: bool
    host_department: str
    host_person: str
    organisation: str = ""
    purpose: str = ""


@registry.event("visit.left")
class VisitorLeft(DomainEvent):
    """离开：来访人离开，交还访客证 / the visitor left and handed the badge back."""

    badge: str
    left_at: datetime


# 信访 — petitions

StatutoryClock = Literal[
    "routing",  # 转送交办（15日）
    "acceptance",  # 受理告知（15日）
    "handling",  # 办理（60日，可延长）
    "review_request",  # 请求复查（30日）
    "review_decision",  # 复查意见（30日）
    "second_review_request",  # 请求复核（30日）
    "second_review_decision",  # 复核意见（30日）
]


RUNNING_CLOCK = "此后所待的法定时限 / the statutory period the petition now waits on"


class RunningClock(EventValue):
    """The statutory period a step leaves the petition waiting on, and the day it runs out: what a
    reader of the topic (the dashboards) shows as the petition's clock, without knowing the 条例."""

    clock: StatutoryClock
    due_on: date


@registry.event("petition.registered", version=1)
class PetitionRegisteredV1(DomainEvent):
    """信访登记：登记信访事项，转送时限开始 / a petition was registered; its routing period began."""

    case_number: str
    person_id: str
    channel: Channel
    content: Sealed
    received_on: date
    registered_by: str
    routing_due_on: date


@registry.event("petition.registered", version=2)
class PetitionRegistered(PetitionRegisteredV1):
    """信访登记（v2 起写明所计的时限）/ a petition was registered, naming the clock it starts"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.event("petition.routed", version=1)
class PetitionRoutedV1(DomainEvent):
    """转送：转送有权机关，受理与异议时限开始 / the petition was routed; acceptance and objection periods began."""

    to_department: str
    routed_on: date
    routed_by: str
    acceptance_due_on: date
    objection_due_on: date


@registry.event("petition.routed", version=2)
class PetitionRouted(PetitionRoutedV1):
    """转送（v2 起写明所计的时限：受理告知）/ the petition was routed, naming the clock the petitioner waits on"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.event("petition.accepted", version=1)
class PetitionAcceptedV1(DomainEvent):
    """受理（旧版，告知书内容为明文）/ the petition was accepted; the notice in clear (superseded by v2)."""

    accepted_on: date
    notice: str
    handling_due_on: date


@registry.event("petition.accepted", version=2)
class PetitionAcceptedV2(PetitionAcceptedV1):
    """受理：书面告知信访人已受理，办理时限开始 / the petition was accepted in writing; handling began."""

    notice: CaseText  # the written notice (告知书文号或内容)


@registry.event("petition.accepted", version=3)
class PetitionAccepted(PetitionAcceptedV2):
    """受理（v3 起写明所计的时限：办理）/ the petition was accepted, naming the handling clock"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.event("petition.objected", version=1)
class PetitionObjectedV1(DomainEvent):
    """异议（旧版，理由为明文）/ the body objected; the reason in clear (superseded by v2)."""

    objected_on: date
    reason: str


@registry.event("petition.objected", version=2)
class PetitionObjected(PetitionObjectedV1):
    """异议：不属本机关职权，于时限内提出 / the body objected, in time, that it is outside its remit."""

    reason: CaseText


@registry.event("petition.assigned", version=1)
class PetitionAssignedV1(DomainEvent):
    """交办（旧版，摘要为明文）/ the petition was assigned; the summary in clear (superseded by v2)."""

    petition_id: str
    case_number: str
    summary: str
    department: str
    due_on: date
    assigned_by: str


@registry.event("petition.assigned", version=2)
class PetitionAssigned(PetitionAssignedV1):
    """交办：交承办部门，督办据此立项（契约）/ the petition was assigned to a department; supervision opens a task."""

    summary: CaseText  # the officer's 交办摘要: the department reads it in the petition


@registry.event("petition.supervision_opened")
class SupervisionOpened(DomainEvent):
    """督办中：督查室已就信访事项立项 / supervision opened a task for the petition."""

    task_id: str


@registry.event("petition.supervision_closed")
class SupervisionClosed(DomainEvent):
    """督办办结：信访事项的督办经核实办结 / supervision closed the petition's task, with the verified result."""

    task_id: str
    result: str
    closed_on: date


@registry.event("petition.extension_requested", version=1)
class ExtensionRequestedV1(DomainEvent):
    """申请延期（旧版，理由为明文）/ an extension was asked for; the reason in clear (superseded by v2)."""

    days: int
    reason: str
    requested_on: date
    requested_by: str


@registry.event("petition.extension_requested", version=2)
class ExtensionRequested(ExtensionRequestedV1):
    """申请延期：情况复杂，信访工作人员说明理由和拟延长日数，报本机关负责人批准
    / the petitions officer asked a responsible official to extend handling, with the reason and the days."""

    reason: CaseText


@registry.event("petition.extended", version=1)
class HandlingExtendedV1(DomainEvent):
    """延期办理（旧版）：由信访工作人员一并填写批准人与告知日期 / handling was extended, the approver and the
    day the petitioner was told typed in by the officer (superseded by v2; read through its upcaster)."""

    days: int
    reason: str
    approved_by: str
    petitioner_told_on: date
    handling_due_on: date


@registry.event("petition.extended", version=2)
class HandlingExtendedV2(DomainEvent):
    """批准延期（旧版，理由为明文）/ the extension was approved; the reason in clear (superseded by v3)."""

    days: int
    reason: str
    approved_by: str
    approved_on: date | None = Field(
        description="批准日期；v1 记录未记载，为 null / the day of approval; null in records upcast from v1"
    )
    handling_due_on: date


@registry.event("petition.extended", version=3)
class HandlingExtendedV3(HandlingExtendedV2):
    """批准延期：本机关负责人批准延长办理期限，办理时限后移 / a responsible official approved the extension;
    handling is now due later."""

    reason: CaseText


@registry.event("petition.extended", version=4)
class HandlingExtended(HandlingExtendedV3):
    """批准延期（v4 起写明所计的时限：办理）/ the extension was approved, naming the handling clock it moved."""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.upcaster("petition.extended", from_version=1)
def extended_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """A v1 record carried the approver as a name the officer typed and no date of approval; its
    "told on" date was typed in the same form and went unchecked (issue 15), so it is not carried
    into the approval — the stored v1 record, shown by the petition's history, keeps it as written."""
    return {
        "days": data["days"],
        "reason": data["reason"],
        "approved_by": data["approved_by"],
        "approved_on": None,
        "handling_due_on": data["handling_due_on"],
    }


@registry.event("petition.extension_refused", version=1)
class ExtensionRefusedV1(DomainEvent):
    """不批准延期（旧版，意见为明文）/ the extension was refused; the opinion in clear (superseded by v2)."""

    refused_by: str
    refused_on: date
    opinion: str


@registry.event("petition.extension_refused", version=2)
class ExtensionRefused(ExtensionRefusedV1):
    """不批准延期：本机关负责人不同意延长，仍按原期限办结 / the responsible official refused the extension;
    handling stays due on its date."""

    opinion: CaseText


@registry.event("petition.extension_told")
class PetitionerToldOfExtension(DomainEvent):
    """告知延期理由：将批准的延期及其理由告知信访人 / the petitioner was told of the approved extension and why."""

    told_on: date
    told_by: str


@registry.event("petition.replied", version=1)
class PetitionRepliedV1(DomainEvent):
    """答复：书面答复信访人，复查申请时限开始 / the petitioner was replied to in writing; the review period began."""

    replied_on: date
    reply: Sealed
    review_request_due_on: date


@registry.event("petition.replied", version=2)
class PetitionReplied(PetitionRepliedV1):
    """答复（v2 起写明所计的时限：请求复查）/ the petitioner was replied to, naming the review-request clock"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


DECISION_CLOCK: dict[str, StatutoryClock] = {"复查": "review_decision", "复核": "second_review_decision"}


@registry.event("petition.review_requested", version=1)
class ReviewRequestedV1(DomainEvent):
    """申请复查或复核：信访人对答复或复查意见不服 / the petitioner asked for a review (复查) or a second one (复核)."""

    level: ReviewLevel
    requested_on: date
    grounds: Sealed
    decision_due_on: date


@registry.event("petition.review_requested", version=2)
class ReviewRequested(ReviewRequestedV1):
    """申请复查或复核（v2 起写明所计的时限）/ a review was asked for, naming the decision clock"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.event("petition.hearing_held", version=1)
class HearingHeldV1(DomainEvent):
    """听证：听证天数不计入复查、复核期限 / a hearing was held; its days do not count towards the decision's period."""

    level: ReviewLevel
    from_on: date
    to_on: date
    days: int
    decision_due_on: date


@registry.event("petition.hearing_held", version=2)
class HearingHeld(HearingHeldV1):
    """听证（v2 起写明所计的时限）/ a hearing was held, naming the decision clock it postponed"""

    running_clock: RunningClock = Field(description=RUNNING_CLOCK)


@registry.event("petition.review_decided", version=1)
class ReviewDecidedV1(DomainEvent):
    """复查或复核意见（旧版，意见为明文）/ the review was decided; the opinion in clear (superseded by v2)."""

    level: ReviewLevel
    decided_on: date
    outcome: ReviewOutcome
    opinion: str
    next_request_due_on: date | None  # 复核 may follow a 复查; nothing follows a 复核


@registry.event("petition.review_decided", version=2)
class ReviewDecidedV2(ReviewDecidedV1):
    """复查或复核意见：维持或变更 / the review was decided: upheld or revised."""

    opinion: CaseText


@registry.event("petition.review_decided", version=3)
class ReviewDecided(ReviewDecidedV2):
    """复查或复核意见（v3 起写明所计的时限，复核之后无）/ the review was decided, naming the clock for
    a second review if one may follow."""

    running_clock: RunningClock | None = Field(description=RUNNING_CLOCK)


def _clock_dated_by(
    name: str, from_version: int, due_field: str, clock: StatutoryClock | dict[str, StatutoryClock]
) -> Upcaster:
    """The upcaster of a step's record from before its event named its clock: the clock is the one
    its deadline field `due_field` dates — for a review's decision, by the record's `level` — and
    none where that field is null (nothing follows a 复核)."""

    def upcast(data: dict[str, Any]) -> dict[str, Any]:
        due = data[due_field]
        named = clock if isinstance(clock, str) else clock[data["level"]]
        return {**data, "running_clock": None if due is None else {"clock": named, "due_on": due}}

    return registry.upcaster(name, from_version)(upcast)


registered_v1_to_v2 = _clock_dated_by("petition.registered", 1, "routing_due_on", "routing")
# The objection period runs beside the acceptance period; the petitioner waits on the latter.
routed_v1_to_v2 = _clock_dated_by("petition.routed", 1, "acceptance_due_on", "acceptance")
accepted_v2_to_v3 = _clock_dated_by("petition.accepted", 2, "handling_due_on", "handling")  # v1 read as v2
extended_v3_to_v4 = _clock_dated_by("petition.extended", 3, "handling_due_on", "handling")  # older as v3
replied_v1_to_v2 = _clock_dated_by("petition.replied", 1, "review_request_due_on", "review_request")
review_requested_v1_to_v2 = _clock_dated_by("petition.review_requested", 1, "decision_due_on", DECISION_CLOCK)
hearing_held_v1_to_v2 = _clock_dated_by("petition.hearing_held", 1, "decision_due_on", DECISION_CLOCK)
review_decided_v2_to_v3 = _clock_dated_by(
    "petition.review_decided", 2, "next_request_due_on", "second_review_request"
)


def _text_as_written(data: dict[str, Any]) -> dict[str, Any]:
    """The version before sealing had the same fields, its free text in clear: kept as written
    (readers show text that is not a token as it stands; forgetting cannot reach it)."""
    return data


for _name, _from in (
    ("petition.accepted", 1),
    ("petition.objected", 1),
    ("petition.assigned", 1),
    ("petition.extension_requested", 1),
    ("petition.extended", 2),
    ("petition.extension_refused", 1),
    ("petition.review_decided", 1),
):
    registry.upcaster(_name, from_version=_from)(_text_as_written)


@registry.event("petition.clock_approaching")
class ClockApproaching(DomainEvent):
    """时限临近：一项法定时限即将届满 / a statutory period is about to run out."""

    clock: str
    due_on: date


@registry.event("petition.clock_overdue")
class ClockOverdue(DomainEvent):
    """时限已过：一项法定时限届满而事项未办 / a statutory period ran out with its step not taken."""

    clock: str
    due_on: date


# 车辆 — vehicles and trips


@registry.event("vehicle.registered")
class VehicleRegistered(DomainEvent):
    """登记车辆：车牌、车型与座位数 / a vehicle joined the pool."""

    plate: str
    model: str
    seats: int


@registry.event("trip.requested")
class TripRequested(DomainEvent):
    """用车申请：乘车人、目的地、事由与时间 / a trip was requested, with rider, destination and time."""

    requested_by: str
    rider: str  # whom the car is for
    passengers: list[str]
    destination: str
    purpose: str
    starts_at: datetime
    ends_at: datetime


@registry.event("trip.approved")
class TripApproved(DomainEvent):
    """批准用车：用车申请获批 / the trip was approved."""

    approved_by: str


@registry.event("trip.dispatched")
class TripDispatched(DomainEvent):
    """派车：为行程派出一辆车 / a vehicle was dispatched for the trip."""

    vehicle_id: str
    dispatched_by: str


@registry.event("trip.reassigned")
class VehicleReassigned(DomainEvent):
    """改派：车辆改派给另一行程，已告知乘车人并给出空闲车辆 / the car went to another trip; the rider was told."""

    vehicle_id: str
    to_trip: str
    reason: str
    reassigned_by: str
    alternatives: list[str]


@registry.event("trip.returned")
class TripReturned(DomainEvent):
    """还车：车辆归还，记下里程 / the car came back, with its mileage."""

    vehicle_id: str
    returned_at: datetime
    mileage_km: float


# 用印 — seals


@registry.event("seal.registered")
class SealRegistered(DomainEvent):
    """登记印章：印章名称与种类 / a seal was registered."""

    name: str
    kind: str


@registry.event("seal_request.requested")
class SealRequested(DomainEvent):
    """用印申请：为一份文件申请用印，说明理由与次数 / the seal was requested for a document, with reason and count."""

    seal_id: str
    document: str
    reason: str
    impressions: int
    requested_by: str
    # A 发文 issued in Shuniu names its rendered PDF, so that what the seal is pressed on is exactly
    # the PDF the approver read: any other PDF has another hash (issue 19, deliver 3).
    outgoing_id: str = Field(
        "", description="发文编号（documents 服务中的发文）/ the outgoing document to seal, if any"
    )
    pdf_sha256: str = Field("", description="该发文排版 PDF 的 SHA-256 / SHA-256 of its typeset PDF (hex)")


@registry.event("seal_request.approved")
class SealApproved(DomainEvent):
    """批准用印：用印申请获批 / the seal request was approved."""

    approved_by: str


@registry.event("seal_request.used")
class SealUsed(DomainEvent):
    """用印：记下谁、何时、用哪枚印章、盖几次 / the seal was used, logged with who, when and how many impressions."""

    seal_id: str
    used_by: str
    used_at: datetime
    impressions: int
    outgoing_id: str = Field(
        "", description="所盖发文 / the outgoing document sealed, if any (from the request)"
    )
    pdf_sha256: str = Field(
        "", description="所盖 PDF 的 SHA-256 / SHA-256 of the PDF sealed (from the request)"
    )


# 公务接待 — official hospitality (《党政机关国内公务接待管理规定》, docs/rules.md §9)
#
# Audience: the office's reception staff (receptionist, office director) see every reception; the
# host leader or official, the clerk who planned it and each person given a booking see theirs.
# Guests' names and posts are sealed under each guest's own key, as a visitor's data is.

PlanItemKind = Literal["meeting", "inspection", "working_meal", "lodging", "transport"]
BookingKind = Literal["ticket", "room"]  # 订票, 订房


class OfficialLetter(EventValue):
    """公函：来宾派出单位的公函，写明公务内容、行程和人员 / the sending body's official letter."""

    sending_body: str = Field(description="派出单位 / the body sending the guests")
    reference: str = Field(description="公函文号 / the letter's number")
    business: str = Field(description="公务内容 / the official business the letter names")
    itinerary: str = Field(description="行程 / the itinerary the letter names")
    people: int = Field(description="公函所列人数 / how many people the letter names")


class Guest(EventValue):
    """来宾：姓名与职务以来宾本人的密钥加密 / a guest, name and post sealed with the guest's key."""

    person_id: str
    post: Sealed


class PlanItem(EventValue):
    """接待方案的一项：座谈、考察、工作餐、住宿或交通，及其预计费用（分）/ one item of the plan and its
    planned cost in fen. Only these kinds exist: what the rules forbid cannot be entered."""

    kind: PlanItemKind
    starts_at: datetime
    ends_at: datetime
    place: str
    description: str = ""
    hosts: int | None = Field(None, description="工作餐陪餐人数 / hosts at the working meal's table")
    per_person_fen: int | None = Field(None, description="工作餐人均标准（分）/ the meal's cost per person")
    hotel: str | None = Field(None, description="协议饭店 / the agreed hotel of a lodging")
    rooms: int | None = None
    room_price_fen: int | None = Field(None, description="协议价（分/间·晚）/ the agreed price")
    cost_fen: int = Field(description="预计费用（分）/ the planned cost in fen")


@registry.event("hospitality.planned")
class ReceptionPlanned(DomainEvent):
    """接待方案：凭公函登记来宾与接待方案 / a reception plan was entered on the sending body's letter."""

    letter: OfficialLetter
    guests: list[Guest]
    business: str
    host_department: str
    host_person: str
    arrives_at: datetime
    departs_at: datetime
    items: list[PlanItem]
    transport: str
    planned_by: str


@registry.event("hospitality.approved")
class ReceptionApproved(DomainEvent):
    """批准接待方案 / the reception plan was approved."""

    approved_by: str
    approved_on: date


@registry.event("hospitality.booking_requested")
class BookingRequested(DomainEvent):
    """订票订房任务：交经办人预订 / a ticket or room booking was given to a person as a task."""

    booking_id: str
    kind: BookingKind
    details: str
    assignee: str


@registry.event("hospitality.booking_confirmed")
class BookingConfirmed(DomainEvent):
    """预订确认：记下确认号 / the booking was confirmed, with its confirmation."""

    booking_id: str
    confirmation: str
    confirmed_by: str
    confirmed_at: datetime


class Bill(EventValue):
    """一张票据：对应方案的哪一项、金额（分）与发票号 / a bill against an item of the plan."""

    item: int = Field(description="方案项目序号（从 0 起）/ the plan item's index")
    amount_fen: int
    receipt: str = Field(description="发票号 / the financial receipt's number")


@registry.event("hospitality.settled")
class ReceptionSettled(DomainEvent):
    """结算：票据与接待清单核对 / the bills were recorded and reconciled with the 接待清单."""

    bills: list[Bill]
    settled_by: str
    settled_on: date


# 办公用品 — supplies (docs/rules.md §10)
#
# Audience: an item's stock is the office's reference data, seen by everyone with a role (as the
# seals are); a requisition by the office's affairs staff and the requesting department.


@registry.event("supply.registered")
class SupplyRegistered(DomainEvent):
    """登记办公用品：名称、计量单位、期初库存与补货阈值 / an item of supplies was put on the stock list."""

    name: str
    unit: str = Field(description="计量单位 / the unit it is counted in (包, 支, 盒…)")
    quantity: int = Field(description="期初库存 / the stock it starts with")
    threshold: int = Field(
        description="补货阈值：库存低于此数即提出采购申请 / below this, a purchase is requested"
    )
    registered_by: str


@registry.event("supply.issued")
class SuppliesIssued(DomainEvent):
    """出库：按批准的申领发放 / supplies were issued on an approved requisition."""

    requisition_id: str
    department: str
    quantity: int
    remaining: int = Field(description="出库后的库存 / the stock after the issue")
    issued_by: str


@registry.event("supply.purchase_requested")
class PurchaseRequested(DomainEvent):
    """采购申请：库存低于补货阈值 / the stock fell below the threshold, so a purchase was requested."""

    purchase_id: str
    stock: int = Field(description="提出时的库存 / the stock when it was raised")
    threshold: int


@registry.event("supply.received")
class SuppliesReceived(DomainEvent):
    """入库：采购的用品到货，库存增加，采购申请办结 / supplies were received and the purchase closed."""

    quantity: int
    remaining: int = Field(description="入库后的库存 / the stock after the receipt")
    purchase_id: str | None = Field(None, description="办结的采购申请 / the purchase request it closes")
    received_by: str


@registry.event("requisition.made")
class RequisitionMade(DomainEvent):
    """申领：部门申领办公用品 / a department asked for supplies."""

    item_id: str
    quantity: int
    department: str
    purpose: str
    requested_by: str


@registry.event("requisition.approved")
class RequisitionApproved(DomainEvent):
    """批准申领 / the requisition was approved by the office's affairs officer."""

    approved_by: str


@registry.event("requisition.issued")
class RequisitionIssued(DomainEvent):
    """已出库 / the supplies asked for were issued."""

    issued_by: str
    issued_at: datetime


# 固定资产 — fixed assets (docs/rules.md §10)
#
# Audience: the office's affairs staff, its director and the auditors see every asset; the holding
# department and the custodian see theirs. Every movement is an event on the asset's own stream, so
# its history is the audit trail.


@registry.event("asset.registered")
class AssetRegistered(DomainEvent):
    """登记固定资产：资产编号、名称、保管人、存放地点、使用部门 / an asset was entered in the register."""

    tag: str = Field(description="资产编号 / the asset's tag")
    name: str
    custodian: str = Field(description="保管人 / the person answerable for it")
    location: str = Field(description="存放地点 / where it is kept")
    department: str = Field(description="使用部门 / the department that holds it")
    registered_by: str


@registry.event("asset.transfer_proposed")
class TransferProposed(DomainEvent):
    """提出调拨 / a transfer to another custodian, place or department was proposed."""

    custodian: str
    location: str
    department: str
    reason: str
    proposed_by: str


@registry.event("asset.transferred")
class AssetTransferred(DomainEvent):
    """调拨：经批准移交 / the transfer was approved and the asset moved."""

    custodian: str
    location: str
    department: str
    approved_by: str


@registry.event("asset.disposal_proposed")
class DisposalProposed(DomainEvent):
    """提出报废 / the asset's disposal was proposed."""

    reason: str
    proposed_by: str


@registry.event("asset.disposed")
class AssetDisposed(DomainEvent):
    """报废：经批准注销 / the disposal was approved and the asset left the register."""

    approved_by: str
    disposed_on: date


# 盘点 — a count of the assets: what is found, and on closing, how it differs from the register.
# Audience: the office's affairs staff, its director and the auditors.


@registry.event("asset_count.opened")
class CountOpened(DomainEvent):
    """开始盘点 / a count of the assets was opened."""

    opened_by: str
    opened_on: date


@registry.event("asset_count.found")
class AssetFound(DomainEvent):
    """盘点实物：在何处、由谁保管 / an asset was found in the count, where and with whom."""

    tag: str
    location: str
    custodian: str
    found_by: str


@registry.event("asset_count.missing")
class AssetMissing(DomainEvent):
    """盘亏：在册而未找到 / a registered asset was not found."""

    tag: str
    location: str = Field(description="账面存放地点 / where the register has it")
    custodian: str = Field(description="账面保管人 / whom the register has it with")


@registry.event("asset_count.unregistered")
class UnregisteredAssetFound(DomainEvent):
    """盘盈：找到而未在册 / an asset was found that is not in the register."""

    tag: str
    location: str
    custodian: str


@registry.event("asset_count.misplaced")
class AssetMisplaced(DomainEvent):
    """账实不符：存放地点或保管人与账面不同 / an asset was found elsewhere or with someone else."""

    tag: str
    registered_location: str
    found_location: str
    registered_custodian: str
    found_custodian: str


@registry.event("asset_count.closed")
class CountClosed(DomainEvent):
    """结束盘点 / the count was closed, its differences recorded just before."""

    closed_by: str
    closed_on: date
    differences: int
