"""突发事件信息报送: 接报, each report's 拟稿 → 审核 → 报送, the leader's 批示; the incidents list
(newest first, with their lights) and one incident with its reports and whole history.

Every route needs a signed-in person; which person may take which step is the incident's own rule
(domain/incident.py), answered 403 for a visible incident and 404 for one the caller may not see.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor
from shuniu_shared.web.commands import (
    Acting,
    Body,
    HistoryEntry,
    Keyset,
    Page,
    Paging,
    first_page,
    history_of,
    run_command,
    runtime_of,
)
from shuniu_shared.web.params import OfficeDate, OfficeInstant

from shuniu_duty.adapters.rows import visible_incidents
from shuniu_duty.app import incidents
from shuniu_duty.app.incidents import load_incident, require_visible, take_step
from shuniu_duty.app.policy import policy_of
from shuniu_duty.domain.events import Casualties, ReportKind
from shuniu_duty.domain.incident import Incident, Light, ReportStage, Stage, light_of
from shuniu_duty.domain.levels import IncidentLevel

router = APIRouter(prefix="/incidents", tags=["incidents 突发事件信息报送"])
Department = Annotated[str, Field(min_length=1, max_length=100)]


class ReportIncident(Body):
    title: str = Field(min_length=1, max_length=300)
    category: str = Field(
        min_length=1, max_length=100, description="自然灾害、事故灾难、公共卫生事件、社会安全事件"
    )
    place: str = Field(min_length=1, max_length=300)
    level: IncidentLevel
    casualties: Casualties = Casualties()
    measures: str = Field("", max_length=5000, description="已采取的处置措施")
    classification: ClassificationName = "none"
    internal: bool = Field(True, description="内部：仅相关部门知悉 / need to know only; false: 全单位通报")
    reporting_department: Department | None = None
    departments_involved: list[Department] = Field([], max_length=50)
    learned_at: OfficeInstant = Field(
        description="办公室获悉时间，报告时限由此起算 / when the office learned of it"
    )


class DraftReport(Body):
    kind: ReportKind = Field(description="phone 电话初报, written 书面报告, follow_up 续报, final 终报")
    text: str = Field(min_length=1, max_length=20_000)
    casualties: Casualties = Casualties()


class SubmitReport(Body):
    late_reason: str = Field("", max_length=2000, description="迟报原因（超时报送必填）")


class Instruction(Body):
    instruction: str = Field(min_length=1, max_length=5000)
    lead_department: Department
    co_departments: list[Department] = Field([], max_length=50)
    deadline: OfficeDate | None = None


@router.post("", status_code=201, summary="突发事件接报 / report an incident")
async def report(body: ReportIncident, request: Request, actor: Acting) -> JSONResponse:
    command = incidents.ReportIncident(
        title=body.title,
        category=body.category,
        place=body.place,
        level=body.level,
        casualties=body.casualties,
        measures=body.measures,
        classification=body.classification,
        internal=body.internal,
        reporting_department=body.reporting_department,
        departments_involved=body.departments_involved,
        learned_at=body.learned_at,
    )
    return await run_command(request, command, incidents.report_incident, actor, status=201)


@router.post("/{incident_id}/reports", status_code=201, summary="报告拟稿 / draft a report (值班员)")
async def draft(incident_id: str, body: DraftReport, request: Request, actor: Acting) -> JSONResponse:
    command = incidents.DraftReport(incident_id, body.kind, body.text, body.casualties)
    return await run_command(request, command, take_step, actor, status=201)


@router.post("/{incident_id}/reports/{number}/approve", summary="带班领导审核 / approve a report")
async def approve(incident_id: str, number: int, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, incidents.ApproveReport(incident_id, number), take_step, actor)


@router.post("/{incident_id}/reports/{number}/submit", summary="报送 / send a report up (值班员)")
async def submit(
    incident_id: str, number: int, body: SubmitReport, request: Request, actor: Acting
) -> JSONResponse:
    command = incidents.SubmitReport(incident_id, number, body.late_reason)
    return await run_command(request, command, take_step, actor)


@router.post("/{incident_id}/reports/{number}/instruction", summary="领导批示 / a leader's instruction")
async def instruct(
    incident_id: str, number: int, body: Instruction, request: Request, actor: Acting
) -> JSONResponse:
    command = incidents.Instruct(
        incident_id, number, body.instruction, body.lead_department, body.co_departments, body.deadline
    )
    return await run_command(request, command, take_step, actor)


class IncidentSummary(BaseModel):
    id: str
    title: str
    category: str
    place: str
    level: IncidentLevel
    stage: Stage
    internal: bool
    classification: str
    learned_at: datetime
    phone_due: datetime | None
    written_due: datetime
    light: Light | None
    late_reports: int
    reports_awaiting_approval: int
    version: int


class ReportView(BaseModel):
    number: int
    kind: ReportKind
    text: str
    casualties: Casualties
    stage: ReportStage
    approved_by: str | None
    submitted_at: datetime | None
    minutes_late: int | None
    late_reason: str | None


class InstructionView(BaseModel):
    number: int
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None
    instructed_on: date


class IncidentDetail(IncidentSummary):
    casualties: Casualties
    measures: str
    reporting_department: str | None
    departments_involved: list[str]
    reported_by: str
    reports: list[ReportView]
    instructions: list[InstructionView]
    closed_at: datetime | None


NEWEST_FIRST = Keyset(learned_at=datetime, id=str)  # the list's cursor: the last incident's learned_at and id


def _row_light(row: Any, now: datetime, yellow_minutes: int) -> Light | None:
    clocks = [(row.phone_due, row.phone_up_at is not None), (row.written_due, row.written_up_at is not None)]
    return light_of(row.stage == Stage.CLOSED.value, clocks, now, yellow_minutes)


@router.get("", summary="突发事件（最新获悉在前） / incidents, newest first")
async def list_incidents(
    request: Request,
    actor: Acting,
    page: Paging,
    open_only: bool = False,
) -> Page[IncidentSummary]:
    runtime = runtime_of(request)
    now, yellow = runtime.store.clock.now(), policy_of(runtime).limits.yellow_minutes
    async with runtime.store.engine.connect() as connection:
        rows = visible_incidents(
            connection, actor, runtime.directory, open_only=open_only, before=NEWEST_FIRST.after(page)
        )
        return await first_page(
            rows,
            page,
            lambda row: IncidentSummary(
                id=row.incident_id,
                title=row.title,
                category=row.category,
                place=row.place,
                level=IncidentLevel(row.level),
                stage=Stage(row.stage),
                internal=row.internal,
                classification=row.classification,
                learned_at=row.learned_at,
                phone_due=row.phone_due,
                written_due=row.written_due,
                light=_row_light(row, now, yellow),
                late_reports=row.late_reports,
                reports_awaiting_approval=row.reports_awaiting_approval,
                version=row.version,
            ),
            lambda last: NEWEST_FIRST.cursor(learned_at=last.learned_at, id=last.id),
        )


async def _visible(request: Request, actor: Actor, incident_id: str) -> tuple[Incident, list[Any]]:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        oversight = policy_of(runtime).oversight(runtime)
        incident = require_visible(
            await load_incident(reading, incident_id, oversight), actor, runtime.directory
        )
        stored = await reading.store.read_stream(reading.connection, incident_id)
    return incident, stored


@router.get("/{incident_id}", summary="突发事件详情 / one incident with its reports")
async def incident(incident_id: str, request: Request, actor: Acting) -> IncidentDetail:
    runtime = runtime_of(request)
    found, _ = await _visible(request, actor, incident_id)
    limits = policy_of(runtime).limits
    return IncidentDetail(
        id=found.id,
        title=found.title,
        category=found.category,
        place=found.place,
        level=found.level,
        stage=found.stage,
        internal=found.internal,
        classification=found.classification,
        learned_at=found.learned_at,
        phone_due=found.phone_due,
        written_due=found.written_due,
        light=found.light(runtime.store.clock.now(), limits),
        late_reports=sum(1 for r in found.reports.values() if r.minutes_late is not None),
        reports_awaiting_approval=sum(1 for r in found.reports.values() if r.stage is ReportStage.DRAFTED),
        version=found.version,
        casualties=found.casualties,
        measures=found.measures,
        reporting_department=found.reporting_department,
        departments_involved=found.departments_involved,
        reported_by=found.reported_by,
        reports=[ReportView(**vars(r)) for r in found.reports.values()],
        instructions=[
            InstructionView(**i.model_dump(include=set(InstructionView.model_fields)))
            for i in found.instructions
        ],
        closed_at=found.closed_at,
    )


@router.get("/{incident_id}/history", summary="突发事件全过程 / an incident's whole history")
async def history(incident_id: str, request: Request, actor: Acting) -> list[HistoryEntry]:
    _, stored = await _visible(request, actor, incident_id)
    return history_of(stored)
