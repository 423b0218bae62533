"""Official hospitality (公务接待) per 《党政机关国内公务接待管理规定》 (docs/rules.md §9): the sending
body's 公函 → the reception plan (接待方案) → approval → tickets and rooms booked as tasks → the bills
reconciled with the 接待清单.

What the rules forbid is not a check on free text but absent from the vocabulary: a plan is made of
items of five kinds (座谈 meeting, 考察 inspection, 工作餐 working meal, 住宿 lodging, 交通 transport),
and a gift, a tour, a banquet or an entertainment venue is refused by name, with the rule that
forbids it, before anything is recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.clock import office_date
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain.audiences import WHEREABOUTS
from shuniu_reception.domain.events import (
    Bill,
    BookingConfirmed,
    BookingRequested,
    DomainEvent,
    Guest,
    OfficialLetter,
    PlanItem,
    PlanItemKind,
    ReceptionApproved,
    ReceptionPlanned,
    ReceptionSettled,
)

HOSPITALITY_STAFF = ("receptionist", "office_director")  # 接待办: they plan, book and see every reception
APPROVERS = ("office_director",)  # 接待方案 is approved by the office's director
GUEST_DATA = ("name", "post")  # what a reception holds of each guest, sealed under the guest's key

ALLOWED: dict[str, tuple[str, str]] = {
    "meeting": ("座谈、工作会议", "meeting"),
    "inspection": ("与公务相关的考察调研", "inspection for the business"),
    "working_meal": ("工作餐", "working meal"),
    "lodging": ("住宿（协议饭店）", "lodging at an agreed hotel"),
    "transport": ("交通", "transport"),
}
# What the 规定 forbids, each kind with the rule that forbids it (docs/rules.md §9).
FORBIDDEN: dict[str, tuple[str, str]] = {
    "gift": (
        "不得赠送现金、有价证券、纪念品和土特产品",
        "no gifts of money, securities, souvenirs or local specialities",
    ),
    "sightseeing": ("不得安排与公务无关的参观游览", "no tours or visits unrelated to the business"),
    "entertainment": ("不得安排娱乐、健身活动或进入娱乐健身场所", "no entertainment or fitness venues"),
    "performance": ("不得安排专场文艺演出", "no special performances"),
    "welcome_ceremony": (
        "不得在机场、车站、码头和辖区边界组织迎送活动，不得张贴悬挂标语横幅，不得安排群众迎送",
        "no welcome ceremonies at airports, stations or borders, no banners, no crowds",
    ),
    "banquet": ("只可安排一次工作餐，不得另设宴请", "one working meal at most, no banquet besides"),
    "luxury_dishes": (
        "工作餐不得提供鱼翅、燕窝等高档菜肴和用野生保护动物制作的菜肴",
        "no shark fin, bird's nest or other luxury dishes, nothing from protected wild animals",
    ),
    "premium_liquor": ("工作餐不得提供香烟和高档酒水", "no cigarettes or premium liquor at the working meal"),
    "private_club": ("不得使用私人会所、高消费餐饮场所", "no private clubs or high-end venues"),
}


@dataclass(frozen=True)
class Standards:
    """The office's configurable numbers: the 工作餐 standard per person and the agreed hotels
    (协议饭店) with their agreed price per room and night, all in fen."""

    meal_per_person_fen: int
    hotels: Mapping[str, int]


def most_hosts(guests: int) -> int:
    """陪餐人数: guests ≤ 10 → at most 3 hosts; more → at most a third of the guests."""
    return 3 if guests <= 10 else guests // 3


@dataclass(frozen=True)
class ItemDraft:
    """An item as the clerk enters it, its kind a word not yet checked against the vocabulary."""

    kind: str
    starts_at: datetime
    ends_at: datetime
    place: str
    description: str = ""
    hosts: int | None = None
    per_person_fen: int | None = None
    hotel: str | None = None
    rooms: int | None = None
    cost_fen: int = 0


class ReceptionStage(StrEnum):
    PLANNED = "planned"  # 方案待批
    APPROVED = "approved"  # 方案已批，接待中
    SETTLED = "settled"  # 已结算


@dataclass(frozen=True)
class Line:
    """One line of the reconciliation: what the plan put an item at, what the bills say, and the
    difference (positive: spent more than planned)."""

    item: int
    planned_fen: int
    billed_fen: int

    @property
    def difference_fen(self) -> int:
        return self.billed_fen - self.planned_fen


def reception_audience(host_person: str, planned_by: str, assignees: Sequence[str]) -> Audience:
    """知悉范围 of a reception: the reception staff see every one; the host, the clerk who planned it
    and whoever books its tickets and rooms see theirs. Who comes, where they stay and when is
    nobody else's business."""
    return Audience.of(
        roles=HOSPITALITY_STAFF,
        people=[host_person, planned_by, *assignees],
        personal_data=(*GUEST_DATA, WHEREABOUTS),
    )


class Reception(Aggregate):  # 公务接待
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: ReceptionStage | None = None
        self.planned: ReceptionPlanned | None = None
        self.host_person = ""
        self.planned_by = ""
        self.bookings: dict[str, BookingRequested] = {}
        self.confirmations: dict[str, BookingConfirmed] = {}
        self.bills: list[Bill] = []

    def audience(self) -> Audience:
        assignees = sorted({b.assignee for b in self.bookings.values()})
        return reception_audience(self.host_person, self.planned_by, assignees)

    @staticmethod
    def plan(
        letter: OfficialLetter | None,
        guests: list[Guest],
        business: str,
        host: tuple[str, str],
        stay: tuple[datetime, datetime],
        items: Sequence[ItemDraft],
        transport: str,
        standards: Standards,
        planned_by: str,
    ) -> list[DomainEvent]:
        """接待方案. No 公函, no reception; a plan within what the letter names; the items only of the
        kinds the rules allow, one working meal at most with its hosts bounded by the guests."""
        if letter is None:
            raise RuleBroken(
                "无公函的公务活动和来访人员一律不予接待",
                "no reception without an official letter (公函) from the sending body",
                code="no_official_letter",
                field="letter",
            )
        for name, text in (
            ("sending_body", letter.sending_body),
            ("business", letter.business),
            ("itinerary", letter.itinerary),
        ):
            required(
                text,
                f"letter.{name}",
                "公函须写明派出单位、公务内容和行程",
                "the letter names body, business, itinerary",
            )
        if not guests:
            raise InvalidInput("请填写来宾", "the guests are needed", field="guests")
        if len(guests) > letter.people:
            raise RuleBroken(
                f"来宾 {len(guests)} 人，多于公函所列 {letter.people} 人",
                f"{len(guests)} guests, more than the {letter.people} the letter names",
                code="guests_beyond_letter",
                field="guests",
            )
        arrives_at, departs_at = stay
        if departs_at <= arrives_at:
            raise InvalidInput("离开时间须晚于抵达时间", "departure comes after arrival", field="departs_at")
        planned = [_item(i, draft, len(guests), stay, standards) for i, draft in enumerate(items)]
        meals = [i for i, item in enumerate(planned) if item.kind == "working_meal"]
        if len(meals) > 1:
            raise RuleBroken(
                "接待对象应当按照标准自行用餐；确因工作需要，接待单位可以安排工作餐一次",
                "the host may arrange one working meal, not more",
                code="one_working_meal",
                field=f"items[{meals[1]}].kind",
            )
        return [
            ReceptionPlanned(
                letter=letter,
                guests=guests,
                business=required(business, "business", "请填写公务内容", "the official business is needed"),
                host_department=host[0],
                host_person=host[1],
                arrives_at=arrives_at,
                departs_at=departs_at,
                items=planned,
                transport=transport.strip(),
                planned_by=planned_by,
            )
        ]

    def approve(self, by: str, on: date) -> list[DomainEvent]:
        if self.stage is not ReceptionStage.PLANNED:
            raise OutOfTurn("只有待批的接待方案可以批准", "only a plan awaiting approval can be approved")
        return [ReceptionApproved(approved_by=by, approved_on=on)]

    def request_booking(self, booking_id: str, kind: str, details: str, assignee: str) -> list[DomainEvent]:
        """订票、订房 as a task of the person who books, done when its confirmation is recorded."""
        if self.stage is not ReceptionStage.APPROVED:
            raise OutOfTurn(
                "接待方案批准后方可订票订房", "bookings come after the plan's approval", code="not_approved"
            )
        if kind not in ("ticket", "room"):
            raise InvalidInput(
                "预订种类为 ticket（订票）或 room（订房）", "a booking is a ticket or a room", field="kind"
            )
        details = required(details, "details", "请写明预订内容", "say what to book")
        return [BookingRequested(booking_id=booking_id, kind=kind, details=details, assignee=assignee)]

    def confirm_booking(self, booking_id: str, confirmation: str, by: str, at: datetime) -> list[DomainEvent]:
        if booking_id not in self.bookings:
            raise InvalidInput("该接待没有这项预订", "this reception has no such booking", field="booking_id")
        if booking_id in self.confirmations:
            raise OutOfTurn("该预订已确认", "the booking is already confirmed", code="already_confirmed")
        confirmation = required(confirmation, "confirmation", "请填写确认号", "a confirmation is needed")
        return [
            BookingConfirmed(
                booking_id=booking_id, confirmation=confirmation, confirmed_by=by, confirmed_at=at
            )
        ]

    def settle(self, bills: Sequence[Bill], by: str, on: date) -> list[DomainEvent]:
        """结算: each bill against an item of the plan, with its receipt (报销须凭财务票据)."""
        if self.stage is not ReceptionStage.APPROVED or self.planned is None:
            raise OutOfTurn(
                "接待方案批准后、尚未结算时方可结算", "only an approved, unsettled reception is settled"
            )
        for i, bill in enumerate(bills):
            if not 0 <= bill.item < len(self.planned.items):
                raise InvalidInput(
                    "票据对应的方案项目不存在", "the bill names no item of the plan", field=f"bills[{i}].item"
                )
            if bill.amount_fen < 0:
                raise InvalidInput(
                    "金额不能为负数", "an amount cannot be negative", field=f"bills[{i}].amount_fen"
                )
            required(
                bill.receipt,
                f"bills[{i}].receipt",
                "报销须凭财务票据，请填写发票号",
                "a bill needs its receipt",
            )
        return [ReceptionSettled(bills=list(bills), settled_by=by, settled_on=on)]

    def reconciliation(self) -> list[Line]:
        """Each item of the plan against the bills recorded for it (an item nobody billed: 0)."""
        if self.planned is None:
            return []
        billed = [0] * len(self.planned.items)
        for bill in self.bills:
            billed[bill.item] += bill.amount_fen
        return [Line(i, item.cost_fen, billed[i]) for i, item in enumerate(self.planned.items)]

    def when_planned(self, e: ReceptionPlanned) -> None:
        self.stage, self.planned = ReceptionStage.PLANNED, e
        self.host_person, self.planned_by = e.host_person, e.planned_by

    def when_approved(self, e: ReceptionApproved) -> None:
        self.stage = ReceptionStage.APPROVED

    def when_booking_requested(self, e: BookingRequested) -> None:
        self.bookings[e.booking_id] = e

    def when_booking_confirmed(self, e: BookingConfirmed) -> None:
        self.confirmations[e.booking_id] = e

    def when_settled(self, e: ReceptionSettled) -> None:
        self.stage, self.bills = ReceptionStage.SETTLED, list(e.bills)


def _item(
    index: int, draft: ItemDraft, guests: int, stay: tuple[datetime, datetime], standards: Standards
) -> PlanItem:
    """The item if the rules allow it, with its cost: a meal's from its diners, a lodging's from the
    agreed price; refused naming the rule otherwise."""
    field = f"items[{index}]"
    if draft.kind in FORBIDDEN:
        zh, en = FORBIDDEN[draft.kind]
        raise RuleBroken(zh, en, code="forbidden_by_rules", field=f"{field}.kind", kind=draft.kind)
    if draft.kind not in ALLOWED:
        raise InvalidInput(
            "接待方案只可列入：" + "、".join(zh for zh, _ in ALLOWED.values()),
            "a plan has only these kinds of item: " + ", ".join(ALLOWED),
            code="unknown_item_kind",
            field=f"{field}.kind",
            allowed=list(ALLOWED),
        )
    if draft.ends_at <= draft.starts_at:
        raise InvalidInput("结束时间须晚于开始时间", "an item ends after it starts", field=f"{field}.ends_at")
    if draft.starts_at < stay[0] or draft.ends_at > stay[1]:
        raise InvalidInput(
            "方案项目须在来宾抵达与离开之间",
            "an item lies within the guests' stay",
            field=f"{field}.starts_at",
        )
    place = required(draft.place, f"{field}.place", "请填写地点", "a place is needed")
    if draft.cost_fen < 0:
        raise InvalidInput("费用不能为负数", "a cost cannot be negative", field=f"{field}.cost_fen")
    kind: PlanItemKind = draft.kind  # type: ignore[assignment]  # checked against ALLOWED above
    item = PlanItem(
        kind=kind,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        place=place,
        description=draft.description.strip(),
        cost_fen=draft.cost_fen,
    )
    if kind == "working_meal":
        hosts, per_person = _meal(field, draft, guests, standards)
        return item.model_copy(
            update={"hosts": hosts, "per_person_fen": per_person, "cost_fen": per_person * (guests + hosts)}
        )
    if kind == "lodging":
        hotel, rooms, nights = _lodging(field, draft, standards)
        price = standards.hotels[hotel]
        return item.model_copy(
            update={
                "hotel": hotel,
                "rooms": rooms,
                "room_price_fen": price,
                "cost_fen": price * rooms * nights,
            }
        )
    return item


def _meal(field: str, draft: ItemDraft, guests: int, standards: Standards) -> tuple[int, int]:
    hosts = draft.hosts if draft.hosts is not None else 0
    if hosts < 0:
        raise InvalidInput("陪餐人数不能为负数", "hosts cannot be negative", field=f"{field}.hosts")
    bound = most_hosts(guests)
    if hosts > bound:
        raise RuleBroken(
            f"接待对象 {guests} 人，陪餐人数不得超过 {bound} 人（10 人以内不超过 3 人，超过 10 人不超过三分之一）",
            f"{guests} guests allow at most {bound} hosts at the table (3 up to 10 guests, a third beyond)",
            code="too_many_hosts",
            field=f"{field}.hosts",
            most_hosts=bound,
        )
    per_person = draft.per_person_fen if draft.per_person_fen is not None else standards.meal_per_person_fen
    if not 0 <= per_person <= standards.meal_per_person_fen:
        raise RuleBroken(
            f"工作餐人均不得超过标准 {standards.meal_per_person_fen / 100:.2f} 元",
            f"the working meal costs at most {standards.meal_per_person_fen / 100:.2f} yuan a person",
            code="above_meal_standard",
            field=f"{field}.per_person_fen",
            standard_fen=standards.meal_per_person_fen,
        )
    return hosts, per_person


def _lodging(field: str, draft: ItemDraft, standards: Standards) -> tuple[str, int, int]:
    hotel = (draft.hotel or "").strip()
    if hotel not in standards.hotels:
        raise RuleBroken(
            "住宿须安排在协议饭店：" + "、".join(standards.hotels),
            "lodging is at an agreed hotel: " + ", ".join(standards.hotels),
            code="not_an_agreed_hotel",
            field=f"{field}.hotel",
            hotels=list(standards.hotels),
        )
    rooms = draft.rooms or 0
    if rooms < 1:
        raise InvalidInput("请填写房间数", "the number of rooms is needed", field=f"{field}.rooms")
    # Nights are the office dates slept over: arriving on the 10th and leaving on the 12th is two.
    nights = max((office_date(draft.ends_at) - office_date(draft.starts_at)).days, 1)
    return hotel, rooms, nights
