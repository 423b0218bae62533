"""Time-driven events of the meetings service, by deadline kind."""

from __future__ import annotations

from shuniu_shared.deadlines import DeadlineHandler
from shuniu_shared.directory import Directory

from shuniu_meetings.app.attendance import absentees_at_end
from shuniu_meetings.app.common import MEETING_ENDED


def deadline_handlers(directory: Directory) -> dict[str, DeadlineHandler]:
    """Built from the runtime's directory (bootstrap.py), like the command handlers'."""
    return {MEETING_ENDED: absentees_at_end(directory)}
