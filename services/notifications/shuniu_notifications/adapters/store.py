"""Reading and writing the service's tables inside a unit of work's transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.tables import deliveries_table, preferences_table, tasks_table
from shuniu_notifications.domain.rules import Contact, QuietHours

# pending: to send; held: waiting for the person's daily digest; sent; dead: given up (死信);
# dropped: by its sending time its recipient might no longer see the object (app/delivery.py)
Status = Literal["pending", "held", "sent", "dead", "dropped"]
WAITING = ("pending", "held")
_KEYS = uuid.UUID("6f1d2c1e-3b1a-4c55-9a2e-7f0e6d9b8c11")  # the namespace of delivery ids


@dataclass(frozen=True)
class NewDelivery:
    event_id: str
    recipient: str
    channel: str
    person: str | None
    target: str
    rule: str
    subject: str
    title: str
    text: str
    link: str
    audience: dict[str, Any]  # the object's, as its owner named it (Audience.as_dict)


def delivery_id(event_id: str, recipient: str, channel: str) -> str:
    """The same id for the same event, recipient and channel, on every replica and after a restart."""
    return str(uuid.uuid5(_KEYS, f"{event_id}\n{recipient}\n{channel}"))


def _insert(connection: AsyncConnection) -> Any:
    return postgres_insert if connection.dialect.name == "postgresql" else sqlite_insert


async def add_delivery(
    connection: AsyncConnection, new: NewDelivery, now: datetime, *, status: Status
) -> str | None:
    """Record the delivery; its id if it is new, None if this event already gave this recipient a
    notice on this channel."""
    key = delivery_id(new.event_id, new.recipient, new.channel)
    statement = (
        _insert(connection)(deliveries_table)
        .values(
            delivery_id=key,
            **vars(new),
            status=status,
            attempts=0,
            created_at=now,
            sent_at=now if status == "sent" else None,
        )
        .on_conflict_do_nothing()
        .returning(deliveries_table.c.delivery_id)
    )
    return (await connection.execute(statement)).scalar()


async def delivery(connection: AsyncConnection, key: str) -> Any:
    return (
        await connection.execute(select(deliveries_table).where(deliveries_table.c.delivery_id == key))
    ).first()


async def mark(connection: AsyncConnection, key: str, **values: Any) -> None:
    await connection.execute(
        update(deliveries_table).where(deliveries_table.c.delivery_id == key).values(**values)
    )


async def update_waiting(
    connection: AsyncConnection, subject: str, *, audience: dict[str, Any] | None
) -> None:
    """The object's audience as its latest event names it, on its notices not sent yet."""
    await connection.execute(
        update(deliveries_table)
        .where(deliveries_table.c.subject == subject, deliveries_table.c.status.in_(WAITING))
        .values(audience=audience)
    )


async def held_for_digest(connection: AsyncConnection, person: str) -> list[Any]:
    query = (
        select(deliveries_table)
        .where(
            deliveries_table.c.person == person,
            deliveries_table.c.channel == "email",
            deliveries_table.c.status == "held",
        )
        .order_by(deliveries_table.c.created_at, deliveries_table.c.delivery_id)
    )
    return list((await connection.execute(query)).all())


async def remember_task(
    connection: AsyncConnection,
    task_id: str,
    *,
    title: str,
    lead_department: str,
    assigned_by: str | None,
    deadline: date,
    classification: str,
    audience: dict[str, Any] | None,
) -> None:
    values = {
        "title": title,
        "lead_department": lead_department,
        "assigned_by": assigned_by,
        "deadline": deadline,
        "classification": classification,
        "open": True,
        "audience": audience,
    }
    statement = _insert(connection)(tasks_table).values(task_id=task_id, **values)
    await connection.execute(statement.on_conflict_do_update(index_elements=["task_id"], set_=values))


async def update_task(connection: AsyncConnection, task_id: str, **values: Any) -> None:
    await connection.execute(update(tasks_table).where(tasks_table.c.task_id == task_id).values(**values))


async def task_facts(connection: AsyncConnection, task_id: str) -> dict[str, Any]:
    row = (await connection.execute(select(tasks_table).where(tasks_table.c.task_id == task_id))).first()
    return dict(row._mapping) if row is not None else {}


async def inbox(connection: AsyncConnection, person: str, limit: int) -> list[Any]:
    """A person's console notices, newest first."""
    query = (
        select(deliveries_table)
        .where(_console_of(person))
        .order_by(deliveries_table.c.created_at.desc(), deliveries_table.c.delivery_id)
        .limit(limit)
    )
    return list((await connection.execute(query)).all())


async def unread(connection: AsyncConnection, person: str) -> list[Any]:
    """A person's unread console notices, each with the audience it is shown to (for the count)."""
    query = select(deliveries_table.c.person, deliveries_table.c.audience).where(
        _console_of(person), deliveries_table.c.read_at.is_(None)
    )
    return list((await connection.execute(query)).all())


def _console_of(person: str) -> Any:
    return (deliveries_table.c.person == person) & (deliveries_table.c.channel == "console")


async def deliveries(connection: AsyncConnection, status: str | None, limit: int) -> list[Any]:
    query = select(deliveries_table).where(deliveries_table.c.channel != "console")
    if status is not None:
        query = query.where(deliveries_table.c.status == status)
    query = query.order_by(deliveries_table.c.created_at.desc(), deliveries_table.c.delivery_id).limit(limit)
    return list((await connection.execute(query)).all())


async def contact_of(connection: AsyncConnection, person: str, configured: Contact) -> Contact:
    """The rules file's contact for the person, with the choices they made themselves, if any."""
    row = (
        await connection.execute(select(preferences_table).where(preferences_table.c.person == person))
    ).first()
    if row is None:
        return configured
    quiet = QuietHours(row.quiet_start, row.quiet_end) if row.quiet_start and row.quiet_end else None
    return replace(configured, channels=tuple(row.channels), quiet_hours=quiet, digest_at=row.digest_at)


async def save_preferences(connection: AsyncConnection, person: str, contact: Contact, now: datetime) -> None:
    values = {
        "channels": list(contact.channels),
        "quiet_start": contact.quiet_hours.start if contact.quiet_hours else None,
        "quiet_end": contact.quiet_hours.end if contact.quiet_hours else None,
        "digest_at": contact.digest_at,
        "updated_at": now,
    }
    statement = _insert(connection)(preferences_table).values(person=person, **values)
    await connection.execute(statement.on_conflict_do_update(index_elements=["person"], set_=values))
