"""Waiting for the consumer groups to catch up before a phase that times latency.

A closed-loop round sends as fast as the services answer, and the services answer before their
events are consumed: the relay, the projection, notifications and the other groups that follow a
topic take their share of the two cores after the answer. So a round ends with thousands of events
not yet consumed, and a phase started at once would time its commands against that backlog as well
as against its own load — the half load's p99 then says how long the backlog took to drain, not what
a command costs at half the rate. Waiting here until every group has committed the end of every
partition it reads starts each timed phase from the same steady state; the wait is reported, as it
measures by how much the burst outran the consumers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Collection

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient


async def events_behind(
    admin: AIOKafkaAdminClient, tails: AIOKafkaConsumer, groups: Collection[str] | None = None
) -> int:
    """Records that the consumer groups (all, or those named) have not yet committed, summed over
    groups and partitions."""
    behind = 0
    for group, _protocol in await admin.list_consumer_groups():
        if groups is not None and group not in groups:
            continue
        committed = await admin.list_consumer_group_offsets(group)
        partitions = [tp for tp, offset in committed.items() if offset is not None and offset.offset >= 0]
        if not partitions:
            continue
        ends: dict[TopicPartition, int] = await tails.end_offsets(partitions)
        behind += sum(max(0, ends[tp] - committed[tp].offset) for tp in partitions)
    return behind


async def drained(
    bootstrap: str, *, groups: Collection[str] | None = None, timeout: float = 180.0
) -> tuple[float, int]:
    """Wait until no group (of all, or of those named) is behind, at most `timeout` seconds:
    (seconds waited, records still behind)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    tails = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await admin.start()
    await tails.start()
    began = time.perf_counter()
    try:
        while (behind := await events_behind(admin, tails, groups)) and time.perf_counter() - began < timeout:
            await asyncio.sleep(0.5)
    finally:
        await tails.stop()
        await admin.close()
    return time.perf_counter() - began, behind
