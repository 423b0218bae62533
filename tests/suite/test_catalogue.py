"""The event catalogue keeps its promise to analytics consumers: what it documents is what the services
publish, and a published version never changes in a way that breaks a consumer."""

from __future__ import annotations

import contextlib
import json
import subprocess
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_shared import audience
from shuniu_shared.catalogue import schemas, service_catalogue
from shuniu_shared.events import DomainEvent, EventRegistry
from shuniu_shared.kafka import TOPIC_PARTITIONS
from shuniu_shared.settings import Settings
from shuniu_suite.catalogue import DOCS, breaking_changes, render, suite_catalogue, unstarted_runtimes
from shuniu_suite.embedded import build_embedded_app

from tests.services import running_service

ASYNCAPI_CHECK = Path(__file__).resolve().parents[2] / "tools" / "asyncapi" / "check.mjs"
RERENDER = "run `uv run python -m shuniu_suite.catalogue` and commit docs/events/"


class Instructed(DomainEvent):
    """批示 as a consumer first saw it."""

    lead_department: str
    deadline: date | None
    urgency: Literal["特急", "加急"] | None = None


def test_adding_an_optional_field_breaks_no_consumer():
    class WithNote(Instructed):
        note: str | None = None

    assert breaking_changes(Instructed.model_json_schema(), WithNote.model_json_schema()) == []


def test_removing_or_retyping_a_field_breaks_consumers():
    class Removed(DomainEvent):
        deadline: date | None
        urgency: Literal["特急", "加急"] | None = None

    class Retyped(DomainEvent):
        lead_department: list[str]
        deadline: date | None
        urgency: Literal["特急", "加急"] | None = None

    old = Instructed.model_json_schema()
    assert breaking_changes(old, Removed.model_json_schema()) == ["lead_department: removed"]
    assert breaking_changes(old, Retyped.model_json_schema()) == [
        "lead_department: type ['string'] became ['array']"
    ]


def test_a_field_that_may_now_be_missing_or_hold_a_new_value_breaks_consumers():
    class Loosened(DomainEvent):
        lead_department: str | None = None
        deadline: date | None
        urgency: Literal["特急", "加急", "平急"] | None = None

    problems = breaking_changes(Instructed.model_json_schema(), Loosened.model_json_schema())
    assert "lead_department: no longer required" in problems
    assert "lead_department: type ['string'] became ['null', 'string']" in problems
    assert any(p.startswith("urgency") and "平急" in p for p in problems)


def test_the_catalogue_lists_every_version_of_every_registered_type():
    registry = EventRegistry("sample")
    registry.event("tally.counted", version=1)(
        type("CountedV1", (DomainEvent,), {"__annotations__": {"by": int}})
    )
    registry.event("tally.counted", version=2)(
        type("CountedV2", (DomainEvent,), {"__annotations__": {"by": int, "reason": str}})
    )
    assert list(schemas([registry])) == ["shuniu.sample.tally.counted.v1", "shuniu.sample.tally.counted.v2"]
    document = service_catalogue(registry)
    assert document["asyncapi"].startswith("3.")
    assert document["channels"]["sample"]["address"] == "shuniu.sample.events"
    for reference in document["channels"]["sample"]["messages"].values():
        assert reference["$ref"].rsplit("/", 1)[-1] in document["components"]["messages"]


def test_no_published_version_changed_in_a_way_that_breaks_its_consumers():
    current = schemas(r.definition.registry for r in unstarted_runtimes())
    published = sorted((DOCS / "schemas").glob("*.json"))
    for path in published:
        ce_type = path.name.removesuffix(".json")
        assert ce_type in current, (
            f"{ce_type} is published but no longer registered: old versions stay readable"
        )
        problems = breaking_changes(json.loads(path.read_text(encoding="utf-8")), current[ce_type])
        assert not problems, f"{ce_type} changed incompatibly ({'; '.join(problems)}): publish a new version"


def test_the_rendered_catalogue_in_docs_is_current():
    for relative, text in render(unstarted_runtimes()).items():
        path = DOCS / relative
        assert path.exists(), f"docs/events/{relative} is missing: {RERENDER}"
        assert path.read_text(encoding="utf-8") == text, f"docs/events/{relative} is stale: {RERENDER}"


async def test_the_served_catalogue_is_accepted_by_the_asyncapi_reference_parser(tmp_path):
    document = await served_catalogue(tmp_path)

    diagnostics = asyncapi_diagnostics(document)

    assert [d for d in diagnostics if d["severity"] == "error"] == []
    assert "shuniu.projection.read-models.dlq" in {c["address"] for c in document["channels"].values()}


async def test_the_gateway_serves_the_merge_of_every_services_own_part_as_docs_has_it(tmp_path):
    """What the gateway merges from the parts the services serve is byte for byte the rendering in
    docs/events/, which the suite makes from the same parts in one process."""
    document = await served_catalogue(tmp_path)

    assert "x-unavailable" not in document
    assert document == json.loads((DOCS / "asyncapi.json").read_text(encoding="utf-8"))


async def test_one_event_types_schema_is_asked_of_the_service_that_publishes_it(tmp_path):
    async with embedded_gateway(tmp_path) as gateway:
        found = await gateway.get("/api/events/catalogue/shuniu.documents.incoming.registered.v1")
        unknown = await gateway.get("/api/events/catalogue/shuniu.nowhere.thing.done.v1")
        own = await gateway.get("/api/documents/events/catalogue/shuniu.documents.incoming.registered.v1")

    assert found.status_code == 200
    assert found.json() == own.json()
    assert found.json()["title"] == "shuniu.documents.incoming.registered.v1"
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert unknown.json()["code"] == "unknown_event_type"


def test_every_message_names_the_audience_header_with_the_audience_schema():
    components = suite_catalogue(unstarted_runtimes())["components"]
    events = {key: m for key, m in components["messages"].items() if key != "dead_letter"}

    assert events, "the suite publishes events"
    for key, message in events.items():
        headers = resolved(components, message["headers"])
        header = headers["properties"][audience.HEADER]
        assert resolved(components, header["contentSchema"]) == audience.SCHEMA, key
        assert audience.HEADER not in headers["required"], "absent, nobody outside the owner sees it"


def resolved(components: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A `#/components/schemas/…` reference followed to what it names."""
    return components["schemas"][schema["$ref"].removeprefix("#/components/schemas/")]


def test_the_parser_refuses_a_reference_to_a_definition_the_document_does_not_have():
    """The check itself catches what the catalogue once had: a schema's own `#/$defs/…` left in place."""
    document = suite_catalogue(unstarted_runtimes())
    replied = document["components"]["schemas"]["meetings_meeting_replied_v1"]
    replied["properties"]["response"] = {"$ref": "#/$defs/Response"}

    errors = [d for d in asyncapi_diagnostics(document) if d["severity"] == "error"]

    assert [(e["code"], e["message"]) for e in errors] == [
        ("invalid-ref", "'#/$defs/Response' does not exist")
    ]


def test_every_topic_a_service_creates_is_in_the_catalogue_with_the_partitions_it_is_created_with():
    channels = suite_catalogue(unstarted_runtimes())["channels"].values()
    documented = {c["address"]: c["bindings"]["kafka"]["partitions"] for c in channels}

    for runtime in unstarted_runtimes():
        for topic in runtime.topics():
            assert documented.get(topic) == TOPIC_PARTITIONS, f"{runtime.definition.name} creates {topic}"


def test_the_projection_records_no_events_so_creates_no_topic_of_its_own():
    projection = next(r for r in unstarted_runtimes() if r.definition.name == "projection")

    assert projection.topics() == {*projection.subscriptions[0].topics, "shuniu.projection.read-models.dlq"}


async def served_catalogue(tmp_path: Path) -> dict[str, Any]:
    async with embedded_gateway(tmp_path) as gateway:
        response = await gateway.get("/api/events/catalogue")
    assert response.status_code == 200
    return response.json()


@contextlib.asynccontextmanager
async def embedded_gateway(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The gateway in front of every service, each serving its own part (make dev's composition)."""
    app = build_embedded_app(Settings(service="gateway", var_dir=tmp_path))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://shuniu"
        ) as client:
            yield client


def asyncapi_diagnostics(document: dict[str, Any]) -> list[dict[str, str]]:
    """What the AsyncAPI reference parser (@asyncapi/parser, tools/asyncapi) says about a document."""
    assert (ASYNCAPI_CHECK.parent / "node_modules").is_dir(), "install it: make prerequisites"
    checked = subprocess.run(
        ["node", str(ASYNCAPI_CHECK)], input=json.dumps(document), capture_output=True, text=True, timeout=120
    )
    assert checked.returncode in (0, 1), checked.stderr
    return [json.loads(line) for line in checked.stdout.splitlines()]


@pytest.mark.kafka
async def test_the_projection_on_kafka_creates_its_dead_letter_topic_and_no_empty_topic_of_its_own(
    kafka, tmp_path
):
    async with running_service(PROJECTION, tmp_path, kafka_bootstrap=kafka.bootstrap):
        partitions = await partitions_by_topic(kafka.bootstrap)

    assert partitions["shuniu.projection.read-models.dlq"] == TOPIC_PARTITIONS
    assert "shuniu.projection.events" not in partitions


async def partitions_by_topic(bootstrap: str) -> dict[str, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(await admin.list_topics())
    finally:
        await admin.close()
    return {topic["topic"]: len(topic["partitions"]) for topic in described}
