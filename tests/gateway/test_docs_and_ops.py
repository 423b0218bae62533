"""One API surface and what operators watch: the aggregated OpenAPI and its docs page, `/healthz`,
`/readyz` reporting each service, and `/metrics` with each service's calls and breaker."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator

import httpx
from fastapi import FastAPI
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import PUBLIC_NAMES, http_upstream
from shuniu_shared.bus import InProcessBus
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.web.contract import PROBLEM_STATUSES
from shuniu_suite.embedded import SERVICES

from tests.gateway.support import (
    Echo,
    echo_service,
    gateway_settings,
    service_settings,
    serving,
    unused_port_url,
)
from tests.services import sqlite_url

Suite = tuple[httpx.AsyncClient, FastAPI]


async def test_the_gateway_serves_every_services_api_under_its_prefix_in_one_document(embedded: Suite):
    client, _ = embedded
    spec = (await client.get("/openapi.json")).json()
    assert "x-unavailable" not in spec
    for service in SERVICES:
        public = PUBLIC_NAMES.get(service.name, service.name)
        assert f"/api/{public}/events/schemas" in spec["paths"]
    assert not any(path.startswith("/api/projection/") for path in spec["paths"]), "one public name"
    assert "/auth/me" in spec["paths"]
    operation_ids = [
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    ]
    assert len(operation_ids) == len(set(operation_ids)), "operation ids stay unique across services"
    references = set(re.findall(r'"#/components/schemas/([^"]+)"', str(spec).replace("'", '"')))
    assert references <= set(spec["components"]["schemas"]), "every reference resolves"


async def test_every_services_document_and_the_merged_one_are_valid_openapi(embedded: Suite):
    client, _ = embedded
    documents = {s.name: f"/api/{PUBLIC_NAMES.get(s.name, s.name)}/openapi.json" for s in SERVICES}
    documents["gateway"] = "/openapi.json"

    for name, path in documents.items():
        spec = (await client.get(path)).json()
        try:
            validate(spec)
        except OpenAPIValidationError as invalid:
            raise AssertionError(f"{name}'s {path} is not valid OpenAPI: {invalid}") from invalid


async def test_every_operation_declares_the_problems_it_answers_and_every_command_its_result(
    embedded: Suite,
):
    client, _ = embedded
    spec = (await client.get("/openapi.json")).json()
    assert not [name for name in spec["components"]["schemas"] if "HTTPValidationError" in name]

    services_with_commands = set()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for status in PROBLEM_STATUSES:
                declared = operation["responses"][str(status)]["content"]
                assert list(declared) == ["application/problem+json"], f"{method} {path} {status}"
                problem, this_status = declared["application/problem+json"]["schema"]["allOf"]
                assert problem["$ref"].endswith(".Problem") or problem["$ref"].endswith("/Problem")
                assert this_status["properties"]["status"] == {"const": status}
            success = operation["responses"].get("201") or operation["responses"].get("200") or {}
            result = success.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
            if result.endswith(".CommandResult"):
                services_with_commands.add(path.split("/")[2])
                headers = {p["name"] for p in operation["parameters"] if p["in"] == "header"}
                assert "Idempotency-Key" in headers, f"{method} {path}"
                assert ("If-Match" in headers) == ("201" not in operation["responses"]), f"{method} {path}"
    assert services_with_commands == {"documents", "meetings", "supervision", "reception", "duty"}


@contextlib.asynccontextmanager
async def documents_up_and_meetings_down(documents: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """A routing gateway in front of `documents` on a socket and of meetings where nothing listens."""
    async with serving(documents) as url:
        settings = gateway_settings(upstream_documents=url, upstream_meetings=unused_port_url())
        app = build_gateway_app(
            settings, [http_upstream(settings, "documents"), http_upstream(settings, "meetings")]
        )
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway") as client,
        ):
            yield client


async def test_a_service_that_is_down_is_listed_and_the_others_docs_stay():
    async with documents_up_and_meetings_down(echo_service(service_settings(), Echo())) as client:
        spec = (await client.get("/openapi.json")).json()
        ready = await client.get("/readyz")
    assert spec["x-unavailable"] == ["meetings"]
    assert "/api/documents/me" in spec["paths"]
    assert ready.status_code == 200, "the gateway still routes to the services that are up"
    assert ready.json()["status"] == "degraded"
    assert ready.json()["upstreams"]["meetings"]["status"] == "unavailable"
    assert ready.json()["upstreams"]["documents"] == {"status": "ok", "breaker": "closed"}


async def test_a_service_that_is_down_is_listed_and_the_others_events_stay_in_the_catalogue(tmp_path):
    """The catalogue is merged from what each service serves of itself, so one down takes only its own
    part away; its events' schemas answer 503 until it is back."""
    documents = ServiceRuntime(
        DOCUMENTS,
        service_settings().model_copy(update={"database_url": sqlite_url(tmp_path, "documents")}),
        bus=InProcessBus(sqlite_url(tmp_path, "bus")),
    )
    async with documents_up_and_meetings_down(documents.app()) as client:
        catalogue = (await client.get("/api/events/catalogue")).json()
        registered = await client.get("/api/events/catalogue/shuniu.documents.incoming.registered.v1")
        of_meetings = await client.get("/api/events/catalogue/shuniu.meetings.meeting.scheduled.v1")

    assert catalogue["x-unavailable"] == ["meetings"]
    assert catalogue["channels"]["documents"]["address"] == "shuniu.documents.events"
    assert "meetings" not in catalogue["channels"]
    assert registered.json()["title"] == "shuniu.documents.incoming.registered.v1"
    assert of_meetings.status_code == 503
    assert of_meetings.headers["content-type"] == "application/problem+json"


async def test_the_docs_page_works_on_a_closed_network(embedded: Suite):
    client, _ = embedded
    page = await client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(asset.startswith("/") for asset in assets), "nothing is loaded from another site"
    for asset in assets:
        assert (await client.get(asset)).status_code == 200
    script = (await client.get("/docs/explorer.js")).text
    assert "http://" not in script and "https://" not in script


async def test_healthz_answers_while_the_process_runs(embedded: Suite):
    client, _ = embedded
    assert (await client.get("/healthz")).json() == {"status": "ok", "service": "gateway"}


async def test_metrics_count_each_services_calls_and_show_its_breaker(embedded: Suite):
    client, _ = embedded
    await client.get("/api/meetings/healthz")
    metrics = (await client.get("/metrics")).text
    assert 'shuniu_gateway_upstream_requests_total{outcome="2xx",upstream="meetings"}' in metrics
    assert 'shuniu_gateway_breaker_state{upstream="meetings"} 0.0' in metrics
    assert "shuniu_gateway_upstream_duration_seconds_bucket" in metrics
