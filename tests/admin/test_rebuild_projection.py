"""`shuniu rebuild-projection`: the read models rebuilt from the topics into an empty database are
those the projection built live (here the demo county's day, on the embedded bus)."""

from __future__ import annotations

import re

import httpx
from shuniu_shared.database import create_engine
from shuniu_shared.settings import Settings
from shuniu_suite.embedded import build_embedded_app

from tests.admin.support import shuniu_beside
from tests.projection.test_rebuild import once_quiet, read_models
from tests.test_make_dev_demo import overview_once_settled


async def test_the_rebuilt_read_models_equal_those_built_live_and_say_how_many_events(tmp_path):
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path), demo=True)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shuniu") as console,
    ):
        await console.post("/auth/login", json={"username": "feng", "password": "shuniu-demo"})
        await overview_once_settled(console)
        live = next(r for r in app.state.runtimes if r.definition.name == "projection")
        seen = await once_quiet(live.engine)
    target = tmp_path / "projection-next.sqlite3"

    result = await shuniu_beside(
        "rebuild-projection",
        "--into",
        f"sqlite+aiosqlite:///{target}",
        env={
            "SHUNIU_ENV": "development",
            "SHUNIU_VAR_DIR": str(tmp_path),
            "SHUNIU_DATABASE_URL": None,
            "SHUNIU_KAFKA_BOOTSTRAP": None,
        },
    )

    assert result.exit_code == 0, result.output
    assert "重建 / rebuilding" in result.stdout
    assert re.search(rf"已重建 {seen} 个事件，用时 [\d.]+ 秒，\d+ 个/秒", result.stdout), result.stdout
    live_engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'projection.sqlite3'}")
    rebuilt = create_engine(f"sqlite+aiosqlite:///{target}")
    try:
        assert await read_models(rebuilt) == await read_models(live_engine)
    finally:
        await rebuilt.dispose()
        await live_engine.dispose()

    again = await shuniu_beside(
        "rebuild-projection",
        "--into",
        f"sqlite+aiosqlite:///{target}",
        env={
            "SHUNIU_ENV": "development",
            "SHUNIU_VAR_DIR": str(tmp_path),
            "SHUNIU_DATABASE_URL": None,
            "SHUNIU_KAFKA_BOOTSTRAP": None,
        },
    )
    assert again.exit_code == 1
    assert "重建须从空库开始 / a rebuild starts from an empty database" in again.stderr
