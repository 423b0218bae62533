"""Seal commands (用印): the seals, requests, approval, and each use logged for the auditors."""

from __future__ import annotations

from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import UnitOfWork, Written
from sqlalchemy import insert, update

from shuniu_reception.adapters.tables import seal_requests, seal_uses, seals
from shuniu_reception.app.loading import load_checked
from shuniu_reception.domain.events import SealUsed
from shuniu_reception.domain.seals import Seal, SealRequest


async def register_seal(uow: UnitOfWork, seal_id: str, name: str, kind: str) -> Written:
    written = await uow.save(Seal(seal_id), Seal.register(name, kind))
    await uow.connection.execute(insert(seals).values(seal_id=seal_id, name=name.strip(), kind=kind))
    return written


async def request_seal(
    uow: UnitOfWork, request_id: str, seal_id: str, document: str, reason: str, impressions: int, by: str
) -> Written:
    seal = await uow.load_or_new(Seal, seal_id)
    if not seal.exists:
        raise InvalidInput(f"没有编号为 {seal_id} 的印章", f"there is no seal {seal_id}", field="seal_id")
    written = await uow.save(
        SealRequest(request_id), SealRequest.request(seal_id, document, reason, impressions, by)
    )
    await uow.connection.execute(
        insert(seal_requests).values(
            request_id=request_id,
            seal_id=seal_id,
            document=document.strip(),
            reason=reason.strip(),
            impressions=impressions,
            used=0,
            requested_by=by,
            stage="requested",
            requested_at=uow.store.clock.now(),
        )
    )
    return written


async def approve_seal_request(
    uow: UnitOfWork, request_id: str, by: str, *, expected: int | None = None
) -> Written:
    request = await load_checked(uow, SealRequest, request_id, expected)
    written = await uow.save(request, request.approve(by))
    await uow.connection.execute(
        update(seal_requests)
        .where(seal_requests.c.request_id == request_id)
        .values(stage=request.stage, approved_by=by)
    )
    return written


async def use_seal(
    uow: UnitOfWork, request_id: str, by: str, impressions: int, *, expected: int | None = None
) -> Written:
    """用印, logged in the same transaction: who, when, which seal, how many impressions."""
    request = await load_checked(uow, SealRequest, request_id, expected)
    events = request.use(by, uow.store.clock.now(), impressions)
    written = await uow.save(request, events)
    used = events[0]
    assert isinstance(used, SealUsed)
    document = await uow.connection.scalar(
        seal_requests.select()
        .with_only_columns(seal_requests.c.document)
        .where(seal_requests.c.request_id == request_id)
    )
    await uow.connection.execute(
        insert(seal_uses).values(
            request_id=request_id,
            seal_id=used.seal_id,
            used_by=by,
            used_at=used.used_at,
            impressions=used.impressions,
            document=document or "",
        )
    )
    await uow.connection.execute(
        update(seal_requests)
        .where(seal_requests.c.request_id == request_id)
        .values(stage=request.stage, used=request.used)
    )
    return written
