"""The read routes both kinds of document share: the list, one document with its history, the archive."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import PlainTextResponse, StreamingResponse
from shuniu_shared.commands import Actor, execute
from shuniu_shared.errors import OutOfTurn
from shuniu_shared.web.commands import Acting, Keyset, Paging, runtime_of
from shuniu_shared.web.files import content_disposition, content_store

from shuniu_documents.adapters.archive_zip import Stored, write_package
from shuniu_documents.adapters.read_model import Filters, list_documents, row_json
from shuniu_documents.app import files
from shuniu_documents.app.office import D, Office, load_visible
from shuniu_documents.app.outgoing import printed_imprint
from shuniu_documents.app.records import archive_markdown, archive_package, history, package_entries
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument


def office_of(request: Request) -> Office:
    return Office.of(runtime_of(request))


# U+0000, which PostgreSQL text cannot hold, is refused for every service by `web.middleware.InputGuard`.
Text = Annotated[str | None, Query(max_length=200)]
NEWEST_FIRST = Keyset(before=int)
CHUNK = (
    1 << 20
)  # the ZIP streamed out a mebibyte at a time  # the list's cursor: the position the last document shown was created at


def add_read_routes(router: APIRouter, kind: str, cls: type[D]) -> None:
    @router.get("", summary="列表（按阶段、部门、文种、年份、紧急程度、超期筛选，标题搜索）/ list")
    async def list_(
        request: Request,
        actor: Acting,
        page: Paging,
        stage: Text = None,
        department: Text = None,
        doc_type: Text = None,
        # Bounded as the number register's year is: an int past PostgreSQL's integer was a 500.
        year: Annotated[int | None, Query(ge=1000, le=9999)] = None,
        urgency: Text = None,
        overdue: bool | None = None,
        q: Annotated[str | None, Query(max_length=100, description="标题关键词 / words of the title")] = None,
    ) -> dict[str, Any]:
        """Only the documents the caller may see: their department takes part, or they work in the
        office; and their clearance reaches the document's 密级."""
        office = office_of(request)
        filters = Filters(stage, department, doc_type, year, urgency, overdue, q)
        after = NEWEST_FIRST.after(page)
        async with runtime_of(request).store.engine.connect() as connection:
            rows = await list_documents(
                connection,
                kind,
                office.viewer(actor),
                filters,
                today=office.today(),
                before=after["before"] if after else None,
                limit=page.limit + 1,
            )
        more = len(rows) > page.limit
        rows = rows[: page.limit]
        return {
            "items": [row_json(row, office.today()) for row in rows],
            "next_cursor": NEWEST_FIRST.cursor(before=rows[-1].created_position) if more else None,
        }

    @router.get("/{id}", summary="公文详情及办理记录 / one document with its history")
    async def get_one(id: str, request: Request, actor: Acting) -> dict[str, Any]:
        document, record = await _document_and_record(request, cls, id, actor)
        return {**document.state(), **_extras(document, office_of(request)), "history": record}

    @router.get("/{id}/history", summary="办理记录 / the handling record")
    async def get_history(id: str, request: Request, actor: Acting) -> list[dict[str, Any]]:
        _, record = await _document_and_record(request, cls, id, actor)
        return record

    @router.get(
        "/{id}/archive",
        summary="归档包：JSON；format=markdown 的可读文本；format=zip 含全部文件及其哈希清单 / the archive package",
        response_model=None,
        responses={200: {"content": {"application/zip": {}, "text/markdown": {}}}},
    )
    async def get_archive(
        id: str,
        request: Request,
        actor: Acting,
        format: Annotated[str, Query(pattern="^(json|markdown|zip)$")] = "json",
    ) -> dict[str, Any] | PlainTextResponse | StreamingResponse:
        document, record = await _document_and_record(request, cls, id, actor)
        if document.retention is None:
            raise OutOfTurn("公文尚未归档", "the document has not been archived", code="not_archived")
        state = document.state()
        if format == "markdown":
            return PlainTextResponse(
                archive_markdown(kind, state, record), media_type="text/markdown; charset=utf-8"
            )
        if format == "zip":
            return await _zipped(request, document, kind, state, record, actor)
        return archive_package(state, record)


async def _zipped(
    request: Request,
    document: Any,
    kind: str,
    state: dict[str, Any],
    record: list[dict[str, Any]],
    actor: Actor,
) -> StreamingResponse:
    """The ZIP, built in a temporary file (a scan is streamed into it, never held whole) and streamed
    out; a classified document's files are recorded as downloaded, as one by one, before a byte leaves."""
    runtime, office = runtime_of(request), office_of(request)
    imprint = None
    if isinstance(document, OutgoingDocument):
        async with runtime.store.reading() as reading:
            assert document.draft is not None
            imprint = await printed_imprint(reading, office.directory, document.draft, document)
    entries = await asyncio.to_thread(package_entries, document, kind, state, record, imprint)
    audited = files.RecordDownload if isinstance(document, IncomingDocument) else files.RecordOutgoingDownload
    for entry in entries:
        if isinstance(entry, Stored):
            await execute(runtime, audited(document.id, sha256=entry.sha256), files.record_download, actor)
    spool = tempfile.TemporaryFile()
    try:
        about = {
            "document": document.id,
            "kind": kind,
            "title": state["title"],
            "retention": state.get("retention"),
        }
        await write_package(spool, entries, content_store(runtime), about)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        with spool:
            while chunk := spool.read(CHUNK):
                yield chunk

    name = f"{state.get('number') or state.get('receipt_number') or document.id}-归档包.zip"
    headers = {
        "Content-Disposition": content_disposition("attachment", name),
        "Cache-Control": "private, no-store",
    }
    return StreamingResponse(chunks(), media_type="application/zip", headers=headers)


async def _document_and_record(
    request: Request, cls: type[D], id: str, actor: Actor
) -> tuple[D, list[dict[str, Any]]]:
    runtime, office = runtime_of(request), office_of(request)
    async with runtime.store.reading() as reading:
        document = await load_visible(reading, office, cls, id, actor)
        stored = await runtime.store.read_stream(reading.connection, id)
    return document, history(stored, runtime.directory)


def _extras(document: Any, office: Office) -> dict[str, Any]:
    """What depends on the time of asking: who has not read it yet, and for how long."""
    if not isinstance(document, IncomingDocument):
        return {}
    now = office.clock.now()
    circulation = document.current_circulation
    if circulation is None:
        return {"circulation_status": None}
    readers: list[dict[str, Any]] = []
    for reader in circulation.readers:
        read_at = circulation.read_at.get(reader)
        person = office.directory.people.get(reader)
        readers.append(
            {
                "reader": reader,
                "name": person.name if person else None,
                "read": read_at is not None,
                "minutes": int(((read_at or now) - circulation.started_at).total_seconds() // 60),
            }
        )
    return {
        "circulation_status": {
            "round": circulation.round,
            "recalled": circulation.recalled,
            "overdue": circulation.overdue,
            "read": len(circulation.read_at),
            "unread": len(circulation.unread),
            "readers": readers,
        }
    }
