"""Fixed assets (固定资产): the register, transfer (调拨) and disposal (报废) proposed by the affairs
officer and approved by the office director, each asset's history (its audit trail), and counts
(盘点) with the differences they found."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.errors import NotFound
from shuniu_shared.web.auth import Principal, SignedIn, requires
from shuniu_shared.web.commands import (
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from sqlalchemy import select
from sqlalchemy.engine import Row

from shuniu_reception.adapters.tables import asset_counts, assets, count_differences
from shuniu_reception.api.common import listed, load_seen, new_id, seen_row
from shuniu_reception.app import assets as handlers
from shuniu_reception.domain.assets import SEES_EVERY_ASSET, Asset, AssetCount, asset_audience
from shuniu_reception.domain.supplies import AFFAIRS

router = APIRouter(tags=["assets 固定资产"])
Affairs = Annotated[Actor, Depends(acting(AFFAIRS))]
Director = Annotated[Actor, Depends(acting("office_director"))]
NOT_FOUND = ("未找到该资产", "the asset was not found")  # hidden or missing alike
COUNT_NOT_FOUND = ("未找到该盘点", "the count was not found")


class Placement(BaseModel):
    custodian: str = Field(min_length=1, max_length=100, description="保管人 / custodian")
    location: str = Field(min_length=1, max_length=200, description="存放地点 / location")
    department: str = Field(min_length=1, max_length=100, description="使用部门 / department")


class RegisterAsset(Placement):
    tag: str = Field(min_length=1, max_length=40, description="资产编号 / tag")
    name: str = Field(min_length=1, max_length=200)


class ProposeTransfer(Placement):
    reason: str = Field(min_length=1, max_length=500)


class ProposeDisposal(BaseModel):
    reason: str = Field(min_length=1, max_length=500)


class RecordFinding(BaseModel):
    tag: str = Field(min_length=1, max_length=40)
    location: str = Field(min_length=1, max_length=200)
    custodian: str = Field("", max_length=100, description="实物保管人 / who has it, if anyone")


@router.post("/assets", status_code=201, summary="登记固定资产 / register an asset")
async def register_asset(body: RegisterAsset, request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.RegisterAsset(body.tag, body.name, body.custodian, body.location, body.department)
    return await run_command(request, command, handlers.register_asset, actor, status=201)


@router.get("/assets", summary="固定资产登记簿 / the register, as the caller may see it")
async def list_assets(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    return await listed(request, principal, page, assets, assets.c.tag, _asset, _audience)


@router.get("/assets/{asset_id}", summary="一项固定资产 / an asset")
async def get_asset(asset_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    return _asset(await seen_row(request, Asset, asset_id, principal, assets, NotFound(*NOT_FOUND)))


@router.get("/assets/{asset_id}/history", summary="资产变动记录 / every movement of the asset, in order")
async def history(asset_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        await load_seen(reading, Asset, asset_id, principal, runtime.directory, NotFound(*NOT_FOUND))
        stored = await runtime.store.read_stream(reading.connection, asset_id)
    return {
        "id": asset_id,
        "events": [
            {
                "version": e.version,
                "type": e.type,
                "time": e.time.isoformat(),
                "actor": e.context.get("actor"),
                "data": e.data,
            }
            for e in stored
        ],
    }


@router.post("/assets/{asset_id}/transfer", summary="提出调拨 / propose a transfer")
async def propose_transfer(
    asset_id: str, body: ProposeTransfer, request: Request, actor: Affairs
) -> JSONResponse:
    command = handlers.ProposeTransfer(asset_id, body.custodian, body.location, body.department, body.reason)
    return await run_command(request, command, handlers.propose_transfer, actor)


@router.post("/assets/{asset_id}/transfer/approve", summary="批准调拨 / approve the transfer")
async def approve_transfer(asset_id: str, request: Request, actor: Director) -> JSONResponse:
    return await run_command(request, handlers.ApproveTransfer(asset_id), handlers.approve_transfer, actor)


@router.post("/assets/{asset_id}/disposal", summary="提出报废 / propose a disposal")
async def propose_disposal(
    asset_id: str, body: ProposeDisposal, request: Request, actor: Affairs
) -> JSONResponse:
    command = handlers.ProposeDisposal(asset_id, body.reason)
    return await run_command(request, command, handlers.propose_disposal, actor)


@router.post("/assets/{asset_id}/disposal/approve", summary="批准报废 / approve the disposal")
async def approve_disposal(asset_id: str, request: Request, actor: Director) -> JSONResponse:
    return await run_command(request, handlers.ApproveDisposal(asset_id), handlers.approve_disposal, actor)


def _audience(row: Row[Any]) -> Audience:
    """A listed asset's audience, by the asset's own rule from the register's copy."""
    return asset_audience(row.department, row.custodian)


def _asset(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.asset_id,
        "tag": row.tag,
        "name": row.name,
        "custodian": row.custodian,
        "location": row.location,
        "department": row.department,
        "stage": row.stage,
        "count": {"id": row.count_id, "finding": row.count_finding} if row.count_finding else None,
    }


@router.post("/asset-counts", status_code=201, summary="开始盘点 / open a count")
async def open_count(request: Request, actor: Affairs) -> JSONResponse:
    command = handlers.OpenCount(new_id("count"))
    return await run_command(request, command, handlers.open_count, actor, status=201)


@router.post("/asset-counts/{count_id}/findings", summary="登记盘点实物 / record what was found")
async def record_finding(
    count_id: str, body: RecordFinding, request: Request, actor: Affairs
) -> JSONResponse:
    command = handlers.RecordFinding(count_id, body.tag, body.location, body.custodian)
    return await run_command(request, command, handlers.record_finding, actor)


@router.post("/asset-counts/{count_id}/close", summary="结束盘点 / close the count")
async def close_count(count_id: str, request: Request, actor: Affairs) -> JSONResponse:
    return await run_command(request, handlers.CloseCount(count_id), handlers.close_count, actor)


@router.get("/asset-counts", summary="盘点 / the counts of the assets")
async def list_counts(
    request: Request,
    principal: Annotated[Principal, Depends(requires(*SEES_EVERY_ASSET))],  # every count's audience
    page: Paging,
) -> Page[dict[str, Any]]:
    return await listed(request, principal, page, asset_counts, asset_counts.c.count_id, _count)


def _count(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.count_id,
        "opened_by": row.opened_by,
        "opened_on": row.opened_on.isoformat(),
        "open": row.open,
        "differences": row.differences,
    }


@router.get("/asset-counts/{count_id}", summary="盘点及其差异 / a count and its differences")
async def get_count(count_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        count = await load_seen(
            reading, AssetCount, count_id, principal, runtime.directory, NotFound(*COUNT_NOT_FOUND)
        )
        row = (
            await reading.connection.execute(select(asset_counts).where(asset_counts.c.count_id == count_id))
        ).one()
        differences = await reading.connection.execute(
            select(count_differences)
            .where(count_differences.c.count_id == count_id)
            .order_by(count_differences.c.tag)
        )
        return {
            "id": count_id,
            "opened_by": row.opened_by,
            "opened_on": row.opened_on.isoformat(),
            "open": row.open,
            "found": len(count.found),
            "differences": [
                {
                    "tag": d.tag,
                    "kind": d.kind,
                    "registered_location": d.registered_location,
                    "found_location": d.found_location,
                    "registered_custodian": d.registered_custodian,
                    "found_custodian": d.found_custodian,
                }
                for d in differences
            ],
        }
