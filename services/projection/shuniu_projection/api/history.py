"""Histories as of any moment and lineage, for whoever may see the object (others get the same 404 as
for an object that does not exist)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.errors import NotFound
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.auth import Principal, SignedIn
from shuniu_shared.web.commands import runtime_of
from shuniu_shared.web.params import OfficeMoment
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_projection.adapters.tables import objects
from shuniu_projection.app.access import may_see
from shuniu_projection.app.freshness import caught_up
from shuniu_projection.app.history import as_of, lineage

router = APIRouter(tags=["history 历史与脉络"])

MinVersion = Annotated[
    str | None,
    Query(description="等待看板追上自己的写入：命令响应中的 <id>:<version> / wait for your own write"),
]


def stale_header(response: JSONResponse, fresh: bool) -> JSONResponse:
    if not fresh:
        response.headers["X-Projection-Caught-Up"] = "false"
    return response


async def ensure_visible(
    connection: AsyncConnection, runtime: ServiceRuntime, principal: Principal, service: str, stream_id: str
) -> None:
    row = (
        await connection.execute(
            select(objects).where(objects.c.service == service, objects.c.stream_id == stream_id)
        )
    ).first()
    if row is None or not may_see(principal, runtime.directory, row.audience):
        raise NotFound(f"没有 {service}/{stream_id}", f"there is no {service}/{stream_id}")


@router.get(
    "/history/{service}/{stream_id}", summary="对象在某一时刻的状态及其事件 / an object as of a moment"
)
async def history(
    request: Request,
    service: str,
    stream_id: str,
    principal: SignedIn,
    at: Annotated[
        OfficeMoment | None, Query(description="时刻（缺省为现在；无时区按北京时间）/ the moment")
    ] = None,
    min_version: MinVersion = None,
) -> JSONResponse:
    runtime = runtime_of(request)
    fresh = await caught_up(runtime.engine, min_version)
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=OFFICE_TZ)
    async with runtime.engine.connect() as connection:
        await ensure_visible(connection, runtime, principal, service, stream_id)
        body: dict[str, Any] = await as_of(connection, service, stream_id, at)
    return stale_header(JSONResponse(body), fresh)


@router.get("/lineage/{service}/{stream_id}", summary="因果脉络：批示→督办→办结 / cause and effect")
async def chain(
    request: Request,
    service: str,
    stream_id: str,
    principal: SignedIn,
    min_version: MinVersion = None,
) -> JSONResponse:
    runtime = runtime_of(request)
    fresh = await caught_up(runtime.engine, min_version)
    async with runtime.engine.connect() as connection:
        await ensure_visible(connection, runtime, principal, service, stream_id)
        body = await lineage(
            connection, service, stream_id, lambda audience: may_see(principal, runtime.directory, audience)
        )
    return stale_header(JSONResponse(body), fresh)
