"""`shuniu check-config`: what is set (secrets masked), what production lacks, what is unsafe, and a
mistyped variable named with the one meant — exit status 1 whenever something is wrong."""

from __future__ import annotations

import os

from shuniu_reception.app.personal_data import personal_data
from shuniu_shared.settings import STACK_JWT_SECRET

from tests.admin.support import shuniu

# The test process's own SHUNIU_* (the servers the fixtures point at) are cleared for each run.
CLEAN = {name: None for name in os.environ if name.upper().startswith("SHUNIU_")}


def check(**variables: str):
    return shuniu("check-config", env=CLEAN | {f"SHUNIU_{k.upper()}": v for k, v in variables.items()})


def test_a_development_machine_is_sound_with_nothing_set():
    result = check(env="development")
    assert result.exit_code == 0, result.output
    assert "模式 / mode: 开发 / development" in result.stdout
    assert "配置无误 / the configuration is sound" in result.stdout


def test_production_with_the_published_secret_is_unsafe_and_the_secret_is_not_printed():
    result = check(
        service="documents",
        database_url="postgresql+asyncpg://shuniu:hunter2@db.internal:5432/documents",
        kafka_bootstrap="kafka.internal:9092",
        jwt_secret=STACK_JWT_SECRET,
        demo_sign_in="true",
    )
    assert result.exit_code == 1
    assert "不安全 / unsafe: SHUNIU_JWT_SECRET is a development secret" in result.stderr
    assert "不安全 / unsafe: SHUNIU_DEMO_SIGN_IN lets anyone sign in" in result.stderr
    assert STACK_JWT_SECRET not in result.output and "hunter2" not in result.output
    assert "SHUNIU_DATABASE_URL=postgresql+asyncpg://shuniu:***@db.internal:5432/documents" in result.stdout
    assert "缺少 / missing: SHUNIU_METRICS_TOKEN" in result.stderr
    assert "缺少 / missing: SHUNIU_DIRECTORY_FILE" in result.stderr
    assert "SHUNIU_DATABASE_URL：" not in result.stderr  # it is set


def test_production_without_a_database_or_broker_says_they_are_missing():
    result = check(
        service="meetings", jwt_jwks_url="https://idp.example/jwks", jwt_issuer="https://idp.example"
    )
    assert result.exit_code == 1
    assert "缺少 / missing: SHUNIU_DATABASE_URL：未设则用本机 SQLite" in result.stderr
    assert "缺少 / missing: SHUNIU_KAFKA_BOOTSTRAP：未设则用进程内总线" in result.stderr
    assert "SHUNIU_JWT_JWKS_URL（" not in result.stderr


def test_the_reception_key_left_unset_in_production_is_unsafe():
    personal_data.cache_clear()  # read from this run's environment, not an earlier test's
    result = check(
        service="reception", jwt_jwks_url="https://idp.example/jwks", jwt_issuer="https://idp.example"
    )
    assert result.exit_code == 1
    assert "不安全 / unsafe: reception: " in result.stderr
    assert "SHUNIU_RECEPTION_KEY_ENCRYPTION_KEY is unset or the development key" in result.stderr
    personal_data.cache_clear()


def test_a_mistyped_variable_is_named_with_the_one_meant():
    result = check(env="development", databse_url="sqlite+aiosqlite:///x.sqlite3")
    assert result.exit_code == 1
    assert "unknown setting SHUNIU_DATABSE_URL" in result.stderr
    assert "did you mean SHUNIU_DATABASE_URL?" in result.stderr


def test_a_broker_that_does_not_answer_is_named_by_host_port_and_variable():
    result = shuniu(
        "check-config",
        "--connect",
        env=CLEAN
        | {
            "SHUNIU_ENV": "development",
            "SHUNIU_KAFKA_BOOTSTRAP": "127.0.0.1:1",
            "SHUNIU_STARTUP_WAIT_SECONDS": "0",
        },
    )
    assert result.exit_code == 1
    assert "cannot reach the Kafka broker at 127.0.0.1:1 (set by SHUNIU_KAFKA_BOOTSTRAP)" in result.stderr
