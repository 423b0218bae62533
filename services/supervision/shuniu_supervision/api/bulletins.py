"""情况通报 and 结果考评: the office issues the bulletin of a period that is over; everyone it is
circulated to reads it (domain/bulletin.py: classified tasks counted, not named); the list, newest
first, shows each only to those it was circulated to."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict
from shuniu_shared.commands import Actor
from shuniu_shared.typesetting import typeset_sheet
from shuniu_shared.web.commands import (
    Acting,
    Keyset,
    Page,
    Paging,
    acting,
    first_page,
    run_command,
    runtime_of,
    shown_as,
)
from shuniu_shared.web.params import OfficeDate

from shuniu_supervision.adapters.bulletins import visible_bulletins
from shuniu_supervision.app.bulletin_paper import bulletin_sheet
from shuniu_supervision.app.bulletins import IssueBulletin, issue_bulletin, issued
from shuniu_supervision.app.policy import policy_of

router = APIRouter(prefix="/bulletins", tags=["bulletins 情况通报"])
Supervisor = Annotated[Actor, Depends(acting("supervisor", "office_director"))]
NEWEST_FIRST = Keyset(year=int, number=int)


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid")

    period_start: OfficeDate
    period_end: OfficeDate


@router.post("", status_code=201, summary="印发督办情况通报 / issue the bulletin of a period (office)")
async def issue(body: Period, request: Request, actor: Supervisor) -> JSONResponse:
    command = IssueBulletin(body.period_start, body.period_end)
    return await run_command(request, command, issue_bulletin, actor, status=201)


class BulletinSummary(BaseModel):
    id: str
    year: int
    number: int
    title: str
    period_start: date
    period_end: date
    issued_on: date


@router.get("", summary="督办情况通报（最新在前）/ bulletins, newest first")
async def list_bulletins(request: Request, actor: Acting, page: Paging) -> Page[BulletinSummary]:
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        return await first_page(
            visible_bulletins(connection, actor, runtime.directory, NEWEST_FIRST.after(page)),
            page,
            lambda row: shown_as(BulletinSummary, row, id=row.bulletin_id),
            lambda last: NEWEST_FIRST.cursor(year=last.year, number=last.number),
        )


@router.get("/{bulletin_id}", summary="督办情况通报（含结果考评）/ one bulletin, with the evaluation")
async def bulletin(bulletin_id: str, request: Request, actor: Acting) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = await issued(reading, bulletin_id, actor, runtime.directory)
    return found.model_dump(mode="json")


@router.get(
    "/{bulletin_id}/pdf",
    summary="督办情况通报（PDF，简报式版头）/ the bulletin typeset on GB/T 9704's page",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "PDF"}},
)
async def bulletin_pdf(bulletin_id: str, request: Request, actor: Acting) -> Response:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = await issued(reading, bulletin_id, actor, runtime.directory)
    office = runtime.directory.department(policy_of(runtime).office_department).name
    pdf = await asyncio.to_thread(typeset_sheet, bulletin_sheet(found, runtime.directory, office))
    filename = f"bulletin-{found.year}-{found.number}.pdf"
    return Response(
        pdf, media_type="application/pdf", headers={"Content-Disposition": f"attachment; filename={filename}"}
    )
