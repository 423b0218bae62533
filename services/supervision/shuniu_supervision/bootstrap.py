"""Wires the supervision service once: `python -m shuniu_supervision` and the embedded gateway start it from here.

Its domain, routes and consumer groups are added to this definition as the service is built.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

DEFINITION = ServiceDefinition(
    name="supervision",
    title="枢纽 · 督办 Supervision",
    registry=EventRegistry("supervision"),
    migrations=PLATFORM_MIGRATIONS,
)
