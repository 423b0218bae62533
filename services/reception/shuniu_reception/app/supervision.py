"""Process manager: what supervision's task events mean for a petition (docs/contracts.md).

Group `reception.supervision-outcomes`, read the one way every source service reads it
(`shuniu_shared.task_outcomes`). Only tasks whose source is a petition of this service matter. The
petition ignores a task it already shows, so even a task event re-sent under a new id changes nothing.
"""

from __future__ import annotations

from datetime import date

from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.task_outcomes import TaskOutcome, supervision_outcomes

from shuniu_reception.app.petitions import save_petition
from shuniu_reception.domain.petitions import Petition


async def on_task_outcome(task: TaskOutcome, uow: UnitOfWork) -> None:
    if task.source.kind != "petition":
        return
    await record_task(uow, task.object_id, task.task_id, closed=task.closed, result=task.result, on=task.on)


SUBSCRIPTION = supervision_outcomes("reception", on_task_outcome)


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
