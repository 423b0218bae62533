"""The event catalogue for analytics consumers: every event type and version the suite publishes, its
JSON Schema, and an AsyncAPI 3 document of the topics — generated from the services' own event
registries, so it cannot drift from what is actually published.

`python -m shuniu_projection.catalogue` renders it into docs/events/ (committed); a test fails when the
rendering is stale, and — the part that protects consumers — when a published version's schema has
changed in a way that would break a consumer written against it (`breaking_changes`). Such a change
needs a new version (`.v2`) and an upcaster instead.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from shuniu_shared.consumer import dead_letter_topic
from shuniu_shared.events import DomainEvent, EventRegistry, split_ce_type
from shuniu_shared.kafka import TOPIC_CONFIG, TOPIC_PARTITIONS
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime
from shuniu_shared.settings import Settings

Schema = dict[str, Any]
DOCS = Path(__file__).resolve().parents[3] / "docs" / "events"

# The CloudEvents attributes every record carries as Kafka headers (CONVENTIONS, "Events").
HEADERS: Schema = {
    "type": "object",
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "content-type"],
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "format": "uuid", "description": "unique; consumers deduplicate on it"},
        "ce_source": {"type": "string", "description": "/shuniu/<service>"},
        "ce_type": {"type": "string", "description": "shuniu.<service>.<aggregate>.<event>.v<N>"},
        "ce_subject": {"type": "string", "description": "the aggregate's id, also the record key"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_sequence": {"type": "string", "description": "the aggregate's version after this event"},
        "ce_correlationid": {"type": "string"},
        "ce_causationid": {"type": "string"},
        "ce_actor": {"type": "string", "description": "the person id who caused it"},
        "traceparent": {"type": "string", "description": "W3C trace context"},
        "content-type": {"type": "string", "const": "application/json"},
    },
}


# What a dead letter adds to the original record's headers (shuniu_shared.consumer).
DEAD_LETTER_HEADERS: Schema = {
    "type": "object",
    "required": ["dlq_group", "dlq_topic", "dlq_partition", "dlq_offset", "dlq_attempts", "dlq_error"],
    "properties": {
        "dlq_group": {"type": "string", "description": "the consumer group that gave up"},
        "dlq_topic": {"type": "string", "description": "where the record was read"},
        "dlq_partition": {"type": "string"},
        "dlq_offset": {"type": "string"},
        "dlq_attempts": {"type": "string", "description": "how many times it was tried"},
        "dlq_error": {"type": "string", "description": "the last error, at most 2,000 characters"},
        "dlq_stacktrace": {"type": "string"},
        "dlq_failed_at": {"type": "string", "format": "date-time"},
    },
    "additionalProperties": {"type": "string", "description": "the original record's headers, as they came"},
}


def _publishers() -> list[ServiceDefinition]:
    """Every service that publishes events, in the order of CONVENTIONS."""
    from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
    from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
    from shuniu_reception.bootstrap import DEFINITION as RECEPTION
    from shuniu_supervision.bootstrap import DEFINITION as SUPERVISION

    return [DOCUMENTS, MEETINGS, SUPERVISION, RECEPTION]


def suite_registries() -> list[EventRegistry]:
    """The registries of every service that publishes events."""
    return [d.registry for d in _publishers()]


def unstarted_runtimes() -> list[ServiceRuntime]:
    """Every service's runtime as it is built — its subscriptions, its topics — on a database and a
    broker it never connects to: nothing is started."""
    from shuniu_projection.bootstrap import DEFINITION as PROJECTION  # which serves this catalogue

    def unopened(service: str) -> Settings:
        return Settings(
            service=service, database_url="sqlite+aiosqlite:///:memory:", kafka_bootstrap="unopened:9092"
        )

    return [ServiceRuntime(d, unopened(d.name)) for d in [*_publishers(), PROJECTION]]


def suite_consumer_groups() -> list[str]:
    """Every consumer group the services run, read from the subscriptions they are built with."""
    return [subscription.group for runtime in unstarted_runtimes() for subscription in runtime.subscriptions]


def schemas(registries: Iterable[EventRegistry]) -> dict[str, Schema]:
    """ce_type → JSON Schema, for every version of every type, sorted by type."""
    found = {cls.ce_type(): _schema_of(cls) for registry in registries for cls in registry.types()}
    return dict(sorted(found.items()))


def _schema_of(cls: type[DomainEvent]) -> Schema:
    schema = cls.model_json_schema()
    schema["$id"] = f"https://shuniu.dev/events/{cls.ce_type()}.json"
    schema["title"] = cls.ce_type()
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


def _hoisted(key: str, schema: Schema, into: Schema) -> Schema:
    """The schema with its `$defs` moved into the document's components as `<key>.<name>` and its
    references pointed there: inside an AsyncAPI document `#/` is the document's root, not the
    schema's, so a `#/$defs/…` left in place resolves to nothing."""
    definitions = schema.get("$defs", {})

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                return {**node, "$ref": f"#/components/schemas/{key}.{reference.removeprefix('#/$defs/')}"}
            return {name: rewrite(value) for name, value in node.items()}
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    for name, definition in definitions.items():
        into[f"{key}.{name}"] = rewrite(definition)
    return rewrite({name: value for name, value in schema.items() if name != "$defs"})


def _kafka_channel(topic: str) -> Schema:
    return {
        "kafka": {
            "topic": topic,
            "partitions": TOPIC_PARTITIONS,
            # The settings the topics are created with, in the binding's types.
            "topicConfiguration": {
                "retention.ms": int(TOPIC_CONFIG["retention.ms"]),
                "cleanup.policy": TOPIC_CONFIG["cleanup.policy"].split(","),
            },
        }
    }


def asyncapi(registries: Sequence[EventRegistry], consumer_groups: Sequence[str] = ()) -> Schema:
    """An AsyncAPI 3.0 document: one channel per service topic, one message per event type and version,
    and one channel per consumer group's dead letters."""
    channels: Schema = {}
    operations: Schema = {}
    components: Schema = {"messages": {}, "schemas": {}}
    for registry in registries:
        service = registry.service
        topic = f"shuniu.{service}.events"
        messages = {}
        for ce_type, schema in schemas([registry]).items():
            key = ce_type.removeprefix("shuniu.").replace(".", "_")
            components["schemas"][key] = _hoisted(key, schema, components["schemas"])
            components["messages"][key] = {
                "name": ce_type,
                "title": ce_type,
                "summary": schema.get("description", ce_type),
                "contentType": "application/json",
                "headers": HEADERS,
                "payload": {"$ref": f"#/components/schemas/{key}"},
                "bindings": {"kafka": {"key": {"type": "string", "description": "the aggregate id"}}},
            }
            messages[key] = {"$ref": f"#/components/messages/{key}"}
        channels[service] = {
            "address": topic,
            "title": f"{service} events",
            "description": f"Everything the {service} service records, in order per aggregate; retention "
            "unlimited, so a new consumer can start from the beginning.",
            "messages": messages,
            "bindings": _kafka_channel(topic),
        }
        operations[f"publish_{service}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{service}"},
            "summary": f"The {service} service's outbox relay publishes each recorded event once.",
        }
    if consumer_groups:
        components["messages"]["dead_letter"] = {
            "name": "dead_letter",
            "title": "dead letter",
            "summary": "A record a consumer group could not apply after its retries, as it was read.",
            "headers": DEAD_LETTER_HEADERS,
            "payload": {"description": "the original record's value, byte for byte (it may not be JSON)"},
        }
    for group in consumer_groups:
        channel = f"dead_letters_{group.replace('.', '_')}"
        topic = dead_letter_topic(group)
        channels[channel] = {
            "address": topic,
            "title": f"{group} dead letters",
            "description": f"What the consumer group {group} gave up on, for an operator to look at.",
            "messages": {"dead_letter": {"$ref": "#/components/messages/dead_letter"}},
            "bindings": _kafka_channel(topic),
        }
        operations[f"dead_letter_{group.replace('.', '_')}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}"},
            "summary": f"The consumer group {group} sets aside a record it could not apply.",
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "枢纽 Shuniu events",
            "version": "1.0.0",
            "description": "CloudEvents 1.0 in Kafka binary mode: the value is the event's JSON data, the "
            "attributes travel as ce_* headers. Personal data never appears in clear.",
        },
        "defaultContentType": "application/json",
        "servers": {
            "kafka": {
                "host": "localhost:9092",
                "protocol": "kafka",
                "description": "the organisation's broker",
            }
        },
        "channels": channels,
        "operations": operations,
        "components": components,
    }


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


def render(registries: Sequence[EventRegistry], consumer_groups: Sequence[str]) -> dict[str, str]:
    """The files of docs/events/, relative path → text."""
    files = {f"schemas/{ce_type}.json": _json(schema) for ce_type, schema in schemas(registries).items()}
    files["asyncapi.json"] = _json(asyncapi(registries, consumer_groups))
    files["index.md"] = _index(registries)
    return files


def _index(registries: Sequence[EventRegistry]) -> str:
    lines = [
        "# 事件目录 Event catalogue",
        "",
        "Generated by `python -m shuniu_projection.catalogue` from the services' event registries; do not edit.",
        "How to consume the topics: [consuming.md](consuming.md). The topics: [asyncapi.json](asyncapi.json).",
        "",
    ]
    for registry in registries:
        lines += [
            f"## `shuniu.{registry.service}.events`",
            "",
            "| type | version | what happened |",
            "|---|---|---|",
        ]
        for ce_type, schema in schemas([registry]).items():
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
    write(target, render(suite_registries(), suite_consumer_groups()))
    print(f"event catalogue written to {target}")
