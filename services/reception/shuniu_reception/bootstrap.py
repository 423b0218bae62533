"""Wires the reception service once: `python -m shuniu_reception` and the embedded gateway start it from here.

Its domain, routes and consumer groups are added to this definition as the service is built.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

DEFINITION = ServiceDefinition(
    name="reception",
    title="枢纽 · 接待与事务 Reception",
    registry=EventRegistry("reception"),
    migrations=PLATFORM_MIGRATIONS,
)
