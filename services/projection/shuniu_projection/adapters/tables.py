"""The projection's tables. Everything here can be dropped and rebuilt from the topics."""

from __future__ import annotations

from shuniu_shared.eventstore import Json
from sqlalchemy import Column, DateTime, Index, Integer, MetaData, String, Table

metadata = MetaData()

# Every event of every service, as delivered: what histories, lineage and the chronicle are built from.
timeline = Table(
    "timeline",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("service", String(40), nullable=False),
    Column("aggregate", String(60), nullable=False),
    Column("type", String(200), nullable=False),
    Column("stream_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("actor", String(100)),
    Column("correlation_id", String(64)),
    Column("causation_id", String(64)),
    Column("data", Json, nullable=False),
    Index("ix_timeline_stream", "service", "stream_id", "version"),
    Index("ix_timeline_causation", "causation_id"),
    Index("ix_timeline_time", "time"),
)

# One row per aggregate seen: how far the projection has got with it (read-your-writes waits on
# `version`), and who may see it — the departments its events name and its 密级.
objects = Table(
    "objects",
    metadata,
    Column("service", String(40), primary_key=True),
    Column("stream_id", String(200), primary_key=True),
    Column("aggregate", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", String(500)),
    Column("classification", String(10), nullable=False),
    Column("departments", Json, nullable=False),
    Column("first_time", DateTime(timezone=True), nullable=False),
    Column("last_time", DateTime(timezone=True), nullable=False),
    Column("last_type", String(200), nullable=False),
)
