"""The dashboards (看板), reached through the gateway at /api/dashboards/…; every one is for the signed-in
reader (what they may see, by department and clearance) and waits for `min_version` if given."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from shuniu_shared.web.auth import Principal, SignedIn
from shuniu_shared.web.commands import runtime_of
from shuniu_shared.web.metrics import CONSUMER_LAG
from shuniu_shared.web.params import OfficeDate, OfficeMonth

from shuniu_projection.api.history import MinVersion, stale_header
from shuniu_projection.app import dashboards
from shuniu_projection.app.chronicle import as_markdown, as_word
from shuniu_projection.app.dashboards import Reader
from shuniu_projection.app.freshness import caught_up
from shuniu_projection.app.information import information_board
from shuniu_projection.app.on_duty import on_duty_board

router = APIRouter(tags=["dashboards 看板"])
GROUP = "projection.read-models"


def lag_by_topic() -> dict[str, int]:
    """Events on each topic the read models have not applied yet (the consumer's gauge)."""
    behind: dict[str, int] = {}
    for metric in CONSUMER_LAG.collect():
        for sample in metric.samples:
            if sample.labels.get("group") == GROUP:
                topic = sample.labels["topic"]
                behind[topic] = behind.get(topic, 0) + int(sample.value)
    return behind


async def _answer(request: Request, principal: Principal, min_version: str | None, view: Any) -> JSONResponse:
    runtime = runtime_of(request)
    fresh = await caught_up(runtime.engine, min_version)
    reader = Reader(principal, runtime.directory, runtime.calendar, runtime.store.clock.now())
    async with runtime.engine.connect() as connection:
        body = await view(connection, reader)
    return stale_header(JSONResponse(body), fresh)


@router.get("/overview", summary="办公室总览 / the office at a glance")
async def overview(request: Request, principal: SignedIn, min_version: MinVersion = None) -> JSONResponse:
    return await _answer(
        request, principal, min_version, lambda c, r: dashboards.overview(c, r, lag_by_topic())
    )


@router.get("/my-desk", summary="我的待办 / what waits on me")
async def my_desk(request: Request, principal: SignedIn, min_version: MinVersion = None) -> JSONResponse:
    async def view(connection: Any, reader: Reader) -> dict[str, Any]:
        return {"items": await dashboards.my_desk(connection, reader)}

    return await _answer(request, principal, min_version, view)


@router.get("/supervision", summary="督办看板 / supervision board")
async def supervision(request: Request, principal: SignedIn, min_version: MinVersion = None) -> JSONResponse:
    return await _answer(request, principal, min_version, dashboards.supervision_board)


@router.get("/duty", summary="值班看板 / duty board: open incidents and their clocks")
async def duty(request: Request, principal: SignedIn, min_version: MinVersion = None) -> JSONResponse:
    return await _answer(request, principal, min_version, dashboards.duty_board)


@router.get("/on-duty", summary="谁在值班 / who is on duty now and next")
async def on_duty(request: Request, principal: SignedIn, min_version: MinVersion = None) -> JSONResponse:
    return await _answer(request, principal, min_version, on_duty_board)


@router.get(
    "/information",
    summary="政务信息看板 / information board: issues, 上级采用, 批示, the departments' ranking",
    description="year 缺省为今年，month 缺省为本月 / by default this year and this month",
)
async def information(
    request: Request,
    principal: SignedIn,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    month: Annotated[int | None, Query(ge=1, le=12)] = None,
    min_version: MinVersion = None,
) -> JSONResponse:
    async def view(connection: Any, reader: Reader) -> dict[str, Any]:
        return await information_board(
            connection, reader, year or reader.today.year, month or reader.today.month
        )

    return await _answer(request, principal, min_version, view)


@router.get("/documents/statistics", summary="公文统计 / documents statistics")
async def documents_statistics(
    request: Request, principal: SignedIn, min_version: MinVersion = None
) -> JSONResponse:
    return await _answer(request, principal, min_version, dashboards.documents_statistics)


@router.get("/meetings/statistics", summary="会议统计 / meetings statistics")
async def meetings_statistics(
    request: Request, principal: SignedIn, min_version: MinVersion = None
) -> JSONResponse:
    return await _answer(request, principal, min_version, dashboards.meetings_statistics)


@router.get(
    "/chronicle",
    summary="大事记 / the chronicle",
    description="按日或按月；format=markdown 或 docx 导出 / by day or month; export as Markdown or Word",
    response_model=None,
)
async def chronicle(
    request: Request,
    principal: SignedIn,
    month: Annotated[
        OfficeMonth | None, Query(description="YYYY-MM；缺省为本月 / default: this month")
    ] = None,
    day: Annotated[OfficeDate | None, Query(description="某一天 / one day")] = None,
    format: Annotated[Literal["json", "markdown", "docx"], Query()] = "json",
) -> Response:
    runtime = runtime_of(request)
    reader = Reader(principal, runtime.directory, runtime.calendar, runtime.store.clock.now())
    start, end, title = _period(reader.today, month, day)
    async with runtime.engine.connect() as connection:
        entries = await dashboards.chronicle_entries(connection, reader, start, end)
    if format == "markdown":
        return PlainTextResponse(as_markdown(title, entries), media_type="text/markdown; charset=utf-8")
    if format == "docx":
        return Response(
            as_word(title, entries),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": f"attachment; filename=chronicle-{start.isoformat()[:7]}.docx"},
        )
    return JSONResponse(
        {"title": title, "from": start.isoformat(), "to": end.isoformat(), "entries": entries}
    )


def _period(today: date, month: str | None, day: date | None) -> tuple[date, date, str]:
    if day is not None:
        return day, day, f"大事记（{day.year}年{day.month}月{day.day}日）"
    first = today.replace(day=1)
    if month is not None:
        first = date(int(month[:4]), int(month[5:]), 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last, f"大事记（{first.year}年{first.month}月）"
