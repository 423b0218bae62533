"""The files of a document: /incoming/{id}/files (a 收文's scan and attachments) and
/outgoing/{id}/files (a 发文's attachments). An upload is the file's bytes as the request body
(streamed into the content store as they arrive, never held whole), its name in ``X-File-Name``
(percent-encoded UTF-8, as a header carries only ASCII) and its role in ``?role=`` (原件扫描 or
附件 N). The files follow the document's audience: to anyone else they do not exist (404)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from shuniu_shared.commands import Actor, execute
from shuniu_shared.errors import NotFound
from shuniu_shared.web.commands import Acting, acting, if_match, runtime_of
from shuniu_shared.web.files import (
    UPLOAD_BODY,
    content_disposition,
    content_store,
    file_name_from,
    opened,
    refuse_declared_oversize,
    stored_json,
)

from shuniu_documents.adapters.search import file_texts
from shuniu_documents.app import files
from shuniu_documents.app.office import Office, load_visible
from shuniu_documents.domain.incoming import REPLIERS, IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument

router = APIRouter(prefix="/incoming", tags=["收文 incoming"])
outgoing_router = APIRouter(prefix="/outgoing", tags=["发文 outgoing"])

Sha256 = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="文件内容的 SHA-256 / the file's hash")]
INLINE = ("application/pdf", "image/")  # shown in the browser (its PDF viewer, as an image)
# An inline file is shown inside the console's own page (an <iframe> for a PDF): framing by the
# suite's own origin only, in place of the gateway's default `DENY` (shuniu_gateway/headers.py).
# Nothing it holds may load or run anything; `object-src 'self'` is the browser's PDF viewer, which
# embeds the file itself.
INLINE_HEADERS = {
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy": "default-src 'none'; object-src 'self'; frame-ancestors 'self'",
}


def add_file_routes(
    router: APIRouter,
    cls: type[files.Holder],
    attach: type[files.AttachFile],
    record: type[files.RecordDownload],
    attacher: Callable[..., Any],
) -> None:
    """The upload, the list and the download of one kind of document's files."""

    @router.post(
        "/{id}/files",
        status_code=201,
        summary="上传原件扫描或附件 / attach the scan or an attachment",
        openapi_extra=UPLOAD_BODY,
    )
    async def upload(
        id: str,
        request: Request,
        role: Annotated[str, Query(min_length=1, max_length=20, description="原件扫描 or 附件 N")],
        file_name: Annotated[
            str,
            Header(
                alias="X-File-Name", min_length=1, max_length=12000, description="文件名，百分号编码的 UTF-8"
            ),
        ],
        actor: Actor = Depends(attacher),
    ) -> JSONResponse:
        """The document is checked before its bytes are stored (an unknown or archived document, a
        wrong role: nothing kept), the size and type as they stream in (413 and 415, nothing kept)."""
        name = file_name_from(file_name)
        runtime, office = runtime_of(request), Office.of(runtime_of(request))
        store = content_store(runtime)
        refuse_declared_oversize(request, store)
        async with runtime.store.reading() as reading:
            document = await load_visible(reading, office, cls, id, actor)
        document.check_attachable(role)
        stored, text = await store.put_and_read(request.stream(), name, files.text_reader(runtime))
        command = attach(id, file=stored, role=role, text=text, expected_version=if_match(request))
        written = await execute(runtime, command, files.attach_file, actor)
        file = stored_json(stored.sha256, stored.size, stored.media_type, name)
        body = {**written.answer(), "file": file | {"text": text.as_json()}}
        response = JSONResponse(body, status_code=201 if written.position else 200)
        response.headers["ETag"] = f'"{written.version}"'
        return response

    @router.get("/{id}/files", summary="文件列表 / the document's files")
    async def list_files(id: str, request: Request, actor: Acting) -> dict[str, Any]:
        runtime = runtime_of(request)
        async with runtime.store.reading() as reading:
            document = await load_visible(reading, Office.of(runtime), cls, id, actor)
            texts = await file_texts(reading.connection, id)
        unread = {"status": None, "chars": 0}  # attached before its text was read for search
        return {"items": [f | {"text": texts.get(f["sha256"], unread)} for f in document.state()["files"]]}

    @router.get(
        "/{id}/files/{sha256}",
        summary="下载或在线查看文件（涉密文件的下载留痕）/ download a file",
        response_class=StreamingResponse,
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    async def download(id: str, sha256: Sha256, request: Request, actor: Acting) -> StreamingResponse:
        """Streamed from the content store; a classified document's file is recorded as downloaded
        (who, when, which file) before its first byte leaves."""
        runtime = runtime_of(request)
        async with runtime.store.reading() as reading:
            document = await load_visible(reading, Office.of(runtime), cls, id, actor)
        file = document.file(sha256)
        if file is None:
            raise NotFound(f"公文 {id} 没有此文件", f"document {id} has no such file", code="file_not_found")
        await execute(runtime, record(id, sha256=sha256), files.record_download, actor)
        chunks = await opened(content_store(runtime).open(sha256))
        inline = file.media_type.startswith(INLINE)
        headers = {
            "Content-Disposition": content_disposition("inline" if inline else "attachment", file.name),
            "Content-Length": str(file.size),
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
            **(INLINE_HEADERS if inline else {}),
        }
        return StreamingResponse(chunks, media_type=file.media_type, headers=headers)


# Who takes a step on a document may attach its files; whoever may see it may read them.
add_file_routes(
    router,
    IncomingDocument,
    files.AttachFile,
    files.RecordDownload,
    acting("clerk", "office_director", "leader", *REPLIERS),
)
add_file_routes(
    outgoing_router,
    OutgoingDocument,
    files.AttachOutgoingFile,
    files.RecordOutgoingDownload,
    acting("staff", "department_head", "clerk", "office_director"),  # who drafts and who edits
)
