"""The CloudEvents 1.0 envelope every event travels in, and its binary mode on Kafka.

On Kafka the record value is the event's JSON data and the attributes are headers ``ce_*``
(CloudEvents Kafka protocol binding, binary content mode), so a consumer that only wants the data
reads the value and one that wants the context reads the headers. The key is the aggregate id,
which keeps one aggregate's events in one partition and therefore in order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shuniu_shared.audience import HEADER as AUDIENCE_HEADER
from shuniu_shared.audience import Audience

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"
_SPEC_VERSION_BYTES, _CONTENT_TYPE_BYTES = SPEC_VERSION.encode(), CONTENT_TYPE.encode()


class MalformedRecord(ValueError):
    """A record that is not a Shuniu CloudEvent: it goes to the dead-letter topic untouched."""


@dataclass(frozen=True)
class Envelope:
    id: str  # unique; consumers deduplicate on it
    type: str  # shuniu.<service>.<aggregate>.<event>.v<N>
    source: str  # /shuniu/<service>
    subject: str  # the aggregate id
    time: datetime
    sequence: int  # the aggregate's version after this event
    data: dict[str, Any]
    correlation_id: str | None = None
    causation_id: str | None = None
    actor: str | None = None
    traceparent: str | None = None
    audience: Audience | None = None  # who may see the object after this event (ce_audience)
    position: int | None = field(default=None, compare=False)  # in the emitting service's store

    def kafka_key(self) -> bytes:
        return self.subject.encode()

    def kafka_value(self) -> bytes:
        return json.dumps(self.data, ensure_ascii=False, separators=(",", ":")).encode()

    def kafka_headers(self) -> list[tuple[str, bytes]]:
        # Built as the list itself, not as a dict filtered into one: the relay pays this for every
        # record it publishes, and it was a quarter of the relay's time (py-spy, docs/bench/report.md).
        headers = [
            ("ce_specversion", _SPEC_VERSION_BYTES),
            ("ce_id", self.id.encode()),
            ("ce_source", self.source.encode()),
            ("ce_type", self.type.encode()),
            ("ce_subject", self.subject.encode()),
            ("ce_time", self.time.isoformat().replace("+00:00", "Z").encode()),
            ("ce_sequence", str(self.sequence).encode()),
            ("content-type", _CONTENT_TYPE_BYTES),
        ]
        if self.correlation_id is not None:
            headers.append(("ce_correlationid", self.correlation_id.encode()))
        if self.causation_id is not None:
            headers.append(("ce_causationid", self.causation_id.encode()))
        if self.actor is not None:
            headers.append(("ce_actor", self.actor.encode()))
        if self.traceparent is not None:
            headers.append(("traceparent", self.traceparent.encode()))
        if self.audience:
            headers.append((AUDIENCE_HEADER, self.audience.header().encode()))
        return headers

    @classmethod
    def from_kafka(
        cls, headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...], value: bytes | None
    ) -> Envelope:
        attributes = {name: raw.decode("utf-8", "replace") for name, raw in headers or ()}
        missing = [
            a for a in ("ce_id", "ce_type", "ce_source", "ce_subject", "ce_time") if a not in attributes
        ]
        if missing:
            raise MalformedRecord(f"missing CloudEvents headers: {', '.join(missing)}")
        if attributes.get("ce_specversion") != SPEC_VERSION:
            raise MalformedRecord(f"unsupported specversion {attributes.get('ce_specversion')!r}")
        try:
            data = json.loads(value or b"null")
            time = datetime.fromisoformat(attributes["ce_time"])
            sequence = int(attributes.get("ce_sequence", "0"))
        except ValueError as error:
            raise MalformedRecord(str(error)) from error
        if not isinstance(data, dict):
            raise MalformedRecord("the value is not a JSON object")
        return cls(
            id=attributes["ce_id"],
            type=attributes["ce_type"],
            source=attributes["ce_source"],
            subject=attributes["ce_subject"],
            time=time,
            sequence=sequence,
            data=data,
            correlation_id=attributes.get("ce_correlationid"),
            causation_id=attributes.get("ce_causationid"),
            actor=attributes.get("ce_actor"),
            traceparent=attributes.get("traceparent"),
            audience=Audience.stored(attributes.get(AUDIENCE_HEADER)),
        )
