"""Office supplies (办公用品, docs/rules.md §10): a stock per item with a reorder threshold; a
department's requisition (申领) → approval by the office's affairs officer → issue (出库), which
lowers the stock; a receipt (入库) raises it again."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE
from shuniu_reception.domain.events import (
    DomainEvent,
    PurchaseRequested,
    RequisitionApproved,
    RequisitionIssued,
    RequisitionMade,
    SuppliesIssued,
    SuppliesReceived,
    SupplyRegistered,
)

AFFAIRS = "affairs_officer"  # 事务管理员: approves and issues requisitions, receives purchases


def _positive(quantity: int, field: str = "quantity") -> None:
    if quantity < 1:
        raise InvalidInput("数量至少为 1", "the quantity must be at least 1", field=field)


class SupplyItem(Aggregate):  # 办公用品
    """One item of the stock, and its purchase request while one is open.

    The purchase request lives on the item's own stream on purpose: whether one is open and whether
    this issue raises one is then decided on one version of one stream, so two issues racing below
    the threshold cannot both raise a request — the second append fails on the version and the
    command is decided again, now seeing the request the first raised
    (test_supplies_and_assets.py, `test_two_issues_below_the_threshold_at_once_on_postgresql_…`)."""

    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.name = ""
        self.unit = ""
        self.quantity = 0
        self.threshold = 0
        self.open_purchase: str | None = None

    def audience(self) -> Audience:
        """The stock list is known to anyone who may requisition from it."""
        return EVERYONE_WITH_A_ROLE

    @staticmethod
    def register(name: str, unit: str, quantity: int, threshold: int, by: str) -> list[DomainEvent]:
        name = required(name, "name", "请填写用品名称", "an item needs a name")
        unit = required(unit, "unit", "请填写计量单位", "an item needs a unit")
        if quantity < 0:
            raise InvalidInput("期初库存不能为负数", "the opening stock cannot be negative", field="quantity")
        if threshold < 0:
            raise InvalidInput("补货阈值不能为负数", "the threshold cannot be negative", field="threshold")
        return [
            SupplyRegistered(name=name, unit=unit, quantity=quantity, threshold=threshold, registered_by=by)
        ]

    def check_available(self, quantity: int) -> None:
        """A requisition larger than the stock is refused, saying how much there is."""
        _positive(quantity)
        if quantity > self.quantity:
            raise RuleBroken(
                f"库存不足：{self.name}现有 {self.quantity} {self.unit}，申领 {quantity} {self.unit}",
                f"not enough in stock: {self.quantity} {self.unit} of {self.name}, {quantity} asked for",
                code="insufficient_stock",
            )

    def issue(
        self, quantity: int, requisition_id: str, department: str, by: str, purchase_id: str
    ) -> list[DomainEvent]:
        """出库. When it takes the stock below the threshold it raises a purchase request, named
        `purchase_id` — unless one is still open: one request per shortage, not one per issue."""
        self.check_available(quantity)
        remaining = self.quantity - quantity
        events: list[DomainEvent] = [
            SuppliesIssued(
                requisition_id=requisition_id,
                department=department,
                quantity=quantity,
                remaining=remaining,
                issued_by=by,
            )
        ]
        if remaining < self.threshold and self.open_purchase is None:
            events.append(
                PurchaseRequested(purchase_id=purchase_id, stock=remaining, threshold=self.threshold)
            )
        return events

    def receive(self, quantity: int, by: str) -> list[DomainEvent]:
        """入库: the stock rises and the open purchase request, if any, is done."""
        _positive(quantity)
        return [
            SuppliesReceived(
                quantity=quantity,
                remaining=self.quantity + quantity,
                purchase_id=self.open_purchase,
                received_by=by,
            )
        ]

    def when_registered(self, e: SupplyRegistered) -> None:
        self.name, self.unit, self.quantity, self.threshold = e.name, e.unit, e.quantity, e.threshold

    def when_issued(self, e: SuppliesIssued) -> None:
        self.quantity = e.remaining

    def when_purchase_requested(self, e: PurchaseRequested) -> None:
        self.open_purchase = e.purchase_id

    def when_received(self, e: SuppliesReceived) -> None:
        self.quantity, self.open_purchase = e.remaining, None


class RequisitionStage(StrEnum):
    REQUESTED = "requested"  # 待审批
    APPROVED = "approved"  # 已批准，待出库
    ISSUED = "issued"  # 已出库


# Who sees every requisition: those who approve and issue them, the office director, the auditors.
SEES_EVERY_REQUISITION = (AFFAIRS, "office_director", "auditor")


def requisition_audience(department: str, requested_by: str) -> Audience:
    """知悉范围 of a requisition: the office's affairs staff and auditors, the requesting department
    (its members exactly) and the requester."""
    return Audience.of(roles=SEES_EVERY_REQUISITION, members_of=[department], people=[requested_by])


class Requisition(Aggregate):  # 申领
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: RequisitionStage | None = None
        self.item_id = ""
        self.quantity = 0
        self.department = ""
        self.requested_by = ""

    def audience(self) -> Audience:
        return requisition_audience(self.department, self.requested_by)

    @staticmethod
    def make(item: SupplyItem, quantity: int, department: str, purpose: str, by: str) -> list[DomainEvent]:
        purpose = required(purpose, "purpose", "请说明申领用途", "say what the supplies are for")
        item.check_available(quantity)
        return [
            RequisitionMade(
                item_id=item.id, quantity=quantity, department=department, purpose=purpose, requested_by=by
            )
        ]

    def approve(self, item: SupplyItem, by: str) -> list[DomainEvent]:
        if self.stage is not RequisitionStage.REQUESTED:
            raise OutOfTurn("只有待审批的申领可以批准", "only a pending requisition can be approved")
        if by == self.requested_by:
            raise RuleBroken(
                "申领不能由申请人自己批准",
                "a requisition cannot be approved by its requester",
                code="self_approval",
            )
        item.check_available(self.quantity)
        return [RequisitionApproved(approved_by=by)]

    def issue(self, by: str, at: datetime) -> list[DomainEvent]:
        if self.stage is not RequisitionStage.APPROVED:
            raise OutOfTurn(
                "出库须在批准之后", "supplies are issued only after approval", code="not_approved"
            )
        return [RequisitionIssued(issued_by=by, issued_at=at)]

    def when_made(self, e: RequisitionMade) -> None:
        self.stage, self.item_id, self.quantity = RequisitionStage.REQUESTED, e.item_id, e.quantity
        self.department, self.requested_by = e.department, e.requested_by

    def when_approved(self, e: RequisitionApproved) -> None:
        self.stage = RequisitionStage.APPROVED

    def when_issued(self, e: RequisitionIssued) -> None:
        self.stage = RequisitionStage.ISSUED
