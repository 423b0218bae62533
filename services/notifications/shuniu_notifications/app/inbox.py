"""A person's inbox (站内通知): their console notices, read and marked read by themselves only, and
the delivery state, shown to the overseers of objects they may open. Each decided with the audience
(domain/audience.py) and `Actor.sees`, the rule every reader of the suite uses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.store import deliveries, delivery, inbox, mark, unread
from shuniu_notifications.domain.audience import of_notice

OVERSEEING_ROLES = ("office_director", "auditor")  # they see every delivery's state they may open


def sees_notice(reader: Actor, row: Any, directory: Directory) -> bool:
    """Whether the notice in this row is the reader's to see: theirs, and still cleared for it."""
    notice = of_notice(row.person, Audience.stored(row.audience))
    return notice is not None and reader.sees(notice, directory)


async def my_inbox(
    connection: AsyncConnection, reader: Actor, directory: Directory, limit: int
) -> tuple[list[Any], int]:
    """The reader's console notices, newest first, and how many of those they may open are unread."""
    rows = [
        row for row in await inbox(connection, reader.person, limit) if sees_notice(reader, row, directory)
    ]
    count = sum(sees_notice(reader, row, directory) for row in await unread(connection, reader.person))
    return rows, count


async def mark_read(
    connection: AsyncConnection, reader: Actor, directory: Directory, notice_id: str, now: datetime
) -> datetime:
    """Mark one of the reader's notices read (again: nothing changes); anyone else's is not found."""
    row = await delivery(connection, notice_id)
    if row is None or row.channel != "console" or not sees_notice(reader, row, directory):
        raise NotFound(f"未找到通知 {notice_id}", f"notice {notice_id} was not found")
    if row.read_at is not None:
        return row.read_at
    await mark(connection, notice_id, read_at=now)
    return now


async def delivery_state(
    connection: AsyncConnection, overseer: Actor, directory: Directory, status: str | None, limit: int
) -> list[Any]:
    """The deliveries outside the console, of objects the overseer may open: a delivery's title and
    target say that its object exists."""
    rows = await deliveries(connection, status, limit)
    return [
        row for row in rows if (about := Audience.stored(row.audience)) and overseer.sees(about, directory)
    ]
