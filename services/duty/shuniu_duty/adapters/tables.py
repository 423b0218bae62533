"""The duty service's own tables: the office's view of its incidents, one row per incident, written
in the same transaction as the incident's events (so a reader always sees its own write).

The row keeps the incident's audience (知悉范围) as the events carry it: lists and counts admit a row
with `Actor.sees` on that audience, the same rule as the incident's GET, so they cannot show more.
The schema check (tests/platform/test_upgrade.py) compares this metadata with the migrations'."""

from __future__ import annotations

from shuniu_shared.database import Instant
from sqlalchemy import JSON, Boolean, Column, Date, Index, Integer, MetaData, String, Table, Text

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

# 政务信息: one row per 信息稿, written with its events; the audience kept as they carry it.
information_pieces_table = Table(
    "duty_information_pieces",
    metadata,
    Column("piece_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("department", String(100), nullable=False),
    Column("classification", String(10), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("versions", Integer, nullable=False),
    Column("audience", JSON, nullable=False),
    Column("submitted_at", Instant, nullable=False),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_duty_information_pieces_submitted_at", "submitted_at", "piece_id"),
)

# The last 第N期 given out per (publication, year): the row is the lock that keeps the numbers
# continuous (shuniu_shared.database.next_in_counter).
issue_counters_table = Table(
    "duty_issue_counters",
    metadata,
    Column("publication", String(100), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

# What each piece earned its department, one row per fact (本级采用 per publication, 上级采用, each
# 批示): the ranking adds the points the office's current rules give each fact, and shows them.
information_credits_table = Table(
    "duty_information_credits",
    metadata,
    Column("credit_id", String(300), primary_key=True),
    Column("piece_id", String(200), nullable=False),
    Column("department", String(100), nullable=False),
    Column("kind", String(20), nullable=False),  # adopted, adopted_above, instructed
    Column("publication", String(100)),  # for an adoption by the office: in which publication
    Column("detail", Text, nullable=False),  # 第N期, the higher level, the leader
    Column("at", Instant, nullable=False),
    Index("ix_duty_information_credits_at", "at"),
)

# 值班表: one row per roster (its span and audience) and one per day of it (the day's people with
# approved swaps applied, the swaps asked, and its 交接班), written with the roster's events. A day's
# row is shown to whoever its roster's audience admits: the list is no wider than GET /rosters/{id}.
rosters_table = Table(
    "duty_rosters",
    metadata,
    Column("roster_id", String(200), primary_key=True),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("audience", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_duty_rosters_days", "first_day", "last_day"),
)

shifts_table = Table(
    "duty_shifts",
    metadata,
    Column("roster_id", String(200), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("leaders", JSON, nullable=False),  # 带班领导, approved swaps applied
    Column("officers", JSON, nullable=False),  # 值班员, approved swaps applied
    Column("reason", String(200)),  # why the day has extra staff: 节假日 or the 重要时期's name
    Column("swaps", JSON, nullable=False),  # each 换班申请 of the day and whether it was approved
    Column("handed_over_by", String(100)),
    Column("handed_over_at", Instant),
    Column("open_items", JSON, nullable=False),
    Column("acknowledge_by", Instant),
    Column("acknowledged_by", String(100)),
    Column("acknowledged_at", Instant),
    Index("ix_duty_shifts_day", "day"),
)

# 值班记录: one row per entry, with the audience its event carries.
duty_log_table = Table(
    "duty_log_entries",
    metadata,
    Column("entry_id", String(200), primary_key=True),
    Column("at", Instant, nullable=False),
    Column("caller", Text, nullable=False),
    Column("organisation", Text, nullable=False),
    Column("said", Text, nullable=False),
    Column("done", Text, nullable=False),
    Column("told", JSON, nullable=False),
    Column("recorded_by", String(100), nullable=False),
    Column("audience", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_duty_log_entries_at", "at", "entry_id"),
)
