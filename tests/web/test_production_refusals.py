"""Production refuses development secrets (issue 17, finding 7): outside SHUNIU_ENV=development a
process with the development JWT secret, the demo sign-in or the reception's development master key
does not start, and says which setting to give; /metrics answers only to its token; a failed
statement's parameters (personal data) never reach an error or the log."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import structlog
from shuniu_reception.app.personal_data import KEK_VARIABLE, personal_data
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.bus import InProcessBus
from shuniu_shared.database import create_engine
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import STACK_JWT_SECRET, Settings, UnsafeSettings
from shuniu_shared.web import create_service_app
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from tests.web.conftest import SECRET

A_GENERATED_SECRET = "generated with openssl rand -base64 48: kA93jf0q2l3m4n5b6v7c8x9z0"
ID_NUMBER = "110101199003071234"  # 身份证号: personal data


def production(**settings: object) -> Settings:
    """Settings as production has them (the tests' own environment is development's)."""
    values: dict[str, object] = {"service": "documents", "env": "production", "demo_sign_in": False}
    return Settings(**(values | {"log_json": False} | settings))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unsafe", "named"),
    [
        ({"jwt_secret": "change-me-in-production"}, "SHUNIU_JWT_SECRET"),
        ({"jwt_secret": STACK_JWT_SECRET}, "SHUNIU_JWT_SECRET"),
        ({"jwt_secret": "short"}, "SHUNIU_JWT_SECRET"),
        ({"jwt_secret": A_GENERATED_SECRET, "demo_sign_in": True}, "SHUNIU_DEMO_SIGN_IN"),
        ({"jwt_secret": None, "jwt_jwks_url": "https://idp.example/certs"}, "SHUNIU_JWT_ISSUER"),
    ],
    ids=["compose's old default", "make stack's", "too short", "demo sign-in", "issuer not pinned"],
)
def test_a_service_refuses_to_start_in_production_with_a_development_setting(unsafe, named) -> None:
    with pytest.raises(UnsafeSettings, match=named):
        create_service_app(production(**unsafe), title="documents")


def test_the_same_settings_start_in_development_and_a_generated_secret_starts_in_production() -> None:
    create_service_app(
        Settings(service="documents", env="development", jwt_secret=STACK_JWT_SECRET), title="d"
    )
    create_service_app(production(jwt_secret=A_GENERATED_SECRET), title="documents")


def test_production_is_the_default() -> None:
    assert Settings.model_fields["env"].default == "production"
    assert Settings.model_fields["demo_sign_in"].default is False


def test_the_reception_refuses_its_development_master_key_in_production(tmp_path: Path, monkeypatch) -> None:
    settings = production(jwt_secret=A_GENERATED_SECRET, var_dir=tmp_path).model_copy(
        update={"service": "reception"}
    )
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    monkeypatch.delenv(KEK_VARIABLE, raising=False)
    personal_data.cache_clear()
    try:
        with pytest.raises(UnsafeSettings, match=KEK_VARIABLE):
            ServiceRuntime(RECEPTION, settings, bus=bus)
        monkeypatch.setenv(KEK_VARIABLE, base64.b64encode(os.urandom(32)).decode())
        personal_data.cache_clear()
        ServiceRuntime(RECEPTION, settings, bus=bus)  # a key of its own: it starts
    finally:
        personal_data.cache_clear()


def test_the_service_process_exits_naming_the_setting_to_give(tmp_path: Path) -> None:
    environment = {name: value for name, value in os.environ.items() if not name.startswith("SHUNIU_")}
    environment |= {
        "SHUNIU_JWT_SECRET": "change-me-in-production",
        "SHUNIU_VAR_DIR": str(tmp_path),
        "SHUNIU_HTTP_PORT": "1",  # never reached: it must refuse before it listens
    }
    started = subprocess.run(
        [sys.executable, "-m", "shuniu_documents"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode != 0
    assert "SHUNIU_JWT_SECRET" in started.stderr and "refusing to start in production" in started.stderr


async def test_metrics_answer_only_to_their_token_in_production() -> None:
    without_token = create_service_app(production(jwt_secret=A_GENERATED_SECRET), title="documents")
    with_token = create_service_app(
        production(jwt_secret=A_GENERATED_SECRET, metrics_token="prometheus-scrape-token"), title="documents"
    )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=without_token), base_url="http://d"
    ) as client:
        unconfigured = await client.get("/metrics")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=with_token), base_url="http://d"
    ) as client:
        anonymous = await client.get("/metrics")
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer guessed"})
        scraper = await client.get("/metrics", headers={"Authorization": "Bearer prometheus-scrape-token"})
    assert unconfigured.status_code == 403 and "SHUNIU_METRICS_TOKEN" in unconfigured.json()["detail"]
    assert anonymous.status_code == 401 and wrong.status_code == 401
    assert scraper.status_code == 200 and "shuniu_http_requests_total" in scraper.text


async def test_metrics_stay_open_in_development_for_bench_and_chaos() -> None:
    app = create_service_app(Settings(service="documents", env="development", jwt_secret=SECRET), title="d")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://d") as client:
        assert (await client.get("/metrics")).status_code == 200


async def test_a_failed_statement_names_no_parameter_in_its_error_or_the_log(tmp_path: Path, capsys) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'visitors.sqlite3'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE visitors (id_number TEXT PRIMARY KEY)"))
        await connection.execute(text("INSERT INTO visitors VALUES (:id)"), {"id": ID_NUMBER})
    try:
        with pytest.raises(IntegrityError) as failed:
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO visitors VALUES (:id)"), {"id": ID_NUMBER})
        create_service_app(Settings(service="reception", log_json=True), title="logging as a service does")
        structlog.get_logger("test").error("statement_failed", exc_info=failed.value)
    finally:
        await engine.dispose()
    assert ID_NUMBER not in str(failed.value)
    logged = capsys.readouterr().out
    assert "statement_failed" in logged and "IntegrityError" in logged
    assert ID_NUMBER not in logged


@pytest.mark.postgres
async def test_what_postgresql_quotes_of_a_value_in_its_own_error_does_not_reach_the_log(
    postgres, capsys
) -> None:
    engine = create_engine(postgres.create_database("visitors_error_log"))
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE visitors (id_number text PRIMARY KEY, age integer)"))
        await connection.execute(text("INSERT INTO visitors (id_number) VALUES (:id)"), {"id": ID_NUMBER})
    create_service_app(Settings(service="reception", log_json=True), title="logging as a service does")
    log = structlog.get_logger("test")
    try:
        for statement, values in [
            ("INSERT INTO visitors (id_number) VALUES (:id)", {"id": ID_NUMBER}),  # the key again
            ("INSERT INTO visitors (id_number, age) VALUES ('x', :age)", {"age": ID_NUMBER}),  # not a number
        ]:
            with pytest.raises(DBAPIError) as failed:
                async with engine.begin() as connection:
                    await connection.execute(text(statement), values)
            log.error("statement_failed", exc_info=failed.value)
    finally:
        await engine.dispose()
    logged = capsys.readouterr().out
    assert logged.count("statement_failed") == 2
    assert ID_NUMBER not in logged
