"""The files of a document — a 收文's scan and attachments, a 发文's attachments: attaching one that
the content store holds already, the audit of a classified document's file downloaded, and
collecting the stored files no document refers to.

Collection. An upload stores the bytes first and records the file on its document after (see
shuniu_shared.content): an upload whose command then fails (a stale If-Match, the document archived
meanwhile, the process gone) leaves an object nothing refers to. Once an hour (``SHUNIU_HOUSEKEEPING_EVERY_SECONDS``)
the service deletes such objects older than the grace (``SHUNIU_DOCUMENTS_FILE_GRACE_HOURS``, 24 by
default: far longer than any upload takes between its bytes being stored and its event recorded).
What is referenced is read from the events themselves — every file ever attached, since a file is
never taken off a document — so an archived record's files are always referenced, whatever its
read model holds.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import ClassVar

import structlog
from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.content import StoredFile
from shuniu_shared.eventstore import Written, events_table
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import ConfigurationError
from shuniu_shared.web.files import content_store
from sqlalchemy import select

from shuniu_documents.adapters.extraction import Extracted, extract
from shuniu_documents.adapters.search import extraction_of, index_file
from shuniu_documents.app.office import Office, OnDocument, load_for, load_visible, save
from shuniu_documents.domain.events import FileAttached, OutgoingFileAttached, Sealed
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument

log = structlog.get_logger("shuniu.documents.files")

GRACE_HOURS = "SHUNIU_DOCUMENTS_FILE_GRACE_HOURS"  # how long a file nothing refers to is kept
DEFAULT_GRACE_HOURS = 24.0


Holder = IncomingDocument | OutgoingDocument


@dataclass(frozen=True)
class AttachFile(OnDocument):  # 上传原件扫描或附件（收文）
    file: StoredFile
    role: str
    text: Extracted  # the file's text for search, or what became of it (extracted before the command)
    may_retry: ClassVar[bool] = True  # decided afresh on the document as it is: the same bytes add nothing
    kind: ClassVar[type[Holder]] = IncomingDocument


@dataclass(frozen=True)
class AttachOutgoingFile(AttachFile):  # 上传发文附件
    kind: ClassVar[type[Holder]] = OutgoingDocument


def text_reader(runtime: ServiceRuntime) -> Callable[[StoredFile, Path], Awaitable[Extracted]]:
    """What reads an upload's text for search while the content store stores it
    (`ContentStore.put_and_read`): as the same bytes gave it before, or read now from the upload's
    spool by the bounded extractor (adapters/extraction.py) — never in this process."""

    async def read(file: StoredFile, spool: Path) -> Extracted:
        async with runtime.store.engine.connect() as connection:
            known = await extraction_of(connection, file.sha256)
        return known if known is not None else await read_spooled(file, spool)

    return read


async def read_spooled(file: StoredFile, spool: Path) -> Extracted:
    """The spooled file's text read afresh, a .docx's paragraphs with their styles (which the search
    index does not keep) included."""
    return await extract(spool, file.media_type)


@dataclass(frozen=True)
class RecordDownload(OnDocument):  # 涉密文件下载留痕（收文）
    sha256: str
    may_retry: ClassVar[bool] = True
    kind: ClassVar[type[Holder]] = IncomingDocument


@dataclass(frozen=True)
class RecordOutgoingDownload(RecordDownload):  # 涉密发文附件下载留痕
    kind: ClassVar[type[Holder]] = OutgoingDocument


async def attach_file(command: AttachFile, uow: UnitOfWork, actor: Actor) -> Written:
    document: Holder = await load_for(uow, command.kind, command, actor)
    file = command.file
    events = document.attach_file(
        sha256=file.sha256,
        size=file.size,
        media_type=file.media_type,
        name=file.name,
        role=command.role,
        by=actor.person,
        at=uow.clock.now(),
    )
    written = await save(uow, uow.clock, document, events)
    await index_file(uow.connection, document.id, file, command.text)
    return written


async def record_download(command: RecordDownload, uow: UnitOfWork, actor: Actor) -> Written:
    """Whoever may see the document may download its files: no If-Match, a download depends on none."""
    document: Holder = await load_visible(uow, Office.of(uow.runtime), command.kind, command.id, actor)
    events = document.record_download(command.sha256, by=actor.person, at=uow.clock.now())
    return await save(uow, uow.clock, document, events)


def collection_grace() -> timedelta:
    try:
        hours = float(os.environ.get(GRACE_HOURS, DEFAULT_GRACE_HOURS))
    except ValueError:
        hours = -1.0
    if not hours > 0:
        raise ConfigurationError(f"{GRACE_HOURS} must be a positive number of hours / 须为正数（小时）")
    return timedelta(hours=hours)


async def referenced_files(runtime: ServiceRuntime) -> set[str]:
    """The hash of every file ever attached to a document, and of every sealed 发文's PDF and OFD."""
    async with runtime.store.engine.connect() as connection:
        rows = await connection.execute(
            select(events_table.c.data).where(
                events_table.c.type.in_(
                    [FileAttached.ce_type(), OutgoingFileAttached.ce_type(), Sealed.ce_type()]
                )
            )
        )
        data = [row.data for row in rows]
        return {d["sha256"] for d in data} | {d["ofd_sha256"] for d in data if d.get("ofd_sha256")}


async def collect_unreferenced(runtime: ServiceRuntime) -> list[str]:
    """Delete the stored files no document refers to, older than the grace; their hashes. The files
    referenced are read before the store is listed: a file attached meanwhile is younger than the
    grace, so it is not listed."""
    referenced = await referenced_files(runtime)
    store = content_store(runtime)
    return await store.collect(referenced, now=runtime.store.clock.now(), grace=collection_grace())


async def collect_files(runtime: ServiceRuntime, stopping: asyncio.Event) -> None:
    """The service's worker: a collection pass every housekeeping period, the first one period after
    start (nothing is due sooner: the grace is far longer). An object store that is away this time is
    tried again the next (a warning, not a stopped worker)."""
    collection_grace()  # a wrong setting stops the service at start, not an hour later
    while True:
        try:
            await asyncio.wait_for(stopping.wait(), runtime.settings.housekeeping_every_seconds)
            return
        except TimeoutError:
            pass
        try:
            collected = await collect_unreferenced(runtime)
        except OSError as exc:
            log.warning("file_collection_failed", error=type(exc).__name__)
        else:
            if collected:
                log.info("files_collected", count=len(collected))
