"""A rebuild from the topics produces the read models the projection built live: here from the demo
county's day, every service's events as their own commands made them."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from shuniu_projection.adapters.tables import metadata
from shuniu_projection.app.rebuild import rebuild
from shuniu_projection.bootstrap import DEFINITION, READ_MODEL_SUBSCRIPTION
from shuniu_shared.eventstore import processed_table
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.test_make_dev_demo import overview_once_settled


async def read_models(engine: AsyncEngine) -> dict[str, list[tuple]]:
    async with engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in await connection.execute(select(table))), key=repr)
            for table in metadata.sorted_tables
        }


async def events_seen(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return (await connection.scalar(select(func.count()).select_from(metadata.tables["timeline"]))) or 0


async def once_quiet(engine: AsyncEngine) -> int:
    """How many events the projection has seen, once that stopped growing for a second."""
    previous = -1
    async with asyncio.timeout(30):
        while (current := await events_seen(engine)) != previous:
            previous = current
            await asyncio.sleep(1)
    return current


async def test_a_rebuild_from_the_topics_equals_the_read_models_built_live(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as console,
    ):
        await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        await overview_once_settled(console)
        live = next(r for r in app.state.runtimes if r.definition.name == "projection")
        seen = await once_quiet(live.engine)  # the last demo events may still be on their way
        settings = Settings(service="projection", var_dir=tmp_path / "rebuilt")
        rebuilt = ServiceRuntime(DEFINITION, settings, bus=live.bus)

        done = await rebuild(rebuilt)

        assert done.events == seen > 300
        assert await read_models(rebuilt.engine) == await read_models(live.engine)
        await rebuilt.engine.dispose()


@pytest.mark.postgres
async def test_a_rebuild_into_postgresql_equals_the_read_models_built_live(postgres, tmp_path):
    """The rebuild folds in memory and copies the tables into PostgreSQL by COPY: the same rows."""
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as console,
    ):
        await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        await overview_once_settled(console)
        live = next(r for r in app.state.runtimes if r.definition.name == "projection")
        seen = await once_quiet(live.engine)
        url = postgres.create_database(f"projection_rebuilt_{uuid.uuid4().hex[:6]}")
        rebuilt = ServiceRuntime(DEFINITION, Settings(service="projection", database_url=url), bus=live.bus)

        done = await rebuild(rebuilt)

        assert done.events == seen > 300
        assert await read_models(rebuilt.engine) == await read_models(live.engine)
        async with rebuilt.engine.connect() as connection:
            inbox = await connection.scalar(
                select(func.count())
                .select_from(processed_table)
                .where(processed_table.c.consumer_group == READ_MODEL_SUBSCRIPTION.group)
            )
        assert inbox == seen  # live intake, switched to this database, applies none of them again
        await rebuilt.engine.dispose()


async def test_live_intake_goes_on_from_a_rebuild_and_keeps_the_read_models_equal(tmp_path):
    """The rebuilt database, switched to, takes the events written after the rebuild as live intake
    does — and what the rebuild already folded it does not apply again."""
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as console,
    ):
        await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        await overview_once_settled(console)
        live = next(r for r in app.state.runtimes if r.definition.name == "projection")
        seen = await once_quiet(live.engine)
        rebuilt = ServiceRuntime(
            DEFINITION, Settings(service="projection", var_dir=tmp_path / "rebuilt"), bus=live.bus
        )
        await rebuild(rebuilt)
        await rebuilt.start()  # the live group's consumer, on the rebuilt database
        try:
            await console.post("/auth/login", json={"username": "shen", "password": "shuniu-demo"})
            signed_for = await console.post(
                "/api/documents/incoming",
                json={
                    "sender": "市人民政府办公室",
                    "sender_number": "市政办发〔2026〕31号",
                    "title": "关于做好冬季防火工作的通知",
                    "doc_type": "通知",
                    "copies": 1,
                },
                headers={"Origin": "http://shuniu"},  # from the console's own page
            )
            assert signed_for.status_code == 201, signed_for.text

            assert await once_quiet(live.engine) > seen
            assert await once_quiet(rebuilt.engine) == await events_seen(live.engine)
            assert await read_models(rebuilt.engine) == await read_models(live.engine)
        finally:
            await rebuilt.stop()
            await rebuilt.engine.dispose()
