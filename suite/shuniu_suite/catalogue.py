"""The event catalogue for analytics consumers: every event type and version the suite publishes, its
JSON Schema, and an AsyncAPI 3 document of the topics — the merge of each service's own part
(`shuniu_shared.catalogue`), exactly as the gateway serves it at /api/events/catalogue.

`python -m shuniu_suite.catalogue` renders it into docs/events/ (committed); a test fails when the
rendering is stale, and — the part that protects consumers — when a published version's schema has
changed in a way that would break a consumer written against it (`breaking_changes`). Such a change
needs a new version (`.v2`) and an upcaster instead.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from shuniu_shared.catalogue import Schema, merged, schemas, service_catalogue
from shuniu_shared.events import split_ce_type
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings

from shuniu_suite.embedded import SERVICES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "events"


def unstarted_runtimes() -> list[ServiceRuntime]:
    """Every service's runtime as it is built — its subscriptions, its topics — on a database and a
    broker it never connects to: nothing is started (and so no production secret is needed)."""

    def unopened(service: str) -> Settings:
        return Settings(
            service=service,
            env="development",
            database_url="sqlite+aiosqlite:///:memory:",
            kafka_bootstrap="unopened:9092",
        )

    return [ServiceRuntime(d, unopened(d.name)) for d in SERVICES]


def suite_catalogue(runtimes: Sequence[ServiceRuntime]) -> Schema:
    """The parts the services serve, merged as the gateway merges them."""
    return merged(
        service_catalogue(r.definition.registry, [s.group for s in r.subscriptions]) for r in runtimes
    )


def breaking_changes(old: Schema, new: Schema) -> list[str]:
    """What would break a consumer written against `old` when it receives data shaped by `new`.

    A consumer relies on every field it was promised: a field removed, no longer required, or of
    another type breaks it; so does an enum that gained values (a consumer may map each one). Adding
    an optional field, or a required one, breaks nobody — consumers ignore what they do not know.
    """
    return _compare(old, new, old, new, "")


def _compare(old: Schema, new: Schema, old_root: Schema, new_root: Schema, path: str) -> list[str]:
    old, new = _resolve(old, old_root), _resolve(new, new_root)
    where = path or "(root)"
    problems: list[str] = []
    if _types(old) != _types(new):
        return [f"{where}: type {sorted(_types(old))} became {sorted(_types(new))}"]
    if "enum" in old or "enum" in new:
        added = set(map(str, new.get("enum", []))) - set(map(str, old.get("enum", [])))
        if "enum" in new and "enum" not in old:
            problems.append(f"{where}: now restricted to {new['enum']}")
        elif added:
            problems.append(f"{where}: new values {sorted(added)}")
    if "anyOf" in old or "anyOf" in new:
        # A union (`str | None`): each shape the data may now take must match one it could take before.
        old_options = [_resolve(option, old_root) for option in old.get("anyOf", [old])]
        for option in (_resolve(option, new_root) for option in new.get("anyOf", [new])):
            same = next((candidate for candidate in old_options if _types(candidate) == _types(option)), None)
            if same is None:
                problems.append(f"{where}: may now be {sorted(_types(option))}")
            else:
                problems += _compare(same, option, old_root, new_root, path)
        return problems
    old_properties, new_properties = old.get("properties", {}), new.get("properties", {})
    for name, old_property in old_properties.items():
        field = f"{path}.{name}" if path else name
        if name not in new_properties:
            problems.append(f"{field}: removed")
            continue
        if name in old.get("required", []) and name not in new.get("required", []):
            problems.append(f"{field}: no longer required")
        problems += _compare(old_property, new_properties[name], old_root, new_root, field)
    if "items" in old and "items" in new:
        problems += _compare(old["items"], new["items"], old_root, new_root, f"{path}[]")
    return problems


def _resolve(schema: Schema, root: Schema) -> Schema:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = root.get("$defs", {})[name]
    return schema


def _types(schema: Schema) -> frozenset[str]:
    """The JSON types a schema admits ('object' for a nested model, the union for anyOf)."""
    if "anyOf" in schema:
        return frozenset(t for option in schema["anyOf"] for t in _types(option))
    declared = schema.get("type")
    if isinstance(declared, list):
        return frozenset(declared)
    if declared is not None:
        return frozenset([declared])
    if "properties" in schema or "$ref" in schema:
        return frozenset(["object"])
    return frozenset(["any"])


def render(runtimes: Sequence[ServiceRuntime]) -> dict[str, str]:
    """The files of docs/events/, relative path → text."""
    registries = [r.definition.registry for r in runtimes]
    files = {f"schemas/{ce_type}.json": _json(schema) for ce_type, schema in schemas(registries).items()}
    files["asyncapi.json"] = _json(suite_catalogue(runtimes))
    files["index.md"] = _index(runtimes)
    return files


def _index(runtimes: Sequence[ServiceRuntime]) -> str:
    lines = [
        "# 事件目录 Event catalogue",
        "",
        "Generated by `python -m shuniu_suite.catalogue` from the services' event registries; do not edit.",
        "How to consume the topics: [consuming.md](consuming.md). The topics: [asyncapi.json](asyncapi.json).",
        "",
    ]
    for registry in (r.definition.registry for r in runtimes):
        published = schemas([registry])
        if not published:
            continue  # it records no events, so it has no topic (its dead letters are in asyncapi.json)
        lines += [
            f"## `shuniu.{registry.service}.events`",
            "",
            "| type | version | what happened |",
            "|---|---|---|",
        ]
        for ce_type, schema in published.items():
            name, version = split_ce_type(ce_type)
            summary = schema.get("description", "").split(". ")[0].replace("|", "\\|")
            lines.append(f"| [`{name}`](schemas/{ce_type}.json) | {version} | {summary} |")
        lines.append("")
    return "\n".join(lines)


def _json(document: Schema) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write(directory: Path, files: dict[str, str]) -> None:
    """Write the rendering; schema files of versions no longer registered stay — old versions are
    readable forever, and the staleness test reports a version that disappeared from the code."""
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS
    write(target, render(unstarted_runtimes()))
    print(f"event catalogue written to {target}")
