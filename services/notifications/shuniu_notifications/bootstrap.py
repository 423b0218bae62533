"""Wires the notifications service once: `python -m shuniu_notifications` and the embedded gateway
start it from here."""

from __future__ import annotations

from dataclasses import dataclass, field

from shuniu_shared.events import EventRegistry
from shuniu_shared.runtime import ServiceDefinition, Subscription
from shuniu_shared.settings import variables_of

from shuniu_notifications.api.notices import router as notices_router
from shuniu_notifications.app.config import Config, config_of
from shuniu_notifications.app.delivery import handlers as delivery_handlers
from shuniu_notifications.app.reactions import TOPICS, notices
from shuniu_notifications.migrations import MIGRATIONS

# It publishes nothing yet: its effects are the notices, in its own tables (issue 22's console
# pushes will read them there).
registry = EventRegistry("notifications")


@dataclass(frozen=True)
class NotificationsDefinition(ServiceDefinition):
    """The shared definition plus the service's settings and the path of the office's rules."""

    config: Config = field(default_factory=Config.from_environment)


def build(config: Config) -> NotificationsDefinition:
    return NotificationsDefinition(
        name="notifications",
        title="枢纽 · 通知 Notifications",
        registry=registry,
        migrations=MIGRATIONS,
        routers=[notices_router],
        subscriptions=lambda runtime: [_subscription(config_of(runtime))],
        deadlines=lambda runtime: delivery_handlers(config_of(runtime)),
        settings_variables=variables_of(Config),
        config=config,
    )


def _subscription(config: Config) -> Subscription:
    # Every event, not only the rules' types: each one's audience narrows the notices still waiting
    # to go out about its object (app/reactions.py).
    return Subscription(group="notifications.notices", topics=TOPICS, handler=notices(config))


DEFINITION = build(Config.from_environment())
