"""The embedded mode (`make dev`): every service in one process behind the gateway's paths.

Each service keeps its own SQLite database under ``var/`` and its own event store and relay, and
they talk only through the in-process bus (``var/bus.sqlite3``), exactly as they would through
Kafka: no service reads another's tables even here.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import Clock
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

SERVICES = [DOCUMENTS, MEETINGS, SUPERVISION, RECEPTION, PROJECTION]


def build_embedded_app(settings: Settings, *, clock: Clock | None = None, demo: bool = False) -> FastAPI:
    """The whole suite in one app; `demo` loads the demo county's data into services still empty."""
    settings = with_development_secret(settings)
    bus = InProcessBus(f"sqlite+aiosqlite:///{settings.var_dir / 'bus.sqlite3'}")
    runtimes = [
        ServiceRuntime(
            definition,
            settings.model_copy(
                update={"service": definition.name, "database_url": None, "kafka_bootstrap": None}
            ),
            clock=clock,
            bus=bus,
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
                for runtime in runtimes:
                    await runtime.seed_demo()
            yield
        await bus.close()

    service_apps = {r.definition.name: r.app() for r in runtimes}
    checks = {f"{r.definition.name}.database": r.ready_database for r in runtimes}
    checks |= {f"{r.definition.name}.workers": r.ready_workers for r in runtimes}
    # Created last, so the process's log lines default to "gateway" outside any one service.
    app = create_service_app(settings, title="枢纽 Shuniu", lifespan=lifespan, readiness_checks=checks)
    app.state.runtimes = runtimes
    for name, service_app in service_apps.items():
        app.mount(f"/api/{name}", service_app)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home() -> str:
        links = "".join(
            f'<li>{r.definition.title} — <a href="/api/{r.definition.name}/docs">/api/{r.definition.name}</a></li>'
            for r in runtimes
        )
        return (
            '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>枢纽 Shuniu</title>'
            "<h1>枢纽 Shuniu</h1><p>办公室的办文、办会、办事 — the general office's documents, meetings and affairs."
            f"</p><ul>{links}</ul><p><a href='/readyz'>/readyz</a> · <a href='/metrics'>/metrics</a></p></html>"
        )

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
