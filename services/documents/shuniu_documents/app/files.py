"""The files of a 收文 (its scan and attachments): attaching one that the content store holds
already, and the audit of a classified document's file downloaded."""

from __future__ import annotations

import asyncio
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.content import ContentStore, StoredFile
from shuniu_shared.eventstore import Written
from shuniu_shared.runtime import ServiceRuntime

from shuniu_documents.adapters.extraction import Extracted, extract
from shuniu_documents.adapters.search import extraction_of, index_file
from shuniu_documents.app.office import Office, OnDocument, load_for, load_visible, save
from shuniu_documents.domain.incoming import IncomingDocument


@dataclass(frozen=True)
class AttachFile(OnDocument):  # 上传原件扫描或附件
    file: StoredFile
    role: str
    text: Extracted  # the file's text for search, or what became of it (extracted before the command)
    may_retry: ClassVar[bool] = True  # decided afresh on the document as it is: the same bytes add nothing


async def text_of(runtime: ServiceRuntime, store: ContentStore, file: StoredFile) -> Extracted:
    """The stored file's text: as the same bytes gave it before, or read now by the bounded
    extractor (adapters/extraction.py) from a copy streamed out of the store — never in this process,
    and never holding the file in memory."""
    async with runtime.store.engine.connect() as connection:
        known = await extraction_of(connection, file.sha256)
    return known if known is not None else await read_stored(runtime, store, file)


async def read_stored(runtime: ServiceRuntime, store: ContentStore, file: StoredFile) -> Extracted:
    """What the bounded extractor reads from the stored file, streamed out to a spool of its own."""
    spool_dir = runtime.settings.var_dir / "spool"
    spool_dir.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix="extract-", dir=spool_dir)
    path = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as out:
            async for chunk in store.open(file.sha256):
                await asyncio.to_thread(out.write, chunk)
        return await extract(path, file.media_type)
    finally:
        await asyncio.to_thread(path.unlink, missing_ok=True)


@dataclass(frozen=True)
class RecordDownload(OnDocument):  # 涉密文件下载留痕
    sha256: str
    may_retry: ClassVar[bool] = True


async def attach_file(command: AttachFile, uow: UnitOfWork, actor: Actor) -> Written:
    document = await load_for(uow, IncomingDocument, command, actor)
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
    document = await load_visible(uow, Office.of(uow.runtime), IncomingDocument, command.id, actor)
    events = document.record_download(command.sha256, by=actor.person, at=uow.clock.now())
    return await save(uow, uow.clock, document, events)
