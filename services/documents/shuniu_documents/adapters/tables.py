"""Tables of the documents database besides the event store: written in the transaction of the events."""

from __future__ import annotations

from shuniu_shared.database import Instant
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# One row per document, rewritten from the aggregate after each of its commands (same transaction).
documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(10), nullable=False),  # incoming / outgoing
    Column("title", String(500), nullable=False),
    Column("doc_type", String(20), nullable=False),
    Column("stage", String(30), nullable=False),
    Column("classification", String(10), nullable=False),
    Column("classification_rank", Integer, nullable=False),  # 0 none … 3 绝密, compared with clearances
    Column("urgency", String(10)),
    Column("year", Integer, nullable=False),
    Column("number", String(100)),  # 收文编号 or 发文字号
    Column("lead_department", String(100)),
    Column("deadline", Date),
    Column("circulation_overdue", Boolean, nullable=False, default=False),
    Column("under_supervision", Boolean, nullable=False, default=False),
    Column("finished", Boolean, nullable=False, default=False),
    Column("created_position", BigInteger().with_variant(Integer, "sqlite"), nullable=False),
    Column("created_at", Instant(), nullable=False),
    Column("updated_at", Instant(), nullable=False),
    Column("version", Integer, nullable=False),
    Index("ix_documents_list", "kind", "created_position"),
    Index("ix_documents_newest", "created_position"),  # search, newest first (adapters/search.py)
)

# The departments taking part, as the document's audience names them (`members_of`): with the row's
# classification_rank, what the list query needs of each audience (adapters/read_model.py).
participants = Table(
    "document_departments",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("department", String(100), primary_key=True),
    Index("ix_document_departments_department", "department", "document_id"),
)

# The last number given out per (代字, year). See adapters/numbers.py for why this row is the lock.
number_counters = Table(
    "number_counters",
    metadata,
    Column("code", String(100), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

# Every number ever given out, with what became of it: used, or void (voided numbers stay void).
numbers = Table(
    "document_numbers",
    metadata,
    Column("code", String(100), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("sequence", Integer, primary_key=True),
    Column("number", String(120), nullable=False),
    Column("document_id", String(64), nullable=False),
    Column("status", String(10), nullable=False),  # used / void
    Column("reason", String(500)),
    Column("given_at", Instant(), nullable=False),
)

# What search reads (adapters/search.py): per document its title, its 正文's text and each file's
# extracted text, written in the transaction of the events that change them. The index over `text`
# is the database's own: FTS5 with the trigram tokenizer on SQLite (a virtual table the migration
# makes, kept in step by triggers), pg_trgm's GIN index on PostgreSQL (documents_0002).
search_texts = Table(
    "search_texts",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("source", String(10), primary_key=True),  # title / body / file
    Column("sha256", String(64), primary_key=True),  # the file's, '' for the title and the body
    Column("file_name", String(1000)),
    Column("status", String(20), nullable=False),  # the file's text: adapters/extraction.py
    Column("text", Text, nullable=False),
    Index("ix_search_texts_sha256", "sha256"),
)
