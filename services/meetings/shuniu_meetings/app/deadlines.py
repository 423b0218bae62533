"""Time-driven events of the meetings service, by deadline kind."""

from __future__ import annotations

from shuniu_shared.deadlines import DeadlineHandler

from shuniu_meetings.app.attendance import mark_absentees_at_end
from shuniu_meetings.app.common import MEETING_ENDED

DEADLINE_HANDLERS: dict[str, DeadlineHandler] = {MEETING_ENDED: mark_absentees_at_end}
