"""Time-driven events of the meetings service, by deadline kind."""

from __future__ import annotations

from shuniu_shared.deadlines import DeadlineHandler

from shuniu_meetings.app.commands import MEETING_ENDED, mark_absentees_at_end

DEADLINE_HANDLERS: dict[str, DeadlineHandler] = {MEETING_ENDED: mark_absentees_at_end}
