"""待办: what each person must look at, kept in step with a meeting's events in the same transaction.

- 会议通知 (notice, reschedule, cancel) lands on every invitee's list, so nobody learns of a change
  by chance: the people invited by name, and every member of a department invited as a whole (with
  its sub-departments, as the directory has them at that moment) who is cleared for the meeting's
  密级 — the others could not open it. A reply or a leave request closes one's own notice, and a held
  or cancelled meeting closes what is left.
- 请假 lands on the chair's and the organiser's lists (docs/rules.md §4: before the meeting, not after),
  and on the 代会人's list when someone is named to attend in one's place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from shuniu_shared.classification import Classification
from shuniu_shared.directory import Directory
from shuniu_shared.events import DomainEvent
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_meetings.adapters import read_model
from shuniu_meetings.domain.events import Cancelled, Held, LeaveRequested, NoticeIssued, Replied, Rescheduled
from shuniu_meetings.domain.meeting import Meeting

NOTICES = ("meeting_notice", "meeting_rescheduled")
MOOT_WHEN_CANCELLED = (*NOTICES, "leave_request", "substitute")


async def follow(
    connection: AsyncConnection,
    directory: Directory,
    meeting: Meeting,
    events: Sequence[DomainEvent],
    now: datetime,
    position: int,
) -> None:
    assert meeting.slot is not None

    def item(
        person: str, kind: str, about: str, reason: str = "", substitute: str | None = None
    ) -> dict[str, Any]:
        assert meeting.slot is not None
        return {
            "person": person,
            "kind": kind,
            "meeting_id": meeting.id,
            "meeting_title": meeting.title,
            "starts_at": meeting.slot.starts_at.astimezone(UTC),
            "about": about,
            "reason": reason,
            "substitute": substitute,
            "created_at": now,
            "position": position,
        }

    for event in events:
        match event:
            case NoticeIssued():
                rows = [
                    item(p, "meeting_notice", event.issued_by) for p in recipients(directory, meeting, event)
                ]
                await read_model.add_todos(connection, rows)
            case Rescheduled():
                rows = [
                    item(p, "meeting_rescheduled", meeting.organiser, event.reason)
                    for p in recipients(directory, meeting, event)
                ]
                await read_model.add_todos(connection, rows)
            case Cancelled():
                await read_model.close_todos(connection, meeting.id, now, kinds=MOOT_WHEN_CANCELLED)
                rows = [
                    item(p, "meeting_cancelled", meeting.organiser, event.reason)
                    for p in recipients(directory, meeting, event)
                ]
                await read_model.add_todos(connection, rows)
            case Replied():
                await read_model.close_todos(connection, meeting.id, now, person=event.person, kinds=NOTICES)
            case LeaveRequested():
                await read_model.close_todos(connection, meeting.id, now, person=event.person, kinds=NOTICES)
                rows = [
                    item(p, "leave_request", event.person, event.reason, event.substitute)
                    for p in dict.fromkeys([event.chair, event.organiser])
                ]
                if event.substitute:
                    rows.append(
                        item(event.substitute, "substitute", event.person, event.reason, event.substitute)
                    )
                await read_model.add_todos(connection, rows)
            case Held():
                await read_model.close_todos(connection, meeting.id, now, kinds=NOTICES)


def recipients(
    directory: Directory, meeting: Meeting, notice: NoticeIssued | Rescheduled | Cancelled
) -> list[str]:
    """Whom a notice reaches, each once: the people it names, then the members of the departments it
    names who are cleared for the meeting (a member not cleared would get an item they cannot open)."""
    members = [
        person.id
        for code in notice.notified_departments
        for person in directory.members(code)
        if Classification.parse(person.clearance).reaches(meeting.classification)
    ]
    return list(dict.fromkeys([*notice.notified_people, *members]))
