"""Wires the projection service once: `python -m shuniu_projection` and the embedded gateway start it here.

It consumes every service's topic in one consumer group, so one transaction per batch of events writes
the timeline, the objects' rows and every read model, and the consumer's inbox makes redeliveries harmless.
"""

import asyncio

from shuniu_shared.events import EventRegistry
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime, Subscription

from shuniu_projection.api import dashboards, history, live
from shuniu_projection.app.boards import boards
from shuniu_projection.app.chronicle import chronicler
from shuniu_projection.app.counts import keep_document_counts
from shuniu_projection.app.desk import desk
from shuniu_projection.app.information import information
from shuniu_projection.app.intake import Intake
from shuniu_projection.app.live import feed_of, follow
from shuniu_projection.app.on_duty import on_duty
from shuniu_projection.migrations import MIGRATIONS

SOURCE_TOPICS = [
    f"shuniu.{service}.events" for service in ("documents", "meetings", "supervision", "reception", "duty")
]
# Each a set of reactions to the event kinds it reads; the counts come after the boards they count.
READ_MODELS = (boards, on_duty, information, keep_document_counts, desk, chronicler)
INTAKE = Intake(READ_MODELS)
READ_MODEL_SUBSCRIPTION = Subscription("projection.read-models", SOURCE_TOPICS, INTAKE, INTAKE.batch)


async def live_pushes(runtime: ServiceRuntime, stopping: asyncio.Event) -> None:
    """Tell this replica's open consoles what changed, once the read models have it (app/live.py)."""
    await follow(feed_of(runtime), runtime, SOURCE_TOPICS, stopping)


DEFINITION = ServiceDefinition(
    name="projection",
    title="枢纽 · 看板 Projection",
    registry=EventRegistry("projection"),
    migrations=MIGRATIONS,
    routers=[dashboards.router, history.router, live.router],
    subscriptions=lambda runtime: [READ_MODEL_SUBSCRIPTION],
    workers=[live_pushes],
)
