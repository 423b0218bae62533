"""Kafka adapters: the publisher the outbox relay and dead-lettering use, the consumer source,
and topic creation with the conventions' settings (retention unlimited: the topic is history)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError, for_code
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.producer.message_accumulator import BatchBuilder

from shuniu_shared.records import Delivery, Record, event_id_of

log = structlog.get_logger(__name__)

TOPIC_CONFIG = {"retention.ms": "-1", "cleanup.policy": "delete"}
DEFAULT_REPLICATION = "default.replication.factor"
# Every topic the suite creates has this many partitions: a service topic, a dead-letter topic, and the
# test broker's auto-created ones; the AsyncAPI catalogue declares the same number.
TOPIC_PARTITIONS = 3
# How long the broker may hold a consumer's fetch when none of its partitions has anything new
# (aiokafka's default is 500 ms). It bounds an event's wait even while records are flowing: aiokafka
# sends one fetch at a time to a broker and leaves out the partitions whose records it still holds, so
# right after a response for partition 0 it asks for the others only — and an event published on
# partition 0 meanwhile waits until that request comes back, which on quiet partitions is this long
# (topic → read model p99 of 550 ms, bench/notifications.py). Batching does not depend on it: the
# broker answers as soon as one record is there, and batches are what piles up while one is applied.
FETCH_MAX_WAIT_MS = 100
# The partitioner `AIOKafkaProducer.send()` uses by default; a keyless record goes to a random partition.
_PARTITIONER = DefaultPartitioner()


class KafkaPublisher:
    """acks=all and the idempotent producer: a retried send neither duplicates nor reorders."""

    def __init__(
        self, bootstrap: str, *, client_id: str = "shuniu", request_timeout_ms: int = 10_000
    ) -> None:
        self._options = dict(
            bootstrap_servers=bootstrap,
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            max_batch_size=512 * 1024,
            request_timeout_ms=request_timeout_ms,
        )
        # aiokafka's clients bind to the running event loop when they are made, so they are made in
        # start(): a service builds its runtime before its server's loop runs (`python -m shuniu_…`).
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        self._producer = AIOKafkaProducer(**self._options)
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    async def publish(self, records: Sequence[Record]) -> None:
        """Each partition's records as whole batches, in the given order, then every batch's acknowledgement.

        Batches built here rather than `send()` per record: `send()` pays, for every record, a metadata
        wait, a partition lookup, a future of its own and a place in aiokafka's accumulator, and
        `gather` then waits on a thousand futures — about a third of the relay's CPU (py-spy,
        docs/platform.md). A batch goes to the partition `send()` would have chosen (aiokafka's
        `DefaultPartitioner`, murmur2 of the key as the Java client hashes it), so a stream stays on
        its partition whichever path published its earlier events. Order and exactly-once are
        aiokafka's as before: a partition's batches queue in the accumulator in the order they are
        handed over, one in flight at a time, each with the idempotent producer's sequence numbers.
        Every batch is closed before it is handed over (an open one would linger, and `send()` could
        add to it) and its acknowledgement awaited; a failure of any raises here."""
        assert self._producer is not None, "start() the publisher first"
        producer = self._producer
        batches: dict[TopicPartition, list[BatchBuilder]] = {}
        partitions: dict[str, list[int]] = {}
        for record in records:
            numbers = partitions.get(record.topic)
            if numbers is None:
                numbers = partitions[record.topic] = sorted(await producer.partitions_for(record.topic))
            partition = TopicPartition(record.topic, _PARTITIONER(record.key, numbers, numbers))
            queued = batches.get(partition)
            if queued is None:
                queued = batches[partition] = [producer.create_batch()]
            appended = queued[-1].append(
                timestamp=None, key=record.key, value=record.value, headers=record.headers
            )
            if appended is None:  # that batch is full (max_batch_size): the record starts the next
                queued.append(producer.create_batch())
                queued[-1].append(timestamp=None, key=record.key, value=record.value, headers=record.headers)
        # Handed over a batch of each partition at a time: a partition's next batch waits in
        # `send_batch` until its last one is on its way, and meanwhile the others would wait for it.
        acknowledgements = []
        for round_ in range(max((len(queued) for queued in batches.values()), default=0)):
            for partition, queued in batches.items():
                if round_ < len(queued):
                    queued[round_].close()
                    acknowledgements.append(
                        await producer.send_batch(
                            queued[round_], partition.topic, partition=partition.partition
                        )
                    )
        await asyncio.gather(*acknowledgements)

    async def newest_ids(self, topic: str, per_partition: int, timeout: float = 30.0) -> set[str]:
        """Read the tail of each partition with a consumer of no group, which commits nothing."""
        reader = AIOKafkaConsumer(
            bootstrap_servers=self._options["bootstrap_servers"], group_id=None, enable_auto_commit=False
        )
        try:
            async with asyncio.timeout(timeout):
                await reader.start()
                assert self._producer is not None, "start() the publisher first"
                partitions = [TopicPartition(topic, p) for p in await self._producer.partitions_for(topic)]
                reader.assign(partitions)
                ends = await reader.end_offsets(partitions)
                starts = await reader.beginning_offsets(partitions)
                unread = {tp for tp in partitions if ends[tp] > starts[tp]}
                for tp in unread:
                    reader.seek(tp, max(starts[tp], ends[tp] - per_partition))
                found: set[str] = set()
                while unread:
                    for tp, messages in (await reader.getmany(*unread, timeout_ms=500)).items():
                        found.update(i for m in messages if (i := event_id_of(list(m.headers or ()))))
                        if messages and messages[-1].offset >= ends[tp] - 1:
                            unread.discard(tp)
                return found
        finally:
            await reader.stop()


class KafkaSource:
    """A consumer group member that commits offsets only when told to, after its transaction."""

    def __init__(
        self,
        bootstrap: str,
        group: str,
        topics: Sequence[str],
        *,
        max_records: int = 500,
        partition_fetch_bytes: int = 1_048_576,  # aiokafka's default: live traffic is a few events
    ) -> None:
        self.group = group
        self._options = dict(
            bootstrap_servers=bootstrap,
            group_id=group,
            client_id=group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",  # a new group reads the history from the beginning
            max_poll_records=max_records,
            max_partition_fetch_bytes=partition_fetch_bytes,
            fetch_max_bytes=max(partition_fetch_bytes * 4, 52_428_800),
            fetch_max_wait_ms=FETCH_MAX_WAIT_MS,
            # Handlers are short transactions; a slow one still must not exceed this or the group
            # rebalances under it (a known aiokafka trap), so it is generous.
            max_poll_interval_ms=300_000,
        )
        self._topics = list(topics)
        self._next: dict[TopicPartition, int] = {}
        self._client: AIOKafkaConsumer | None = None  # made in start(), in the loop (see KafkaPublisher)
        self._committing: asyncio.Future[None] | None = None  # the offset commit still on its way

    @property
    def _consumer(self) -> AIOKafkaConsumer:
        assert self._client is not None, "start() the source first"
        return self._client

    async def start(self) -> None:
        """Join the group with a fresh client; a failed attempt leaves nothing behind."""
        self._client = AIOKafkaConsumer(*self._topics, **self._options)
        try:
            await self._client.start()
        except Exception:
            await self._client.stop()
            self._client = None
            raise

    async def stop(self) -> None:
        if self._client is not None:
            try:
                await self._committed()
            except Exception as error:  # its records come again to whoever reads the partition next
                log.warning("consumer_offset_commit_failed", group=self.group, error=repr(error))
            await self._client.stop()

    async def fetch(self, timeout: float) -> list[list[Delivery]]:
        received = await self._consumer.getmany(timeout_ms=int(timeout * 1000))
        return [
            [
                Delivery(m.topic, m.partition, m.offset, m.key, m.value, list(m.headers or ()))
                for m in messages
            ]
            for messages in received.values()
            if messages
        ]

    async def commit(self, done: list[list[Delivery]]) -> None:
        # A rebalance may have given a partition to another member while its batch was being applied.
        # Its effects are committed in our database with the events' ids, so the new owner, which
        # starts from the last committed offset, finds them in the inbox and skips them.
        await self._committed()  # first: a rebalance may have come while the last one was on its way
        owned = self._consumer.assignment()
        offsets = {
            partition: batch[-1].offset + 1
            for batch in done
            if (partition := TopicPartition(batch[-1].topic, batch[-1].partition)) in owned
        }
        #
        # The commit is sent, not waited for: the consumer applies the next fetch while the broker
        # writes the offsets (a round trip of 10–250 ms on a loaded machine, which every event that
        # arrived meanwhile used to wait out before its own transaction). Nothing here needs the
        # commit to have landed: the effects and their event ids are already committed in the
        # consumer's database, so a record whose offset never reaches the broker is delivered again
        # and skipped by the inbox. Offsets still reach the broker in order — a commit waits for the
        # one before it, whose failure it raises, so the consumer retries as it would have then.
        if offsets:
            self._committing = asyncio.ensure_future(self._commit(offsets))

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        await self._consumer.commit(offsets)
        self._next.update(offsets)

    async def _committed(self) -> None:
        """Wait for the commit on its way, if any; raise what it raised."""
        committing, self._committing = self._committing, None
        if committing is not None:
            await committing

    def rewind(self, fetched: list[Delivery]) -> None:
        first = fetched[0]
        partition = TopicPartition(first.topic, first.partition)
        if partition in self._consumer.assignment():  # else its new owner reads it from the committed offset
            self._consumer.seek(partition, first.offset)

    def lag(self) -> dict[tuple[str, int], int]:
        """Records behind the end of each assigned partition, as of the last fetch."""
        lags: dict[tuple[str, int], int] = {}
        if self._client is None:
            return lags  # not in the group (yet): nothing assigned
        for tp in self._consumer.assignment():
            highwater, done = self._consumer.highwater(tp), self._next.get(tp)
            if highwater is not None and done is not None:
                lags[(tp.topic, tp.partition)] = max(0, highwater - done)
        return lags


async def ensure_topics(
    bootstrap: str,
    topics: Sequence[str],
    *,
    partitions: int = TOPIC_PARTITIONS,
    replication: int | None = None,
) -> None:
    """Create the topics that do not exist yet; existing ones are left as they are.

    Unless told otherwise, a topic gets as many replicas as the cluster's `default.replication.factor`
    asks for: 1 on the single broker of the tests, `make stack` and compose, 3 on the Helm chart's
    Strimzi cluster — whose `min.insync.replicas` of 2 refuses every acks=all write to a topic of one
    replica, so a fixed 1 here would stop the relay there."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in topics if t not in existing]
        if missing:
            replicas = replication or await _default_replication_factor(admin)
            response = await admin.create_topics(
                [NewTopic(t, partitions, replicas, topic_configs=TOPIC_CONFIG) for t in missing]
            )
            # aiokafka returns the broker's per-topic errors rather than raising them.
            for topic, code, *message in response.topic_errors:
                if code not in (0, TopicAlreadyExistsError.errno):  # already there: another replica won
                    raise for_code(code)(f"creating {topic}: {message[0] if message else ''}")
    finally:
        await admin.close()


async def _default_replication_factor(admin: AIOKafkaAdminClient) -> int:
    """The cluster's `default.replication.factor`, as the controller reports it. (The protocol's
    "-1: the broker's default" would say the same, but aiokafka's NewTopic refuses -1.)"""
    controller = (await admin.describe_cluster())["controller_id"]
    (response,) = await admin.describe_configs(
        [ConfigResource(ConfigResourceType.BROKER, str(controller), configs={DEFAULT_REPLICATION: None})]
    )
    for resource in response.resources:
        for entry in resource[4]:  # config_entries: (name, value, read_only, source, sensitive, synonyms)
            if entry[0] == DEFAULT_REPLICATION:
                return int(entry[1])
    raise RuntimeError(f"the broker did not report {DEFAULT_REPLICATION}")


async def topic_partitions(bootstrap: str, topic: str) -> list[int]:
    """The partition numbers of a topic, as the cluster's metadata has them."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(partition["partition"] for entry in described for partition in entry["partitions"])


async def ping_broker(bootstrap: str) -> None:
    """Raise unless the cluster answers a metadata request (what `/readyz` asks)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=2000)
    await admin.start()
    try:
        await admin.list_topics()
    finally:
        await admin.close()


class KafkaTail:
    """One topic read by this process for itself (`sessions.Tail`): a consumer of no group, assigned
    every partition, committing nothing — from the beginning, or from the end when only what is
    published from now on matters (the projection's live pushes)."""

    def __init__(
        self, bootstrap: str, topic: str, *, client_id: str = "shuniu", from_end: bool = False
    ) -> None:
        self._bootstrap, self._topic, self._client_id = bootstrap, topic, client_id
        self._from_end = from_end
        self._client: AIOKafkaConsumer | None = None  # made in start(), in the loop (see KafkaPublisher)
        self._ends: dict[TopicPartition, int] = {}

    async def start(self) -> None:
        await ensure_topics(self._bootstrap, [self._topic])
        self._client = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            client_id=self._client_id,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=FETCH_MAX_WAIT_MS,  # the live pushes wait on it as the read models do
        )
        await self._client.start()
        numbers = await topic_partitions(self._bootstrap, self._topic)
        for _ in range(50):  # a topic just created is missing from the metadata for a moment
            if numbers:
                break
            await asyncio.sleep(0.1)
            numbers = await topic_partitions(self._bootstrap, self._topic)
        partitions = [TopicPartition(self._topic, number) for number in numbers]
        self._client.assign(partitions)
        self._ends = await self._client.end_offsets(partitions)
        if self._from_end:
            for partition, end in self._ends.items():
                self._client.seek(partition, end)
        else:
            await self._client.seek_to_beginning(*partitions)

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.stop()

    async def fetch(self, timeout: float) -> list[Delivery]:
        assert self._client is not None, "start() the tail first"
        received = await self._client.getmany(timeout_ms=int(timeout * 1000))
        return [
            Delivery(m.topic, m.partition, m.offset, m.key, m.value, list(m.headers or ()))
            for messages in received.values()
            for m in messages
        ]

    async def at_end(self) -> bool:
        """Whether everything on the topic when this tail started has been read."""
        assert self._client is not None, "start() the tail first"
        for partition, end in self._ends.items():
            if await self._client.position(partition) < end:
                return False
        return True
