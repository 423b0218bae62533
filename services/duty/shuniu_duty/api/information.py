"""政务信息: 信息稿 submitted, edited (every version readable), adopted into numbered issues, reported
up, adopted above, instructed on; and the departments' monthly or yearly ranking with its working.

A department sees its own pieces, the 信息科 and the leaders all of them, a classified piece only
the cleared (domain/information.py's audience); the ranking counts only pieces its reader may open.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.web.commands import Acting, Body, run_command, runtime_of

from shuniu_duty.adapters.information_rows import visible_credits, visible_pieces
from shuniu_duty.app import information
from shuniu_duty.app.policy import policy_of
from shuniu_duty.domain.information import CREDIT_NAMES

router = APIRouter(prefix="/information", tags=["information 政务信息"])


class Submit(Body):
    title: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1, max_length=50_000)
    classification: ClassificationName = "none"


class Edit(Body):
    title: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1, max_length=50_000)
    note: str = Field("", max_length=2000, description="修改说明")


class Publish(Body):
    publication: str = Field(min_length=1, max_length=100, description="刊物代码，如 zhengwu《政务信息》")
    pieces: list[str] = Field(min_length=1, max_length=100)


class ReportUp(Body):
    to: str = Field(min_length=1, max_length=200, description="报送单位，如 市政府办公室")


class AdoptedAbove(Body):
    by_whom: str = Field(min_length=1, max_length=200)
    where: str = Field("", max_length=300, description="采用刊物及期号")


class Instruction(Body):
    leader: str = Field(min_length=1, max_length=100)
    instruction: str = Field(min_length=1, max_length=5000)


@router.post("", status_code=201, summary="报送信息稿 / submit a piece")
async def submit(body: Submit, request: Request, actor: Acting) -> JSONResponse:
    command = information.SubmitPiece(body.title, body.text, body.classification)
    return await run_command(request, command, information.submit_piece, actor, status=201)


@router.post("/{piece_id}/edit", summary="信息科编辑（新版本）/ edit into a new version")
async def edit(piece_id: str, body: Edit, request: Request, actor: Acting) -> JSONResponse:
    command = information.EditPiece(piece_id, body.title, body.text, body.note)
    return await run_command(request, command, information.take_step, actor)


@router.post("/{piece_id}/report-up", summary="报送上级 / report up")
async def report_up(piece_id: str, body: ReportUp, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, information.ReportUp(piece_id, body.to), information.take_step, actor)


@router.post("/{piece_id}/adopted-above", summary="登记上级采用 / the higher level adopted it")
async def adopted_above(piece_id: str, body: AdoptedAbove, request: Request, actor: Acting) -> JSONResponse:
    command = information.RecordAdoptedAbove(piece_id, body.by_whom, body.where)
    return await run_command(request, command, information.take_step, actor)


@router.post("/{piece_id}/instruction", summary="登记领导批示 / record a leader's instruction")
async def instruction(piece_id: str, body: Instruction, request: Request, actor: Acting) -> JSONResponse:
    command = information.RecordInstruction(piece_id, body.leader, body.instruction)
    return await run_command(request, command, information.take_step, actor)


@router.post("/issues", status_code=201, summary="编发一期刊物（第N期）/ publish an issue")
async def publish(body: Publish, request: Request, actor: Acting) -> JSONResponse:
    command = information.PublishIssue(body.publication, body.pieces)
    return await run_command(request, command, information.publish_issue, actor, status=201)


class Publication(BaseModel):
    code: str
    name: str  # without its 《》


@router.get("/publications", summary="本办刊物 / the office's publications")
async def publications(request: Request, actor: Acting) -> list[Publication]:
    return [Publication(code=c, name=n) for c, n in policy_of(runtime_of(request)).publications.items()]


class PieceSummary(BaseModel):
    id: str
    title: str
    department: str
    classification: str
    stage: str
    versions: int
    submitted_at: datetime
    version: int

    @classmethod
    def of(cls, piece: information.Piece) -> PieceSummary:
        return cls(
            id=piece.id,
            title=piece.current.title,
            department=piece.department,
            classification=piece.classification,
            stage=piece.stage,
            versions=len(piece.versions),
            submitted_at=piece.submitted_at,
            version=piece.version,
        )


class VersionView(BaseModel):
    number: int
    title: str
    text: str
    by: str
    at: datetime
    note: str


class AdoptionView(BaseModel):
    issue_id: str
    publication: str
    year: int
    issue: int
    piece_version: int


class PieceDetail(PieceSummary):
    text: str
    adoptions: list[AdoptionView]
    reported_to: str | None
    adopted_above_by: str | None
    instructions: list[str]


@router.get("", summary="信息稿（最新在前）/ pieces, newest first")
async def pieces(request: Request, actor: Acting) -> list[PieceSummary]:
    runtime = runtime_of(request)
    async with runtime.store.engine.connect() as connection:
        return [
            PieceSummary(
                id=r.piece_id,
                title=r.title,
                department=r.department,
                classification=r.classification,
                stage=r.stage,
                versions=r.versions,
                submitted_at=r.submitted_at,
                version=r.version,
            )
            async for r in visible_pieces(connection, actor, runtime.directory)
        ]


async def _piece(request: Request, actor: Acting, piece_id: str) -> information.Piece:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        return await information.load_piece(reading, piece_id, actor, runtime.directory)


@router.get("/{piece_id}", summary="信息稿详情（当前版本）/ one piece, its current version")
async def piece(piece_id: str, request: Request, actor: Acting) -> PieceDetail:
    found = await _piece(request, actor, piece_id)
    return PieceDetail(
        **PieceSummary.of(found).model_dump(),
        text=found.current.text,
        adoptions=[
            AdoptionView(**{k: getattr(a, k) for k in AdoptionView.model_fields}) for a in found.adoptions
        ],
        reported_to=found.reported_to,
        adopted_above_by=found.adopted_above.by_whom if found.adopted_above else None,
        instructions=[f"{i.leader}：{i.instruction}" for i in found.instructions],
    )


@router.get("/{piece_id}/versions/{number}", summary="信息稿的某一版 / one version of a piece")
async def version(piece_id: str, number: int, request: Request, actor: Acting) -> VersionView:
    found = (await _piece(request, actor, piece_id)).version_numbered(number)
    return VersionView(**vars(found))


class IssueView(BaseModel):
    id: str
    publication: str
    name: str  # 《政务信息》2026年第1期
    year: int
    number: int
    classification: str
    pieces: list[PieceSummary]  # those the reader may open


@router.get("/issues/{issue_id}", summary="一期刊物 / one issue of a publication")
async def issue(issue_id: str, request: Request, actor: Acting) -> IssueView:
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        found, pieces = await information.load_issue(reading, issue_id, actor, runtime.directory)
    return IssueView(
        id=found.id,
        publication=found.publication,
        name=f"《{found.publication_name}》{found.year}年第{found.number}期",
        year=found.year,
        number=found.number,
        classification=found.classification,
        pieces=[PieceSummary.of(p) for p in pieces],
    )


class WorkingLine(BaseModel):  # 计分明细
    piece_id: str
    title: str
    kind: str
    what: str  # 本级采用 / 上级采用 / 领导批示
    detail: str
    at: datetime
    points: int


class RankedDepartment(BaseModel):
    rank: int
    department: str
    name: str
    points: int
    working: list[WorkingLine]


class Ranking(BaseModel):
    period: str  # 2026年12月 or 2026年
    rules: dict[str, object]
    departments: list[RankedDepartment]


@router.get("/ranking/departments", summary="信息工作得分排名（月度/年度）/ the departments' ranking")
async def ranking(
    request: Request,
    actor: Acting,
    year: Annotated[int, Query(ge=2000, le=2100)],
    month: Annotated[int | None, Query(ge=1, le=12)] = None,
) -> Ranking:
    """Each fact scored by the office's current rules and shown line by line; a month is a civil
    month in Beijing. Equal points share a rank (1, 1, 3)."""
    runtime = runtime_of(request)
    rules = policy_of(runtime).scoring
    start = datetime(year, month or 1, 1, tzinfo=OFFICE_TZ)
    end = (
        datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=OFFICE_TZ)
        if month
        else datetime(year + 1, 1, 1, tzinfo=OFFICE_TZ)
    )
    async with runtime.store.engine.connect() as connection:
        rows = await visible_credits(connection, actor, runtime.directory, start, end)
    working: dict[str, list[WorkingLine]] = defaultdict(list)
    for r in rows:
        working[r.department].append(
            WorkingLine(
                piece_id=r.piece_id,
                title=r.title,
                kind=r.kind,
                what=CREDIT_NAMES[r.kind],
                detail=r.detail,
                at=r.at,
                points=rules.points(r.kind, r.publication),
            )
        )
    totals = sorted(
        ((sum(w.points for w in ws), d) for d, ws in working.items()), key=lambda t: (-t[0], t[1])
    )
    ranked: list[RankedDepartment] = []
    for i, (points, department) in enumerate(totals):
        rank = ranked[-1].rank if ranked and ranked[-1].points == points else i + 1
        name = (
            runtime.directory.departments[department].name
            if department in runtime.directory.departments
            else department
        )
        ranked.append(
            RankedDepartment(
                rank=rank, department=department, name=name, points=points, working=working[department]
            )
        )
    return Ranking(
        period=f"{year}年{month}月" if month else f"{year}年",
        rules={
            "adopted": dict(rules.adopted),
            "adopted_default": rules.adopted_default,
            "adopted_above": rules.adopted_above,
            "instructed": rules.instructed,
        },
        departments=ranked,
    )
