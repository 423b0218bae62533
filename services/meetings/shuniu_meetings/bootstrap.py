"""Wires the meetings service once: `python -m shuniu_meetings` and the embedded gateway start it from here."""

from shuniu_shared.runtime import ServiceDefinition

from shuniu_meetings.api import meetings, rooms, schedules, todo
from shuniu_meetings.app.attendance import absentees_at_end
from shuniu_meetings.app.common import MEETING_ENDED
from shuniu_meetings.app.follow_up import follow_up
from shuniu_meetings.app.schedules import compile_schedules, follow_incidents
from shuniu_meetings.demo import load_demo
from shuniu_meetings.domain.events import registry
from shuniu_meetings.migrations import MIGRATIONS

DEFINITION = ServiceDefinition(
    name="meetings",
    title="枢纽 · 会务 Meetings",
    registry=registry,
    migrations=MIGRATIONS,
    routers=[rooms.router, meetings.router, todo.router, schedules.router],
    # Both commit through the same step as the commands, which keeps the to-do lists with the
    # runtime's directory (a department's members); the one deadline marks who is absent at the end.
    # The leaders' schedules are compiled from the bookings here and at reception (who is a leader:
    # the directory), and from the incidents the leaders handle on duty.
    subscriptions=lambda runtime: [
        follow_up(runtime.directory),
        compile_schedules(runtime.directory),
        follow_incidents(runtime.directory),
    ],
    deadlines=lambda runtime: {MEETING_ENDED: absentees_at_end(runtime.directory)},
    demo=load_demo,
)
