"""Wires the reception service once: `python -m shuniu_reception` and the embedded gateway start it from here."""

from shuniu_shared.runtime import ServiceDefinition

from shuniu_reception.api import assets, hospitality, people, petitions, seals, supplies, vehicles, visitors
from shuniu_reception.app.hospitality import STANDARDS_VARIABLE
from shuniu_reception.app.personal_data import KEK_VARIABLE, PREVIOUS_KEK_VARIABLE, refuse_development_key
from shuniu_reception.app.petitions import APPROACHING, OVERDUE, raise_clock_alert
from shuniu_reception.app.supervision import SUBSCRIPTION
from shuniu_reception.demo import load_demo
from shuniu_reception.domain.events import registry
from shuniu_reception.migrations import MIGRATIONS

DEFINITION = ServiceDefinition(
    name="reception",
    title="枢纽 · 接待与事务 Reception",
    registry=registry,
    migrations=MIGRATIONS,
    routers=[
        visitors.router,
        petitions.router,
        vehicles.router,
        seals.router,
        people.router,
        hospitality.router,
        supplies.router,
        assets.router,
    ],
    subscriptions=lambda runtime: [SUBSCRIPTION],
    deadlines=lambda runtime: {APPROACHING: raise_clock_alert, OVERDUE: raise_clock_alert},
    demo=load_demo,
    settings_variables=frozenset({KEK_VARIABLE, PREVIOUS_KEK_VARIABLE, STANDARDS_VARIABLE}),
    preflight=refuse_development_key,
)
