"""Events into notices: the handler of the consumer group ``notifications.notices``.

Exactly once. The consumer records the event's id in the inbox in the same transaction as the
deliveries this handler adds, so a redelivered event (after a restart, or read by a second replica
after a rebalance) adds nothing; and each delivery's id is its (event, recipient, channel), under a
unique constraint, so even an event handled twice could not give anyone a second notice. Each
delivery that goes out of the building (email, robot) is scheduled on the shared deadline scheduler
in the same transaction, which claims it once across replicas (app/delivery.py).

Supervision tasks: `task.overdue` names only the task, so the service keeps what it last heard of
each task (title, lead department, assigning leader, deadline) from `opened`, `reassigned`,
`revised` and `extension_granted`; `closed` and `withdrawn` end it, and with it its escalation.

Who is told: only those the object's audience admits, as the event names it (domain/audience.py);
an event naming none tells nobody. The escalation, raised later by the service's own deadline, asks
the audience the task's latest event named.

A notice that waits (for a daily digest, or the end of quiet hours) is sent later than it was made,
and by then the object's audience may be narrower: the task went to another department, the
document was classified. So every event on the topics is read, not only those the rules name, and
each one's audience replaces the one kept on its object's waiting deliveries; app/delivery.py asks
it again, with the directory of that moment, when it sends. The same consumer group does both, and
one object's events come in order on its partition, so a narrowing never lands before the notice it
narrows.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from shuniu_shared.audience import Audience
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.consumer import Handler
from shuniu_shared.deadlines import Deadline, cancel_stream, schedule
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import UnitOfWork
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.store import (
    NewDelivery,
    add_delivery,
    contact_of,
    remember_task,
    task_facts,
    update_task,
    update_waiting,
)
from shuniu_notifications.app.config import Config
from shuniu_notifications.domain.audience import NAMELESS, admits_whole_department, told
from shuniu_notifications.domain.rules import Rule, next_digest

TASK = "shuniu.supervision.task."
OPENED, REASSIGNED, REVISED = (f"{TASK}{kind}.v1" for kind in ("opened", "reassigned", "revised"))
EXTENDED, OVERDUE = f"{TASK}extension_granted.v1", f"{TASK}overdue.v1"
ENDED = frozenset({f"{TASK}closed.v1", f"{TASK}withdrawn.v1"})
TASK_FACTS = frozenset({OPENED, REASSIGNED, REVISED, EXTENDED, *ENDED})
TOPICS = [
    "shuniu.supervision.events",
    "shuniu.documents.events",
    "shuniu.meetings.events",
    "shuniu.reception.events",
    "shuniu.duty.events",
]
DELIVER, ESCALATE, DIGEST = "deliver", "escalate", "digest"
CLASSIFIED = (
    "您有一项涉密事项待办理 / A classified item awaits you",
    "请登录枢纽查看。/ Sign in to Shuniu to see it.",
)


def notices(config: Config) -> Handler:
    async def react(envelope: Envelope, uow: UnitOfWork) -> None:
        connection = uow.connection
        # Whatever the event, it says who may see its object now (an event naming none: nobody).
        await update_waiting(connection, envelope.subject, audience=_as_stored(envelope.audience))
        if envelope.type in TASK_FACTS:
            await _follow_task(connection, envelope)
        elif envelope.type.startswith(TASK):  # 催办, 临近, 逾期: the task's audience as it now stands
            await update_task(connection, envelope.subject, audience=_as_stored(envelope.audience))
        rule = config.rules.rules.get(envelope.type)
        if rule is None:
            return
        facts = {"subject": envelope.subject}
        if envelope.type.startswith(TASK):  # the event's own audience decides, not the one kept
            facts |= await task_facts(connection, envelope.subject)
            facts.pop("audience", None)
        facts |= envelope.data
        await notify(connection, config, rule, envelope.id, facts, envelope.audience, uow.store.clock.now())
        if envelope.type == OVERDUE and facts.get("lead_department"):
            await _schedule_escalation(connection, config, envelope.subject, envelope.data)

    return react


async def notify(
    connection: AsyncConnection,
    config: Config,
    rule: Rule,
    event_id: str,
    facts: dict[str, Any],
    audience: Audience | None,
    now: datetime,
) -> None:
    """Add the rule's notices for these facts, to those the object's audience admits (those this
    event already gave are left as they are)."""
    if audience is None:
        return  # an object nobody outside its owner may see: nobody is told of it
    title, text = rule.title.render(facts), rule.text.render(facts)
    link = config.deep_link(rule.route(facts))
    # A classified object's title never leaves the building: mail servers are not cleared for it.
    # The console, behind sign-in, shows it; the link leads there. (The event's own field is heeded
    # too, where an owner's data says more than its audience.)
    classified = audience.classification != "none" or facts.get("classification") not in (None, "none")
    outside = CLASSIFIED if classified else (title, text)

    def new(
        recipient: str, channel: str, person: str | None, target: str, words: tuple[str, str]
    ) -> NewDelivery:
        return NewDelivery(
            event_id,
            recipient,
            channel,
            person,
            target,
            rule.trigger,
            facts["subject"],
            *words,
            link,
            audience.as_dict(),
        )

    for person in told(audience, rule.recipients_for(facts, config.directory), config.directory):
        contact = await contact_of(connection, person, config.rules.contact(person))
        if contact.wants("console"):
            console = new(person, "console", person, person, (title, text))
            await add_delivery(connection, console, now, status="sent")
        if contact.wants("email") and contact.email is not None:
            email = new(person, "email", person, contact.email, outside)
            if contact.digest_at is not None:  # held for the day's digest, which is scheduled once a day
                if await add_delivery(connection, email, now, status="held") is not None:
                    due = next_digest(now, contact.digest_at)
                    await schedule(
                        connection,
                        Deadline(
                            f"digest:{person}:{due.date()}",
                            f"digest:{person}",
                            DIGEST,
                            due,
                            {"person": person},
                        ),
                    )
                continue
            key = await add_delivery(connection, email, now, status="pending")
            if key is not None:
                release = contact.quiet_hours.release(now) if contact.quiet_hours else now
                await schedule(connection, Deadline(key, key, DELIVER, release))
    department = facts.get(rule.webhooks) if rule.webhooks else None
    if not department or not admits_whole_department(audience, department, config.directory):
        return  # a group chat hears only what all who may be in it may see
    # Whatever the department may see, a group chat is no place for a person's data: the words
    # then name nothing of the object (the text of a 催办, the title of a petition's task).
    chat_words = NAMELESS if audience.personal_data else outside
    for index, robot in enumerate(config.rules.robots.get(department, ())):
        recipient = f"department:{department}"
        delivery = new(recipient, robot.kind, None, f"{department}/{index}", chat_words)
        key = await add_delivery(connection, delivery, now, status="pending")
        if key is not None:
            await schedule(connection, Deadline(key, key, DELIVER, now))


async def _follow_task(connection: AsyncConnection, envelope: Envelope) -> None:
    data, task_id, audience = envelope.data, envelope.subject, _as_stored(envelope.audience)
    if envelope.type == OPENED:
        await remember_task(
            connection,
            task_id,
            title=data["title"],
            lead_department=data["lead_department"],
            assigned_by=data.get("assigned_by"),
            deadline=date.fromisoformat(data["deadline"]),
            classification=data.get("classification", "none"),
            audience=audience,
        )
    elif envelope.type == REASSIGNED:
        await update_task(
            connection,
            task_id,
            lead_department=data["lead_department"],
            deadline=date.fromisoformat(data["deadline"]),
            audience=audience,
        )
        await cancel_stream(connection, task_id)  # the escalation was the old lead's
    elif envelope.type in (REVISED, EXTENDED):
        await update_task(
            connection, task_id, deadline=date.fromisoformat(data["deadline"]), audience=audience
        )
        await cancel_stream(connection, task_id)  # a new deadline: not overdue any more
    else:  # closed or withdrawn
        await update_task(connection, task_id, open=False, audience=audience)
        await cancel_stream(connection, task_id)


def _as_stored(audience: Audience | None) -> dict[str, Any] | None:
    return audience.as_dict() if audience else None


async def _schedule_escalation(
    connection: AsyncConnection, config: Config, task_id: str, overdue: dict[str, Any]
) -> None:
    """Still overdue N working days after the overdue day: the assigning leader hears of it."""
    days = config.rules.escalate_after_working_days
    due = config.calendar.add_working_days(date.fromisoformat(overdue["on"]), days)
    await schedule(
        connection,
        Deadline(
            f"{task_id}:{ESCALATE}:{overdue['deadline']}",
            task_id,
            ESCALATE,
            datetime.combine(due, time(9, 0), tzinfo=OFFICE_TZ),  # when the leader is at work
            {"deadline": overdue["deadline"], "working_days": days},
        ),
    )
