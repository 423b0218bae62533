"""The duty service's own tables: the office's view of its incidents, one row per incident, written
in the same transaction as the incident's events (so a reader always sees its own write).

The row keeps the incident's audience (知悉范围) as the events carry it: lists and counts admit a row
with `Actor.sees` on that audience, the same rule as the incident's GET, so they cannot show more.
The schema check (tests/platform/test_upgrade.py) compares this metadata with the migrations'."""

from __future__ import annotations

from shuniu_shared.database import Instant
from sqlalchemy import JSON, Boolean, Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

incidents_table = Table(
    "duty_incidents",
    metadata,
    Column("incident_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("category", String(100), nullable=False),
    Column("place", Text, nullable=False),
    Column("level", String(10), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("internal", Boolean, nullable=False),
    Column("classification", String(10), nullable=False),
    Column("audience", JSON, nullable=False),
    Column("learned_at", Instant, nullable=False),
    Column("phone_due", Instant),
    Column("written_due", Instant, nullable=False),
    Column("phone_up_at", Instant),  # when the 电话初报 went up
    Column("written_up_at", Instant),  # when the 书面报告 went up
    Column("late_reports", Integer, nullable=False),  # 迟报: how many went up after their due time
    Column("reports_awaiting_approval", Integer, nullable=False),
    Column("closed_at", Instant),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_duty_incidents_learned_at", "learned_at", "incident_id"),
)
