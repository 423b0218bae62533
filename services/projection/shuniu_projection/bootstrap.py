"""Wires the projection service once: `python -m shuniu_projection` and the embedded gateway start it from here.

Its domain, routes and consumer groups are added to this definition as the service is built.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

DEFINITION = ServiceDefinition(
    name="projection",
    title="枢纽 · 看板 Projection",
    registry=EventRegistry("projection"),
    migrations=PLATFORM_MIGRATIONS,
)
