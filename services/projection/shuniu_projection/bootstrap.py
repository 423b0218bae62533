"""Wires the projection service once: `python -m shuniu_projection` and the embedded gateway start it here.

It consumes every service's topic in one consumer group, so one transaction per event writes the
timeline, the object's row and every read model, and the consumer's inbox makes redeliveries harmless.
"""

from shuniu_shared.events import EventRegistry
from shuniu_shared.runtime import ServiceDefinition, Subscription

from shuniu_projection.api import catalogue, history
from shuniu_projection.app.intake import intake
from shuniu_projection.migrations import MIGRATIONS

SOURCE_TOPICS = [
    f"shuniu.{service}.events" for service in ("documents", "meetings", "supervision", "reception")
]
READ_MODELS = ()  # the dashboards' tables, each updated by its own function

DEFINITION = ServiceDefinition(
    name="projection",
    title="枢纽 · 看板 Projection",
    registry=EventRegistry("projection"),
    migrations=MIGRATIONS,
    routers=[history.router, catalogue.router],
    subscriptions=lambda store: [Subscription("projection.read-models", SOURCE_TOPICS, intake(READ_MODELS))],
)
