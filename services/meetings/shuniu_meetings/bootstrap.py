"""Wires the meetings service once: `python -m shuniu_meetings` and the embedded gateway start it from here.

Its domain, routes and consumer groups are added to this definition as the service is built.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

DEFINITION = ServiceDefinition(
    name="meetings",
    title="枢纽 · 会务 Meetings",
    registry=EventRegistry("meetings"),
    migrations=PLATFORM_MIGRATIONS,
)
