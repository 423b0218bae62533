"""Reactions: to supervision's tasks (a process manager), to reception's 用印 of a 发文, and to the
deadlines this service set.

Both run inside a unit of work the platform opened — the consumer's, which also records the consumed
event's id, or the scheduler's, which also claims the deadline — so each effect happens exactly once.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator, Mapping
from typing import Any

import structlog
from shuniu_shared import task_outcomes
from shuniu_shared.content import StoredFile
from shuniu_shared.deadlines import Deadline, DeadlineHandler
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, UnitOfWork
from shuniu_shared.ofd import OFD_MEDIA_TYPE, write_ofd
from shuniu_shared.runtime import ServiceRuntime, Subscription
from shuniu_shared.task_outcomes import TaskOutcome
from shuniu_shared.web.files import content_store

from shuniu_documents.adapters.signing import organisation_certificate, seal_as
from shuniu_documents.adapters.sm2_seal import organisation_sm2, seal_ofd
from shuniu_documents.adapters.typesetting import typeset_for_sealing
from shuniu_documents.app.incoming import CIRCULATION_OVERDUE, REMINDER
from shuniu_documents.app.office import save
from shuniu_documents.app.outgoing import printed_imprint
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import ISSUING_BODY, OutgoingDocument

RECEPTION_TOPIC = "shuniu.reception.events"
SEAL_USED = "shuniu.reception.seal_request.used.v1"

log = structlog.get_logger(__name__)


def supervision_outcomes(store: EventStore) -> Subscription:
    """督办中 while supervision follows a 批示; its closure counts as the document's 答复."""

    clock = store.clock

    async def on_task_outcome(task: TaskOutcome, uow: UnitOfWork) -> None:
        document = await uow.load_or_new(IncomingDocument, task.object_id)
        if not document.exists:
            log.warning(
                "supervision_task_for_unknown_document", task_id=task.task_id, document=task.object_id
            )
            return
        if task.closed:
            events = document.record_supervision_closed(task.task_id, task.result, task.on)
        else:
            events = document.record_supervision_opened(task.task_id)
        await save(uow, clock, document, events)

    return task_outcomes.supervision_outcomes("documents", on_task_outcome)


def seal_uses(runtime: ServiceRuntime) -> Subscription:
    """用印 of a 发文: the seal keeper used the seal on the request naming this 发文's typeset PDF by
    hash. The PDF is typeset again (the same body, the same bytes) and sealed only if its hash is the
    request's — a 发文 changed since, or never numbered, is refused: the consumer retries and then
    parks the event on the group's dead-letter topic, for the office to look at."""
    clock = runtime.store.clock

    async def keep(content: bytes, name: str, media_type: str) -> StoredFile:
        async def chunks() -> AsyncIterator[bytes]:
            yield content

        return await content_store(runtime).put(chunks(), name, accepted=(media_type,))

    async def on_seal_used(envelope: Envelope, uow: UnitOfWork) -> None:
        outgoing_id, expected = envelope.data.get("outgoing_id"), envelope.data.get("pdf_sha256")
        if not outgoing_id:
            return  # a seal used on a paper document: nothing here to seal
        document = await uow.load(OutgoingDocument, outgoing_id)
        assert document.draft is not None
        body = document.body_version(len(document.versions)).body
        imprint = await printed_imprint(uow, runtime.directory, document.draft, document)
        pdf, place = await asyncio.to_thread(typeset_for_sealing, body, imprint)
        if hashlib.sha256(pdf).hexdigest() != expected or place is None:
            log.warning("seal_used_on_another_pdf", outgoing=outgoing_id, request=envelope.subject)
            raise ValueError(f"{outgoing_id}: the typeset PDF is not the one the seal request named")
        organ = runtime.directory.departments[ISSUING_BODY].name
        certificate = organisation_certificate(
            runtime.settings.var_dir, organ, development=runtime.settings.development
        )
        sealed = await asyncio.to_thread(seal_as, certificate, pdf, place, organ)
        stored = await keep(sealed, f"{outgoing_id}-sealed.pdf", "application/pdf")
        ofd = None
        sm2 = organisation_sm2(runtime.settings.var_dir, organ, development=runtime.settings.development)
        if sm2 is not None:
            # The OFD is written from the very PDF just sealed, so the seal's place fits it too.
            written = await asyncio.to_thread(write_ofd, pdf, title=body.title, created=body.written_on)
            sealed_ofd = await asyncio.to_thread(seal_ofd, written, place, sm2, envelope.time)
            kept = await keep(sealed_ofd, f"{outgoing_id}-sealed.ofd", OFD_MEDIA_TYPE)
            ofd = (kept.sha256, kept.size)
        events = document.seal(
            request_id=envelope.subject,
            typeset_sha256=expected,
            sha256=stored.sha256,
            size=stored.size,
            by=str(envelope.data["used_by"]),
            at=envelope.time,
            ofd=ofd,
        )
        await save(uow, clock, document, events)

    return Subscription(
        group="documents.seal-uses",
        topics=[RECEPTION_TOPIC],
        handler=on_seal_used,
        types=frozenset({SEAL_USED}),
    )


def deadline_handlers(store: EventStore) -> Mapping[str, DeadlineHandler]:
    clock = store.clock

    async def remind(deadline: Deadline, uow: UnitOfWork) -> None:
        """Automatic 催办 the working day before a 批示's deadline, unless it was closed meanwhile."""
        document = await uow.load(IncomingDocument, deadline.stream_id)
        note = f"办理时限 {deadline.payload.get('deadline')} 将至，请抓紧办理"
        await save(uow, clock, document, document.urge(note, by="system:deadlines", automatic=True))

    async def circulation_overdue(deadline: Deadline, uow: UnitOfWork) -> None:
        document = await uow.load(IncomingDocument, deadline.stream_id)
        round: Any = deadline.payload["round"]
        await save(uow, clock, document, document.mark_circulation_overdue(int(round)))

    return {REMINDER: remind, CIRCULATION_OVERDUE: circulation_overdue}
