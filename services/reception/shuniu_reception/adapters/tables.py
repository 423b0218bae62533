"""SQLAlchemy Core tables of the reception service's own database, written in the same transaction
as the events they follow (inline projections), so a read after a command sees it."""

from __future__ import annotations

from shuniu_shared.database import Instant
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# The key of each person whose personal data the service holds, wrapped (encrypted) with the
# service's key-encryption key (the master key), named in `wrapped_by` so that a rotation knows
# which rows it has re-wrapped. Deleting the row is forgetting the person: app/personal_data.py.
subject_keys = Table(
    "subject_keys",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("wrapped_by", String(16)),  # master_key_id; NULL for a key written before it was recorded
    Column("created_at", Instant(), nullable=False),
)

# People: the personal columns hold sealed tokens, never clear text, and are emptied on "forget".
people = Table(
    "people",
    metadata,
    Column("person_id", String(64), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("name", Text),
    Column("id_number", Text),
    Column("phone", Text),
    Column("address", Text),
    Column("forgotten_at", Instant()),
)

visits = Table(
    "visits",
    metadata,
    Column("visit_id", String(64), primary_key=True),
    Column("person_id", String(64), nullable=False),
    Column("organisation", String(200), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("host_department", String(100), nullable=False),
    Column("host_person", String(100), nullable=False),
    Column("expected_at", Instant()),
    Column("stage", String(20), nullable=False),
    Column("badge", String(50)),
    Column("arrived_at", Instant()),
    Column("left_at", Instant()),
    Index("ix_visits_stage", "stage"),
)

petitions = Table(
    "petitions",
    metadata,
    Column("petition_id", String(64), primary_key=True),
    Column("case_number", String(50), nullable=False, unique=True),
    Column("person_id", String(64), nullable=False),
    Column("channel", String(20), nullable=False),
    Column("stage", String(30), nullable=False),
    Column("received_on", Date, nullable=False),
    Column("department", String(100)),
    Column("summary", Text),
    Column("task_id", String(100)),
    Column("next_clock", String(40)),
    Column("next_due_on", Date),
    Column("registered_at", Instant(), nullable=False),
)

# 信访件编号 per year, taken with one upsert so two registrations never get the same number.
case_counters = Table(
    "petition_case_counters",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

vehicles = Table(
    "vehicles",
    metadata,
    Column("vehicle_id", String(64), primary_key=True),
    Column("plate", String(20), nullable=False, unique=True),
    Column("model", String(100), nullable=False),
    Column("seats", Integer, nullable=False),
)

trips = Table(
    "trips",
    metadata,
    Column("trip_id", String(64), primary_key=True),
    Column("requested_by", String(100), nullable=False),
    Column("rider", String(100), nullable=False),
    Column("passengers", JSON, nullable=False),
    Column("destination", String(200), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("vehicle_id", String(64)),
    Column("mileage_km", Float),
)

# Which vehicle is promised to which trip, for when: the one place where "no vehicle in two
# overlapping trips" is enforced (PostgreSQL: an exclusion constraint, added by the migration).
vehicle_dispatches = Table(
    "vehicle_dispatches",
    metadata,
    Column("trip_id", String(64), primary_key=True),
    Column("vehicle_id", String(64), nullable=False),
    Column("starts_at", Instant(), nullable=False),
    Column("ends_at", Instant(), nullable=False),
    Index("ix_vehicle_dispatches_vehicle", "vehicle_id"),
)

# A person's to-dos from this service (a car taken from them, with the free alternatives).
todos = Table(
    "todos",
    metadata,
    Column("todo_id", Integer, primary_key=True, autoincrement=True),
    Column("person", String(100), nullable=False),
    Column("subject_id", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("options", JSON, nullable=False),
    Column("created_at", Instant(), nullable=False),
    Column("done", Boolean, nullable=False, default=False),
    Index("ix_todos_person", "person"),
)

seals = Table(
    "seals",
    metadata,
    Column("seal_id", String(64), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("kind", String(50), nullable=False),
)

seal_requests = Table(
    "seal_requests",
    metadata,
    Column("request_id", String(64), primary_key=True),
    Column("seal_id", String(64), nullable=False),
    Column("document", String(300), nullable=False),
    Column("reason", Text, nullable=False),
    Column("impressions", Integer, nullable=False),
    Column("used", Integer, nullable=False, default=0),
    Column("requested_by", String(100), nullable=False),
    Column("approved_by", String(100)),
    Column("stage", String(20), nullable=False),
    Column("requested_at", Instant(), nullable=False),
)

seal_uses = Table(
    "seal_uses",
    metadata,
    Column("use_id", Integer, primary_key=True, autoincrement=True),
    Column("request_id", String(64), nullable=False),
    Column("seal_id", String(64), nullable=False),
    Column("used_by", String(100), nullable=False),
    Column("used_at", Instant(), nullable=False),
    Column("impressions", Integer, nullable=False),
    Column("document", String(300), nullable=False),
)

# The register of receptions (公务接待): one row per reception with what a list shows and what its
# audience reads (host, planner, those who book); the plan itself is the reception's events.
receptions = Table(
    "receptions",
    metadata,
    Column("reception_id", String(64), primary_key=True),
    Column("sending_body", String(200), nullable=False),
    Column("business", Text, nullable=False),
    Column("host_department", String(100), nullable=False),
    Column("host_person", String(100), nullable=False),
    Column("planned_by", String(100), nullable=False),
    Column("assignees", JSON, nullable=False),
    Column("stage", String(20), nullable=False),
    Column("guests", Integer, nullable=False),
    Column("arrives_at", Instant(), nullable=False),
    Column("departs_at", Instant(), nullable=False),
    Column("planned_fen", Integer, nullable=False),
    Column("billed_fen", Integer),
    Index("ix_receptions_arrives_at", "arrives_at"),
)

# 办公用品 — the stock list, with each item's open purchase request (采购申请) if it has one.
supply_items = Table(
    "supply_items",
    metadata,
    Column("item_id", String(64), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("unit", String(20), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("threshold", Integer, nullable=False),
    Column("open_purchase_id", String(64)),
    Column("purchase_raised_at", Instant()),
)

requisitions = Table(
    "requisitions",
    metadata,
    Column("requisition_id", String(64), primary_key=True),
    Column("item_id", String(64), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("department", String(100), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("requested_by", String(100), nullable=False),
    Column("approved_by", String(100)),
    Column("stage", String(20), nullable=False),
    Column("requested_at", Instant(), nullable=False),
)

# 固定资产 — the register, with the last count's finding on each asset (missing or misplaced).
assets = Table(
    "assets",
    metadata,
    Column("asset_id", String(64), primary_key=True),
    Column("tag", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("custodian", String(100), nullable=False),
    Column("location", String(200), nullable=False),
    Column("department", String(100), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("count_id", String(64)),
    Column("count_finding", String(20)),
)

asset_counts = Table(
    "asset_counts",
    metadata,
    Column("count_id", String(64), primary_key=True),
    Column("opened_by", String(100), nullable=False),
    Column("opened_on", Date, nullable=False),
    Column("open", Boolean, nullable=False),
    Column("differences", Integer),
)

# The differences a closed count recorded, one row per tag.
count_differences = Table(
    "count_differences",
    metadata,
    Column("count_id", String(64), primary_key=True),
    Column("tag", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),  # missing 盘亏, unregistered 盘盈, misplaced 账实不符
    Column("registered_location", String(200)),
    Column("found_location", String(200)),
    Column("registered_custodian", String(100)),
    Column("found_custodian", String(100)),
)
