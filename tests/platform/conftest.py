"""Each event-store test runs twice: on SQLite (the embedded mode) and on the real PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import EventStore
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.platform.sample import registry


async def fresh_engine(backend: str, postgres, tmp_path) -> AsyncEngine:
    if backend == "postgres":
        url = postgres.create_database(f"t_{uuid.uuid4().hex[:12]}")
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'events.sqlite3'}"
    engine = create_engine(url)
    await migrate(engine, PLATFORM_MIGRATIONS)
    return engine


@pytest.fixture(params=["sqlite", "postgres"])
async def engine(request, tmp_path) -> AsyncIterator[AsyncEngine]:
    postgres = request.getfixturevalue("postgres") if request.param == "postgres" else None
    engine = await fresh_engine(request.param, postgres, tmp_path)
    yield engine
    await engine.dispose()


@pytest.fixture
async def pg_engine(postgres, tmp_path) -> AsyncIterator[AsyncEngine]:
    engine = await fresh_engine("postgres", postgres, tmp_path)
    yield engine
    await engine.dispose()


@pytest.fixture
def store(engine) -> EventStore:
    return EventStore(engine, registry)


@pytest.fixture
def pg_store(pg_engine) -> EventStore:
    return EventStore(pg_engine, registry)
