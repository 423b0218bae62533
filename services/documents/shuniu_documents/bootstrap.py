"""Wires the documents service once: `python -m shuniu_documents` and the embedded gateway start it from here.

Its domain, routes and consumer groups are added to this definition as the service is built.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

DEFINITION = ServiceDefinition(
    name="documents",
    title="枢纽 · 公文 Documents",
    registry=EventRegistry("documents"),
    migrations=PLATFORM_MIGRATIONS,
)
