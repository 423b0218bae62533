"""The event catalogue keeps its promise to analytics consumers: what it documents is what the services
publish, and a published version never changes in a way that breaks a consumer."""

from __future__ import annotations

import json
from datetime import date
from typing import Literal

from shuniu_projection.catalogue import DOCS, asyncapi, breaking_changes, render, schemas, suite_registries
from shuniu_shared.events import DomainEvent, EventRegistry

RERENDER = "run `uv run python -m shuniu_projection.catalogue` and commit docs/events/"


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
    document = asyncapi([registry])
    assert document["asyncapi"].startswith("3.")
    assert document["channels"]["sample"]["address"] == "shuniu.sample.events"
    for reference in document["channels"]["sample"]["messages"].values():
        assert reference["$ref"].rsplit("/", 1)[-1] in document["components"]["messages"]


def test_no_published_version_changed_in_a_way_that_breaks_its_consumers():
    current = schemas(suite_registries())
    published = sorted((DOCS / "schemas").glob("*.json"))
    for path in published:
        ce_type = path.name.removesuffix(".json")
        assert ce_type in current, (
            f"{ce_type} is published but no longer registered: old versions stay readable"
        )
        problems = breaking_changes(json.loads(path.read_text(encoding="utf-8")), current[ce_type])
        assert not problems, f"{ce_type} changed incompatibly ({'; '.join(problems)}): publish a new version"


def test_the_rendered_catalogue_in_docs_is_current():
    for relative, text in render(suite_registries()).items():
        path = DOCS / relative
        assert path.exists(), f"docs/events/{relative} is missing: {RERENDER}"
        assert path.read_text(encoding="utf-8") == text, f"docs/events/{relative} is stale: {RERENDER}"
