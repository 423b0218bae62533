"""Supplies commands (办公用品): the stock list, requisitions → approval → issue, and receipts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Written
from sqlalchemy import insert, update

from shuniu_reception.adapters.tables import requisitions, supply_items
from shuniu_reception.domain.events import PurchaseRequested
from shuniu_reception.domain.supplies import Requisition, SupplyItem


@dataclass(frozen=True)
class RegisterSupply(Command):  # 登记办公用品
    item_id: str
    name: str
    unit: str
    quantity: int
    threshold: int


@dataclass(frozen=True)
class MakeRequisition(Command):  # 申领
    requisition_id: str
    item_id: str
    quantity: int
    purpose: str


@dataclass(frozen=True)
class ApproveRequisition(Command):  # 批准申领
    requisition_id: str


@dataclass(frozen=True)
class IssueRequisition(Command):  # 出库
    requisition_id: str
    may_retry = True  # a lost race with another issue of the item is decided again on the new stock


@dataclass(frozen=True)
class ReceiveSupplies(Command):  # 入库
    item_id: str
    quantity: int
    may_retry = True


async def _item(uow: UnitOfWork, item_id: str) -> SupplyItem:
    item = await uow.load_or_new(SupplyItem, item_id)
    if not item.exists:
        raise InvalidInput(f"没有编号为 {item_id} 的办公用品", f"there is no item {item_id}", field="item_id")
    return item


async def _stock(uow: UnitOfWork, item: SupplyItem, **raised: object) -> None:
    """The stock list's row follows the item: its level, its open purchase request and (`raised`)
    when that was raised."""
    await uow.connection.execute(
        update(supply_items)
        .where(supply_items.c.item_id == item.id)
        .values(quantity=item.quantity, open_purchase_id=item.open_purchase, **raised)
    )


async def register_supply(command: RegisterSupply, uow: UnitOfWork, actor: Actor) -> Written:
    events = SupplyItem.register(
        command.name, command.unit, command.quantity, command.threshold, actor.person
    )
    written = await uow.save(SupplyItem(command.item_id), events)
    await uow.connection.execute(
        insert(supply_items).values(
            item_id=command.item_id,
            name=command.name.strip(),
            unit=command.unit.strip(),
            quantity=command.quantity,
            threshold=command.threshold,
        )
    )
    return written


async def make_requisition(command: MakeRequisition, uow: UnitOfWork, actor: Actor) -> Written:
    """申领, for the requester's own department; more than the stock holds is refused at once."""
    item = await _item(uow, command.item_id)
    events = Requisition.make(item, command.quantity, actor.department, command.purpose, actor.person)
    written = await uow.save(Requisition(command.requisition_id), events)
    await uow.connection.execute(
        insert(requisitions).values(
            requisition_id=command.requisition_id,
            item_id=item.id,
            quantity=command.quantity,
            department=actor.department,
            purpose=command.purpose.strip(),
            requested_by=actor.person,
            stage="requested",
            requested_at=uow.clock.now(),
        )
    )
    return written


async def approve_requisition(command: ApproveRequisition, uow: UnitOfWork, actor: Actor) -> Written:
    requisition = await uow.load_at(Requisition, command.requisition_id, command.expected_version)
    item = await _item(uow, requisition.item_id)
    written = await uow.save(requisition, requisition.approve(item, actor.person))
    await uow.connection.execute(
        update(requisitions)
        .where(requisitions.c.requisition_id == requisition.id)
        .values(stage=requisition.stage, approved_by=actor.person)
    )
    return written


async def issue_requisition(command: IssueRequisition, uow: UnitOfWork, actor: Actor) -> Written:
    """出库: the requisition is issued and the item's stock lowered in one transaction, with the
    purchase request the item raises if this takes it below its threshold."""
    requisition = await uow.load_at(Requisition, command.requisition_id, command.expected_version)
    events = requisition.issue(actor.person, uow.clock.now())
    item = await _item(uow, requisition.item_id)
    purchase_id = f"purchase-{uuid.uuid4().hex[:16]}"
    stock = item.issue(
        requisition.quantity, requisition.id, requisition.department, actor.person, purchase_id
    )
    await uow.save(item, stock)
    raised = any(isinstance(e, PurchaseRequested) for e in stock)
    await _stock(uow, item, **({"purchase_raised_at": uow.clock.now()} if raised else {}))
    written = await uow.save(requisition, events)
    await uow.connection.execute(
        update(requisitions)
        .where(requisitions.c.requisition_id == requisition.id)
        .values(stage=requisition.stage)
    )
    return written


async def receive_supplies(command: ReceiveSupplies, uow: UnitOfWork, actor: Actor) -> Written:
    item = await uow.load_at(SupplyItem, command.item_id, command.expected_version)
    written = await uow.save(item, item.receive(command.quantity, actor.person))
    await _stock(uow, item, purchase_raised_at=None)
    return written
