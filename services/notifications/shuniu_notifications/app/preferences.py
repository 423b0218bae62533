"""A person's own choices (个人设置): which channels, quiet hours, a daily digest instead of single
emails. Each person sets only their own; the email address itself comes from the rules file (the
office's directory of addresses), so nobody can point someone's notices elsewhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from shuniu_shared.errors import InvalidInput
from sqlalchemy.ext.asyncio import AsyncConnection

from shuniu_notifications.adapters.store import contact_of, save_preferences
from shuniu_notifications.app.config import Config
from shuniu_notifications.domain.rules import Channel, Contact, QuietHours


async def preferences(connection: AsyncConnection, config: Config, person: str) -> Contact:
    return await contact_of(connection, person, config.rules.contact(person))


async def choose(
    connection: AsyncConnection,
    config: Config,
    person: str,
    *,
    channels: list[Channel],
    quiet_hours: tuple[time, time] | None,
    digest: time | None,
    now: datetime,
) -> Contact:
    if quiet_hours is not None and quiet_hours[0] == quiet_hours[1]:
        raise InvalidInput(
            "免打扰时段的开始与结束不能相同",
            "quiet hours must end at another time than they start",
            code="invalid_quiet_hours",
            field="quiet_hours",
        )
    if "email" in channels and config.rules.contact(person).email is None:
        raise InvalidInput(
            "尚未登记您的电子邮箱，无法选择邮件通知",
            "no email address is on file for you, so email cannot be chosen",
            code="no_email_address",
            field="channels",
        )
    chosen = replace(
        config.rules.contact(person),
        channels=tuple(dict.fromkeys(channels)),
        quiet_hours=QuietHours(*quiet_hours) if quiet_hours else None,
        digest_at=digest,
    )
    await save_preferences(connection, person, chosen, now)
    return chosen
