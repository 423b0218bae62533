"""One service running for a test, as it runs in production: its real runtime (event store, outbox
relay, consumers, deadline scheduler) on SQLite or PostgreSQL, on the in-process bus or a real Kafka
broker, called over HTTP through httpx, with tokens for the demo county's people.

    async with running_service(DEFINITION, tmp_path, clock=clock) as documents:
        response = await documents.client.post("/incoming", json=..., headers=documents.as_("shen"))

Several services given the same `tmp_path` share one in-process bus, so one service's events reach
another's consumers exactly as they would through Kafka.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import TestClock
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from starlette.types import ASGIApp

SECRET = "the development secret the tests sign their tokens with, long enough for HS256"
# A Monday in the office's time zone (09:00 in Beijing), far from any public holiday.
MONDAY_MORNING = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
# the settings under which only the test fires deadlines
SCHEDULER_OFF: dict[str, Any] = {"deadline_poll_seconds": 86_400.0}


@dataclass
class RunningService:
    runtime: ServiceRuntime
    client: httpx.AsyncClient
    clock: TestClock
    settings: Settings

    def as_(self, person_id: str, **headers: str) -> dict[str, str]:
        """Request headers signed in as a person of the directory, with their roles and clearance."""
        person = self.runtime.directory.person(person_id)
        token = issue_dev_token(
            self.settings, person.id, person.name, person.dept, person.roles, person.clearance
        )
        return {"Authorization": f"Bearer {token}", **headers}


async def read_caught_up(
    projection: RunningService, path: str, min_version: str, person: str, *, patience: float = 30.0
) -> httpx.Response:
    """A projection's read as of `min_version`, asked again as a reader would while the answer says it
    has not caught up yet: one ask waits two seconds at most, and a loaded machine can need longer."""
    async with asyncio.timeout(patience):
        while True:
            response = await projection.client.get(
                path, params={"min_version": min_version}, headers=projection.as_(person)
            )
            if "X-Projection-Caught-Up" not in response.headers:
                return response


def sqlite_url(tmp_path: Path, name: str) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / f'{name}.sqlite3'}"


@contextlib.asynccontextmanager
async def running_service(
    definition: ServiceDefinition,
    tmp_path: Path,
    *,
    database_url: str | None = None,
    kafka_bootstrap: str | None = None,
    clock: TestClock | None = None,
    **settings: Any,
) -> AsyncIterator[RunningService]:
    """Start the service (SQLite under `tmp_path` unless `database_url` is given; the in-process bus
    under `tmp_path` unless `kafka_bootstrap` is), yield it, and stop it, draining its workers."""
    defaults: dict[str, Any] = {
        "jwt_secret": SECRET,
        "log_json": False,
        "relay_idle_seconds": 0.01,
        "consumer_backoff_seconds": 0.01,
        "deadline_poll_seconds": 0.05,  # SCHEDULER_OFF leaves the firing to the test's own fire_due()
    }
    service_settings = Settings(
        service=definition.name,
        database_url=database_url or sqlite_url(tmp_path, definition.name),
        kafka_bootstrap=kafka_bootstrap,
        var_dir=tmp_path,
        **(defaults | settings),
    )
    bus = None if kafka_bootstrap else InProcessBus(sqlite_url(tmp_path, "bus"))
    clock = clock or TestClock(MONDAY_MORNING)
    runtime = ServiceRuntime(definition, service_settings, clock=clock, bus=bus)
    app = runtime.app()
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url=f"http://{definition.name}"
        ) as client,
    ):
        yield RunningService(runtime, client, clock, service_settings)
    if bus is not None:
        await bus.close()


@contextlib.asynccontextmanager
async def serving(app: ASGIApp) -> AsyncIterator[str]:
    """Serve an app with uvicorn on a free loopback port for the length of a block; yields its URL.
    For a test about the wire (a proxy, a token fetched from an identity provider) rather than the app.

    The socket listens before uvicorn starts, so a client connecting at once waits in the backlog
    instead of being refused: no polling for the server to come up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    host, port = listener.getsockname()
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="off"))
    task = asyncio.create_task(server.serve(sockets=[listener]))
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        await task
        listener.close()


def unused_port_url() -> str:
    """A loopback URL where nothing listens (the port was free a moment ago and is closed again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
