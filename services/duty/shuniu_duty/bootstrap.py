"""Wires the duty service once: `python -m shuniu_duty` and the embedded gateway start it from here.

Its database holds the event store and outbox so far: the incidents' routes and read model come next
(issue 23, step 2)."""

from __future__ import annotations

from shuniu_shared.migrations import PLATFORM_MIGRATIONS
from shuniu_shared.runtime import ServiceDefinition

from shuniu_duty.domain.events import registry

DEFINITION = ServiceDefinition(
    name="duty",
    title="枢纽 · 值班 Duty",
    registry=registry,
    migrations=PLATFORM_MIGRATIONS,
)
