"""Schema migrations with Alembic: the platform's revisions and each service's own, run by one call.

Every service's database holds two Alembic branches: ``platform`` (the event store, outbox, inbox,
deadlines and idempotency keys — revisions in ``shuniu_shared/migrations/versions``) and the
service's own (its read models — revisions in ``shuniu_<service>/migrations/versions``). A service
upgrades both to their heads when it starts, and ``shuniu migrate`` does the same from the command
line. The revisions are frozen: a revision never changes after a release; a change of schema is a
new revision (docs/platform.md, "Changing the schema without downtime", says how to expand and then
contract so that old and new replicas run side by side).

Several replicas may start at once, so on PostgreSQL the runner holds an advisory lock while it works;
on SQLite the write transaction serialises them.

Databases made by the release before Alembic (a ``schema_migrations`` table listing ids such as
``0001_event_store_outbox_inbox``) are adopted: when every id a baseline revision says it `REPLACES`
is recorded there, the database is stamped at those baselines, the old table goes, and the upgrade
continues from there (tests/platform/test_upgrade.py upgrades the previous release's databases).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from shuniu_shared.database import is_postgres

MIGRATION_LOCK = 7_311_001  # arbitrary, constant: the advisory lock key of the migration runner
PLATFORM_VERSIONS = Path(__file__).parent / "versions"
_LEGACY_TABLE = "schema_migrations"  # the runner before Alembic recorded applied ids here


@dataclass(frozen=True)
class Migrations:
    """Where a database's revisions are: one directory per branch, the platform's first."""

    version_directories: tuple[Path, ...]

    def and_then(self, directory: Path) -> Migrations:
        """These revisions plus a service's own branch."""
        return Migrations((*self.version_directories, directory))

    def config(self, connection: Connection | None = None) -> Config:
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parent))
        config.set_main_option("path_separator", "os")
        config.set_main_option("version_locations", ":".join(str(d) for d in self.version_directories))
        config.attributes["connection"] = connection
        config.attributes["applied"] = []
        return config

    def heads(self) -> set[str]:
        return set(ScriptDirectory.from_config(self.config()).get_heads())


PLATFORM_MIGRATIONS = Migrations((PLATFORM_VERSIONS,))


async def migrate(engine: AsyncEngine, migrations: Migrations) -> list[str]:
    """Upgrade every branch to its head; return the revisions applied now, oldest first."""
    async with engine.begin() as connection:
        if is_postgres(engine):
            await connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        return await connection.run_sync(_upgrade, migrations)


async def current_revisions(engine: AsyncEngine) -> set[str]:
    """The revisions the database is at, one per branch (empty for a database never migrated)."""
    async with engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: set(MigrationContext.configure(sync).get_current_heads())
        )


def _upgrade(connection: Connection, migrations: Migrations) -> list[str]:
    config = migrations.config(connection)
    _adopt_legacy_database(connection, config)
    command.upgrade(config, "heads")
    applied: list[str] = config.attributes["applied"]
    return applied


def _adopt_legacy_database(connection: Connection, config: Config) -> None:
    """Stamp a database the previous runner made at the baselines that replace its recorded ids."""
    tables = set(inspect(connection).get_table_names())
    if _LEGACY_TABLE not in tables or "alembic_version" in tables:
        return
    recorded = set(connection.execute(text(f"SELECT id FROM {_LEGACY_TABLE}")).scalars())
    script = ScriptDirectory.from_config(config)
    baselines = [
        revision
        for revision in script.walk_revisions()
        if revision.down_revision is None and _replaced(revision.module)
    ]
    missing = sorted({legacy for revision in baselines for legacy in _replaced(revision.module)} - recorded)
    if missing:
        raise RuntimeError(
            f"this database was left by a release older than the one before Alembic: it lacks "
            f"{', '.join(missing)}; upgrade it with that release first"
        )
    command.stamp(config, [revision.revision for revision in baselines])
    connection.execute(text(f"DROP TABLE {_LEGACY_TABLE}"))


def _replaced(module: Any) -> Sequence[str]:
    replaced: Sequence[str] = getattr(module, "REPLACES", ())
    return replaced
