"""Sending the pending deliveries, on the shared deadline scheduler: each delivery is a deadline
(scheduled with the notice, app/reactions.py), which the scheduler claims once across replicas
(FOR UPDATE SKIP LOCKED on PostgreSQL) and restarts (the claim commits with the delivery's new
state). A failed send is not the handler's failure: it records the attempt and schedules the next
one after a doubling backoff, and after the last attempt marks the delivery dead (死信) with its
error, visible at GET /deliveries. The message may go out twice only if the process dies between
the other side taking it and the commit — SMTP and the robots offer nothing better.

The escalation deadline (still overdue N working days on) is handled here too: the assigning
leader's notice, if the task is still open at its old deadline.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import structlog
from shuniu_shared.clock import office_date
from shuniu_shared.deadlines import Deadline, DeadlineHandler, schedule
from shuniu_shared.eventstore import UnitOfWork

from shuniu_notifications.adapters.senders import DeliveryFailed, send_email, send_to_robot
from shuniu_notifications.adapters.store import delivery, mark, task_facts
from shuniu_notifications.app.config import Config
from shuniu_notifications.app.reactions import DELIVER, ESCALATE, notify
from shuniu_notifications.domain.rules import ESCALATION

log = structlog.get_logger(__name__)


def handlers(config: Config) -> dict[str, DeadlineHandler]:
    async def deliver(deadline: Deadline, uow: UnitOfWork) -> None:
        connection, now = uow.connection, uow.store.clock.now()
        row = await delivery(connection, deadline.stream_id)
        if row is None or row.status != "pending":
            return
        try:
            await _send(config, row, now)
        except DeliveryFailed as error:
            attempts = row.attempts + 1
            if attempts >= config.max_attempts:
                log.warning(
                    "delivery_dead_lettered", delivery=row.delivery_id, channel=row.channel, error=str(error)
                )
                await mark(
                    connection, row.delivery_id, status="dead", attempts=attempts, last_error=str(error)
                )
                return
            retry_at = now + timedelta(seconds=config.retry_seconds * 2 ** (attempts - 1))
            await mark(connection, row.delivery_id, attempts=attempts, last_error=str(error))
            await schedule(
                connection,
                Deadline(f"{row.delivery_id}:retry:{attempts}", row.delivery_id, DELIVER, retry_at),
            )
            return
        await mark(connection, row.delivery_id, status="sent", attempts=row.attempts + 1, sent_at=now)

    async def escalate(deadline: Deadline, uow: UnitOfWork) -> None:
        facts = await task_facts(uow.connection, deadline.stream_id)
        if not facts.get("open") or facts["deadline"].isoformat() != deadline.payload["deadline"]:
            return  # closed, withdrawn or given a new deadline meanwhile
        rule = config.rules.rules.get(ESCALATION)
        if rule is None:
            return
        facts |= deadline.payload | {
            "subject": deadline.stream_id,
            "today": office_date(uow.store.clock.now()),
        }
        await notify(uow.connection, config, rule, deadline.key, facts, uow.store.clock.now())

    return {DELIVER: deliver, ESCALATE: escalate}


async def _send(config: Config, row: Any, now: datetime) -> None:
    if row.channel == "email":
        if config.smtp_host is None:
            raise DeliveryFailed("no SMTP host configured (SHUNIU_NOTIFICATIONS_SMTP_HOST)")
        await send_email(
            config.smtp_host, config.smtp_port, config.smtp_sender, row.target, row.title, row.text, row.link
        )
        return
    department, _, index = row.target.partition("/")
    robots = config.rules.robots.get(department, ())
    if int(index) >= len(robots):
        raise DeliveryFailed(f"department {department} has no robot {index} any more")
    await send_to_robot(robots[int(index)], row.title, row.text, row.link, int(now.timestamp() * 1000))
