"""The embedded mode (`make dev`, `python -m shuniu_suite`): every service in one process, behind the
same gateway code.

Each service keeps its own SQLite database under ``var/`` and its own event store and relay, and
they talk only through the in-process bus (``var/bus.sqlite3``), exactly as they would through
Kafka: no service reads another's tables even here. The gateway reaches each service's app through
an in-process transport instead of a socket, so authentication, limits, request ids, breakers and
error handling are those of the routing gateway, line for line.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator

from fastapi import FastAPI
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_duty.bootstrap import DEFINITION as DUTY
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import in_process_upstream
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_notifications.bootstrap import DEFINITION as NOTIFICATIONS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import Clock
from shuniu_shared.directory import DEMO as DEMO_DIRECTORY
from shuniu_shared.directory import Directory
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.sessions import SessionRevocations
from shuniu_shared.settings import Settings
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

SERVICES = [DOCUMENTS, MEETINGS, SUPERVISION, RECEPTION, PROJECTION, NOTIFICATIONS, DUTY]
# Whom `make dev` suggests signing in as: one person for each kind of work (README, "打开 make dev 之后").
_SUGGESTED_PEOPLE = ("feng", "shen", "luo", "zhou", "chen", "wang")


def welcome(settings: Settings) -> str:
    """What `make dev` prints before it serves: where to open the console and whom to sign in as."""
    directory = Directory.load(settings.directory_file or DEMO_DIRECTORY)
    people = "、".join(
        f"{person_id}（{directory.people[person_id].name}）"
        for person_id in _SUGGESTED_PEOPLE
        if person_id in directory.people
    )
    url = f"http://{settings.http_host}:{settings.port()}"
    return (
        f"枢纽 Shuniu · 打开 / open {url}\n"
        f"  登录 / sign in as: {people} …\n"
        f"  密码 / password: shuniu-demo（仅限开发环境 / development only）"
    )


def build_embedded_app(settings: Settings, *, clock: Clock | None = None, demo: bool = False) -> FastAPI:
    """The whole suite in one app; `demo` loads the demo county's data into services still empty."""
    settings = with_development_secret(settings)
    bus = InProcessBus(f"sqlite+aiosqlite:///{settings.var_dir / 'bus.sqlite3'}")
    # One process, one memory of ended sessions: the gateway's, which the services consult directly,
    # so a session ended at the gateway is refused by every service at once.
    revocations = SessionRevocations()
    runtimes = [
        ServiceRuntime(
            definition,
            settings.model_copy(
                update={"service": definition.name, "database_url": None, "kafka_bootstrap": None}
            ),
            clock=clock,
            bus=bus,
            revocations=revocations,
        )
        for definition in SERVICES
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await bus.start()
        async with contextlib.AsyncExitStack() as running:
            for runtime in runtimes:
                await running.enter_async_context(runtime.running())
            if demo:
                # After every service started, so each demo's events reach the others' consumers.
                for runtime in runtimes:
                    await runtime.seed_demo()
            yield
        await bus.close()

    upstreams = [in_process_upstream(settings, r.definition.name, r.app()) for r in runtimes]
    # Built last, so the process's log lines default to "gateway" outside any one service.
    app = build_gateway_app(settings, upstreams, lifespan=lifespan, bus=bus, revocations=revocations)
    app.state.runtimes = runtimes
    return app


def with_development_secret(settings: Settings) -> Settings:
    """The embedded suite signs and checks its own tokens: without a configured key it keeps a random
    HS256 secret under var/, so sessions survive a restart and no secret ships in the repository."""
    if settings.jwt_secret or settings.jwt_jwks_url:
        return settings
    path = settings.var_dir / "dev-jwt-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return settings.model_copy(update={"jwt_secret": path.read_text().strip()})
