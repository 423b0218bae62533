"""Meetings: scheduling, agenda, invitations and notice, replies and 请假, sign-in, minutes, resolutions.

Who may call what is declared on each route: organising roles schedule; the organisers (organiser,
chair, the office's and organiser department's clerks and heads) change a meeting; invitees reply and
sign in; the chair approves the minutes. Whoever may not see a meeting gets 404 for all of it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.errors import NotFound
from shuniu_shared.web.commands import (
    Keyset,
    Page,
    Paging,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_meetings.adapters import read_model
from shuniu_meetings.api.common import (
    Acting,
    CurrentViewer,
    Organiser,
    meeting_view,
    minutes_view,
    resolutions_view,
)
from shuniu_meetings.app import attendance, common, minutes, planning
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.parts import Slot
from shuniu_meetings.domain.values import Capacity, Response

router = APIRouter(tags=["meetings"])

Text = Annotated[str, Field(min_length=1, max_length=500)]
Ids = Annotated[str, Field(min_length=1, max_length=100)]


class ScheduleMeeting(BaseModel):
    title: Text
    kind: Annotated[str, Field(min_length=1, max_length=20, description="党组会、常务会、办公会、专题会……")]
    organiser_department: Ids
    chair: Ids = Field(description="主持人")
    starts_at: OfficeInstant
    ends_at: OfficeInstant
    room_id: Ids | None = None
    classification: ClassificationName = "none"

    def command(self) -> planning.ScheduleMeeting:
        return planning.ScheduleMeeting(
            title=self.title,
            kind=self.kind,
            organiser_department=self.organiser_department,
            chair=self.chair,
            slot=Slot(self.starts_at, self.ends_at),
            room_id=self.room_id,
            classification=self.classification,
        )


class ScheduleSeries(ScheduleMeeting):
    weeks: int = Field(ge=1, le=52, description="每周一次，共几周 / weekly, for how many weeks")

    def series(self) -> planning.ScheduleSeries:
        return planning.ScheduleSeries(self.command(), self.weeks)


class AddAgendaItem(BaseModel):
    title: Text
    presenter: Ids = Field(description="汇报人")
    materials: list[Text] = Field(default_factory=list, description="会议材料")


class PersonInvitation(BaseModel):
    person: Ids
    capacity: Capacity = Capacity.ATTENDEE


class DepartmentInvitation(BaseModel):
    department: Ids
    capacity: Capacity = Capacity.ATTENDEE


class Invite(BaseModel):
    people: list[PersonInvitation] = Field(default_factory=list)
    departments: list[DepartmentInvitation] = Field(default_factory=list)


class RescheduleMeeting(BaseModel):
    starts_at: OfficeInstant
    ends_at: OfficeInstant
    room_id: Ids | None = None
    reason: Text


class CancelMeeting(BaseModel):
    reason: Text


class ReplyToNotice(BaseModel):
    response: Response


class RequestLeave(BaseModel):
    reason: Text = Field(description="请假理由")
    substitute: Ids | None = Field(None, description="代会人")


class DraftMinutes(BaseModel):
    classification: ClassificationName = "none"
    summary: Annotated[str, Field(max_length=20000)] = ""


class DraftResolution(BaseModel):
    title: Text
    lead_department: Ids
    co_departments: list[Ids] = Field(default_factory=list)
    deadline: OfficeDate


@router.post("/meetings", status_code=201, summary="安排会议 / schedule a meeting")
async def schedule_meeting(request: Request, body: ScheduleMeeting, actor: Organiser) -> JSONResponse:
    return await run_command(request, body.command(), planning.schedule_meeting, actor, status=201)


@router.post("/meetings/series", status_code=201, summary="安排每周例会，逐次订会议室 / a weekly meeting")
async def schedule_series(request: Request, body: ScheduleSeries, actor: Organiser) -> JSONResponse:
    """201 when at least one week was booked; 200 when every week was taken or a day off."""
    return await run_command(request, body.series(), planning.schedule_series, actor, status=201)


SOONEST_FIRST = Keyset(starts_at=datetime, id=str)  # the list's cursor: the last meeting's start and id


@router.get("/meetings", summary="我能看到的会议 / meetings visible to me")
async def list_meetings(
    request: Request,
    viewer: CurrentViewer,
    page: Paging,
    starts_from: Annotated[OfficeInstant | None, Query(alias="from")] = None,
    until: Annotated[OfficeInstant | None, Query(alias="to")] = None,
) -> Page[dict[str, Any]]:
    after = SOONEST_FIRST.after(page)
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        rows = await read_model.list_meetings(
            connection,
            viewer,
            runtime.directory,
            start=starts_from,
            end=until,
            after=after,
            limit=page.limit + 1,
        )
    items = [
        {
            **dict(row._mapping),
            "starts_at": row.starts_at.isoformat(),
            "ends_at": row.ends_at.isoformat(),
        }
        for row in rows[: page.limit]
    ]
    cursor = None
    if len(rows) > page.limit:
        last = rows[page.limit - 1]
        cursor = SOONEST_FIRST.cursor(starts_at=last.starts_at, id=last.id)
    return Page(items=items, next_cursor=cursor)


@router.get("/meetings/{meeting_id}", summary="会议详情 / a meeting")
async def get_meeting(request: Request, meeting_id: str, viewer: CurrentViewer) -> JSONResponse:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        meeting = await common.load_visible(reading, meeting_id, viewer, runtime.directory)
    return JSONResponse(
        meeting_view(meeting, viewer, runtime.directory), headers={"ETag": f'"{meeting.version}"'}
    )


# Events that carry the minutes' content follow the minutes' 密级, like the minutes themselves.
_MINUTES_EVENTS = ("minutes_", "resolution_")


@router.get("/meetings/{meeting_id}/history", summary="会议的全部记录 / the meeting's history")
async def history(request: Request, meeting_id: str, viewer: CurrentViewer) -> dict[str, Any]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        meeting = await common.load_visible(reading, meeting_id, viewer, runtime.directory)
        stored = await runtime.store.read_stream(reading.connection, meeting_id)
    minutes_visible = meeting.minutes_visible_to(viewer, runtime.directory)
    return {
        "meeting_id": meeting_id,
        "items": [
            {
                "version": e.version,
                "type": e.type,
                "time": e.time.isoformat(),
                "actor": e.context.get("actor"),
                "data": e.data,
            }
            for e in stored
            if minutes_visible or not e.type.split(".")[3].startswith(_MINUTES_EVENTS)
        ],
    }


@router.post("/meetings/{meeting_id}/agenda", summary="增加议程 / add an agenda item")
async def add_agenda_item(
    request: Request, meeting_id: str, body: AddAgendaItem, actor: Acting
) -> JSONResponse:
    command = planning.AddAgendaItem(meeting_id, body.title, body.presenter, body.materials)
    return await run_command(request, command, planning.add_agenda_item, actor)


@router.post("/meetings/{meeting_id}/invitations", summary="邀请人员和部门（出席或列席） / invite")
async def invite(request: Request, meeting_id: str, body: Invite, actor: Acting) -> JSONResponse:
    people = {p.person: p.capacity for p in body.people}
    departments = {d.department: d.capacity for d in body.departments}
    return await run_command(
        request, planning.Invite(meeting_id, people, departments), planning.invite, actor
    )


@router.post("/meetings/{meeting_id}/notice", summary="发出会议通知 / issue the notice")
async def issue_notice(request: Request, meeting_id: str, actor: Acting) -> JSONResponse:
    return await run_command(request, planning.IssueNotice(meeting_id), planning.issue_notice, actor)


@router.post("/meetings/{meeting_id}/reschedule", summary="改期（通知全部受邀人） / reschedule")
async def reschedule(
    request: Request, meeting_id: str, body: RescheduleMeeting, actor: Acting
) -> JSONResponse:
    command = planning.Reschedule(meeting_id, Slot(body.starts_at, body.ends_at), body.room_id, body.reason)
    return await run_command(request, command, planning.reschedule, actor)


@router.post("/meetings/{meeting_id}/cancel", summary="取消会议（通知全部受邀人） / cancel")
async def cancel(request: Request, meeting_id: str, body: CancelMeeting, actor: Acting) -> JSONResponse:
    return await run_command(
        request, planning.CancelMeeting(meeting_id, body.reason), planning.cancel_meeting, actor
    )


@router.post("/meetings/{meeting_id}/reply", summary="回复参加或不参加 / reply")
async def reply(request: Request, meeting_id: str, body: ReplyToNotice, actor: Acting) -> JSONResponse:
    return await run_command(request, attendance.Reply(meeting_id, body.response), attendance.reply, actor)


@router.post("/meetings/{meeting_id}/leave", summary="请假（送达主持人和承办人） / request leave")
async def request_leave(request: Request, meeting_id: str, body: RequestLeave, actor: Acting) -> JSONResponse:
    command = attendance.RequestLeave(meeting_id, body.reason, body.substitute)
    return await run_command(request, command, attendance.request_leave, actor)


@router.post("/meetings/{meeting_id}/sign-in", summary="签到 / sign in")
async def sign_in(request: Request, meeting_id: str, actor: Acting) -> JSONResponse:
    return await run_command(request, attendance.SignIn(meeting_id), attendance.sign_in, actor)


@router.post("/meetings/{meeting_id}/held", summary="记录会议已召开（未到者记缺席） / record it as held")
async def mark_held(request: Request, meeting_id: str, actor: Acting) -> JSONResponse:
    return await run_command(request, attendance.MarkHeld(meeting_id), attendance.mark_held, actor)


@router.get("/meetings/{meeting_id}/minutes", summary="会议纪要（按密级） / the minutes")
async def get_minutes(request: Request, meeting_id: str, viewer: CurrentViewer) -> dict[str, Any]:
    return minutes_view(await _with_minutes_seen(request, meeting_id, viewer))


async def _with_minutes_seen(request: Request, meeting_id: str, viewer: Viewer) -> Meeting:
    """The meeting, for whoever may see it and its minutes (their 密级 is the minutes' own)."""
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        meeting = await common.load_visible(reading, meeting_id, viewer, runtime.directory)
    if not meeting.minutes_visible_to(viewer, runtime.directory):
        raise NotFound(f"未找到会议 {meeting_id} 的纪要", f"the minutes of {meeting_id} were not found")
    return meeting


@router.post("/meetings/{meeting_id}/minutes", summary="起草纪要 / draft the minutes")
async def draft_minutes(request: Request, meeting_id: str, body: DraftMinutes, actor: Acting) -> JSONResponse:
    command = minutes.DraftMinutes(meeting_id, body.classification, body.summary)
    return await run_command(request, command, minutes.draft_minutes, actor)


@router.post("/meetings/{meeting_id}/resolutions", summary="起草议定事项 / draft a resolution")
async def draft_resolution(
    request: Request, meeting_id: str, body: DraftResolution, actor: Acting
) -> JSONResponse:
    command = minutes.DraftResolution(
        meeting_id, body.title, body.lead_department, body.co_departments, body.deadline
    )
    return await run_command(request, command, minutes.draft_resolution, actor)


@router.get("/meetings/{meeting_id}/resolutions", summary="决议及其督办状态 / resolutions and follow-up")
async def list_resolutions(request: Request, meeting_id: str, viewer: CurrentViewer) -> dict[str, Any]:
    meeting = await _with_minutes_seen(request, meeting_id, viewer)
    return {"meeting_id": meeting.id, "items": resolutions_view(meeting)}


@router.post("/meetings/{meeting_id}/minutes/approve", summary="主持人审定纪要，决议通过 / approve")
async def approve_minutes(request: Request, meeting_id: str, actor: Acting) -> JSONResponse:
    return await run_command(request, minutes.ApproveMinutes(meeting_id), minutes.approve_minutes, actor)


@router.post("/meetings/{meeting_id}/minutes/issue", summary="印发纪要 / issue the minutes")
async def issue_minutes(request: Request, meeting_id: str, actor: Acting) -> JSONResponse:
    return await run_command(request, minutes.IssueMinutes(meeting_id), minutes.issue_minutes, actor)
