"""`shuniu migrate`: every installed service's database upgraded by one command, saying where each
was and where it is now — the previous release's databases included, their events kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from shuniu_shared.admin import installed_services

from tests.admin.support import shuniu

PREVIOUS = Path(__file__).parents[1] / "platform" / "previous_release" / "sqlite"


def revisions(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}


def events(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM events").fetchone()[0]


def embedded(tmp_path: Path) -> dict[str, str | None]:
    return {"SHUNIU_ENV": "development", "SHUNIU_VAR_DIR": str(tmp_path), "SHUNIU_DATABASE_URL": None}


def test_the_services_are_found_through_their_entry_points_not_by_name():
    assert set(installed_services()) == {
        "documents",
        "meetings",
        "supervision",
        "reception",
        "projection",
        "notifications",
        "duty",
    }


def test_migrate_upgrades_the_previous_release_databases_and_keeps_their_events(tmp_path):
    before = {}
    for dump in PREVIOUS.glob("*.sql"):
        with sqlite3.connect(tmp_path / f"{dump.stem}.sqlite3") as connection:
            connection.executescript(dump.read_text(encoding="utf-8"))
        before[dump.stem] = events(tmp_path / f"{dump.stem}.sqlite3")
    assert set(before) == {"documents", "meetings", "supervision", "reception", "projection"}

    result = shuniu("migrate", env=embedded(tmp_path))

    assert result.exit_code == 0, result.output
    for name, definition in installed_services().items():
        database = tmp_path / f"{name}.sqlite3"
        heads = definition.migrations.heads()
        assert revisions(database) == heads
        assert f"{name}: 无修订 / none → {', '.join(sorted(heads))}（应用" in result.stdout
        if name in before:
            assert events(database) == before[name]  # every stream the office had, still there
    assert before["documents"] > 0 and before["supervision"] > 0

    again = shuniu("migrate", env=embedded(tmp_path))
    assert again.exit_code == 0, again.output
    assert again.stdout.count("已是最新 / up to date") == len(installed_services())


def test_with_one_database_url_only_the_service_it_belongs_to_is_migrated(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'meetings-db.sqlite3'}"

    refused = shuniu("migrate", env=embedded(tmp_path) | {"SHUNIU_DATABASE_URL": url})
    assert refused.exit_code == 2
    assert "SHUNIU_DATABASE_URL names one service's database" in refused.stderr
    assert not (tmp_path / "meetings-db.sqlite3").exists()

    done = shuniu(
        "migrate", env=embedded(tmp_path) | {"SHUNIU_DATABASE_URL": url, "SHUNIU_SERVICE": "meetings"}
    )
    assert done.exit_code == 0, done.output
    assert revisions(tmp_path / "meetings-db.sqlite3") == installed_services()["meetings"].migrations.heads()
    assert done.stdout.startswith("meetings: ") or "\nmeetings: " in done.stdout
    assert "documents:" not in done.stdout and not (tmp_path / "documents.sqlite3").exists()


def test_an_unknown_service_is_named_with_those_installed(tmp_path):
    result = shuniu("migrate", "--service", "dutyy", env=embedded(tmp_path))
    assert result.exit_code == 2
    assert "未安装服务 dutyy" in result.stderr and "documents" in result.stderr
