"""Event topics get as many replicas as the cluster asks for (its `default.replication.factor`):
one on the tests' single broker, three on the Helm chart's Strimzi cluster, where a topic of one
replica would refuse every acks=all write (`min.insync.replicas` 2, docs/deploy.md)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import InvalidReplicationFactorError
from shuniu_infra.kafka import KafkaBroker
from shuniu_shared.kafka import ensure_topics


async def replicas_of(bootstrap: str, topic: str) -> set[int]:
    """How many replicas each partition of the topic has."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([topic])
        return {len(partition["replicas"]) for partition in described["partitions"]}
    finally:
        await admin.close()


async def test_an_event_topic_gets_the_clusters_default_replication_and_three_partitions(kafka) -> None:
    topic = f"test.replicas.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka.bootstrap, [topic])
    assert await replicas_of(kafka.bootstrap, topic) == {1}, "the single test broker's default"


async def test_a_cluster_asking_for_more_replicas_than_it_has_refuses_the_topic_loudly(
    kafka, tmp_path: Path
) -> None:
    """Before, every topic got one replica whatever the cluster asked for, and a broker's refusal was
    dropped silently. A one-broker cluster that asks for two replicas makes both visible."""
    assert kafka.bootstrap  # the shared fixture has fetched Kafka's jars
    broker = KafkaBroker(tmp_path / "kafka", settings={"default.replication.factor": "2"})
    broker.start()
    try:
        with pytest.raises(InvalidReplicationFactorError, match=r"test\.two-replicas"):
            await ensure_topics(broker.bootstrap, ["test.two-replicas"])
        await ensure_topics(broker.bootstrap, ["test.told-one"], replication=1)
        assert await replicas_of(broker.bootstrap, "test.told-one") == {1}
    finally:
        broker.stop()
