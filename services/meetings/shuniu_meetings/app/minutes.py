"""纪要 and 决议: drafted after the meeting, approved by the chair (which adopts and publishes the
resolutions), issued with the attendance blocks as they stand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shuniu_shared.classification import ClassificationName
from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.eventstore import Written

from shuniu_meetings.app.common import OnMeeting, commit, load_managed, load_seen, viewer_of


@dataclass(frozen=True)
class DraftMinutes(OnMeeting):  # 起草纪要
    classification: ClassificationName
    summary: str


@dataclass(frozen=True)
class DraftResolution(OnMeeting):  # 起草议定事项
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


@dataclass(frozen=True)
class ApproveMinutes(OnMeeting):  # 主持人审定纪要
    pass


@dataclass(frozen=True)
class IssueMinutes(OnMeeting):  # 印发纪要
    pass


async def draft_minutes(command: DraftMinutes, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    leads = {
        r.lead_department: uow.directory.members(r.lead_department) for r in meeting.resolutions.values()
    }
    events = meeting.draft_minutes(actor.person, command.classification, command.summary, leads)
    return await commit(uow, uow.directory, meeting, events)


async def draft_resolution(command: DraftResolution, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    uow.directory.department(command.lead_department, field="lead_department")
    for code in command.co_departments:
        uow.directory.department(code, field="co_departments")
    resolution_id = f"r{len(meeting.resolutions) + 1}"
    events = meeting.draft_resolution(
        resolution_id,
        command.title,
        command.lead_department,
        command.co_departments,
        command.deadline,
        uow.directory.members(command.lead_department),
    )
    return await commit(uow, uow.directory, meeting, events, resolution_id=resolution_id)


async def approve_minutes(command: ApproveMinutes, uow: UnitOfWork, actor: Actor) -> Written:
    viewer = viewer_of(actor, uow.directory)
    meeting = await load_seen(uow, command, viewer)
    return await commit(uow, uow.directory, meeting, meeting.approve_minutes(viewer.id))


async def issue_minutes(command: IssueMinutes, uow: UnitOfWork, actor: Actor) -> Written:
    meeting = await load_managed(uow, command, actor)
    return await commit(uow, uow.directory, meeting, meeting.issue_minutes(actor.person))
