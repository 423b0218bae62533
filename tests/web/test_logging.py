"""One JSON line per event on stdout, each saying which service, which piece of work and who."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

import httpx
import pytest
import structlog
from shuniu_shared.settings import Settings
from shuniu_shared.web import configure_logging, issue_dev_token


@pytest.fixture
def configured(settings: Settings) -> None:
    configure_logging(settings)


def lines(captured: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in captured.splitlines()]


async def test_each_request_is_logged_once_with_its_ids_and_its_actor(
    client: httpx.AsyncClient, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issue_dev_token(settings, "wang", "王芳", "bgs", ["registrar"], "机密")

    response = await client.get(
        "/api/me?phone=13800000000",
        headers={
            "Authorization": f"Bearer {token}",
            "X-Correlation-ID": "work-2024-0042",
            "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        },
    )

    [access] = [line for line in lines(capsys.readouterr().out) if line["event"] == "request"]
    assert access["service"] == "documents"
    assert access["level"] == "info"
    assert access["correlation_id"] == "work-2024-0042"
    assert access["request_id"] == response.headers["x-request-id"]
    assert access["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert access["actor"] == "wang"
    assert access["route"] == "/api/me"
    assert access["status"] == 200
    assert access["path"] == "/api/me"  # without the query string, which may hold personal data
    assert datetime.fromisoformat(access["timestamp"]).utcoffset().total_seconds() == 0  # type: ignore[union-attr]


async def test_a_token_never_reaches_the_log(
    client: httpx.AsyncClient, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    token = issue_dev_token(settings, "wang", "王芳", "bgs", ["registrar"], "机密")
    log = structlog.get_logger("shuniu.test")

    await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    log.info("calling upstream", headers={"Authorization": f"Bearer {token}"}, note=f"retried with {token}")
    logging.getLogger("aiokafka").warning("bad token %s in request", token)

    captured = capsys.readouterr().out
    assert token not in captured
    assert token.split(".")[1] not in captured
    logged = lines(captured)
    assert logged[-2]["headers"] == {"Authorization": "[redacted]"}
    assert logged[-2]["note"] == "retried with [redacted]"


def test_library_logs_come_out_as_the_same_json(configured: None, capsys: pytest.CaptureFixture[str]) -> None:

    logging.getLogger("aiokafka.consumer").warning("Heartbeat failed for group %s", "projection")

    [line] = lines(capsys.readouterr().out)
    assert line["event"] == "Heartbeat failed for group projection"
    assert line["level"] == "warning"
    assert line["logger"] == "aiokafka.consumer"
    assert line["service"] == "documents"


def test_sql_statements_are_not_logged_at_info(configured: None, capsys: pytest.CaptureFixture[str]) -> None:

    # SQLAlchemy logs each statement with its parameters (names, ID numbers) at INFO.
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT INTO petitioner VALUES (%s)", "张三")

    assert capsys.readouterr().out == ""


def test_chinese_stays_readable_in_the_log(configured: None, capsys: pytest.CaptureFixture[str]) -> None:

    structlog.get_logger("shuniu.test").info("收文已登记", title="关于防汛工作的通知")

    assert "关于防汛工作的通知" in capsys.readouterr().out
