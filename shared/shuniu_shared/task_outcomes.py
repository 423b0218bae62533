"""What supervision's task events tell the service a task came from: one reading for every source.

`shuniu.supervision.task.opened.v1` and `task.closed.v1` (docs/contracts.md) name the task's source —
a document's 批示, a meeting's resolution, a petition. The service that owns the source follows them
in its group `<service>.supervision-outcomes` and ignores tasks whose `source.service` is not its own.
This module is that consumer's one shape, so every source service reads the contract alike: our own
small model of the fields read (supervision's other fields may change without breaking anyone), an
event that does not read as the contract says logged and refused (the consumer retries it and then
parks it on the group's dead-letter topic), and the day a task closed taken from the event's time
where it names none. Exactly once: the consumer records the event id in the reaction's transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

import structlog
from pydantic import BaseModel, ConfigDict, ValidationError

from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.runtime import Subscription

log = structlog.get_logger(__name__)

TOPIC = "shuniu.supervision.events"
OPENED = "shuniu.supervision.task.opened.v1"
CLOSED = "shuniu.supervision.task.closed.v1"


class TaskSource(BaseModel):  # 来源
    model_config = ConfigDict(extra="ignore", frozen=True)

    kind: str  # document_instruction, meeting_resolution, petition, incident_instruction, research_instruction, ad_hoc
    service: str | None = None
    id: str | None = None
    item: str | None = None  # within the source: a meeting's resolution


class _TaskEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")

    task_id: str
    source: TaskSource
    result: str = ""
    closed_on: date | None = None


@dataclass(frozen=True)
class TaskOutcome:
    """A task opened on, or closed for, one of this service's objects."""

    task_id: str
    source: TaskSource
    object_id: str  # source.id: this service's object the task came from
    closed: bool  # 办结 (task.closed) rather than opened
    result: str  # the verified completion report; "" while open
    on: date  # the day it was opened or closed


Reaction = Callable[[TaskOutcome, UnitOfWork], Awaitable[None]]


def supervision_outcomes(service: str, react: Reaction) -> Subscription:
    """The group `<service>.supervision-outcomes`: `react` sees only tasks from this service's objects."""

    async def handle(envelope: Envelope, uow: UnitOfWork) -> None:
        if envelope.type not in (OPENED, CLOSED):
            return
        try:
            task = _TaskEvent.model_validate(envelope.data)
        except ValidationError:
            log.warning("supervision_event_unreadable", event_id=envelope.id, type=envelope.type)
            raise
        if task.source.service != service or not task.source.id:
            return  # another service's task, or one from no object (ad hoc)
        closed = envelope.type == CLOSED
        on = (task.closed_on if closed else None) or envelope.time.date()
        result = task.result if closed else ""
        await react(TaskOutcome(task.task_id, task.source, task.source.id, closed, result, on), uow)

    return Subscription(
        group=f"{service}.supervision-outcomes",
        topics=[TOPIC],
        handler=handle,
        types=frozenset({OPENED, CLOSED}),
    )
