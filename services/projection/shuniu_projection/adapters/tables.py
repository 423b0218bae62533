"""The projection's tables. Everything here can be dropped and rebuilt from the topics."""

from __future__ import annotations

from shuniu_shared.database import Instant
from shuniu_shared.eventstore import Json
from sqlalchemy import Boolean, Column, Index, Integer, MetaData, String, Table, Text

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
    Column("time", Instant(), nullable=False),
    Column("actor", String(100)),
    Column("correlation_id", String(64)),
    Column("causation_id", String(64)),
    Column("data", Json, nullable=False),
    Index("ix_timeline_stream", "service", "stream_id", "version"),
    Index("ix_timeline_causation", "causation_id"),
    Index("ix_timeline_time", "time"),
)

# One row per aggregate seen: how far the projection has got with it (read-your-writes waits on
# `version`), and who may see it: the audience (知悉范围) its owner named with its newest event, as
# `Audience.header()` text; NULL when that event named none, and then nobody is shown the object.
objects = Table(
    "objects",
    metadata,
    Column("service", String(40), primary_key=True),
    Column("stream_id", String(200), primary_key=True),
    Column("aggregate", String(60), nullable=False),
    Column("version", Integer, nullable=False),
    Column("title", String(500)),
    Column("audience", Text),
    Column("first_time", Instant(), nullable=False),
    Column("last_time", Instant(), nullable=False),
    Column("last_type", String(200), nullable=False),
)

# ── 我的待办 My desk: what waits on a person, a department, or anyone holding a role ─────────────
work_items = Table(
    "work_items",
    metadata,
    Column("key", String(400), primary_key=True),  # service:stream:what[:whom], so an item is made once
    Column("service", String(40), nullable=False),
    Column("stream_id", String(200), nullable=False),
    Column("kind", String(40), nullable=False),  # read, propose, instruct, handle, reply, leave, …
    Column("person", String(100)),  # waiting on this person …
    Column("department", String(100)),  # … or on this department …
    Column("role", String(40)),  # … or on whoever holds this role
    Column("title", String(500), nullable=False),
    Column("detail", String(1000)),
    Column("due", Instant()),
    Column("opened_at", Instant(), nullable=False),
    Column("done_at", Instant()),
    # service:stream of another object whose item this one stands for while it is open: a task
    # opened from a 批示 is the department's work on that document (app/desk.py, "one piece of work")
    Column("stands_for", String(300)),
    Index("ix_work_items_open", "done_at", "person", "department", "role"),
    Index("ix_work_items_object", "service", "stream_id"),  # what waited on an object, to close it
)

# ── 公文 where each document stands, and when it entered each step ──────────────────────────
documents = Table(
    "documents",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("direction", String(10), nullable=False),  # incoming (收文) or outgoing (发文)
    Column("doc_type", String(10)),
    Column("title", String(500)),
    Column("stage", String(40), nullable=False),
    Column("department", String(100)),  # who holds it now (the drafting or the lead department)
    Column("urgency", String(10)),
    Column("started_at", Instant(), nullable=False),
    Column("deadline", String(10)),
    Column("counted_under", String(1000)),  # its key in document_counts while it waits (app/counts.py)
)
# How many documents wait at each step, by who may see them: the overview's counts (app/counts.py).
document_counts = Table(
    "document_counts",
    metadata,
    Column("direction", String(10), primary_key=True),
    Column("stage", String(40), primary_key=True),
    Column("department", String(100), primary_key=True),  # "" when nobody holds it
    Column("audience_key", String(64), primary_key=True),  # SHA-256 of `audience`: a key of fixed size
    Column("audience", Text, nullable=False),  # the documents' audience, as objects.audience holds it
    Column("waiting", Integer, nullable=False),  # documents there now
)
document_steps = Table(
    "document_steps",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("direction", String(10), nullable=False),
    Column("stage", String(40), nullable=False),
    Column("entered_at", Instant(), nullable=False),
)
circulation_reads = Table(
    "circulation_reads",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("round", Integer, primary_key=True),
    Column("reader", String(100), primary_key=True),
    Column("started_at", Instant(), nullable=False),
    Column("read_at", Instant()),
)

# ── 会议 meetings and who came ────────────────────────────────────────────────────────────────
meetings = Table(
    "meetings",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("organiser_department", String(100), nullable=False),
    Column("chair", String(100), nullable=False),
    Column("room_id", String(200)),
    Column("room_name", String(200)),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Column("status", String(20), nullable=False),  # scheduled, cancelled, held
)
attendance = Table(
    "attendance",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("person", String(100), primary_key=True),
    Column("department", String(100), nullable=False),
    Column("capacity", String(20)),
    Column("reply", String(20)),  # attend, decline, leave
    Column("signed_in", String(5), nullable=False, default="no"),
    Column("late", String(5), nullable=False, default="no"),
    Column("absent", String(5), nullable=False, default="no"),
)

# ── 督办 tasks, by department and light ───────────────────────────────────────────────────────
tasks = Table(
    "tasks",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("source_kind", String(40), nullable=False),
    Column("lead_department", String(100), nullable=False),
    Column("deadline", String(10), nullable=False),  # ISO date: the light is computed when read
    Column("status", String(40), nullable=False),  # the event that reached it: opened, acknowledged, …
    Column("opened_on", String(10), nullable=False),
    Column("closed_on", String(10)),
    Column("on_time", String(5)),
    Column("escalations", Integer, nullable=False, default=0),  # overdue and infeasibility reports
)

# ── 突发事件 ──────────────────────────────────────────────────────────────────────────────────
incidents = Table(
    "incidents",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("title", String(500), nullable=False),
    Column("level", String(10), nullable=False),  # 一般, 较大, 重大, 特别重大
    Column("stage", String(20), nullable=False),  # open, closed
    Column("learned_at", Instant(), nullable=False),
    Column("phone_due", Instant()),  # 电话初报, 较大 and above
    Column("written_due", Instant(), nullable=False),  # 书面报告
    Column("phone_up_at", Instant()),
    Column("written_up_at", Instant()),
    Column("late_reports", Integer, nullable=False, default=0),  # 迟报
    Column("closed_at", Instant()),
)

# ── 值班 who is on duty: each roster's planned days, its swaps and its handovers ─────────────────
roster_shifts = Table(
    "roster_shifts",
    metadata,
    Column("stream_id", String(200), primary_key=True),  # the roster (值班表)
    Column("day", String(10), primary_key=True),  # the shift's civil date in Asia/Shanghai
    Column("leaders", Json, nullable=False),  # 带班领导, as planned
    Column("officers", Json, nullable=False),  # 值班员, as planned
    Column("reason", String(100)),  # 节假日 / the sensitive period's name; NULL on an ordinary day
    Column("planned_at", Instant(), nullable=False),
)
roster_swaps = Table(
    "roster_swaps",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("day", String(10), nullable=False),
    Column("person", String(100), nullable=False),
    Column("substitute", String(100), nullable=False),
    Column("approved", Boolean, nullable=False),
)
roster_handovers = Table(
    "roster_handovers",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("day", String(10), primary_key=True),  # the outgoing shift's day
    Column("by", String(100), nullable=False),
    Column("open_items", Json, nullable=False),
    Column("at", Instant(), nullable=False),
    Column("acknowledge_by", Instant(), nullable=False),
    Column("acknowledged_by", String(100)),
    Column("acknowledged_at", Instant()),
)

# ── 政务信息 pieces, the issues that adopted them, and each fact that earns a department points ──
information_pieces = Table(
    "information_pieces",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("title", String(500), nullable=False),  # its current version's
    Column("department", String(100), nullable=False),  # whose score it counts for
)
information_issues = Table(
    "information_issues",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("publication", String(40), nullable=False),
    Column("publication_name", String(200), nullable=False),
    Column("year", Integer, nullable=False),
    Column("number", Integer, nullable=False),  # 第N期
    Column("piece_ids", Json, nullable=False),
    Column("published_at", Instant(), nullable=False),
)
information_credits = Table(
    "information_credits",
    metadata,
    Column("event_id", String(64), primary_key=True),  # the event that earned it, so it counts once
    Column("piece_id", String(200), nullable=False),
    Column("kind", String(20), nullable=False),  # adopted, adopted_above, instructed
    Column("publication", String(40)),  # adopted: in which publication …
    Column("issue_id", String(200)),  # … and which issue of it
    Column("detail", String(500), nullable=False),  # who adopted it above, or the leader who wrote the 批示
    Column("note", String(2000), nullable=False),  # where it was adopted above, or the 批示's words
    Column("at", Instant(), nullable=False),
    Index("ix_information_credits_at", "at"),
)

# ── 信访, 来访, 车辆 ─────────────────────────────────────────────────────────────────────────────
petitions = Table(
    "petitions",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("case_number", String(100), nullable=False),
    Column("stage", String(40), nullable=False),
    Column("department", String(100)),
    Column("clock", String(40)),  # the statutory clock now running …
    Column("due_on", String(10)),  # … and its due date; none once nothing is running
    Column("received_on", String(10), nullable=False),
)
visits = Table(
    "visits",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("badge", String(50)),
    Column("host_department", String(100), nullable=False),
    Column("expected_at", Instant()),
    Column("arrived_at", Instant()),
    Column("left_at", Instant()),
)
trips = Table(
    "trips",
    metadata,
    Column("stream_id", String(200), primary_key=True),
    Column("destination", String(300), nullable=False),
    Column("rider", String(100), nullable=False),
    Column("vehicle_id", String(200)),
    Column("status", String(20), nullable=False),  # requested, approved, dispatched, returned
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
)

# ── 大事记 the chronicle: one line per significant event ──────────────────────────────────────
chronicle = Table(
    "chronicle",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("day", String(10), nullable=False),  # the civil date in Asia/Shanghai
    Column("time", Instant(), nullable=False),
    Column("service", String(40), nullable=False),
    Column("stream_id", String(200), nullable=False),
    Column("category", String(40), nullable=False),
    Column("text", String(2000), nullable=False),
    Index("ix_chronicle_day", "day"),
)
