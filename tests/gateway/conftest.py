"""The whole suite embedded behind the gateway (`make dev` without demo data), started once for the
gateway tests that need every real service."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app

from tests.gateway.support import SECRET


class MovableClock:
    """The real time, plus however far a test has moved it on (to hold a meeting it called)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


@pytest.fixture(scope="package")
async def embedded(
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[tuple[httpx.AsyncClient, FastAPI]]:
    settings = Settings(
        service="gateway",
        var_dir=tmp_path_factory.mktemp("embedded"),
        jwt_secret=SECRET,
        log_json=False,
        # The matrix sends a few hundred requests as a handful of people: no rate limit in the way.
        gateway_rate_limit_burst=100_000,
    )
    app = build_embedded_app(settings, clock=MovableClock())
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as client,
    ):
        yield client, app
