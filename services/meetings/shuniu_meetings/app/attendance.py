"""Replies, 请假, 签到 and the meeting being held; whoever was expected and did not come is absent."""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.deadlines import Deadline, DeadlineHandler
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork
from shuniu_shared.eventstore import Written

from shuniu_meetings.app.common import OnMeeting, commit, load_managed, load_seen, viewer_of
from shuniu_meetings.domain.meeting import Meeting
from shuniu_meetings.domain.values import Response


@dataclass(frozen=True)
class Reply(OnMeeting):  # 回复参加或不参加
    response: Response


@dataclass(frozen=True)
class RequestLeave(OnMeeting):  # 请假
    reason: str
    substitute: str | None  # 代会人


@dataclass(frozen=True)
class SignIn(OnMeeting):  # 签到
    pass


@dataclass(frozen=True)
class MarkHeld(OnMeeting):  # 记录会议已召开
    pass


async def reply(command: Reply, uow: UnitOfWork, actor: Actor) -> Written:
    viewer = viewer_of(actor, uow.directory)
    meeting = await load_seen(uow, command, viewer)
    return await commit(
        uow, uow.directory, meeting, meeting.reply(viewer, command.response, command.at or uow.clock.now())
    )


async def request_leave(command: RequestLeave, uow: UnitOfWork, actor: Actor) -> Written:
    """请假: recorded, and on the chair's and organiser's to-do lists (app/todo_list.py), in one transaction."""
    viewer = viewer_of(actor, uow.directory)
    meeting = await load_seen(uow, command, viewer)
    if command.substitute is not None:
        uow.directory.person(command.substitute, field="substitute")
    return await commit(
        uow,
        uow.directory,
        meeting,
        meeting.request_leave(viewer, command.reason, command.substitute, command.at or uow.clock.now()),
    )


async def sign_in(command: SignIn, uow: UnitOfWork, actor: Actor) -> Written:
    viewer = viewer_of(actor, uow.directory)
    meeting = await load_seen(uow, command, viewer)
    events = meeting.sign_in(viewer, command.at or uow.clock.now())
    return await commit(uow, uow.directory, meeting, events, late=len(events) > 1)


async def mark_held(command: MarkHeld, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    return await commit(
        uow, uow.directory, meeting, meeting.mark_held(actor.person, command.at or uow.clock.now())
    )


def absentees_at_end(directory: Directory) -> DeadlineHandler:
    """The deadline at a meeting's end: whoever was expected and neither came nor sent word is absent."""

    async def mark_absentees_at_end(deadline: Deadline, uow: StoreUnitOfWork) -> None:
        meeting = await uow.load_or_new(Meeting, deadline.stream_id)
        events = meeting.mark_absentees(uow.store.clock.now()) if meeting.exists else []
        if events:
            await commit(uow, directory, meeting, events)

    return mark_absentees_at_end
