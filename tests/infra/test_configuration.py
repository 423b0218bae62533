"""A process refuses a configuration that cannot work, in one line that names the variable: a typo
does not quietly fall back to a local SQLite file, and an unreachable server is named by host, port
and the setting that pointed there — not buried in a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from shuniu_infra.support import free_loopback_ports
from shuniu_shared.settings import ConfigurationError, Settings

from tests.services import SECRET


def start(service: str, tmp_path, **variables: str) -> subprocess.CompletedProcess[str]:
    """`python -m shuniu_<service>` with only these SHUNIU_* variables; it is expected to stop."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SHUNIU_")}
    environment |= {"SHUNIU_ENV": "development", "SHUNIU_JWT_SECRET": SECRET, "SHUNIU_VAR_DIR": str(tmp_path)}
    environment |= variables
    return subprocess.run(
        [sys.executable, "-m", f"shuniu_{service}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_mistyped_variable_stops_the_service_naming_the_variable_it_meant(tmp_path):
    (port,) = free_loopback_ports(1)
    ended = start(
        "documents",
        tmp_path,
        SHUNIU_DATABSE_URL="postgresql+asyncpg://shuniu@db.example/documents",
        SHUNIU_HTTP_PORT=str(port),
    )
    assert ended.returncode == 2
    assert ended.stderr.strip().splitlines() == [
        "shuniu-documents: unknown setting SHUNIU_DATABSE_URL / 未知的设置 SHUNIU_DATABSE_URL; "
        "did you mean SHUNIU_DATABASE_URL? / 是否应为 SHUNIU_DATABASE_URL？"
    ]
    assert not (tmp_path / "documents.sqlite3").exists(), "it did not fall back to a local database"


def test_an_unreachable_database_and_broker_are_named_by_host_port_and_variable(tmp_path):
    database_port, broker_port, http_port = free_loopback_ports(3)
    ended = start(
        "meetings",
        tmp_path,
        SHUNIU_DATABASE_URL=f"postgresql+asyncpg://shuniu@127.0.0.1:{database_port}/meetings",
        SHUNIU_KAFKA_BOOTSTRAP=f"127.0.0.1:{broker_port}",
        SHUNIU_HTTP_PORT=str(http_port),
        SHUNIU_STARTUP_WAIT_SECONDS="1",
    )
    assert ended.returncode == 2
    assert ended.stderr.strip().splitlines() == [
        f"shuniu-meetings: cannot reach the database at 127.0.0.1:{database_port} (set by "
        f"SHUNIU_DATABASE_URL) / 无法连接数据库 127.0.0.1:{database_port}（由 SHUNIU_DATABASE_URL 设置）"
    ]


def test_a_value_of_the_wrong_kind_is_named_with_its_variable(tmp_path):
    ended = start("gateway", tmp_path, SHUNIU_HTTP_PORT="eighty")
    assert ended.returncode == 2
    (line,) = ended.stderr.strip().splitlines()
    assert line.startswith("shuniu-gateway: SHUNIU_HTTP_PORT: ") and "'eighty'" in line


def test_a_services_own_variable_is_checked_by_that_service_and_left_to_it_by_the_others(monkeypatch):
    monkeypatch.setenv("SHUNIU_SUPERVISION_APROACHING_WORKING_DAYS", "2")
    documents = Settings.from_environment("documents", {"documents": frozenset()})
    assert documents.service == "documents"
    with pytest.raises(ConfigurationError, match="did you mean SHUNIU_SUPERVISION_APPROACHING_WORKING_DAYS"):
        Settings.from_environment(
            "supervision", {"supervision": frozenset({"SHUNIU_SUPERVISION_APPROACHING_WORKING_DAYS"})}
        )


def test_a_broker_list_that_is_not_host_and_port_is_refused_before_any_connection(tmp_path):
    ended = start("projection", tmp_path, SHUNIU_KAFKA_BOOTSTRAP="kafka-1,kafka-2:9092")
    assert ended.returncode == 2
    assert "SHUNIU_KAFKA_BOOTSTRAP: 'kafka-1' is not host:port" in ended.stderr


def test_outside_development_a_development_secret_stops_the_service_in_one_line(tmp_path):
    ended = start(
        "supervision", tmp_path, SHUNIU_ENV="production", SHUNIU_JWT_SECRET="change-me-in-production"
    )
    assert ended.returncode == 2
    (line,) = ended.stderr.strip().splitlines()
    assert (
        line.startswith("shuniu-supervision: refusing to start in production") and "SHUNIU_JWT_SECRET" in line
    )
