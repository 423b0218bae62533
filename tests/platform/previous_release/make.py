"""Makes this folder's databases: the demo county's office as the previous release leaves it, every
service's database dumped as SQL, for PostgreSQL and for SQLite. tests/platform/test_upgrade.py
loads them and upgrades them with today's code.

Run it with the previous release's code, from a checkout of that release (its commit is in
RELEASE.txt beside this file):

    git worktree add /tmp/previous <commit> && cd /tmp/previous && uv sync --frozen
    uv run --frozen python <this checkout>/tests/platform/previous_release/make.py <this folder>

Each service runs its own demo through its own commands on its own database, with the others'
reactions delivered by the in-process bus, as `make dev` does — so the dumps hold what a real office
has: streams at many versions, read models, inbox rows, deadlines, idempotency keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from shuniu_gateway.embedded import SERVICES
from shuniu_infra.postgres import PostgresServer, postgres_bin_dir
from shuniu_shared.bus import InProcessBus
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from sqlalchemy.engine import make_url

SECRET = "the previous release's fixtures are signed with this development secret"


async def run_demo(urls: dict[str, str], var: Path) -> None:
    bus = InProcessBus(f"sqlite+aiosqlite:///{var / 'bus.sqlite3'}")
    await bus.start()
    runtimes = [
        ServiceRuntime(
            definition,
            Settings(
                service=definition.name, database_url=urls[definition.name], var_dir=var, jwt_secret=SECRET
            ),
            bus=bus,
        )
        for definition in SERVICES
    ]
    async with contextlib.AsyncExitStack() as running:
        for runtime in runtimes:
            await running.enter_async_context(runtime.running())
        for runtime in runtimes:
            await runtime.seed_demo()
        await asyncio.sleep(5)  # the reactions (批示 → 督办, the projection) settle
    await bus.close()


def main(out: Path) -> None:
    (out / "postgresql").mkdir(parents=True, exist_ok=True)
    (out / "sqlite").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        base.chmod(0o755)  # as root, the cluster runs as the `postgres` user, who must reach it
        (base / "sqlite").mkdir()
        (base / "pg").mkdir()
        sqlite_urls = {d.name: f"sqlite+aiosqlite:///{base / 'sqlite' / d.name}.sqlite3" for d in SERVICES}
        asyncio.run(run_demo(sqlite_urls, base / "sqlite"))
        for name in sqlite_urls:
            with sqlite3.connect(base / "sqlite" / f"{name}.sqlite3") as connection:
                (out / "sqlite" / f"{name}.sql").write_text("\n".join(connection.iterdump()) + "\n")
        with PostgresServer(base / "server") as server:
            pg_urls = {d.name: server.create_database(d.name) for d in SERVICES}
            asyncio.run(run_demo(pg_urls, base / "pg"))
            for name, url in pg_urls.items():
                address = make_url(url)
                dump = subprocess.run(
                    [
                        str(postgres_bin_dir() / "pg_dump"),
                        "--no-owner",
                        "--no-privileges",
                        "--inserts",
                        "-h",
                        str(address.host),
                        "-p",
                        str(address.port),
                        "-U",
                        str(address.username),
                        str(address.database),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                (out / "postgresql" / f"{name}.sql").write_text(dump)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
