"""What every handler of the meetings service shares: ids, a step on a meeting, the actor as a
`Viewer`, loading a meeting as the actor may see or change it, and saving its events with its
read-model rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.deadlines import Deadline, schedule
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, NotFound
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Reading, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork

from shuniu_meetings.adapters import read_model
from shuniu_meetings.app import todo_list
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting

MEETING_ENDED = "meeting.ended"  # deadline kind: mark who is absent when the meeting ends


def end_deadline_key(meeting_id: str) -> str:
    return f"{meeting_id}:ended"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class OnMeeting(Command):
    """A step on a meeting; `at` is when it was taken: now, unless recorded after the fact (the demo)."""

    meeting_id: str
    at: datetime | None = field(default=None, kw_only=True)


def viewer_of(actor: Actor, directory: Directory) -> Viewer:
    """The actor with the chain of departments they belong to (秘书科 → 办公室 → 县政府)."""
    return Viewer(actor.person, directory.ancestry(actor.department), actor.roles, actor.clearance)


async def load_visible(uow: Reading, meeting_id: str, viewer: Viewer, directory: Directory) -> Meeting:
    """The meeting, or NotFound for whoever its audience does not admit, so that its existence does
    not leak: a hidden meeting and a missing one get the same answer."""
    meeting = await uow.load_or_new(Meeting, meeting_id)
    if not meeting.exists or not meeting.visible_to(viewer, directory):
        raise NotFound(f"未找到会议 {meeting_id}", f"meeting {meeting_id} was not found")
    return meeting


async def load_seen(uow: UnitOfWork, command: OnMeeting, viewer: Viewer) -> Meeting:
    """The meeting a step is taken on, for whoever may see it, at the version they saw."""
    meeting = await load_visible(uow, command.meeting_id, viewer, uow.directory)
    check_version(meeting, command.expected_version)
    return meeting


async def load_managed(uow: UnitOfWork, command: OnMeeting, actor: Actor) -> Meeting:
    """The meeting, for one of its organisers or its chair, at the version they saw."""
    viewer = viewer_of(actor, uow.directory)
    meeting = await load_visible(uow, command.meeting_id, viewer, uow.directory)
    if not meeting.managed_by(viewer):
        raise Forbidden(
            "只有会议承办人、主持人和办会人员可以操作",
            "only the organisers and the chair can do this",
            code="not_an_organiser",
        )
    check_version(meeting, command.expected_version)
    return meeting


async def commit(
    uow: StoreUnitOfWork, directory: Directory, meeting: Meeting, events: list[DomainEvent], **extra: Any
) -> Written:
    """Save the events with the meeting's rows and everyone's to-do items (the directory names the
    members of a department invited as a whole), in the caller's transaction."""
    written = await uow.save(meeting, events)
    await read_model.save_meeting(uow.connection, meeting, written)
    await todo_list.follow(
        uow.connection, directory, meeting, events, uow.store.clock.now(), written.position
    )
    return written.telling(**extra)


async def schedule_end(uow: StoreUnitOfWork, meeting: Meeting) -> None:
    assert meeting.slot is not None
    await schedule(
        uow.connection,
        Deadline(end_deadline_key(meeting.id), meeting.id, MEETING_ENDED, meeting.slot.ends_at),
    )
