"""The short form of `make chaos`'s generated bad input: schemathesis against each domain service's
OpenAPI on PostgreSQL (whose integer and text limits are where bad input turned into 500s), a few
cases per operation, deterministic (`--generation-deterministic`) so the run is the same every
time: no 5xx, and every answer matches its own schema — refusals too, against the problem schema
the document declares for each 4xx (shuniu_shared.web.contract). The long form (1,000+ cases per
service, directly and through the gateway, on the multi-process stack) is `python -m chaos`.

Marked `chaos` and `postgres`; about 5 s per service."""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_duty.bootstrap import DEFINITION as DUTY
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import http_upstream
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_notifications.bootstrap import DEFINITION as NOTIFICATIONS
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.bus import InProcessBus
from shuniu_shared.clock import TestClock
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

from chaos.fuzz import STREAMS_REGEX
from chaos.sign_in import SESSION_PATHS, SIGN_IN_PATHS, gateway_document_with_sign_in_inputs
from tests.gateway.support import gateway_settings, token_for
from tests.services import MONDAY_MORNING, SECRET, serving, sqlite_url, unused_port_url

pytestmark = [pytest.mark.postgres, pytest.mark.chaos]

# Who signs in: someone whose role reaches the service's commands, so bodies reach the handlers.
SERVICES = [
    pytest.param(DOCUMENTS, "shen", id="documents"),
    pytest.param(MEETINGS, "feng", id="meetings"),
    pytest.param(SUPERVISION, "zhou", id="supervision"),
    pytest.param(RECEPTION, "feng", id="reception"),
    pytest.param(PROJECTION, "feng", id="projection"),
    pytest.param(NOTIFICATIONS, "feng", id="notifications"),
    pytest.param(DUTY, "yang", id="duty"),  # 带班领导 and director: approves as well as reports
]
SEED = "20261127"


@pytest.mark.parametrize(("definition", "person"), SERVICES)
async def test_generated_bad_input_gets_no_5xx_and_answers_match_their_schema(
    definition, person, postgres, tmp_path
):
    output = await service_report(
        definition, person, postgres.create_database(f"chaos_{definition.name}"), tmp_path
    )
    assert_no_failures(output)


async def test_a_refusal_whose_body_breaks_the_declared_problem_schema_is_reported(tmp_path):
    """The check reaches the 4xx answers: with the document's problem schema narrowed to a code no
    refusal has, the same run fails on the refusals — their bodies are validated, not just their status."""

    def narrowed(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Problem"]["properties"]["code"]["enum"] = ["no_such_code"]

    output = await service_report(DOCUMENTS, "shen", sqlite_url(tmp_path, "documents"), tmp_path, narrowed)

    failures = output[output.find("FAILURES") :]
    assert "FAILURES" in output, output[-3000:]
    assert "Response violates schema" in failures and "no_such_code" in failures, failures[:3000]


async def service_report(
    definition: ServiceDefinition,
    person: str,
    database_url: str,
    tmp_path: Path,
    change_document: Callable[[dict[str, Any]], None] | None = None,
) -> str:
    """schemathesis's report on a short deterministic run against the service's own document."""
    settings = Settings(
        service=definition.name,
        database_url=database_url,
        var_dir=tmp_path,
        jwt_secret=SECRET,
        log_json=False,
        log_level="CRITICAL",  # the generated cases' refusals would fill the test's output
    )
    bus = InProcessBus(sqlite_url(tmp_path, "bus"))
    runtime = ServiceRuntime(definition, settings, clock=TestClock(MONDAY_MORNING), bus=bus)
    app = runtime.app()
    if change_document is not None:
        change_document(app.openapi())
    someone = runtime.directory.person(person)
    token = issue_dev_token(
        settings, someone.id, someone.name, someone.dept, someone.roles, someone.clearance
    )
    try:
        async with app.router.lifespan_context(app), serving(app) as url:
            return await schemathesis_run(url, token)
    finally:
        await bus.close()


async def test_generated_bad_input_on_the_gateways_own_routes_gets_no_5xx(tmp_path):
    """/auth/* — signing in (token, login: credentials as JSON and as the form), the session's routes
    (refresh, logout, me: hand-made session cookies) — and the gateway's other own routes; its
    services are not there."""
    settings = gateway_settings(
        var_dir=tmp_path, log_level="CRITICAL", upstream_documents=unused_port_url(), demo_sign_in=True
    )
    app = build_gateway_app(settings, [http_upstream(settings, "documents")])
    async with app.router.lifespan_context(app), serving(app) as url:
        document = await asyncio.to_thread(gateway_document_with_sign_in_inputs, url, tmp_path)
        output = await schemathesis_run(
            url, token_for("feng"), "--include-path-regex", "^/(?!api/)", document=document
        )
    assert_no_failures(output)
    paths = json.loads(document.read_text())["paths"]
    own = {
        (path, method): operation
        for path, ops in paths.items()
        if not path.startswith("/api/")
        for method, operation in ops.items()
    }
    assert {*SIGN_IN_PATHS, *SESSION_PATHS} <= {path for path, _ in own}, "signing in is on: all of /auth/*"
    assert all("requestBody" in own[(path, "post")] for path in SIGN_IN_PATHS), "credentials are generated"
    assert f"Tested: {len(own)}" in output, output[-3000:]


async def schemathesis_run(url: str, token: str, *options: str, document: Path | None = None) -> str:
    """schemathesis's report on a short deterministic run against the service at `url`, from its own
    document or from `document` (a file)."""
    schema = [str(document), "--url", url] if document else [f"{url}/openapi.json"]
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "schemathesis.cli", "run", *schema,
        "-H", f"Authorization: Bearer {token}",
        "--checks", "not_a_server_error,response_schema_conformance",
        "--phases", "examples,fuzzing",
        "--max-examples", "2",
        "--seed", SEED,
        "--generation-deterministic",
        "--workers", "1",
        "--no-color",
        "--request-timeout", "10",
        "--exclude-path-regex", STREAMS_REGEX,
        *options,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={**os.environ, "SCHEMATHESIS_HOOKS": "chaos.hooks"},  # crafted cursors, dates, deep JSON
    )  # fmt: skip
    return (await asyncio.wait_for(process.communicate(), 120))[0].decode()


def assert_no_failures(output: str) -> None:
    generated = re.search(r"(\d+) generated", output)
    assert generated and int(generated.group(1)) > 0, output[-3000:]
    assert "FAILURES" not in output, output[output.find("FAILURES") :][:6000]
