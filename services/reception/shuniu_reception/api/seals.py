"""Seals (用印): the seals, requests, approval by the office director, use by the seal keeper, and
the log of every use for the auditors."""

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
    Acting,
    Page,
    Paging,
    acting,
    run_command,
    runtime_of,
)
from sqlalchemy import select
from sqlalchemy.engine import Row

from shuniu_reception.adapters.tables import seal_requests, seal_uses, seals
from shuniu_reception.api.common import listed, new_id, seen_row
from shuniu_reception.app import seals as handlers
from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE
from shuniu_reception.domain.seals import SEES_EVERY_SEAL_REQUEST, SealRequest, seal_request_audience

router = APIRouter(tags=["seals 用印"])
SEAL_OFFICE = ("seal_keeper", "office_director")
NOT_FOUND = ("未找到该用印申请", "the seal request was not found")  # hidden or missing alike
SealOffice = Annotated[Actor, Depends(acting(*SEAL_OFFICE))]
Director = Annotated[Actor, Depends(acting("office_director"))]
SealKeeper = Annotated[Actor, Depends(acting("seal_keeper"))]


class RegisterSeal(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    kind: str = Field("公章", max_length=50)


class RequestSeal(BaseModel):
    seal_id: str
    document: str = Field(min_length=1, max_length=300, description="用印文件")
    reason: str = Field(min_length=1, max_length=1000)
    impressions: int = Field(ge=1, le=1000)
    outgoing_id: str = Field(
        "", max_length=100, description="发文编号 / the outgoing document, if issued in Shuniu"
    )
    pdf_sha256: str = Field(
        "", max_length=64, description="其排版 PDF 的 SHA-256 / SHA-256 of its typeset PDF"
    )


class UseSeal(BaseModel):
    impressions: int = Field(ge=1, le=1000)


@router.post("/seals", status_code=201, summary="登记印章 / register a seal")
async def register_seal(body: RegisterSeal, request: Request, actor: SealOffice) -> JSONResponse:
    command = handlers.RegisterSeal(new_id("seal"), body.name, body.kind)
    return await run_command(request, command, handlers.register_seal, actor, status=201)


@router.get("/seals", summary="印章 / the seals")
async def list_seals(request: Request, principal: SignedIn) -> dict[str, Any]:
    runtime = runtime_of(request)
    if not principal.sees(EVERYONE_WITH_A_ROLE, runtime.directory):  # every seal's audience (Seal)
        return {"items": []}
    async with runtime.store.engine.connect() as connection:
        rows = await connection.execute(select(seals).order_by(seals.c.name))
        return {"items": [{"id": r.seal_id, "name": r.name, "kind": r.kind} for r in rows]}


@router.post("/seal-requests", status_code=201, summary="用印申请 / request the use of a seal")
async def request_seal(body: RequestSeal, request: Request, actor: Acting) -> JSONResponse:
    command = handlers.RequestSeal(
        new_id("sealreq"),
        body.seal_id,
        body.document,
        body.reason,
        body.impressions,
        body.outgoing_id,
        body.pdf_sha256,
    )
    return await run_command(request, command, handlers.request_seal, actor, status=201)


@router.post("/seal-requests/{request_id}/approve", summary="批准用印 / approve")
async def approve(request_id: str, request: Request, actor: Director) -> JSONResponse:
    command = handlers.ApproveSealRequest(request_id)
    return await run_command(request, command, handlers.approve_seal_request, actor)


@router.post("/seal-requests/{request_id}/use", summary="用印（监印人）/ use the seal")
async def use(request_id: str, body: UseSeal, request: Request, actor: SealKeeper) -> JSONResponse:
    command = handlers.UseSeal(request_id, body.impressions)
    return await run_command(request, command, handlers.use_seal, actor)


@router.get("/seal-requests", summary="用印申请 / seal requests the caller may see")
async def list_requests(request: Request, principal: SignedIn, page: Paging) -> Page[dict[str, Any]]:
    order = seal_requests.c.requested_at
    return await listed(request, principal, page, seal_requests, order, _seal_request, _audience)


@router.get("/seal-requests/{request_id}", summary="一份用印申请 / a seal request")
async def get_request(request_id: str, request: Request, principal: SignedIn) -> dict[str, Any]:
    row = await seen_row(request, SealRequest, request_id, principal, seal_requests, NotFound(*NOT_FOUND))
    return _seal_request(row)


def _audience(row: Row[Any]) -> Audience:
    """A listed request's audience, by the request's own rule from the register's copy of its requester."""
    return seal_request_audience(row.requested_by)


def _seal_request(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.request_id,
        "seal_id": row.seal_id,
        "document": row.document,
        "reason": row.reason,
        "impressions": row.impressions,
        "used": row.used,
        "requested_by": row.requested_by,
        "approved_by": row.approved_by,
        "stage": row.stage,
    }


@router.get("/seal-uses", summary="用印登记簿 / the log of every use")
async def seal_log(
    request: Request,
    principal: Annotated[Principal, Depends(requires(*SEES_EVERY_SEAL_REQUEST))],
    page: Paging,
) -> Page[dict[str, Any]]:
    return await listed(request, principal, page, seal_uses, seal_uses.c.use_id, _use)


def _use(row: Row[Any]) -> dict[str, Any]:
    return {
        "request_id": row.request_id,
        "seal_id": row.seal_id,
        "used_by": row.used_by,
        "used_at": row.used_at.isoformat(),
        "impressions": row.impressions,
        "document": row.document,
    }
