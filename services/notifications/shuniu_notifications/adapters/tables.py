"""The service's own tables: one row per notice and channel (the delivery), and what it last heard of
each supervision task (an overdue event names only the task; who leads it and who assigned it come
from the task's earlier events)."""

from __future__ import annotations

from shuniu_shared.database import Instant
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

metadata = MetaData()

deliveries_table = Table(
    "notifications_deliveries",
    metadata,
    Column("delivery_id", String(64), primary_key=True),
    Column("event_id", String(300), nullable=False),  # the event, or the escalation deadline's key
    Column("recipient", String(200), nullable=False),  # a person's id, or department:<code> for robots
    Column("channel", String(20), nullable=False),  # console, email, dingtalk, wecom
    Column("person", String(100)),  # whose inbox; none for a department's robot
    Column("target", String(300), nullable=False),  # the address, or <department>/<robot index>
    Column("rule", String(200), nullable=False),
    Column("subject", String(200), nullable=False),  # the object the notice is about
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("link", Text, nullable=False),
    Column("status", String(20), nullable=False),  # adapters/store.py Status (console: sent at once)
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text),
    Column("created_at", Instant(), nullable=False),
    Column("sent_at", Instant()),
    Column("read_at", Instant()),
    # The audience of the object the notice is about, as its owner named it (domain/audience.py):
    # the notice's own is its recipient at that 密级; the delivery state is shown to the object's.
    Column("audience", JSON),
    # Exactly one notice per event, recipient and channel, whatever redelivers the event.
    UniqueConstraint("event_id", "recipient", "channel", name="uq_notifications_deliveries_key"),
    Index("ix_notifications_deliveries_inbox", "person", "channel", "created_at"),
    Index("ix_notifications_deliveries_status", "status", "created_at"),
)

tasks_table = Table(
    "notifications_tasks",
    metadata,
    Column("task_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("lead_department", String(100), nullable=False),
    Column("assigned_by", String(100)),
    Column("deadline", Date, nullable=False),
    Column("classification", String(10), nullable=False),  # 密级: a classified title stays inside
    Column("open", Boolean, nullable=False),
    Column("audience", JSON),  # as the task's latest event named it: whom its escalation may tell
)

# A person's own choices, set through POST /preferences; they override the rules file's for that person.
preferences_table = Table(
    "notifications_preferences",
    metadata,
    Column("person", String(100), primary_key=True),
    Column("channels", JSON, nullable=False),
    Column("quiet_start", Time),
    Column("quiet_end", Time),
    Column("digest_at", Time),
    Column("updated_at", Instant(), nullable=False),
)
