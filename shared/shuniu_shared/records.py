"""What goes over a bus — Kafka or the in-process one — and the two ports every bus implements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from shuniu_shared.envelope import Envelope

Headers = list[tuple[str, bytes]]


@dataclass(frozen=True)
class Record:
    """A record to publish."""

    topic: str
    key: bytes | None
    value: bytes | None
    headers: Headers

    @classmethod
    def of(cls, topic: str, envelope: Envelope) -> Record:
        return cls(topic, envelope.kafka_key(), envelope.kafka_value(), envelope.kafka_headers())


@dataclass(frozen=True)
class Delivery:
    """A record as a consumer receives it, with where it sits in its topic."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Headers


class Publisher(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def publish(self, records: Sequence[Record]) -> None:
        """Return only when every record is durably acknowledged, each partition in the given order."""
        ...

    async def newest_ids(self, topic: str, per_partition: int) -> set[str]:
        """The ``ce_id`` of the newest records on a topic, up to `per_partition` of each partition."""
        ...


def event_id_of(headers: Headers) -> str | None:
    return next((value.decode() for name, value in headers if name == "ce_id"), None)


class Source(Protocol):
    """A consumer group's view of its topics."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def fetch(self, timeout: float) -> list[list[Delivery]]:
        """Records received, grouped by partition, each group in offset order."""
        ...

    async def commit(self, done: list[list[Delivery]]) -> None:
        """Remember that these (each list one partition's, in order) need not be delivered again."""
        ...

    def rewind(self, fetched: list[Delivery]) -> None:
        """Deliver these (one partition's, fetched but not committed) again on the next fetch."""
        ...

    def lag(self) -> dict[tuple[str, int], int]: ...
