"""Room bookings that never overlap, and the free/busy view built on them.

Why the rule is enforced here and not on an aggregate: two meetings booking one room are two
different streams, so the event store's optimistic lock (one stream at a time) cannot see them
collide. Both would read "the room is free", both would append, and the room would be double-booked.
The booking row is therefore written in the *same transaction* as the meeting's events, and the
database refuses the second of two overlapping rows; the command then fails as a whole (or, in a
series, only that occurrence is skipped), so an event "room booked" exists if and only if its row does.

PostgreSQL: an exclusion constraint, ``EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at,
ends_at) WITH &&)`` (migrations/). When two transactions insert overlapping rows, the second waits on
the first's uncommitted row; if the first commits, the second gets an exclusion violation, if it
rolls back, the second goes on. No read-then-write window exists, at any isolation level. But the
index entry is written *before* its conflicts are checked, so when many insert at the same instant
each can find the others' uncommitted entries and wait on them: a cycle, which PostgreSQL breaks by
aborting all but one with "deadlock detected" (40P01) — not an exclusion violation, so the losers
were answered 500 instead of "the room is taken" (24 bookers at once on CI's loaded machine: one
201, twenty-three 500s). So a booking first takes a transaction-scoped advisory lock on its room:
bookers of one room queue there and insert one after another, each seeing the previous one's
committed row; bookers of different rooms do not wait for each other. The constraint stays the
guarantee; the lock only orders the inserts. The insert runs in a savepoint so that a series can go
on with its next occurrence after a refusal; the holder is then read (it has committed, so a new
statement sees it) and named in the answer.

SQLite: no exclusion constraints, but one writer at a time — and every unit of work begins with
``BEGIN IMMEDIATE`` (shuniu_shared.database), so it holds the write lock from its first statement to
its commit, reads included. So the overlap is simply checked, then the row inserted: a competing
booking cannot even begin its own check until this transaction has committed (it waits on the busy
timeout), and then its check sees this row. (Before the platform began units of work that way, the
driver started the transaction lazily at the first write, two checks could both pass before either
insert, and this code had to insert first and check after.)

Back-to-back meetings do not overlap: the ranges are half-open, [starts_at, ends_at).
Tested in tests/meetings/test_bookings_postgres.py (many concurrent bookings, exactly one wins) and,
on SQLite, in tests/meetings/test_rooms_and_bookings.py (concurrent bookings of one slot).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_meetings.adapters.tables import meetings, room_bookings

EXCLUSION_CONSTRAINT = "room_bookings_no_overlap"
# The two-key form keeps these locks apart from the single-key ones (the migration runner's, the
# relay's); a hash collision between two rooms only makes their bookers queue together.
BOOKING_LOCKS = 7_311_002
_ROOM_LOCK = text(f"SELECT pg_advisory_xact_lock({BOOKING_LOCKS}, hashtext(:room_id))")


@dataclass(frozen=True)
class Holder:
    """The meeting that holds a room at the time asked for (whether the caller may learn its title is
    the meeting's audience to say: app/planning.py)."""

    meeting_id: str
    starts_at: datetime
    ends_at: datetime


async def try_book(
    connection: AsyncConnection, room_id: str, meeting_id: str, starts_at: datetime, ends_at: datetime
) -> Holder | None:
    """Book the room for the meeting; None when booked, else the meeting that holds it."""
    row = {
        "meeting_id": meeting_id,
        "room_id": room_id,
        "starts_at": starts_at,
        "ends_at": ends_at,
    }
    if connection.dialect.name == "postgresql":
        await connection.execute(_ROOM_LOCK, {"room_id": room_id})
        try:
            async with connection.begin_nested():
                await connection.execute(room_bookings.insert().values(row))
            return None
        except IntegrityError as error:
            if EXCLUSION_CONSTRAINT not in str(error.orig):
                raise
            return await _first_overlap(connection, room_id, meeting_id, starts_at, ends_at)
    # SQLite: this unit of work holds the write lock already (BEGIN IMMEDIATE), so nobody can book
    # between the check and the insert.
    holder = await _first_overlap(connection, room_id, meeting_id, starts_at, ends_at)
    if holder is None:
        await connection.execute(room_bookings.insert().values(row))
    return holder


async def release(connection: AsyncConnection, meeting_id: str) -> None:
    await connection.execute(delete(room_bookings).where(room_bookings.c.meeting_id == meeting_id))


async def _first_overlap(
    connection: AsyncConnection, room_id: str, meeting_id: str, starts_at: datetime, ends_at: datetime
) -> Holder | None:
    query = (
        select(room_bookings)
        .where(
            room_bookings.c.room_id == room_id,
            room_bookings.c.meeting_id != meeting_id,
            room_bookings.c.starts_at < ends_at,
            room_bookings.c.ends_at > starts_at,
        )
        .order_by(room_bookings.c.starts_at)
        .limit(1)
    )
    row = (await connection.execute(query)).first()
    if row is None:
        return None
    return Holder(row.meeting_id, row.starts_at, row.ends_at)


@dataclass(frozen=True)
class Busy:
    meeting_id: str
    title: str  # shown only to whom the meeting's audience admits (api/rooms.py)
    starts_at: datetime
    ends_at: datetime


async def busy(connection: AsyncConnection, room_id: str, start: datetime, end: datetime) -> list[Busy]:
    """The room's bookings that touch [start, end), in time order."""
    query = (
        select(room_bookings, meetings.c.title)
        .join(meetings, meetings.c.id == room_bookings.c.meeting_id)
        .where(
            and_(
                room_bookings.c.room_id == room_id,
                room_bookings.c.starts_at < end,
                room_bookings.c.ends_at > start,
            )
        )
        .order_by(room_bookings.c.starts_at)
    )
    return [
        Busy(row.meeting_id, row.title, row.starts_at, row.ends_at) for row in await connection.execute(query)
    ]
