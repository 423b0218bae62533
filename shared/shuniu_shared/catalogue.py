"""A service's part of the event catalogue: its topic, one message per event type and version with its
JSON Schema, and the dead letters of its consumer groups, as an AsyncAPI 3 document of its own.

Each service serves its part (`/events/catalogue`, wired in `shuniu_shared.runtime`) from its own
event registry, so it cannot drift from what that service publishes, and no other service has to
import its code to describe it. The gateway merges the parts into the suite's document
(`/api/events/catalogue`, the way it merges the OpenAPI documents), and the suite renders the same
merge into docs/events/ (`python -m shuniu_suite.catalogue`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from shuniu_shared import audience
from shuniu_shared.consumer import dead_letter_topic
from shuniu_shared.events import DomainEvent, EventRegistry
from shuniu_shared.kafka import TOPIC_CONFIG, TOPIC_PARTITIONS

Schema = dict[str, Any]

# The CloudEvents attributes every record carries as Kafka headers (docs/contracts.md).
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
        # A header's value is bytes: the audience travels as compact JSON text of the schema's shape.
        audience.HEADER: {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {"$ref": "#/components/schemas/audience"},
            "description": "Who may see the object after this event (知悉范围), as JSON: "
            + audience.SCHEMA["description"],
        },
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

# Declared once in a document's components, referred to by every message.
HEADER_SCHEMAS: Schema = {
    "cloudevents_headers": HEADERS,
    "audience": audience.SCHEMA,
    "dead_letter_headers": DEAD_LETTER_HEADERS,
}

DEAD_LETTER_MESSAGE: Schema = {
    "name": "dead_letter",
    "title": "dead letter",
    "summary": "A record a consumer group could not apply after its retries, as it was read.",
    "headers": {"$ref": "#/components/schemas/dead_letter_headers"},
    "payload": {"description": "the original record's value, byte for byte (it may not be JSON)"},
}


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
    rewritten: dict[str, Any] = rewrite({name: value for name, value in schema.items() if name != "$defs"})
    return rewritten


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


def service_catalogue(registry: EventRegistry, consumer_groups: Sequence[str] = ()) -> Schema:
    """One service's AsyncAPI 3.0 document: its topic with one message per event type and version (if
    it publishes anything: a service that records no events creates no topic), and one channel per
    consumer group's dead letters."""
    channels: Schema = {}
    operations: Schema = {}
    components: Schema = {"messages": {}, "schemas": dict(HEADER_SCHEMAS)}
    service = registry.service
    found = schemas([registry])
    if found:
        topic = f"shuniu.{service}.events"
        messages = {}
        for ce_type, schema in found.items():
            key = ce_type.removeprefix("shuniu.").replace(".", "_")
            components["schemas"][key] = _hoisted(key, schema, components["schemas"])
            components["messages"][key] = {
                "name": ce_type,
                "title": ce_type,
                "summary": schema.get("description", ce_type),
                "contentType": "application/json",
                "headers": {"$ref": "#/components/schemas/cloudevents_headers"},
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
        components["messages"]["dead_letter"] = DEAD_LETTER_MESSAGE
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
    return _document(channels, operations, components)


def merged(parts: Iterable[Schema]) -> Schema:
    """The suite's document: every service's channels, operations, messages and schemas side by side.

    The parts cannot collide: channels, operations and components are named after the service (or
    its consumer groups, themselves named after it), except the one `dead_letter` message that every
    part declares alike."""
    channels: Schema = {}
    operations: Schema = {}
    components: Schema = {"messages": {}, "schemas": {}}
    for part in parts:
        channels.update(part.get("channels", {}))
        operations.update(part.get("operations", {}))
        for kind in ("messages", "schemas"):
            components[kind].update(part.get("components", {}).get(kind, {}))
    return _document(channels, operations, components)


def _document(channels: Schema, operations: Schema, components: Schema) -> Schema:
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
        # A copy: the module's header schemas are in every document, and a caller editing its own
        # must not change them for every later one.
        "components": copy.deepcopy(components),
    }
