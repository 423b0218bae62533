"""The office's view of its tasks, one row per task, written in the same transaction as the task's
events (so a reader always sees its own write), plus one row per department taking part, which is
what "a department sees the tasks it leads or assists" filters on."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Date, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

tasks_table = Table(
    "supervision_tasks",
    metadata,
    Column("task_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("source_kind", String(40), nullable=False),
    Column("source_service", String(40)),
    Column("source_id", String(200)),
    Column("source_item", String(200)),
    Column("lead_department", String(100), nullable=False),
    Column("co_departments", JSON, nullable=False),
    Column("assigned_by", String(100)),
    Column("classification", String(10), nullable=False),
    Column("classification_rank", Integer, nullable=False),  # Classification.rank, to filter by clearance
    Column("priority", String(20), nullable=False),
    Column("reporting_cycle", String(20), nullable=False),
    Column("stage", String(40), nullable=False),
    Column("percent", Integer, nullable=False),
    Column("deadline", Date, nullable=False),
    Column("yellow_from", Date, nullable=False),  # the approaching date: the light turns yellow here
    Column("opened_on", Date, nullable=False),
    Column("completed_on", Date),  # the completion report's date
    Column("closed_on", Date),
    Column("on_time", Boolean),
    Column("extension_pending", Boolean, nullable=False),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_supervision_tasks_deadline", "deadline", "task_id"),
    Index("ix_supervision_tasks_lead", "lead_department", "stage"),
)

task_departments_table = Table(
    "supervision_task_departments",
    metadata,
    Column("task_id", String(200), primary_key=True),
    Column("department", String(100), primary_key=True),
    Column("part", String(10), nullable=False),  # lead 主办 / co 协办
    Index("ix_supervision_task_departments_department", "department"),
)

bulletin_counters = Table(
    "supervision_bulletin_counters",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),  # the last 第N期 given out this year
)

# 调研课题: one row per topic, written with its events; the audience kept as they carry it, so a
# list admits a row with `Actor.sees` on it, the topic's own GET's rule (as duty's incidents do).
research_table = Table(
    "supervision_research",
    metadata,
    Column("topic_id", String(200), primary_key=True),
    Column("title", Text, nullable=False),
    Column("assigned_by", String(100), nullable=False),
    Column("lead_department", String(100)),  # None until the team is formed
    Column("classification", String(10), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("due_on", Date, nullable=False),
    Column("visits", Integer, nullable=False),  # planned and not cancelled
    Column("report_versions", Integer, nullable=False),
    Column("audience", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Index("ix_supervision_research_due_on", "due_on", "topic_id"),
)

# 情况通报 as issued, one row each, for the list (newest first); the audience kept as the bulletin's.
bulletins_table = Table(
    "supervision_bulletins",
    metadata,
    Column("bulletin_id", String(200), primary_key=True),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("period_start", Date, nullable=False),
    Column("period_end", Date, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("audience", JSON, nullable=False),
    Index("ix_supervision_bulletins_newest", "year", "number"),
)
