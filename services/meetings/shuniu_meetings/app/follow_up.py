"""Process manager: a resolution's follow-up status, as the supervision service reports it.

Group ``meetings.supervision-outcomes``, read the one way every source service reads it
(``shuniu_shared.task_outcomes``). Only tasks whose source is one of this service's resolutions are
ours. The consumer records the event's id in the same transaction as the meeting's new event, so a
redelivered event changes nothing; the domain also ignores a report it already has, so a task
reported twice under two event ids is shown once.
"""

from __future__ import annotations

from typing import Any

import structlog
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.runtime import Subscription
from shuniu_shared.task_outcomes import TaskOutcome, supervision_outcomes

from shuniu_meetings.app.common import commit
from shuniu_meetings.domain.meeting import Meeting

log = structlog.get_logger(__name__)


def follow_up(directory: Directory) -> Subscription:
    """The consumer, built from the runtime's directory (bootstrap.py)."""

    async def on_task_outcome(task: TaskOutcome, uow: UnitOfWork) -> None:
        resolution_id = task.source.item
        if resolution_id is None:
            return
        meeting = await uow.load_or_new(Meeting, task.object_id)
        if not meeting.exists or resolution_id not in meeting.resolutions:
            log.warning("supervision_task_for_unknown_resolution", **_where(task))
            return
        if task.closed:
            events = meeting.record_completion(resolution_id, task.task_id, task.result, task.on)
        else:
            events = meeting.record_supervision(resolution_id, task.task_id)
        if events:
            await commit(uow, directory, meeting, events)

    return supervision_outcomes("meetings", on_task_outcome)


def _where(task: TaskOutcome) -> dict[str, Any]:
    return {"task_id": task.task_id, "meeting_id": task.source.id, "resolution_id": task.source.item}
