"""发文 routes: /outgoing, and the register of numbers given out: /numbers."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import Field
from shuniu_shared.commands import Actor, execute
from shuniu_shared.errors import InvalidInput, NotFound
from shuniu_shared.ofd import OFD_MEDIA_TYPE, write_ofd
from shuniu_shared.web.commands import Acting, Body, acting, answered, if_match, run_command, runtime_of
from shuniu_shared.web.files import (
    UPLOAD_BODY,
    content_disposition,
    content_store,
    file_name_from,
    opened,
    refuse_declared_oversize,
)

from shuniu_documents.adapters.extraction import DOCX, TEXT
from shuniu_documents.adapters.numbers import number_register
from shuniu_documents.adapters.signing import organisation_certificate, signature_state
from shuniu_documents.adapters.typesetting import typeset
from shuniu_documents.adapters.word_file import word_file
from shuniu_documents.api.reads import add_read_routes, office_of
from shuniu_documents.app import outgoing
from shuniu_documents.app.files import read_spooled
from shuniu_documents.app.office import load_visible
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.outgoing import COUNTERSIGNER, ISSUING_BODY, Draft, OutgoingDocument
from shuniu_documents.domain.redline import redline
from shuniu_documents.domain.values import check_code
from shuniu_documents.domain.word import from_word

router = APIRouter(prefix="/outgoing", tags=["发文 outgoing"])
numbers_router = APIRouter(prefix="/numbers", tags=["发文 outgoing"])

Drafter = Annotated[Actor, Depends(acting("staff", "department_head", "clerk", "office_director"))]
Clerk = Annotated[Actor, Depends(acting("clerk"))]
Director = Annotated[Actor, Depends(acting("office_director"))]
Countersigner = Annotated[Actor, Depends(acting(COUNTERSIGNER))]
Leader = Annotated[Actor, Depends(acting("leader"))]
Editor = Annotated[Actor, Depends(acting("office_director", COUNTERSIGNER, "clerk"))]
RegisterReader = Annotated[Actor, Depends(acting("clerk", "office_director", "auditor"))]
Text = Annotated[str, Field(min_length=1, max_length=2000)]


# 正文: its elements as domain/body.py names them, or plain text (one paragraph a line). The
# elements' own limits are checked by `DocumentBody.from_dict`, naming the field.
BodyInput = Annotated[
    Annotated[str, Field(max_length=100_000)] | dict[str, Any],
    Field(description="正文：结构（paragraphs、attachments、signatory、written_on、note）或纯文本"),
]


class DraftBody(Body):
    title: Annotated[str, Field(min_length=1, max_length=500)]
    doc_type: str = Field(description="十五种公文之一")
    direction: str = Field(description="上行文、平行文、下行文")
    classification: str = "none"
    secrecy_period: str | None = None
    urgency: str | None = None
    main_recipients: Annotated[list[str], Field(max_length=200, description="主送：部门编码或外单位名称")]
    copied_recipients: Annotated[list[str], Field(max_length=200)] = []
    co_issuers: Annotated[list[str], Field(max_length=20, description="联合发文的会签部门")] = []
    body: BodyInput = ""

    def draft(self) -> Draft:
        return Draft(**(self.model_dump() | {"body": outgoing.body_of(self.body, self.title)}))


class EditBody(Body):
    body: BodyInput
    note: Annotated[str, Field(max_length=2000, description="修改说明")] = ""


class SignBody(Body):
    opinion: Annotated[str, Field(max_length=2000)] = ""
    digest: Annotated[
        str | None, Field(pattern="^[0-9a-f]{64}$", description="所签正文版本的摘要 body_digest")
    ] = None
    body_version: Annotated[int | None, Field(ge=1, description="或所签正文的版本号")] = None


class ReviewBody(Body):
    approve: bool
    opinion: Annotated[str, Field(max_length=2000)] = ""


class OpinionBody(Body):
    opinion: Annotated[str, Field(max_length=2000)] = ""


class RecheckBody(Body):
    substantive_change: Annotated[str | None, Field(max_length=2000, description="实质性修改的内容")] = None
    note: Annotated[str, Field(max_length=2000)] = ""


class RegisterBody(Body):
    code: Annotated[str, Field(min_length=1, max_length=50, description="机关代字，如 县府办发")]
    copies: Annotated[int, Field(ge=1, le=100_000)]


class ReasonBody(Body):
    reason: Text


class DispatchBody(Body):
    recipients: list[str] | None = Field(None, description="不填则发给分送名单上尚未核发的全部机关")


class ArchiveBody(Body):
    retention: str


@router.post("", status_code=201, summary="起草 / draft")
async def draft(body: DraftBody, request: Request, actor: Drafter) -> JSONResponse:
    return await run_command(request, outgoing.WriteDraft(body.draft()), outgoing.write, actor, status=201)


@router.post("/{id}/revise", summary="修改后重新送审 / revise a returned draft")
async def revise(id: str, body: DraftBody, request: Request, actor: Drafter) -> JSONResponse:
    return await run_command(request, outgoing.Revise(id, body.draft()), outgoing.revise, actor)


@router.post("/{id}/review", summary="审核 / the office's review")
async def review(id: str, body: ReviewBody, request: Request, actor: Director) -> JSONResponse:
    command = outgoing.Review(id, approve=body.approve, opinion=body.opinion)
    return await run_command(request, command, outgoing.review, actor)


@router.post("/{id}/countersign", summary="会签（联合发文机关）/ countersign")
async def countersign(id: str, body: OpinionBody, request: Request, actor: Countersigner) -> JSONResponse:
    return await run_command(request, outgoing.Countersign(id, body.opinion), outgoing.countersign, actor)


@router.post("/{id}/edit", summary="修改正文（审核、会签、复核时），成为新的一版 / edit the body")
async def edit(id: str, body: EditBody, request: Request, actor: Editor) -> JSONResponse:
    return await run_command(request, outgoing.EditBody(id, body.body, body.note), outgoing.edit_body, actor)


@router.post(
    "/{id}/body/import",
    summary="从 Word（.docx）导入正文，成为新的一版 / import the body from a .docx",
    openapi_extra=UPLOAD_BODY,
)
async def import_body(
    id: str,
    request: Request,
    actor: Editor,
    file_name: Annotated[
        str,
        Header(alias="X-File-Name", min_length=1, max_length=12000, description="文件名，百分号编码的 UTF-8"),
    ] = "%E6%AD%A3%E6%96%87.docx",
) -> JSONResponse:
    """The file's paragraphs become the body's elements as its styles and layout allow
    (domain/word.py), recorded as an edit by the same path as POST /edit — a new version, at the
    step the editor takes; the answer says what was taken as which element and what was not. The
    file is read by the bounded extractor: a damaged file or a zip bomb is a 422 naming why, a type
    other than .docx a 415, one over the size limit a 413."""
    name = file_name_from(file_name)
    runtime = runtime_of(request)
    store = content_store(runtime)
    refuse_declared_oversize(request, store)
    async with runtime.store.reading() as reading:
        document = await load_visible(
            reading, office_of(request), OutgoingDocument, id, actor, if_match(request)
        )
    assert document.draft is not None
    _, read = await store.put_and_read(request.stream(), name, read_spooled, accepted={DOCX})
    if read.status != TEXT:
        zh, _, en = read.detail.partition(" / ")
        raise InvalidInput(
            f"无法从此文件导入正文：{zh}",
            f"the body cannot be imported from this file: {en or zh}",
            code="docx_unreadable",
        )
    imported = from_word(read.paragraphs, document.draft.body)
    body = DocumentBody.from_dict(imported.body.as_dict())  # its elements' limits, naming the field
    command = outgoing.EditBody(
        id, body.as_dict(), f"从 Word 文件导入：{name}"[:2000], expected_version=document.version
    )
    written = await execute(runtime, command, outgoing.edit_body, actor)
    return answered(200, written.answer() | {"import": imported.as_json()})


@router.post("/{id}/sign", summary="签发所阅的正文版本 / sign a version of the body")
async def sign(id: str, body: SignBody, request: Request, actor: Leader) -> JSONResponse:
    command = outgoing.Sign(id, body.opinion, digest=body.digest, body_version=body.body_version)
    return await run_command(request, command, outgoing.sign, actor)


@router.post("/{id}/recheck", summary="复核 / recheck after signing")
async def recheck(id: str, body: RecheckBody, request: Request, actor: Clerk) -> JSONResponse:
    command = outgoing.Recheck(id, substantive_change=body.substantive_change, note=body.note)
    return await run_command(request, command, outgoing.recheck, actor)


@router.post("/{id}/register", summary="登记（编发文字号）/ register and number")
async def register(id: str, body: RegisterBody, request: Request, actor: Clerk) -> JSONResponse:
    command = outgoing.Register(id, code=body.code, copies=body.copies)
    return await run_command(request, command, outgoing.register, actor)


@router.post("/{id}/void-number", summary="作废文号 / void the number given")
async def void_number(id: str, body: ReasonBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, outgoing.VoidNumber(id, body.reason), outgoing.void_number, actor)


@router.post("/{id}/print", summary="印制（涉密件编份号）/ print")
async def print_copies(id: str, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, outgoing.PrintCopies(id), outgoing.print_copies, actor)


@router.post("/{id}/dispatch", summary="核发 / dispatch to recipients")
async def dispatch(id: str, body: DispatchBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, outgoing.Dispatch(id, body.recipients), outgoing.dispatch, actor)


@router.post("/{id}/revoke", summary="撤销 / revoke")
async def revoke(id: str, body: ReasonBody, request: Request, actor: Leader) -> JSONResponse:
    return await run_command(request, outgoing.Revoke(id, body.reason), outgoing.revoke, actor)


@router.post("/{id}/abolish", summary="废止 / abolish")
async def abolish(id: str, body: ReasonBody, request: Request, actor: Leader) -> JSONResponse:
    return await run_command(request, outgoing.Abolish(id, body.reason), outgoing.abolish, actor)


@router.post("/{id}/archive", summary="归档 / archive")
async def archive(id: str, body: ArchiveBody, request: Request, actor: Clerk) -> JSONResponse:
    return await run_command(request, outgoing.Archive(id, body.retention), outgoing.archive, actor)


add_read_routes(router, "outgoing", OutgoingDocument)

VersionNumber = Annotated[int, Query(ge=1, le=100_000)]


async def _with_times(request: Request, id: str, actor: Actor) -> tuple[OutgoingDocument, dict[int, str]]:
    """The document as the actor may see it (404 otherwise, as if it did not exist), read only, and
    when each of its events was recorded: a version's time is its event's."""
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        document = await load_visible(reading, office_of(request), OutgoingDocument, id, actor)
        stored = await runtime.store.read_stream(reading.connection, id)
    return document, {e.version: e.time.isoformat() for e in stored}


@router.get("/{id}/versions", summary="正文的各版：版本、环节、修改人、时间、摘要 / the body's versions")
async def versions(id: str, request: Request, actor: Acting) -> list[dict[str, Any]]:
    document, times = await _with_times(request, id, actor)
    return [v.summary() | {"at": times.get(v.event)} for v in document.versions]


@router.get("/{id}/versions/{n}", summary="正文的一版 / one version of the body")
async def version(id: str, n: int, request: Request, actor: Acting) -> dict[str, Any]:
    document, times = await _with_times(request, id, actor)
    found = document.body_version(n)
    return found.summary() | {"at": times.get(found.event), "body": found.body.as_dict()}


@router.get("/{id}/redline", summary="两版之间的修改痕迹 / the changes between two versions")
async def changes(
    id: str,
    request: Request,
    actor: Acting,
    from_: Annotated[int, Query(alias="from", ge=1, le=100_000)] = 1,
    to: VersionNumber | None = None,
) -> dict[str, Any]:
    """From version `from` (the draft, unless given) to version `to` (the latest, unless given)."""
    document, _ = await _with_times(request, id, actor)
    old = document.body_version(from_)
    new = document.body_version(to if to is not None else len(document.versions))
    return {"from": old.summary(), "to": new.summary(), **redline(old.body, new.body)}


PDF = "application/pdf"
_PDF_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {PDF: {}}, "description": "PDF"}}


async def _typeset(
    body: DocumentBody, draft: Draft, request: Request, document: OutgoingDocument | None
) -> bytes:
    body.within_length()  # a body stored before the limit is read, but not typeset for minutes
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        imprint = await outgoing.printed_imprint(reading, runtime.directory, draft, document)
    # Typesetting is CPU work of a fraction of a second: off the event loop, so other requests go on.
    return await asyncio.to_thread(typeset, body, imprint)


async def _pdf(
    body: DocumentBody, draft: Draft, request: Request, document: OutgoingDocument | None
) -> Response:
    return Response(await _typeset(body, draft, request, document), media_type=PDF)


@router.get(
    "/{id}/pdf",
    summary="按 GB/T 9704-2012 排版的公文（PDF）/ the document typeset per GB/T 9704-2012",
    response_class=Response,
    responses=_PDF_RESPONSE,
)
async def pdf(
    id: str, request: Request, actor: Acting, version: VersionNumber | None = None, sealed: bool = False
) -> Response:
    """The given version of the body (the latest, unless given), with the 版头 and 版记 as the
    document now stands: the 发文字号 once registered, the 签发人 of a 上行文, the 印发日期. With
    `sealed=true`, the PDF as sealed and signed when the seal keeper used the seal (用印)."""
    document, _ = await _with_times(request, id, actor)
    assert document.draft is not None
    if sealed:
        if document.sealed is None:
            raise NotFound("该发文尚未用印", "the document has not been sealed")
        chunks = await opened(content_store(runtime_of(request)).open(document.sealed.sha256))
        return StreamingResponse(chunks, media_type=PDF, headers={"Cache-Control": "private, no-store"})
    found = document.body_version(version if version is not None else len(document.versions))
    return await _pdf(found.body, document.draft, request, document)


@router.get(
    "/{id}/ofd",
    summary="与 PDF 同一版式的 OFD（GB/T 33190）/ the same layout as OFD",
    response_class=Response,
    responses={200: {"content": {OFD_MEDIA_TYPE: {}}, "description": "OFD (GB/T 33190-2016)"}},
)
async def ofd(
    id: str, request: Request, actor: Acting, version: VersionNumber | None = None, sealed: bool = False
) -> Response:
    """The PDF of the same version, 版头 and 版记, written as OFD with its text as text
    (shuniu_shared/ofd.py): for electronic document exchange, which asks for OFD. With
    `sealed=true`, the OFD under the organisation's 国密 electronic seal (GB/T 38540), made at 用印."""
    document, _ = await _with_times(request, id, actor)
    assert document.draft is not None
    if sealed:
        if document.sealed is None or document.sealed.ofd_sha256 is None:
            raise NotFound("该发文尚无加盖国密电子印章的 OFD", "the document has no OFD under an SM2 seal")
        chunks = await opened(content_store(runtime_of(request)).open(document.sealed.ofd_sha256))
        headers = {
            "Cache-Control": "private, no-store",
            "Content-Disposition": content_disposition("attachment", f"{document.draft.title}.ofd"),
        }
        return StreamingResponse(chunks, media_type=OFD_MEDIA_TYPE, headers=headers)
    found = document.body_version(version if version is not None else len(document.versions))
    pdf = await _typeset(found.body, document.draft, request, document)
    title, written_on = found.body.title, found.body.written_on
    content = await asyncio.to_thread(write_ofd, pdf, title=title, created=written_on)
    headers = {"Content-Disposition": content_disposition("attachment", f"{title}.ofd")}
    return Response(content, media_type=OFD_MEDIA_TYPE, headers=headers)


@router.get("/{id}/signature", summary="用印后签名的验证结果 / the sealed PDF's signature, as verified")
async def signature(id: str, request: Request, actor: Acting) -> dict[str, Any]:
    """pyHanko's verdict on the sealed PDF's PAdES signature — intact, valid, trusted against the
    organisation's chain, signed by whom and when — beside who used the seal and when; 404 before
    sealing and to anyone outside the document's audience."""
    document, _ = await _with_times(request, id, actor)
    if document.sealed is None:
        raise NotFound("该发文尚未用印", "the document has not been sealed")
    runtime = runtime_of(request)
    pdf = b"".join(
        [chunk async for chunk in await opened(content_store(runtime).open(document.sealed.sha256))]
    )
    organ = runtime.directory.departments[ISSUING_BODY].name
    certificate = organisation_certificate(
        runtime.settings.var_dir, organ, development=runtime.settings.development
    )
    verdict = await asyncio.to_thread(signature_state, pdf, certificate)
    return verdict | {
        "sealed_by": document.sealed.sealed_by,
        "sealed_at": document.sealed.sealed_at.isoformat(),
    }


@router.get(
    "/{id}/docx",
    summary="公文的 Word 文件（.docx）/ the document as a Word file",
    response_class=Response,
    responses={200: {"content": {DOCX: {}}, "description": "Word (.docx)"}},
)
async def docx(id: str, request: Request, actor: Acting, version: VersionNumber | None = None) -> Response:
    """The same version, 版头 and 版记 as the PDF, for offices that go on editing in Word or WPS; the
    file imports back (`POST /{id}/body/import`) as the same 正文 (adapters/word_file.py)."""
    document, _ = await _with_times(request, id, actor)
    assert document.draft is not None
    found = document.body_version(version if version is not None else len(document.versions))
    runtime = runtime_of(request)
    async with runtime.store.reading() as reading:
        imprint = await outgoing.printed_imprint(reading, runtime.directory, document.draft, document)
    headers = {"Content-Disposition": content_disposition("attachment", f"{found.body.title}.docx")}
    return Response(await asyncio.to_thread(word_file, found.body, imprint), media_type=DOCX, headers=headers)


@router.post(
    "/preview",
    summary="预览未保存的文稿排版（PDF）/ preview an unsaved draft typeset",
    response_class=Response,
    responses=_PDF_RESPONSE,
)
async def preview(body: DraftBody, request: Request, actor: Drafter) -> Response:
    """What the draft would look like printed, before it is saved: no number, no 签发人 yet."""
    draft = body.draft()
    return await _pdf(draft.body, draft, request, None)


@numbers_router.get("", summary="发文字号登记簿：已用与作废 / the numbers given out, used and void")
async def numbers(
    request: Request,
    actor: RegisterReader,
    code: Annotated[str, Query(min_length=1, max_length=50)],
    year: Annotated[int, Query(ge=1000, le=9999)],
) -> list[dict[str, Any]]:
    """Every number is listed; a document the caller may not see is not named (its id and void reason)."""
    check_code(code)
    viewer = office_of(request).viewer(actor)
    async with runtime_of(request).store.engine.connect() as connection:
        return await number_register(connection, code, year, viewer)
