"""Reactions: to supervision's tasks (a process manager) and to the deadlines this service set.

Both run inside a unit of work the platform opened — the consumer's, which also records the consumed
event's id, or the scheduler's, which also claims the deadline — so each effect happens exactly once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import structlog
from shuniu_shared import task_outcomes
from shuniu_shared.deadlines import Deadline, DeadlineHandler
from shuniu_shared.eventstore import EventStore, UnitOfWork
from shuniu_shared.runtime import Subscription
from shuniu_shared.task_outcomes import TaskOutcome

from shuniu_documents.app.incoming import CIRCULATION_OVERDUE, REMINDER
from shuniu_documents.app.office import save
from shuniu_documents.domain.incoming import IncomingDocument

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
