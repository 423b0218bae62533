"""Sending the pending deliveries, on the shared deadline scheduler: each delivery is a deadline
(scheduled with the notice, app/reactions.py), which the scheduler claims once across replicas
(FOR UPDATE SKIP LOCKED on PostgreSQL) and restarts (the claim commits with the delivery's new
state). A failed send is not the handler's failure: it records the attempt and schedules the next
one after a doubling backoff, and after the last attempt marks the delivery dead (死信) with its
error, visible at GET /deliveries. The message may go out twice only if the process dies between
the other side taking it and the commit — SMTP and the robots offer nothing better.

A person's daily digest is a deadline too, one per person and day: their held emails as one.
Before anything waiting goes out, its recipient is asked again whether they may see the object,
against its audience as the latest event named it (app/reactions.py) and the directory of now: one
who left the department, or an object since narrowed, is not sent it; the delivery is marked
dropped (visible at GET /deliveries), and a digest holds only what is left.
The escalation deadline (still overdue N working days on) is handled here too: the assigning
leader's notice, if the task is still open at its old deadline and its latest audience admits them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import structlog
from shuniu_shared.audience import Audience
from shuniu_shared.clock import office_date
from shuniu_shared.deadlines import Deadline, DeadlineHandler, schedule
from shuniu_shared.eventstore import UnitOfWork
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.senders import DeliveryFailed, send_email, send_to_robot
from shuniu_notifications.adapters.store import delivery, held_for_digest, mark, task_facts
from shuniu_notifications.app.config import Config
from shuniu_notifications.app.reactions import DELIVER, DIGEST, ESCALATE, notify
from shuniu_notifications.domain.audience import admits_whole_department, told
from shuniu_notifications.domain.rules import ESCALATION

log = structlog.get_logger(__name__)


def handlers(config: Config) -> dict[str, DeadlineHandler]:
    async def deliver(deadline: Deadline, uow: UnitOfWork) -> None:
        connection, now = uow.connection, uow.store.clock.now()
        row = await delivery(connection, deadline.stream_id)
        if row is None or row.status != "pending":
            return
        if not await _still_seen(connection, config, row):
            return
        try:
            await _send(config, row, now)
        except DeliveryFailed as error:
            retry_at = await _failed(connection, config, [row], error, now)
            if retry_at is not None:
                key = f"{row.delivery_id}:retry:{row.attempts + 1}"
                await schedule(connection, Deadline(key, row.delivery_id, DELIVER, retry_at))
            return
        await mark(connection, row.delivery_id, status="sent", attempts=row.attempts + 1, sent_at=now)

    async def digest(deadline: Deadline, uow: UnitOfWork) -> None:
        """每日汇总: the person's held emails, as one email."""
        connection, now, person = uow.connection, uow.store.clock.now(), deadline.payload["person"]
        rows = [
            row
            for row in await held_for_digest(connection, person)
            if await _still_seen(connection, config, row)
        ]
        if not rows:
            return
        subject = f"枢纽每日通知汇总（{len(rows)} 条）/ Shuniu daily digest ({len(rows)} notices)"
        body = "\n\n".join(f"{n}. {row.title}\n{row.text}" for n, row in enumerate(rows, start=1))
        try:
            await _send_email(config, rows[0].target, subject, body, config.deep_link(""))
        except DeliveryFailed as error:
            retry_at = await _failed(connection, config, rows, error, now)
            if retry_at is not None:
                key = f"digest:{person}:retry:{rows[0].attempts + 1}:{retry_at.isoformat()}"
                await schedule(
                    connection, Deadline(key, deadline.stream_id, DIGEST, retry_at, deadline.payload)
                )
            return
        for row in rows:
            await mark(connection, row.delivery_id, status="sent", attempts=row.attempts + 1, sent_at=now)

    async def escalate(deadline: Deadline, uow: UnitOfWork) -> None:
        facts = await task_facts(uow.connection, deadline.stream_id)
        if not facts.get("open") or facts["deadline"].isoformat() != deadline.payload["deadline"]:
            return  # closed, withdrawn or given a new deadline meanwhile
        rule = config.rules.rules.get(ESCALATION)
        if rule is None:
            return
        audience = Audience.stored(facts.pop("audience"))
        facts |= deadline.payload | {
            "subject": deadline.stream_id,
            "today": office_date(uow.store.clock.now()),
        }
        await notify(uow.connection, config, rule, deadline.key, facts, audience, uow.store.clock.now())

    return {DELIVER: deliver, ESCALATE: escalate, DIGEST: digest}


async def _still_seen(connection: AsyncConnection, config: Config, row: Any) -> bool:
    """Whether the delivery's recipient may still see its object; if not, it is dropped."""
    audience = Audience.stored(row.audience)
    if row.person is not None:  # one who left the directory altogether sees nothing
        seen = row.person in config.directory.people and bool(told(audience, [row.person], config.directory))
    else:  # a department's group chat: row.recipient is department:<code>
        seen = admits_whole_department(audience, row.recipient.removeprefix("department:"), config.directory)
    if not seen:
        await mark(connection, row.delivery_id, status="dropped")
    return seen


async def _failed(
    connection: AsyncConnection, config: Config, rows: list[Any], error: DeliveryFailed, now: datetime
) -> datetime | None:
    """Record a failed attempt on each row; when to try again, or None when they are dead now."""
    attempts = rows[0].attempts + 1
    dead = attempts >= config.max_attempts
    for row in rows:
        if dead:
            log.warning(
                "delivery_dead_lettered", delivery=row.delivery_id, channel=row.channel, error=str(error)
            )
        await mark(
            connection,
            row.delivery_id,
            attempts=attempts,
            last_error=str(error),
            **({"status": "dead"} if dead else {}),
        )
    return None if dead else now + timedelta(seconds=config.retry_seconds * 2 ** (attempts - 1))


async def _send(config: Config, row: Any, now: datetime) -> None:
    if row.channel == "email":
        await _send_email(config, row.target, row.title, row.text, row.link)
        return
    department, _, index = row.target.partition("/")
    robots = config.rules.robots.get(department, ())
    if int(index) >= len(robots):
        raise DeliveryFailed(f"department {department} has no robot {index} any more")
    await send_to_robot(robots[int(index)], row.title, row.text, row.link, int(now.timestamp() * 1000))


async def _send_email(config: Config, to: str, subject: str, text: str, link: str) -> None:
    if config.smtp_host is None:
        raise DeliveryFailed("no SMTP host configured (SHUNIU_NOTIFICATIONS_SMTP_HOST)")
    await send_email(config.smtp_host, config.smtp_port, config.smtp_sender, to, subject, text, link)
