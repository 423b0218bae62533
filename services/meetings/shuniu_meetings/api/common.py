"""What every route of the service needs: the runtime, the caller as an `Actor` or a `Viewer`, and the
JSON views."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from shuniu_shared.web.commands import Acting, acting, runtime_of

from shuniu_meetings.app.common import viewer_of
from shuniu_meetings.domain.access import Viewer
from shuniu_meetings.domain.meeting import Meeting

ORGANISERS = ("clerk", "secretary", "office_director", "department_head", "leader")  # who may call a meeting
ROOM_KEEPERS = ("office_director", "clerk", "dispatcher")  # who registers rooms


async def current_viewer(request: Request, actor: Acting) -> Viewer:
    return viewer_of(actor, runtime_of(request).directory)


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]
Organiser = Annotated[Actor, Depends(acting(*ORGANISERS))]
RoomKeeper = Annotated[Actor, Depends(acting(*ROOM_KEEPERS))]


def meeting_view(meeting: Meeting, viewer: Viewer, directory: Directory) -> dict[str, Any]:
    """A meeting as its participants see it; the minutes only for whom their 密级 allows."""
    assert meeting.slot is not None
    return {
        "id": meeting.id,
        "version": meeting.version,
        "title": meeting.title,
        "kind": meeting.kind,
        "stage": meeting.stage.value,
        "classification": meeting.classification,
        "organiser": meeting.organiser,
        "organiser_department": meeting.organiser_department,
        "chair": meeting.chair,
        "starts_at": _instant(meeting.slot.starts_at),
        "ends_at": _instant(meeting.slot.ends_at),
        "series_id": meeting.series_id,
        "room": {"id": meeting.room.id, "name": meeting.room.name} if meeting.room else None,
        "agenda": [item.data() for item in meeting.agenda],
        "invited_people": [
            {"person": i.person, "department": i.department, "capacity": i.capacity.value}
            for i in meeting.invited_people.values()
        ],
        "invited_departments": [
            {"department": d, "capacity": c.value} for d, c in meeting.invited_departments.items()
        ],
        "notice_issued": meeting.notice_issued,
        "replies": [
            {
                "person": person,
                "department": r.department,
                "response": "leave" if r.is_leave else r.response,
                "reason": r.reason or None,
                "substitute": r.substitute,
            }
            for person, r in meeting.replies.items()
        ],
        "sign_ins": [
            {
                "person": person,
                "at": _instant(a.at),
                "minutes_late": a.minutes_late,
                "substitute_for": a.substitute_for,
            }
            for person, a in meeting.attendance.items()
        ],
        "absent": sorted(meeting.absent),
        "minutes_stage": meeting.minutes.stage.value if meeting.minutes else None,
        "resolutions": resolutions_view(meeting) if meeting.minutes_visible_to(viewer, directory) else None,
        "may_manage": meeting.managed_by(viewer),
    }


def resolutions_view(meeting: Meeting) -> list[dict[str, Any]]:
    return [
        {
            "resolution_id": r.id,
            "title": r.title,
            "lead_department": r.lead_department,
            "co_departments": r.co_departments,
            "deadline": r.deadline.isoformat(),
            "adopted": r.adopted,
            "follow_up": r.follow_up.value,
            "task_id": r.task_id,
            "result": r.result,
            "closed_on": r.closed_on.isoformat() if r.closed_on else None,
        }
        for r in meeting.resolutions.values()
    ]


def minutes_view(meeting: Meeting) -> dict[str, Any]:
    assert meeting.minutes is not None
    blocks = meeting.attendance_blocks()
    issued = meeting.minutes.issued  # once issued, the blocks are what was issued
    lines = issued or blocks
    return {
        "meeting_id": meeting.id,
        "version": meeting.version,
        "title": meeting.title,
        "stage": meeting.minutes.stage.value,
        "classification": meeting.minutes.classification,
        "summary": meeting.minutes.summary,
        "chair": lines.chair,
        "attended": [line.model_dump() for line in lines.attended],
        "on_leave": [line.model_dump() for line in lines.on_leave],
        "observers": [line.model_dump() for line in lines.observers],
        "absent": [line.model_dump() for line in lines.absent],
        "recorder": lines.recorder,
        "approved_by": meeting.minutes.approved_by,
        "resolutions": resolutions_view(meeting),
    }


def _instant(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")
