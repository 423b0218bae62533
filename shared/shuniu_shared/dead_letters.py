"""Dead letters on the broker: read (``shuniu dlq list / show``) and sent back to the topic they came
from once the cause is fixed (``shuniu dlq redrive``).

A consumer group's dead letters are the topic ``shuniu.<group>.dlq``: the original record (key, value,
headers) plus the ``dlq_*`` headers saying where it came from, why it failed and how often it was
tried (shuniu_shared.consumer). Redriving publishes the original record again, to its original topic,
with ``dlq_redrive_group`` naming the group: that group alone takes it and applies it once (the
consumer's docstring says how), the topic's other groups, which applied it the first time, pass it by.

What has been redriven is remembered on the broker, as the committed offsets of the group
``<group>.redrive`` on the dead-letter topic — no database is needed, and the broker keeps them as
long as the letters: ``redrive`` without a choice sends back only what was not sent back before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import OffsetAndMetadata

from shuniu_shared.consumer import REDRIVE_GROUP_HEADER, dead_letter_topic
from shuniu_shared.kafka import KafkaPublisher, topic_partitions
from shuniu_shared.records import Headers, Record

_PREFIX, _SUFFIX = "shuniu.", ".dlq"


@dataclass(frozen=True)
class DeadLetter:
    group: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Headers
    redriven: bool  # sent back already (before the group's redrive mark)

    @property
    def ref(self) -> str:
        """How an operator names it: its event id, or partition:offset for a record that has none."""
        return self.header("ce_id") or f"{self.partition}:{self.offset}"

    def header(self, name: str) -> str | None:
        return next((value.decode(errors="replace") for key, value in self.headers if key == name), None)

    def original(self) -> Record:
        """The record as it was on its topic, marked for the group that failed it."""
        headers = [(k, v) for k, v in self.headers if not k.startswith("dlq_")]
        headers.append((REDRIVE_GROUP_HEADER, self.group.encode()))
        return Record(self.header("dlq_topic") or "", self.key, self.value, headers)


def redrive_mark_group(group: str) -> str:
    return f"{group}.redrive"


async def dead_letter_groups(bootstrap: str) -> list[str]:
    """The consumer groups that have a dead-letter topic on the broker."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        topics = await admin.list_topics()
    finally:
        await admin.close()
    return sorted(
        t[len(_PREFIX) : -len(_SUFFIX)] for t in topics if t.startswith(_PREFIX) and t.endswith(_SUFFIX)
    )


class DeadLetters:
    """One group's dead-letter topic, read from the beginning by a consumer that joins no group but
    commits the redrive mark under ``<group>.redrive``."""

    def __init__(self, bootstrap: str, group: str) -> None:
        self.bootstrap, self.group, self.topic = bootstrap, group, dead_letter_topic(group)
        self._reader: AIOKafkaConsumer | None = None
        self._partitions: list[TopicPartition] = []

    async def __aenter__(self) -> DeadLetters:
        self._reader = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=redrive_mark_group(self.group),
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        await self._reader.start()
        self._partitions = [
            TopicPartition(self.topic, p) for p in await topic_partitions(self.bootstrap, self.topic)
        ]
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._reader is not None:
            await self._reader.stop()

    async def read(self) -> list[DeadLetter]:
        """Every letter on the topic, oldest first within each partition."""
        reader = self._reader
        assert reader is not None, "use DeadLetters as an async context manager"
        if not self._partitions:
            return []
        reader.assign(self._partitions)
        ends = await reader.end_offsets(self._partitions)
        marks = {tp: await reader.committed(tp) or 0 for tp in self._partitions}
        await reader.seek_to_beginning(*self._partitions)
        letters: list[DeadLetter] = []
        unread = {tp for tp in self._partitions if await reader.position(tp) < ends[tp]}
        while unread:
            for tp, messages in (await reader.getmany(*unread, timeout_ms=500)).items():
                letters += [
                    DeadLetter(
                        self.group,
                        m.partition,
                        m.offset,
                        m.key,
                        m.value,
                        list(m.headers or ()),
                        m.offset < marks[tp],
                    )
                    for m in messages
                ]
            unread = {tp for tp in unread if await reader.position(tp) < ends[tp]}
        return letters

    async def redrive(
        self, letters: Sequence[DeadLetter], *, advance_mark: bool, sent: Callable[[DeadLetter], None] = print
    ) -> None:
        """Publish each letter's original record to its topic (acknowledged by the broker), then, if
        `advance_mark`, remember that everything up to the last of them was sent back."""
        publisher = KafkaPublisher(self.bootstrap, client_id=f"shuniu-redrive-{self.group}")
        await publisher.start()
        try:
            for letter in letters:
                await publisher.publish([letter.original()])
                sent(letter)
        finally:
            await publisher.stop()
        if advance_mark and letters:
            assert self._reader is not None
            marks: dict[TopicPartition, OffsetAndMetadata] = {}
            for letter in letters:
                tp = TopicPartition(self.topic, letter.partition)
                marks[tp] = OffsetAndMetadata(
                    max(letter.offset + 1, marks[tp].offset if tp in marks else 0), ""
                )
            await self._reader.commit(marks)
