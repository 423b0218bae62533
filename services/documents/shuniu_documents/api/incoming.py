"""收文 routes: /incoming. Each POST names who may take the step; the domain decides the rest."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from shuniu_shared.web.auth import Principal, current_principal, requires
from shuniu_shared.web.params import OfficeDate

from shuniu_documents.api.commands import run, step
from shuniu_documents.api.reads import add_read_routes
from shuniu_documents.app import incoming
from shuniu_documents.domain.incoming import IncomingDocument

router = APIRouter(prefix="/incoming", tags=["收文 incoming"])

Clerk = Annotated[Principal, Depends(requires("clerk"))]
Director = Annotated[Principal, Depends(requires("office_director"))]
Leader = Annotated[Principal, Depends(requires("leader"))]
Handler = Annotated[Principal, Depends(requires("staff", "department_head"))]
Anyone = Annotated[Principal, Depends(current_principal)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


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
async def receive(body: ReceiveBody, request: Request, principal: Clerk) -> JSONResponse:
    return await run(request, principal, incoming.receive, **body.model_dump())


@router.post("/{id}/register", summary="登记（分配收文编号）/ register")
async def register(id: str, request: Request, principal: Clerk) -> JSONResponse:
    return await step(request, principal, incoming.register, id)


@router.post("/{id}/review", summary="初审：通过（阅知件/批办件）或退回 / preliminary review")
async def review(id: str, body: ReviewBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(
        request,
        principal,
        incoming.review,
        id,
        accept=body.accept,
        handling=body.handling,
        reason=body.reason,
    )


@router.post("/{id}/propose", summary="拟办意见 / the office's proposal")
async def propose(id: str, body: OpinionBody, request: Request, principal: Director) -> JSONResponse:
    return await step(request, principal, incoming.propose, id, opinion=body.opinion)


@router.post("/{id}/instruct", summary="领导批示（主办、协办、时限）/ a leader's instruction")
async def instruct(id: str, body: InstructBody, request: Request, principal: Leader) -> JSONResponse:
    return await step(request, principal, incoming.instruct, id, **body.model_dump())


@router.post("/{id}/circulation", summary="传阅 / circulate to readers")
async def circulate(id: str, body: CirculateBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(
        request, principal, incoming.start_circulation, id, readers=body.readers, due_on=body.due_on
    )


@router.post("/{id}/circulation/read", summary="阅毕 / the caller has read it")
async def read(id: str, request: Request, principal: Anyone) -> JSONResponse:
    return await run(request, principal, incoming.acknowledge_reading, id)


@router.post("/{id}/circulation/recall", summary="收回传阅 / recall the circulation")
async def recall(id: str, body: ReasonBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(request, principal, incoming.recall_circulation, id, reason=body.reason)


@router.post("/{id}/urge", summary="催办 / urge the handlers")
async def urge(id: str, body: NoteBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(request, principal, incoming.urge, id, note=body.note)


@router.post("/{id}/reply", summary="答复（主办单位）/ the lead department's reply")
async def reply(id: str, body: ReplyBody, request: Request, principal: Handler) -> JSONResponse:
    return await step(request, principal, incoming.answer, id, reply=body.reply)


@router.post("/{id}/close", summary="办结 / close")
async def close(id: str, body: NoteBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(request, principal, incoming.close, id, note=body.note)


@router.post("/{id}/archive", summary="归档 / archive")
async def archive(id: str, body: ArchiveBody, request: Request, principal: Clerk) -> JSONResponse:
    return await step(request, principal, incoming.archive, id, retention=body.retention)


add_read_routes(router, "incoming", IncomingDocument)
