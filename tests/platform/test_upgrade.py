"""An office that upgrades keeps everything: the previous release's databases (the demo county, made
by that release's own code: previous_release/make.py), upgraded by today's migrations, hold every
stream and every read-model row they held, and end with exactly the schema a fresh install has."""

from __future__ import annotations

import importlib
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from shuniu_infra.postgres import postgres_bin_dir
from shuniu_shared.database import create_engine
from shuniu_shared.deadlines import deadlines_metadata
from shuniu_shared.eventstore import platform_metadata
from shuniu_shared.migrations import migrate
from shuniu_shared.runtime import ServiceDefinition
from shuniu_shared.web.commands import idempotency_metadata
from shuniu_suite.embedded import SERVICES
from sqlalchemy import MetaData, inspect, select, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine

PREVIOUS = Path(__file__).parent / "previous_release"
BOOKKEEPING = {"schema_migrations", "alembic_version"}  # the runners' own records, before and after
# A service new since that release (notifications) has no database of it to upgrade: it starts empty.
IN_PREVIOUS_RELEASE = [d for d in SERVICES if (PREVIOUS / "sqlite" / f"{d.name}.sql").exists()]


def by_name(definition: ServiceDefinition) -> str:
    return definition.name


def declared(definition: ServiceDefinition) -> MetaData:
    """The platform's tables and the service's own, as the code declares them."""
    own = importlib.import_module(f"shuniu_{definition.name}.adapters.tables").metadata
    tables = MetaData()
    for metadata in (platform_metadata, deadlines_metadata, idempotency_metadata, own):
        for table in metadata.tables.values():
            table.to_metadata(tables)
    return tables


# What a revision rewrites on purpose, and so cannot come through an upgrade row for row. The
# projection's read models are derived from the topics; projection_0002 (its docstring says why)
# re-keys them by the audience: the kept counts start again empty and are recounted at each
# document's next event, and a document's step takes the name of the event that reached it;
# projection_0003 names a task's status likewise.
REWRITTEN = {
    "projection": {
        "document_counts": None,  # every column: recounted
        "documents": {"stage", "counted_under"},
        "document_steps": {"stage"},
        "tasks": {"status"},  # named, like a document's step, by the event that reached it
    }
}

Rows = dict[str, list[dict[str, str]]]


def contents(connection: Connection) -> Rows:
    """Every row of every table but the runners' bookkeeping, as text: what the office has."""
    tables = MetaData()
    tables.reflect(connection)
    return {
        name: [{c: str(v) for c, v in row._mapping.items()} for row in connection.execute(select(table))]
        for name, table in tables.tables.items()
        if name not in BOOKKEEPING
    }


def kept(rows: Rows, columns: dict[str, set[str]]) -> dict[str, list[tuple[str, ...]]]:
    """The rows of `columns` only, sorted: what must be the same before and after an upgrade."""
    return {
        name: sorted(tuple(row[c] for c in sorted(columns[name])) for row in table_rows)
        for name, table_rows in rows.items()
        if name in columns
    }


def sqlite_schema(connection: Connection) -> dict[str, Any]:
    """Tables with their columns, keys, indexes and triggers, as SQLite reports them."""
    inspector = inspect(connection)
    schema: dict[str, Any] = {}
    for table in inspector.get_table_names():
        schema[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
            "primary key": inspector.get_pk_constraint(table)["constrained_columns"],
            "unique": sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)),
            "indexes": sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table)),
            "foreign keys": [
                (f["constrained_columns"], f["referred_table"]) for f in inspector.get_foreign_keys(table)
            ],
        }
    schema["triggers"] = sorted(
        connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    )
    return schema


def pg_schema(url: str) -> str:
    """The database's whole schema as pg_dump writes it (tables, constraints, functions, triggers)."""
    address = make_url(url)
    dump = subprocess.run(
        [
            str(postgres_bin_dir() / "pg_dump"),
            "--schema-only",
            "--no-owner",
            "--no-privileges",
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
    # pg_dump fences its output with a random token (\restrict …) that differs per run.
    return "\n".join(
        line for line in dump.splitlines() if not line.startswith(("\\restrict", "\\unrestrict"))
    )


def load_pg_dump(url: str, dump: Path) -> None:
    address = make_url(url)
    subprocess.run(
        [
            str(postgres_bin_dir() / "psql"),
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            str(address.host),
            "-p",
            str(address.port),
            "-U",
            str(address.username),
            "-d",
            str(address.database),
            "-f",
            str(dump),
        ],
        check=True,
        capture_output=True,
        text=True,
    )


async def upgraded(engine: AsyncEngine, definition: ServiceDefinition) -> tuple[dict, dict, list[str]]:
    """The database's contents before and after today's migrations, and the revisions applied."""
    async with engine.connect() as connection:
        rows_before = await connection.run_sync(contents)
    applied = await migrate(engine, definition.migrations)
    async with engine.connect() as connection:
        rows_after = await connection.run_sync(contents)
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        at = set((await connection.execute(text("SELECT version_num FROM alembic_version"))).scalars())
    assert "schema_migrations" not in tables, "the old runner's table goes once adopted"
    assert at == definition.migrations.heads(), "every branch is at its head"
    # The columns a table had before and still has (a revision may add or drop some), less those
    # rewritten on purpose; each of those tables keeps its number of rows all the same.
    rewritten = REWRITTEN.get(definition.name, {})
    columns = {
        name: set(rows[0]) & set(rows_after[name][0]) - (rewritten.get(name) or set())
        for name, rows in rows_before.items()
        if rows and rows_after.get(name) and (name not in rewritten or rewritten[name] is not None)
    }
    for name in set(rows_before) - {t for t, c in rewritten.items() if c is None}:
        assert len(rows_after.get(name, [])) == len(rows_before[name]), f"{name} lost or gained rows"
    return kept(rows_before, columns), kept(rows_after, columns), applied


@pytest.mark.parametrize("definition", IN_PREVIOUS_RELEASE, ids=by_name)
async def test_a_previous_release_sqlite_database_upgrades_keeping_every_row(definition, tmp_path):
    path = tmp_path / f"{definition.name}.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript((PREVIOUS / "sqlite" / f"{definition.name}.sql").read_text())
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    fresh = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        before, after, _ = await upgraded(engine, definition)
        assert sum(map(len, before.values())) > 100, "the previous release's office had work in it"
        assert after == before
        await migrate(fresh, definition.migrations)
        async with engine.connect() as up, fresh.connect() as new:
            assert await up.run_sync(sqlite_schema) == await new.run_sync(sqlite_schema)
    finally:
        await engine.dispose()
        await fresh.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("definition", IN_PREVIOUS_RELEASE, ids=by_name)
async def test_a_previous_release_postgresql_database_upgrades_keeping_every_row(definition, postgres):
    url = postgres.create_database(f"upgrade_{definition.name}")
    load_pg_dump(url, PREVIOUS / "postgresql" / f"{definition.name}.sql")
    fresh_url = postgres.create_database(f"fresh_{definition.name}")
    engine, fresh = create_engine(url), create_engine(fresh_url)
    try:
        before, after, _ = await upgraded(engine, definition)
        assert sum(map(len, before.values())) > 100
        assert after == before
        await migrate(fresh, definition.migrations)
        assert pg_schema(url) == pg_schema(fresh_url)
    finally:
        await engine.dispose()
        await fresh.dispose()


def made_by_sqlite(connection: Connection) -> Callable[[str | None, str, Any], bool]:
    """What SQLite makes itself for a virtual table (the documents' FTS5 search index): the table
    and its shadow tables (`<name>_data`, `_idx`, …) are no table of the code's to declare."""
    virtual = [
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]

    def include(name: str | None, type_: str, parent_names: Any) -> bool:
        return not (type_ == "table" and any(name == v or (name or "").startswith(f"{v}_") for v in virtual))

    return include


@pytest.mark.parametrize("definition", SERVICES, ids=by_name)
async def test_the_tables_the_code_declares_are_the_tables_the_revisions_make(definition, tmp_path):
    """A change to a service's tables without a revision would pass every test on a fresh
    database and fail on the first upgraded one: alembic's comparison finds it here first."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        await migrate(engine, definition.migrations)
        async with engine.connect() as connection:
            differences = await connection.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(c, opts={"include_name": made_by_sqlite(c)}),
                    declared(definition),
                )
            )
    finally:
        await engine.dispose()
    assert differences == []
