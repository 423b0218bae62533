"""Replies, 请假, 签到 and the meeting being held; whoever was expected and did not come is absent."""

from __future__ import annotations

from datetime import datetime

from shuniu_shared.deadlines import Deadline, DeadlineHandler
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.web.commands import Outcome

from shuniu_meetings.app.common import (
    commit,
    load_managed,
    load_visible,
)
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.values import Response


async def reply(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, response: Response, now: datetime
) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    return await commit(uow, directory, meeting, meeting.reply(viewer, response, now))


async def request_leave(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    reason: str,
    substitute: str | None,
    now: datetime,
) -> Outcome:
    """请假: recorded, and on the chair's and organiser's to-do lists (app/todo_list.py), in one transaction."""
    meeting = await load_visible(uow, meeting_id, viewer)
    if substitute is not None:
        directory.person(substitute, field="substitute")
    return await commit(uow, directory, meeting, meeting.request_leave(viewer, reason, substitute, now))


async def sign_in(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, now: datetime
) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    events = meeting.sign_in(viewer, now)
    return await commit(uow, directory, meeting, events, late=len(events) > 1)


async def mark_held(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, now: datetime
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, None)
    return await commit(uow, directory, meeting, meeting.mark_held(viewer.id, now))


def absentees_at_end(directory: Directory) -> DeadlineHandler:
    """The deadline at a meeting's end: whoever was expected and neither came nor sent word is absent."""

    async def mark_absentees_at_end(deadline: Deadline, uow: UnitOfWork) -> None:
        meeting = await uow.load_or_new(Meeting, deadline.stream_id)
        events = meeting.mark_absentees(uow.store.clock.now()) if meeting.exists else []
        if events:
            await commit(uow, directory, meeting, events)

    return mark_absentees_at_end
