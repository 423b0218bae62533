"""Process manager: a resolution's follow-up status, as the supervision service reports it.

Consumes ``shuniu.supervision.task.opened.v1`` and ``task.closed.v1`` (docs/contracts.md) in the group
``meetings.supervision-outcomes``. Only tasks whose source is one of this service's resolutions are
ours; the others (a document's 批示, a petition) are ignored. The consumer records the event's id in
the same transaction as the meeting's new event, so a redelivered event changes nothing; the domain
also ignores a report it already has, so a task reported twice under two event ids is shown once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import structlog
from pydantic import BaseModel, ConfigDict
from shuniu_shared.consumer import Handler
from shuniu_shared.directory import Directory
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import UnitOfWork

from shuniu_meetings.app.common import commit
from shuniu_meetings.domain.meeting import Meeting

log = structlog.get_logger(__name__)

TASK_OPENED = "shuniu.supervision.task.opened.v1"
TASK_CLOSED = "shuniu.supervision.task.closed.v1"
SUPERVISION_TOPIC = "shuniu.supervision.events"


class TaskSource(BaseModel):
    """Our own small model of the fields we read (an anti-corruption layer, not supervision's code)."""

    model_config = ConfigDict(extra="ignore")

    kind: str | None = None
    service: str | None = None
    id: str | None = None
    item: str | None = None


class TaskOutcome(BaseModel):
    model_config = ConfigDict(extra="ignore")

    task_id: str
    source: TaskSource
    result: str = ""
    closed_on: date | None = None


def supervision_outcomes(directory: Directory) -> Handler:
    """The consumer's handler, built from the runtime's directory (bootstrap.py)."""

    async def on_supervision_event(envelope: Envelope, uow: UnitOfWork) -> None:
        if envelope.type not in (TASK_OPENED, TASK_CLOSED):
            return
        task = TaskOutcome.model_validate(envelope.data)
        if task.source.service != "meetings" or not task.source.id or not task.source.item:
            return
        meeting = await uow.load_or_new(Meeting, task.source.id)
        if not meeting.exists or task.source.item not in meeting.resolutions:
            log.warning("supervision_task_for_unknown_resolution", **_where(task))
            return
        if envelope.type == TASK_OPENED:
            events = meeting.record_supervision(task.source.item, task.task_id)
        else:
            events = meeting.record_completion(task.source.item, task.task_id, task.result, task.closed_on)
        if events:
            await commit(uow, directory, meeting, events)

    return on_supervision_event


def _where(task: TaskOutcome) -> dict[str, Any]:
    return {"task_id": task.task_id, "meeting_id": task.source.id, "resolution_id": task.source.item}
