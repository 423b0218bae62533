"""Allocating 发文字号 and 收文编号: per (代字, year), continuous, never duplicated, never skipped.

The counter row of (代字, year) is incremented with one statement,

    INSERT INTO number_counters (code, year, last) VALUES (:code, :year, 1)
    ON CONFLICT (code, year) DO UPDATE SET last = number_counters.last + 1
    RETURNING last

inside the same transaction that records the registration event. What can go wrong, and why it
cannot here:

- Two clerks register at once and both read "last = 6", so both give out 7 (the duplicate every
  office complains about). The upsert reads and writes in one statement under the row's lock: the
  second transaction blocks on the row until the first commits, then increments the committed 7 to
  8. On PostgreSQL the conflict path re-reads the latest committed row (READ COMMITTED's
  EvalPlanQual); two first-of-the-year inserts race on the primary key, and the loser waits and then
  takes the update path. SQLite (≥ 3.35 for RETURNING) has one writer at a time, so the same holds.
- A registration is refused or fails after taking its number (the document changed meanwhile, a
  409; the database went away). Had the number come from a sequence, it would be gone — a gap. Here
  the increment is part of the failed transaction and rolls back with it, so the next clerk gets
  that same number: no gap. The lock is therefore held until commit, which serialises registrations
  of one (代字, year) — the price of "continuous", paid only by clerks using the same 代字.
- A number given in error is never handed out again: voiding records it (an event, and the row
  below with status void) and the counter does not go back.

The statement is shuniu_shared.database.next_in_counter, which 政务信息's 第N期 (services/duty) uses too.
Proved by tests/documents/test_numbers_postgres.py: 200 concurrent registrations give exactly 1…200.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shuniu_shared.database import next_in_counter
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_documents.adapters.read_model import Viewer, visible_to
from shuniu_documents.adapters.tables import documents, number_counters, numbers
from shuniu_documents.domain.values import DocumentNumber, check_code


async def next_number(connection: AsyncConnection, code: str, year: int) -> DocumentNumber:
    """The next number of (代字, year), held by this transaction until it commits or rolls back."""
    check_code(code)
    sequence = await next_in_counter(connection, number_counters, {"code": code, "year": year})
    return DocumentNumber(code, year, sequence)


async def record_number(
    connection: AsyncConnection, number: DocumentNumber, document_id: str, at: datetime
) -> None:
    await connection.execute(
        numbers.insert().values(
            code=number.code,
            year=number.year,
            sequence=number.sequence,
            number=str(number),
            document_id=document_id,
            status="used",
            given_at=at,
        )
    )


async def record_void(connection: AsyncConnection, number: DocumentNumber, reason: str) -> None:
    await connection.execute(
        update(numbers)
        .where(
            numbers.c.code == number.code,
            numbers.c.year == number.year,
            numbers.c.sequence == number.sequence,
        )
        .values(status="void", reason=reason)
    )


async def number_register(
    connection: AsyncConnection, code: str, year: int, viewer: Viewer
) -> list[dict[str, Any]]:
    """Every number of (代字, year) given out, in order, with its status (used / void), and its
    document and the reason it was voided where the viewer may see that document. A number whose
    document they may not see keeps its place (the register shows no gaps) but says nothing of it:
    the id would tell them that a document exists which its GET answers 404 for."""
    seen = visible_to(viewer).label("seen")
    rows = await connection.execute(
        select(numbers, seen)
        .select_from(numbers.outerjoin(documents, documents.c.id == numbers.c.document_id))
        .where(numbers.c.code == code, numbers.c.year == year)
        .order_by(numbers.c.sequence)
    )
    return [
        {
            "number": row.number,
            "sequence": row.sequence,
            "document_id": row.document_id if row.seen else None,
            "status": row.status,
            "reason": row.reason if row.seen else None,
        }
        for row in rows
    ]
