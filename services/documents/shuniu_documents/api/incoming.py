"""收文 routes: /incoming. Each POST names who may take the step; the domain decides the rest."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import Field
from shuniu_shared.commands import Actor
from shuniu_shared.web.commands import Acting, Body, acting, run_command
from shuniu_shared.web.params import OfficeDate

from shuniu_documents.api.reads import add_read_routes
from shuniu_documents.app import incoming
from shuniu_documents.domain.incoming import REPLIERS, IncomingDocument

router = APIRouter(prefix="/incoming", tags=["收文 incoming"])

Clerk = Annotated[Actor, Depends(acting("clerk"))]
Director = Annotated[Actor, Depends(acting("office_director"))]
Leader = Annotated[Actor, Depends(acting("leader"))]
Handler = Annotated[Actor, Depends(acting(*REPLIERS))]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


class ReceiveBody(Body):
    sender: Annotated[str, Field(min_length=1, max_length=200, description="来文机关")]
    sender_number: Annotated[str, Field(min_length=1, max_length=100, description="来文字号")]
    title: Annotated[str, Field(min_length=1, max_length=500)]
    doc_type: str = Field(description="十五种公文之一，如 通知、请示、函")
    classification: str = Field("none", description="none、秘密、机密、绝密")
    secrecy_period: str | None = Field(None, description="保密期限，如 1年、6个月、长期")
    urgency: str | None = Field(None, description="特急、加急，或不填")
    copies: Annotated[int, Field(ge=1, le=10000)] = 1


class ReviewBody(Body):
    accept: bool
    handling: str | None = Field(None, description="阅知件 or 批办件, when accepted")
    reason: str | None = Field(None, max_length=2000, description="退回理由, or a note on acceptance")


class OpinionBody(Body):
    opinion: Text


class InstructBody(Body):
    instruction: Text
    lead_department: str
    co_departments: list[str] = []
    deadline: OfficeDate | None = None


class CirculateBody(Body):
    readers: Annotated[list[str], Field(min_length=1, max_length=200)]
    due_on: OfficeDate | None = None


class ReasonBody(Body):
    reason: Text


class NoteBody(Body):
    note: Annotated[str, Field(max_length=2000)] = ""


class ReplyBody(Body):
    reply: Text


class ArchiveBody(Body):
    retention: str = Field(description="永久、定期30年、定期10年")


@router.post("", status_code=201, summary="签收 / sign for a document received")
async def receive(body: ReceiveBody, request: Request, actor: Clerk) -> JSONResponse:
    command = incoming.SignFor(
        sender=body.sender,
        sender_number=body.sender_number,
        title=body.title,
        doc_type=body.doc_type,
        classification=body.classification,
        secrecy_period=body.secrecy_period,
        urgency=body.urgency,
        copies=body.copies,
    )
    return await run_command(request, command, incoming.sign_for, actor, status=201)


@router.post("/{id}/register", summary="登记（分配收文编号）/ register")
async def register(id: str, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, incoming.Register(id), incoming.register, actor)


@router.post("/{id}/review", summary="初审：通过（阅知件/批办件）或退回 / preliminary review")
async def review(id: str, body: ReviewBody, request: Request, actor: Clerk) -> JSONResponse:
    command = incoming.Review(id, accept=body.accept, handling=body.handling, reason=body.reason)
    return await run_command(request, command, incoming.review, actor)


@router.post("/{id}/propose", summary="拟办意见 / the office's proposal")
async def propose(id: str, body: OpinionBody, request: Request, actor: Director) -> JSONResponse:
    return await run_command(request, incoming.Propose(id, body.opinion), incoming.propose, actor)


@router.post("/{id}/instruct", summary="领导批示（主办、协办、时限）/ a leader's instruction")
async def instruct(id: str, body: InstructBody, request: Request, actor: Leader) -> JSONResponse:
    command = incoming.Instruct(
        id,
        instruction=body.instruction,
        lead_department=body.lead_department,
        co_departments=body.co_departments,
        deadline=body.deadline,
    )
    return await run_command(request, command, incoming.instruct, actor)


@router.post("/{id}/circulation", summary="传阅 / circulate to readers")
async def circulate(id: str, body: CirculateBody, request: Request, actor: Clerk) -> JSONResponse:
    command = incoming.Circulate(id, readers=body.readers, due_on=body.due_on)
    return await run_command(request, command, incoming.circulate, actor)


@router.post("/{id}/circulation/read", summary="阅毕 / the caller has read it")
async def read(id: str, request: Request, actor: Acting) -> JSONResponse:
    return await run_command(request, incoming.AcknowledgeReading(id), incoming.acknowledge_reading, actor)


@router.post("/{id}/circulation/recall", summary="收回传阅 / recall the circulation")
async def recall(id: str, body: ReasonBody, request: Request, actor: Clerk) -> JSONResponse:
    command = incoming.RecallCirculation(id, body.reason)
    return await run_command(request, command, incoming.recall_circulation, actor)


@router.post("/{id}/urge", summary="催办 / urge the handlers")
async def urge(id: str, body: NoteBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, incoming.Urge(id, body.note), incoming.urge, actor)


@router.post("/{id}/reply", summary="答复（主办单位）/ the lead department's reply")
async def reply(id: str, body: ReplyBody, request: Request, actor: Handler) -> JSONResponse:
    return await run_command(request, incoming.Answer(id, body.reply), incoming.answer, actor)


@router.post("/{id}/close", summary="办结 / close")
async def close(id: str, body: NoteBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, incoming.Close(id, body.note), incoming.close, actor)


@router.post("/{id}/archive", summary="归档 / archive")
async def archive(id: str, body: ArchiveBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, incoming.Archive(id, body.retention), incoming.archive, actor)


add_read_routes(router, "incoming", IncomingDocument)
