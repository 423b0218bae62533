"""Wires the meetings service once: `python -m shuniu_meetings` and the embedded gateway start it from here."""

from shuniu_shared.runtime import ServiceDefinition, Subscription

from shuniu_meetings.api import meetings, rooms, todo
from shuniu_meetings.app.deadlines import DEADLINE_HANDLERS
from shuniu_meetings.app.follow_up import SUPERVISION_TOPIC, on_supervision_event
from shuniu_meetings.demo import load_demo
from shuniu_meetings.domain.events import registry
from shuniu_meetings.migrations import MIGRATIONS

DEFINITION = ServiceDefinition(
    name="meetings",
    title="枢纽 · 会务 Meetings",
    registry=registry,
    migrations=MIGRATIONS,
    routers=[rooms.router, meetings.router, todo.router],
    subscriptions=lambda runtime: [
        Subscription(
            group="meetings.supervision-outcomes", topics=[SUPERVISION_TOPIC], handler=on_supervision_event
        )
    ],
    deadlines=lambda runtime: DEADLINE_HANDLERS,
    demo=load_demo,
)
