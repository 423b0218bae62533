"""Supplies (办公用品): the stock list with its levels and open purchase requests, requisitions by
departments, approval and issue by the office's affairs officer, and receipts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import SignedIn
from shuniu_shared.web.commands import (
    Acting,
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from sqlalchemy.engine import Row

from shuniu_reception.adapters.tables import requisitions, supply_items
from shuniu_reception.api.common import listed, new_id, seen_row
from shuniu_reception.app import supplies as handlers
from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE
from shuniu_reception.domain.supplies import AFFAIRS, Requisition, requisition_audience

router = APIRouter(tags=["supplies 办公用品"])
Affairs = Annotated[Actor, Depends(acting(AFFAIRS))]
NOT_FOUND = ("未找到该申领", "the requisition was not found")  # hidden or missing alike


class RegisterSupply(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    unit: str = Field(min_length=1, max_length=20, description="计量单位 / unit")
    quantity: int = Field(ge=0, le=1_000_000, description="期初库存 / opening stock")
    threshold: int = Field(ge=0, le=1_000_000, description="补货阈值 / reorder threshold")


class Quantity(BaseModel):
    quantity: int = Field(ge=1, le=1_000_000)


class MakeRequisition(Quantity):
    item_id: str = Field(min_length=1, max_length=64)
    purpose: str = Field(min_length=1, max_length=500, description="用途 / what it is for")


@router.post("/supplies", status_code=201, summary="登记办公用品 / put an item on the stock list")
async def register_supply(body: RegisterSupply, request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.RegisterSupply(new_id("supply"), body.name, body.unit, body.quantity, body.threshold)
    return await run_command(request, command, handlers.register_supply, actor, status=201)


@router.get("/supplies", summary="库存与采购申请 / the stock, its levels and open purchase requests")
async def list_supplies(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    runtime = runtime_of(request)
    if not principal.sees(EVERYONE_WITH_A_ROLE, runtime.directory):  # every item's audience (SupplyItem)
        return Page(items=[], next_cursor=None)
    return await listed(request, principal, page, supply_items, supply_items.c.name, _item)


def _item(row: Row[Any]) -> dict[str, Any]:
    raised = row.purchase_raised_at
    return {
        "id": row.item_id,
        "name": row.name,
        "unit": row.unit,
        "quantity": row.quantity,
        "threshold": row.threshold,
        "below_threshold": row.quantity < row.threshold,
        "purchase_request": (
            {"id": row.open_purchase_id, "raised_at": raised.isoformat() if raised else None}
            if row.open_purchase_id
            else None
        ),
    }


@router.post("/supplies/{item_id}/receipts", summary="入库 / receive supplies")
async def receive(item_id: str, body: Quantity, request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.ReceiveSupplies(item_id, body.quantity)
    return await run_command(request, command, handlers.receive_supplies, actor)


@router.post("/requisitions", status_code=201, summary="申领办公用品 / requisition supplies")
async def make_requisition(body: MakeRequisition, request: Request, actor: Acting) -> JSONResponse:
    command = handlers.MakeRequisition(new_id("requisition"), body.item_id, body.quantity, body.purpose)
    return await run_command(request, command, handlers.make_requisition, actor, status=201)


@router.post("/requisitions/{requisition_id}/approve", summary="批准申领 / approve a requisition")
async def approve(requisition_id: str, request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.ApproveRequisition(requisition_id)
    return await run_command(request, command, handlers.approve_requisition, actor)


@router.post("/requisitions/{requisition_id}/issue", summary="出库 / issue the supplies")
async def issue(requisition_id: str, request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.IssueRequisition(requisition_id)
    return await run_command(request, command, handlers.issue_requisition, actor)


@router.get("/requisitions", summary="申领 / the requisitions the caller may see")
async def list_requisitions(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    order = requisitions.c.requested_at
    return await listed(request, principal, page, requisitions, order, _requisition, _audience)


@router.get("/requisitions/{requisition_id}", summary="一份申领 / a requisition")
async def get_requisition(requisition_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    missing = NotFound(*NOT_FOUND)
    return _requisition(
        await seen_row(request, Requisition, requisition_id, principal, requisitions, missing)
    )


def _audience(row: Row[Any]) -> Audience:
    """A listed requisition's audience, by the requisition's own rule from the row's copy."""
    return requisition_audience(row.department, row.requested_by)


def _requisition(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.requisition_id,
        "item_id": row.item_id,
        "quantity": row.quantity,
        "department": row.department,
        "purpose": row.purpose,
        "requested_by": row.requested_by,
        "approved_by": row.approved_by,
        "stage": row.stage,
        "requested_at": row.requested_at.isoformat(),
    }
