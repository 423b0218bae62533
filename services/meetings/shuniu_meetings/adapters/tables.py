"""SQLAlchemy Core tables of the meetings database, written in the same transaction as the events."""

from __future__ import annotations

from shuniu_shared.database import Instant
from shuniu_shared.eventstore import Json, Position
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

rooms = Table(
    "rooms",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("building", String(200), nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("equipment", Json, nullable=False),
)

# Who holds which room when: one row per meeting that has a room. On PostgreSQL an exclusion
# constraint (migrations/) forbids two rows of one room whose [starts_at, ends_at) overlap.
room_bookings = Table(
    "room_bookings",
    metadata,
    Column("meeting_id", String(100), primary_key=True),
    Column("room_id", String(100), nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Index("ix_room_bookings_room_time", "room_id", "starts_at"),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("kind", String(50), nullable=False),
    Column("organiser", String(100), nullable=False),
    Column("organiser_department", String(100), nullable=False),
    Column("chair", String(100), nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Column("room_id", String(100)),
    Column("stage", String(20), nullable=False),
    Column("classification", String(10), nullable=False),
    Column("minutes_stage", String(20)),
    Column("series_id", String(100)),
    Column("version", Integer, nullable=False),
    Column("position", Position, nullable=False),
    Index("ix_meetings_starts_at", "starts_at", "id"),
)

# Whom a meeting's audience (知悉范围, apart from its minutes) names, one row per grant, for lists
# filtered by who is asking — beyond what every meeting's audience names (the office), which the
# query adds itself. The kinds keep the names they had before the audience had its own, so that
# the rows of an upgraded database mean what they always meant.
STORED_AS = {
    "people": "person",  # a person involved
    "roles": "role",
    "members_of": "department",  # a department involved: its own members
    "departments": "invited_department",  # with the departments under it
}
meeting_access = Table(
    "meeting_access",
    metadata,
    Column("meeting_id", String(100), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("key", String(100), primary_key=True),
    Index("ix_meeting_access_key", "kind", "key"),
)

# 待办: what someone must look at, e.g. a leave request for the meeting they chair or organise.
todos = Table(
    "todos",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person", String(100), nullable=False, index=True),
    Column("kind", String(50), nullable=False),
    Column("meeting_id", String(100), nullable=False),
    Column("meeting_title", String(500), nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("about", String(100), nullable=False),  # who asked
    Column("reason", Text, nullable=False),
    Column("substitute", String(100)),
    Column("created_at", Instant(), nullable=False),
    Column("position", Position, nullable=False),
    Column("done_at", Instant()),
)

# 领导活动安排: one row per activity on a leader's schedule, written with its events; what the
# double-booking check and the week's table read. Its audience is kept as the events carry it.
leader_activities = Table(
    "leader_activities",
    metadata,
    Column("activity_id", String(300), primary_key=True),
    Column("leader", String(100), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("place", Text, nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Column("classification", String(10), nullable=False),
    Column("audience", Json, nullable=False),
    Column("cancelled", Integer, nullable=False),  # 0 or 1
    Index("ix_leader_activities_leader_time", "leader", "starts_at"),
)
