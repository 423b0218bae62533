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
        attributes = {
            "ce_specversion": SPEC_VERSION,
            "ce_id": self.id,
            "ce_source": self.source,
            "ce_type": self.type,
            "ce_subject": self.subject,
            "ce_time": self.time.isoformat().replace("+00:00", "Z"),
            "ce_sequence": str(self.sequence),
            "content-type": CONTENT_TYPE,
            "ce_correlationid": self.correlation_id,
            "ce_causationid": self.causation_id,
            "ce_actor": self.actor,
            "traceparent": self.traceparent,
            AUDIENCE_HEADER: self.audience.header() if self.audience else None,
        }
        return [(name, value.encode()) for name, value in attributes.items() if value is not None]

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
