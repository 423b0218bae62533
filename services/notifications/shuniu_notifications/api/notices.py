"""The inbox (GET /notices, POST /notices/{id}/read) and the delivery state (GET /deliveries)."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from shuniu_shared.commands import Actor
from shuniu_shared.web.commands import Acting, acting, runtime_of

from shuniu_notifications.app.config import config_of
from shuniu_notifications.app.inbox import OVERSEEING_ROLES, delivery_state, mark_read, my_inbox
from shuniu_notifications.app.preferences import choose, preferences
from shuniu_notifications.domain.rules import Channel, Contact

router = APIRouter(tags=["notices 通知"])
Limit = Query(50, ge=1, le=200, description="最多返回条数 / at most this many")


class Notice(BaseModel):
    id: str
    title: str
    text: str
    link: str
    subject: str
    created_at: datetime
    read_at: datetime | None


class Inbox(BaseModel):
    items: list[Notice]
    unread: int


class DeliveryState(BaseModel):
    id: str
    channel: str
    recipient: str
    target: str
    title: str
    status: str
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


class Deliveries(BaseModel):
    items: list[DeliveryState]


class Marked(BaseModel):
    id: str
    read_at: datetime


# A time of the office's day, as the answers write it ("22:00:00"), in Beijing time: given as a string
# without an offset (a number, or "22:00Z", would come back as another kind of time). Said as a pattern,
# not as JSON Schema's format "time", which is RFC 3339's full-time with an offset.
OFFICE_TIME_SCHEMA = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$"}


def _wall_clock(given: Any) -> Any:
    if isinstance(given, time) and given.tzinfo is None:  # as the service's own answers hold it
        return given
    if not isinstance(given, str) or not re.fullmatch(OFFICE_TIME_SCHEMA["pattern"], given):
        raise ValueError("须为北京时间的时刻，如 22:00 / a time of day in Beijing time, e.g. 22:00")
    return given


OfficeTime = Annotated[time, BeforeValidator(_wall_clock), WithJsonSchema(OFFICE_TIME_SCHEMA)]
# From..until as two such times: an array of two items, not the tuple's `prefixItems`, which the
# OpenAPI readers clients use (schemathesis among them) refuse as an invalid schema object.
QuietHours = Annotated[
    tuple[OfficeTime, OfficeTime],
    WithJsonSchema({"type": "array", "items": OFFICE_TIME_SCHEMA, "minItems": 2, "maxItems": 2}),
]


class Preferences(BaseModel):
    """个人通知设置 / one's own notification choices."""

    model_config = ConfigDict(extra="forbid")

    channels: list[Channel] = Field(description="console 站内, email 邮件")
    quiet_hours: QuietHours | None = Field(None, description="免打扰时段（北京时间）/ quiet hours")
    digest: OfficeTime | None = Field(None, description="每日汇总时间；不设则逐条发送 / daily digest time")


class PreferencesView(Preferences):
    email: str | None = Field(None, description="办公室登记的邮箱 / the address on file")


@router.get("/notices", summary="我的通知与未读数 / my notices and the unread count")
async def my_notices(request: Request, reader: Acting, limit: int = Limit) -> Inbox:
    runtime = runtime_of(request)
    async with runtime.engine.connect() as connection:
        rows, unread = await my_inbox(connection, reader, runtime.directory, limit)
    return Inbox(items=[_notice(row) for row in rows], unread=unread)


@router.post("/notices/{notice_id}/read", summary="标为已读 / mark a notice read")
async def read_notice(notice_id: str, request: Request, reader: Acting) -> Marked:
    runtime = runtime_of(request)
    async with runtime.store.unit_of_work() as uow:
        read_at = await mark_read(
            uow.connection, reader, runtime.directory, notice_id, runtime.store.clock.now()
        )
    return Marked(id=notice_id, read_at=read_at)


@router.get("/deliveries", summary="各渠道投递状态 / delivery state of every channel")
async def deliveries_state(
    request: Request,
    overseer: Annotated[Actor, Depends(acting(*OVERSEEING_ROLES))],
    status: Literal["pending", "held", "sent", "dead", "dropped"] | None = None,
    limit: int = Limit,
) -> Deliveries:
    runtime = runtime_of(request)
    async with runtime.engine.connect() as connection:
        rows = await delivery_state(connection, overseer, runtime.directory, status, limit)
    return Deliveries(items=[_delivery(row) for row in rows])


def _notice(row: Any) -> Notice:
    return Notice.model_validate({**row._mapping, "id": row.delivery_id})


def _delivery(row: Any) -> DeliveryState:
    """A robot's target is shown without its key (the part of its URL after the first /)."""
    target = row.target if row.channel == "email" else row.target.partition("/")[0]
    return DeliveryState.model_validate({**row._mapping, "id": row.delivery_id, "target": target})


@router.get("/preferences", summary="我的通知设置 / my notification preferences")
async def my_preferences(request: Request, actor: Acting) -> PreferencesView:
    runtime = runtime_of(request)
    async with runtime.engine.connect() as connection:
        return _preferences(await preferences(connection, config_of(runtime), actor.person))


@router.post("/preferences", summary="修改我的通知设置 / change my notification preferences")
async def change_preferences(body: Preferences, request: Request, actor: Acting) -> PreferencesView:
    runtime = runtime_of(request)
    async with runtime.store.unit_of_work() as uow:
        chosen = await choose(
            uow.connection,
            config_of(runtime),
            actor.person,
            channels=body.channels,
            quiet_hours=body.quiet_hours,
            digest=body.digest,
            now=runtime.store.clock.now(),
        )
    return _preferences(chosen)


def _preferences(contact: Contact) -> PreferencesView:
    quiet = contact.quiet_hours
    return PreferencesView(
        channels=list(contact.channels),
        quiet_hours=(quiet.start, quiet.end) if quiet else None,
        digest=contact.digest_at,
        email=contact.email,
    )
