"""A person's inbox (站内通知): their console notices, read and marked read by themselves only."""

from __future__ import annotations

from datetime import datetime

from shuniu_shared.errors import NotFound
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.store import delivery, mark

OVERSEEING_ROLES = ("office_director", "auditor")  # they see every delivery's state


async def mark_read(connection: AsyncConnection, person: str, notice_id: str, now: datetime) -> datetime:
    """Mark one of the person's notices read (again: nothing changes); someone else's is not found."""
    row = await delivery(connection, notice_id)
    if row is None or row.channel != "console" or row.person != person:
        raise NotFound(f"未找到通知 {notice_id}", f"notice {notice_id} was not found")
    if row.read_at is not None:
        return row.read_at
    await mark(connection, notice_id, read_at=now)
    return now
