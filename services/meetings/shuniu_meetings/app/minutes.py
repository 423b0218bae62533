"""纪要 and 决议: drafted after the meeting, approved by the chair (which adopts and publishes the
resolutions), issued with the attendance blocks as they stand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import UnitOfWork
from shuniu_shared.web.commands import Outcome, check_version

from shuniu_meetings.app.common import (
    commit,
    load_managed,
    load_visible,
)
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.values import Classification


async def draft_minutes(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    classification: Classification,
    summary: str,
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    leads = {r.lead_department: directory.members(r.lead_department) for r in meeting.resolutions.values()}
    events = meeting.draft_minutes(viewer.id, classification, summary, leads)
    return await commit(uow, directory, meeting, events)


@dataclass(frozen=True)
class ResolutionPlan:
    title: str
    lead_department: str
    co_departments: list[str]
    deadline: date


async def draft_resolution(
    uow: UnitOfWork,
    directory: Directory,
    viewer: Viewer,
    meeting_id: str,
    plan: ResolutionPlan,
    expected: int | None,
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    directory.department(plan.lead_department, field="lead_department")
    for code in plan.co_departments:
        directory.department(code, field="co_departments")
    resolution_id = f"r{len(meeting.resolutions) + 1}"
    events = meeting.draft_resolution(
        resolution_id,
        plan.title,
        plan.lead_department,
        plan.co_departments,
        plan.deadline,
        directory.members(plan.lead_department),
    )
    return await commit(uow, directory, meeting, events, resolution_id=resolution_id)


async def approve_minutes(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, expected: int | None
) -> Outcome:
    meeting = await load_visible(uow, meeting_id, viewer)
    check_version(meeting, expected)
    return await commit(uow, directory, meeting, meeting.approve_minutes(viewer.id))


async def issue_minutes(
    uow: UnitOfWork, directory: Directory, viewer: Viewer, meeting_id: str, expected: int | None
) -> Outcome:
    meeting = await load_managed(uow, meeting_id, viewer, expected)
    return await commit(uow, directory, meeting, meeting.issue_minutes(viewer.id))
