"""领导活动安排: the office enters 外出, 会见, 调研; a leader reports 外出报备; an activity's GET; the week's
table of every leader (JSON, a Word table, or the typeset PDF) and its publication. Meetings, visits and cars
come onto the schedules by themselves (app/schedules.py)."""

from __future__ import annotations

import asyncio
import io
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

from docx import Document
from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import Field
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput
from shuniu_shared.typesetting import Section, Sheet, Table, typeset_sheet
from shuniu_shared.web.commands import Body, run_command, runtime_of
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_meetings.adapters.schedules import visible_between
from shuniu_meetings.api.common import Acting
from shuniu_meetings.app import schedules
from shuniu_meetings.app.common import viewer_of
from shuniu_meetings.domain.access import OFFICE
from shuniu_meetings.domain.events import DoubleBooked
from shuniu_meetings.domain.parts import Slot
from shuniu_meetings.domain.schedule import KIND_NAMES, Activity

router = APIRouter(tags=["schedules 领导活动安排"])
Text = Annotated[str, Field(min_length=1, max_length=300)]
WARNING_FIELDS = {"other_activity", "other_title", "overlap_starts_at", "overlap_ends_at", "overlap_minutes"}


class PlanActivity(Body):
    kind: Literal["outing", "receiving", "research"] = Field(
        description="outing 外出, receiving 会见, research 调研"
    )
    title: Text
    place: str = Field("", max_length=300)
    starts_at: OfficeInstant
    ends_at: OfficeInstant
    classification: ClassificationName = "none"


class ReportAway(Body):
    destination: Text
    reason: str = Field("", max_length=500)
    starts_at: OfficeInstant
    ends_at: OfficeInstant


class Reason(Body):
    reason: Text


@router.post("/schedules/{leader}/activities", status_code=201, summary="安排领导活动 / enter an activity")
async def plan(leader: str, body: PlanActivity, request: Request, actor: Acting) -> JSONResponse:
    command = schedules.PlanActivity(
        leader, body.kind, body.title, body.place, Slot(body.starts_at, body.ends_at), body.classification
    )
    return await run_command(request, command, schedules.plan_activity, actor, status=201)


@router.post("/schedules/{leader}/away", status_code=201, summary="外出报备 / report being away")
async def away(leader: str, body: ReportAway, request: Request, actor: Acting) -> JSONResponse:
    command = schedules.ReportAway(leader, body.destination, body.reason, Slot(body.starts_at, body.ends_at))
    return await run_command(request, command, schedules.report_away, actor, status=201)


@router.post("/activities/{activity_id}/cancel", summary="取消活动 / cancel an activity the office entered")
async def cancel(activity_id: str, body: Reason, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(
        request, schedules.CancelActivity(activity_id, body.reason), schedules.cancel_activity, actor
    )


@router.post("/schedules/weeks/{monday}/publish", summary="印发领导活动安排表 / publish the week's table")
async def publish(monday: OfficeDate, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, schedules.PublishWeek(monday), schedules.publish_week, actor)


def _warning(warning: DoubleBooked) -> dict[str, Any]:
    return warning.model_dump(mode="json", include=WARNING_FIELDS)


def _activity(row: Any, warnings: list[DoubleBooked]) -> dict[str, Any]:
    return {
        "id": row.activity_id,
        "leader": row.leader,
        "kind": row.kind,
        "kind_name": KIND_NAMES[row.kind],
        "title": row.title,
        "place": row.place,
        "starts_at": row.starts_at.isoformat(),
        "ends_at": row.ends_at.isoformat(),
        "classification": row.classification,
        "warnings": [_warning(w) for w in warnings],
    }


@router.get("/activities/{activity_id}", summary="一项领导活动 / one activity")
async def activity(activity_id: str, request: Request, actor: Acting) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = await schedules.load_visible(reading, activity_id, actor, runtime.directory)
    assert found.slot is not None
    return {
        "id": found.id,
        "version": found.version,
        "leader": found.leader,
        "kind": found.kind,
        "kind_name": KIND_NAMES[found.kind],
        "title": found.title,
        "place": found.place,
        "starts_at": found.slot.starts_at.isoformat(),
        "ends_at": found.slot.ends_at.isoformat(),
        "classification": found.classification,
        "source": found.source.model_dump() if found.source else None,
        "cancelled": found.cancelled,
        "warnings": [_warning(w) for w in found.warnings],
    }


@router.get(
    "/schedules/week",
    summary="领导活动安排表（一周） / the leaders' week",
    description="format=docx：可打印的 Word 表；format=pdf：按 GB/T 9704 排版的安排表 / "
    "a Word table to print, or the table typeset on GB/T 9704's page",
    response_model=None,
)
async def week(
    request: Request,
    actor: Acting,
    monday: Annotated[OfficeDate | None, Query(description="本周一；缺省为本周 / default: this week")] = None,
    leader: Annotated[list[str] | None, Query()] = None,
    format: Literal["json", "docx", "pdf"] = "json",
) -> Response:
    runtime = runtime_of(request)
    today = runtime.store.clock.now().astimezone(OFFICE_TZ).date()
    first = monday or today - timedelta(days=today.weekday())
    if first.weekday() != 0:
        raise InvalidInput("须以周一为一周的开始", "a week starts on a Monday", field="monday")
    start = datetime.combine(first, datetime.min.time(), tzinfo=OFFICE_TZ)
    async with runtime.store.reading() as reading:
        rows = await visible_between(
            reading.connection,
            viewer_of(actor, runtime.directory),
            runtime.directory,
            start,
            start + timedelta(days=7),
            leader or (),
        )
        # 日程冲突预警 as each activity's events gave them (a week holds a few dozen activities).
        warnings = {
            row.activity_id: (await reading.load_or_new(Activity, row.activity_id)).warnings
            for row in rows
            if format == "json"
        }
    if format == "docx":
        return Response(
            _as_word(first, rows, runtime.directory.people),
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers={"Content-Disposition": f"attachment; filename=leaders-week-{first.isoformat()}.docx"},
        )
    if format == "pdf":
        sheet = _as_sheet(first, today, rows, runtime.directory)
        return Response(
            await asyncio.to_thread(typeset_sheet, sheet),
            media_type="application/pdf",
            headers={"Content-Disposition": f"attachment; filename=leaders-week-{first.isoformat()}.pdf"},
        )
    activities = [_activity(row, warnings[row.activity_id]) for row in rows]
    return JSONResponse({"monday": first.isoformat(), "activities": activities})


_WEEKDAYS = "一二三四五六日"


def _as_sheet(monday: date, today: date, rows: list[Any], directory: Directory) -> Sheet:
    """领导活动安排表 on GB/T 9704's page, portrait: five columns (day, time, leader, what, where) fit
    the 156 mm 版心 in 4号, and the paper keeps the binding edge and 页码 of every other the office
    files — a landscape table would turn its 表头 to the 订口 (§8) for no column that needs it.
    The rows are the caller's, exactly as the JSON's: a classified activity only for the cleared, and
    then the paper carries the highest 密级 among them in its 版头 (§7.2.2)."""
    end = monday + timedelta(days=6)
    lines = []
    for row in rows:
        starts, ends = row.starts_at.astimezone(OFFICE_TZ), row.ends_at.astimezone(OFFICE_TZ)
        who = directory.people[row.leader].name if row.leader in directory.people else row.leader
        lines.append(
            (
                f"{starts.month}月{starts.day}日（周{_WEEKDAYS[starts.weekday()]}）",
                f"{starts:%H:%M}—{ends:%H:%M}",
                who,
                f"{KIND_NAMES[row.kind]}：{row.title}" if row.kind == "meeting" else row.title,
                row.place,
            )
        )
    highest = max((Classification(row.classification) for row in rows), default=Classification.NONE)
    office = directory.department(OFFICE).name
    return Sheet(
        mark="领导活动安排表",
        issuer=office,
        dated=today,
        marking="" if highest is Classification.NONE else highest.value,
        title=f"{monday.year}年{monday.month}月{monday.day}日—{end.month}月{end.day}日",
        sections=(
            Section(
                paragraphs=() if lines else ("本周无安排。",),
                table=Table(("日期", "时间", "领导", "活动", "地点"), tuple(lines), (6, 5, 3, 7, 4))
                if lines
                else None,
            ),
        ),
        printer=office,
        printed_on=today,
    )


def _as_word(monday: date, rows: list[Any], people: dict[str, Any]) -> bytes:
    """领导活动安排表: one row per activity — day, time, leader, what, where."""
    document = Document()
    end = monday + timedelta(days=6)
    document.add_heading(
        f"领导活动安排表（{monday.month}月{monday.day}日—{end.month}月{end.day}日）", level=1
    )
    table = document.add_table(rows=1, cols=5)
    for cell, heading in zip(table.rows[0].cells, ("日期", "时间", "领导", "活动", "地点"), strict=True):
        cell.text = heading
    for row in rows:
        starts, ends = row.starts_at.astimezone(OFFICE_TZ), row.ends_at.astimezone(OFFICE_TZ)
        who = people[row.leader].name if row.leader in people else row.leader
        values = (
            f"{starts.month}月{starts.day}日",
            f"{starts:%H:%M}—{ends:%H:%M}",
            who,
            f"{KIND_NAMES[row.kind]}：{row.title}" if row.kind == "meeting" else row.title,
            row.place,
        )
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
