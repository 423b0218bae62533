"""Seal commands (用印): the seals, requests, approval, and each use logged for the auditors."""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Written
from sqlalchemy import insert, update

from shuniu_reception.adapters.tables import seal_requests, seal_uses, seals
from shuniu_reception.domain.events import SealUsed
from shuniu_reception.domain.seals import Seal, SealRequest


@dataclass(frozen=True)
class RegisterSeal(Command):  # 登记印章
    seal_id: str
    name: str
    kind: str


@dataclass(frozen=True)
class RequestSeal(Command):  # 用印申请
    request_id: str
    seal_id: str
    document: str  # 用印文件
    reason: str
    impressions: int
    outgoing_id: str = ""  # the 发文, when the document is one issued in Shuniu
    pdf_sha256: str = ""  # and the hash of its typeset PDF, the one approved


@dataclass(frozen=True)
class ApproveSealRequest(Command):  # 批准用印
    request_id: str


@dataclass(frozen=True)
class UseSeal(Command):  # 用印（监印人）
    request_id: str
    impressions: int


async def register_seal(command: RegisterSeal, uow: UnitOfWork, actor: Actor) -> Written:
    written = await uow.save(Seal(command.seal_id), Seal.register(command.name, command.kind))
    await uow.connection.execute(
        insert(seals).values(seal_id=command.seal_id, name=command.name.strip(), kind=command.kind)
    )
    return written


async def request_seal(command: RequestSeal, uow: UnitOfWork, actor: Actor) -> Written:
    seal = await uow.load_or_new(Seal, command.seal_id)
    if not seal.exists:
        raise InvalidInput(
            f"没有编号为 {command.seal_id} 的印章", f"there is no seal {command.seal_id}", field="seal_id"
        )
    written = await uow.save(
        SealRequest(command.request_id),
        SealRequest.request(
            command.seal_id,
            command.document,
            command.reason,
            command.impressions,
            actor.person,
            command.outgoing_id,
            command.pdf_sha256,
        ),
    )
    await uow.connection.execute(
        insert(seal_requests).values(
            request_id=command.request_id,
            seal_id=command.seal_id,
            document=command.document.strip(),
            reason=command.reason.strip(),
            impressions=command.impressions,
            used=0,
            requested_by=actor.person,
            stage="requested",
            requested_at=uow.store.clock.now(),
        )
    )
    return written


async def approve_seal_request(command: ApproveSealRequest, uow: UnitOfWork, actor: Actor) -> Written:
    request = await uow.load_at(SealRequest, command.request_id, command.expected_version)
    written = await uow.save(request, request.approve(actor.person))
    await uow.connection.execute(
        update(seal_requests)
        .where(seal_requests.c.request_id == command.request_id)
        .values(stage=request.stage, approved_by=actor.person)
    )
    return written


async def use_seal(command: UseSeal, uow: UnitOfWork, actor: Actor) -> Written:
    """用印, logged in the same transaction: who, when, which seal, how many impressions."""
    request = await uow.load_at(SealRequest, command.request_id, command.expected_version)
    events = request.use(actor.person, uow.store.clock.now(), command.impressions)
    written = await uow.save(request, events)
    used = events[0]
    assert isinstance(used, SealUsed)
    document = await uow.connection.scalar(
        seal_requests.select()
        .with_only_columns(seal_requests.c.document)
        .where(seal_requests.c.request_id == command.request_id)
    )
    await uow.connection.execute(
        insert(seal_uses).values(
            request_id=command.request_id,
            seal_id=used.seal_id,
            used_by=actor.person,
            used_at=used.used_at,
            impressions=used.impressions,
            document=document or "",
        )
    )
    await uow.connection.execute(
        update(seal_requests)
        .where(seal_requests.c.request_id == command.request_id)
        .values(stage=request.stage, used=request.used)
    )
    return written
