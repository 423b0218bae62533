"""调研: the routes of a research topic (domain/research.py), commands through the one pipeline, and
its reads, each answered with the topic's audience (404 to anyone outside it).

A report version is uploaded as the file's bytes in the request body (streamed into the content
store as they arrive), its name in ``X-File-Name`` (percent-encoded UTF-8), as documents' files are.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor, execute
from shuniu_shared.web.commands import (
    Acting,
    Body,
    Keyset,
    Page,
    Paging,
    acting,
    answered,
    first_page,
    if_match,
    run_command,
    runtime_of,
    shown_as,
)
from shuniu_shared.web.files import (
    UPLOAD_BODY,
    content_disposition,
    content_store,
    file_name_from,
    opened,
    refuse_declared_oversize,
    stored_json,
)
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_supervision.adapters.research_rows import visible_topics
from shuniu_supervision.app import research
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.domain.research import ResearchStage, ResearchTopic

router = APIRouter(prefix="/research", tags=["research 调研"])
Leader = Annotated[Actor, Depends(acting("leader", "principal_leader"))]
Number = Annotated[int, Path(ge=1, le=10_000, description="第几次行程 / the visit's number")]
Version = Annotated[int, Path(ge=1, le=10_000, description="第几稿 / the report's version")]


class Assignment(Body):
    title: str = Field(min_length=1, max_length=300)
    purpose: str = Field(min_length=1, max_length=5000)
    due_on: OfficeDate
    classification: ClassificationName = "none"


class TeamBody(Body):
    lead_department: str = Field(min_length=1, max_length=100)
    members: list[str] = Field(min_length=1, max_length=100)


class VisitBody(Body):
    place: str = Field(min_length=1, max_length=300)
    starts_at: OfficeInstant
    ends_at: OfficeInstant
    members: list[str] = Field(min_length=1, max_length=100)
    leaders: list[str] = Field([], max_length=20)


class MoveBody(Body):
    place: str = Field("", max_length=300)  # empty: the same place
    starts_at: OfficeInstant
    ends_at: OfficeInstant


class Reason(Body):
    reason: str = Field(min_length=1, max_length=2000)


class Findings(Body):
    findings: str = Field(min_length=1, max_length=20000)


class InstructionBody(Body):
    instruction: str = Field(min_length=1, max_length=5000)
    lead_department: str = Field(min_length=1, max_length=100)
    co_departments: list[str] = Field([], max_length=50)
    deadline: OfficeDate | None = None  # none: the office's default period for a 批示


class TopicSummary(BaseModel):
    id: str
    title: str
    assigned_by: str
    lead_department: str | None
    classification: str
    stage: ResearchStage
    due_on: date
    visits: int
    report_versions: int
    version: int


class TeamView(BaseModel):
    lead_department: str
    members: list[str]


class VisitView(BaseModel):
    number: int
    place: str
    starts_at: datetime
    ends_at: datetime
    members: list[str]
    leaders: list[str]
    cancelled: bool
    findings: str | None


class ReportView(BaseModel):
    version: int
    file: dict[str, Any]
    note: str
    by: str
    on: date


class InstructionView(BaseModel):
    report_version: int
    leader: str
    instruction: str
    lead_department: str
    task_id: str
    on: date


class TopicDetail(BaseModel):
    id: str
    title: str
    purpose: str
    due_on: date
    classification: str
    assigned_by: str
    assigned_on: date
    stage: ResearchStage
    team: TeamView | None
    visits: list[VisitView]
    reports: list[ReportView]
    instructions: list[InstructionView]
    version: int


@router.post("", status_code=201, summary="下达调研课题 / assign a research topic (a leader)")
async def assign(body: Assignment, request: Request, actor: Leader) -> JSONResponse:
    command = research.AssignResearch(body.title, body.purpose, body.due_on, body.classification)
    return await run_command(request, command, research.assign_research, actor, status=201)


@router.post("/{topic_id}/team", summary="组建调研组 / form the team (the office or the assigning leader)")
async def form_team(topic_id: str, body: TeamBody, request: Request, actor: Acting) -> JSONResponse:
    command = research.FormTeam(topic_id, body.lead_department, body.members)
    return await run_command(request, command, research.research_step, actor)


@router.post("/{topic_id}/visits", summary="安排调研行程 / plan a visit (the team or the office)")
async def plan_visit(topic_id: str, body: VisitBody, request: Request, actor: Acting) -> JSONResponse:
    command = research.PlanVisit(
        topic_id, body.place, body.starts_at, body.ends_at, body.members, body.leaders
    )
    return await run_command(request, command, research.research_step, actor)


@router.post("/{topic_id}/visits/{number}/move", summary="行程改期 / move a visit")
async def move_visit(
    topic_id: str, number: Number, body: MoveBody, request: Request, actor: Acting
) -> JSONResponse:
    command = research.MoveVisit(topic_id, number, body.place, body.starts_at, body.ends_at)
    return await run_command(request, command, research.research_step, actor)


@router.post("/{topic_id}/visits/{number}/cancel", summary="取消行程 / cancel a visit")
async def cancel_visit(
    topic_id: str, number: Number, body: Reason, request: Request, actor: Acting
) -> JSONResponse:
    command = research.CancelVisit(topic_id, number, body.reason)
    return await run_command(request, command, research.research_step, actor)


@router.post("/{topic_id}/visits/{number}/record", summary="调研记录 / record what a visit found")
async def record_visit(
    topic_id: str, number: Number, body: Findings, request: Request, actor: Acting
) -> JSONResponse:
    command = research.RecordVisit(topic_id, number, body.findings)
    return await run_command(request, command, research.research_step, actor)


@router.post(
    "/{topic_id}/reports",
    status_code=201,
    summary="报送调研报告（新一稿）/ submit a version of the report",
    openapi_extra=UPLOAD_BODY,
)
async def submit_report(
    topic_id: str,
    request: Request,
    actor: Acting,
    file_name: Annotated[
        str,
        Header(alias="X-File-Name", min_length=1, max_length=12000, description="文件名，百分号编码的 UTF-8"),
    ],
    note: Annotated[str, Query(max_length=2000, description="报送说明 / what changed")] = "",
) -> JSONResponse:
    """The topic is checked before the bytes are stored (a caller who may not submit: nothing
    kept), the size and type as they stream in (413 and 415, nothing kept)."""
    name = file_name_from(file_name)
    runtime = runtime_of(request)
    policy = policy_of(runtime)
    store = content_store(runtime)
    refuse_declared_oversize(request, store)
    async with runtime.store.reading() as reading:
        await research.check_may_submit(reading, topic_id, actor, policy)
    stored = await store.put(request.stream(), name)
    command = research.SubmitReport(topic_id, file=stored, note=note, expected_version=if_match(request))
    written = await execute(runtime, command, research.research_step, actor)
    body = {**written.answer(), "file": stored_json(stored.sha256, stored.size, stored.media_type, name)}
    return answered(201, body)


@router.get(
    "/{topic_id}/reports/{version}/file",
    summary="下载调研报告某一稿 / download a version of the report",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
async def download_report(
    topic_id: str, version: Version, request: Request, actor: Acting
) -> StreamingResponse:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        topic = await research.visible_topic(reading, topic_id, actor, policy_of(runtime))
    file = topic.report(version).file
    chunks = await opened(content_store(runtime).open(file.sha256))
    headers = {
        "Content-Disposition": content_disposition("attachment", file.name),
        "Content-Length": str(file.size),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
    }
    return StreamingResponse(chunks, media_type=file.media_type, headers=headers)


@router.post(
    "/{topic_id}/reports/{version}/instruction",
    summary="领导批示（开启督办事项）/ the leader's 批示 on a version, opening a supervision task",
)
async def instruct(
    topic_id: str, version: Version, body: InstructionBody, request: Request, actor: Leader
) -> JSONResponse:
    command = research.InstructOnReport(
        topic_id, version, body.instruction, body.lead_department, body.co_departments, body.deadline
    )
    return await run_command(request, command, research.research_step, actor)


SOONEST_DUE = Keyset(due_on=date, id=str)  # the list's cursor: the last topic's due date and id


@router.get("", summary="调研课题（按完成时限）/ research topics, soonest due first")
async def topics(request: Request, actor: Acting, page: Paging) -> Page[TopicSummary]:
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        return await first_page(
            visible_topics(connection, actor, runtime.directory, after=SOONEST_DUE.after(page)),
            page,
            lambda row: shown_as(TopicSummary, row, id=row.topic_id),
            lambda last: SOONEST_DUE.cursor(due_on=last.due_on, id=last.id),
        )


@router.get("/{topic_id}", summary="调研课题详情 / one research topic")
async def topic(topic_id: str, request: Request, actor: Acting) -> TopicDetail:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found = await research.visible_topic(reading, topic_id, actor, policy_of(runtime))
    return detail(found)


def detail(t: ResearchTopic) -> TopicDetail:
    return shown_as(
        TopicDetail,
        t,
        team=shown_as(TeamView, t.team) if t.team else None,
        visits=[VisitView(**vars(v)) for v in t.visits],
        reports=[shown_as(ReportView, r, file=r.file.model_dump()) for r in t.reports],
        instructions=[InstructionView(**vars(i)) for i in t.instructions],
    )
