"""The files of a 收文 (its scan and attachments): attaching one that the content store holds
already, and the audit of a classified document's file downloaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.content import StoredFile
from shuniu_shared.eventstore import Written

from shuniu_documents.app.office import Office, OnDocument, load_for, load_visible, save
from shuniu_documents.domain.incoming import IncomingDocument


@dataclass(frozen=True)
class AttachFile(OnDocument):  # 上传原件扫描或附件
    file: StoredFile
    role: str
    may_retry: ClassVar[bool] = True  # decided afresh on the document as it is: the same bytes add nothing


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
    return await save(uow, uow.clock, document, events)


async def record_download(command: RecordDownload, uow: UnitOfWork, actor: Actor) -> Written:
    """Whoever may see the document may download its files: no If-Match, a download depends on none."""
    document = await load_visible(uow, Office.of(uow.runtime), IncomingDocument, command.id, actor)
    events = document.record_download(command.sha256, by=actor.person, at=uow.clock.now())
    return await save(uow, uow.clock, document, events)
