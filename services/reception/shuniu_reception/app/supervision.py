"""Process manager: what supervision's task events mean for a petition (docs/contracts.md).

Group `reception.supervision-outcomes` on `shuniu.supervision.events`. Only tasks whose source is a
petition of this service matter; others (a document's, a meeting's) are ignored. Our own small
model of the fields we read keeps supervision's refactorings from breaking us. Exactly once: the
consumer records the event id in this same transaction; and the petition ignores a task it already
shows, so even a task event re-sent under a new id changes nothing.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict
from shuniu_shared.envelope import Envelope
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import UnitOfWork

from shuniu_reception.app.petitions import save_petition
from shuniu_reception.domain.petitions import Petition

TOPIC = "shuniu.supervision.events"
GROUP = "reception.supervision-outcomes"
OPENED = "shuniu.supervision.task.opened.v1"
CLOSED = "shuniu.supervision.task.closed.v1"


class TaskSource(BaseModel):
    model_config = ConfigDict(extra="ignore")
    kind: str
    service: str | None = None
    id: str | None = None


class TaskEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")
    task_id: str
    source: TaskSource
    result: str = ""
    closed_on: date | None = None


async def on_supervision_event(envelope: Envelope, uow: UnitOfWork) -> None:
    if envelope.type not in (OPENED, CLOSED):
        return
    task = TaskEvent.model_validate(envelope.data)
    if task.source.service != "reception" or task.source.kind != "petition" or not task.source.id:
        return
    closed_on = task.closed_on or envelope.time.date()
    await record_task(
        uow, task.source.id, task.task_id, closed=envelope.type == CLOSED, result=task.result, on=closed_on
    )


async def record_task(
    uow: UnitOfWork, petition_id: str, task_id: str, *, closed: bool, result: str, on: date
) -> None:
    """Show the supervision task on the petition; once it is closed, the reply step unlocks."""
    try:
        petition = await uow.load(Petition, petition_id)
    except NotFound:
        return  # not one of ours after all: nothing to show it on
    if closed:
        events = petition.supervision_closed(task_id, result, on)
    else:
        events = petition.supervision_opened(task_id)
    if events:
        await save_petition(uow, petition, events)
