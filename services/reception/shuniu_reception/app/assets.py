"""Fixed-asset commands (固定资产): the register, transfer and disposal by approval, and counts (盘点)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.errors import InvalidInput
from shuniu_shared.events import DomainEvent
from shuniu_shared.eventstore import Written
from sqlalchemy import insert, select, update

from shuniu_reception.adapters.tables import asset_counts, assets, count_differences
from shuniu_reception.domain.assets import Asset, AssetCount, AssetStage, Placement, asset_id, valid_tag
from shuniu_reception.domain.events import AssetMisplaced, AssetMissing, CountClosed, UnregisteredAssetFound


@dataclass(frozen=True)
class RegisterAsset(Command):  # 登记固定资产
    tag: str
    name: str
    custodian: str
    location: str
    department: str


@dataclass(frozen=True)
class AssetStep(Command):
    """A step on a registered asset, decided by the asset itself (domain/assets.py)."""

    asset_id: str


@dataclass(frozen=True)
class ProposeTransfer(AssetStep):  # 提出调拨
    custodian: str
    location: str
    department: str
    reason: str


@dataclass(frozen=True)
class ApproveTransfer(AssetStep):  # 批准调拨
    pass


@dataclass(frozen=True)
class ProposeDisposal(AssetStep):  # 提出报废
    reason: str


@dataclass(frozen=True)
class ApproveDisposal(AssetStep):  # 批准报废
    pass


@dataclass(frozen=True)
class OpenCount(Command):  # 开始盘点
    count_id: str


@dataclass(frozen=True)
class RecordFinding(Command):  # 登记盘点实物
    count_id: str
    tag: str
    location: str
    custodian: str


@dataclass(frozen=True)
class CloseCount(Command):  # 结束盘点
    count_id: str


def _holder(uow: UnitOfWork, custodian: str, department: str) -> None:
    """The custodian and the department are the directory's."""
    uow.directory.person(custodian, field="custodian")
    uow.directory.department(department)


async def _step(uow: UnitOfWork, command: AssetStep, decide: Callable[[Asset], list[DomainEvent]]) -> Written:
    """The step on the asset at the version its caller saw, and the register's row after it."""
    asset = await uow.load_at(Asset, command.asset_id, command.expected_version)
    written = await uow.save(asset, decide(asset))
    await uow.connection.execute(
        update(assets)
        .where(assets.c.asset_id == asset.id)
        .values(
            stage=asset.stage, custodian=asset.custodian, location=asset.location, department=asset.department
        )
    )
    return written


async def register_asset(command: RegisterAsset, uow: UnitOfWork, actor: Actor) -> Written:
    tag = valid_tag(command.tag)
    _holder(uow, command.custodian, command.department)
    asset = await uow.load_or_new(Asset, asset_id(tag))
    if asset.exists:
        raise InvalidInput(f"资产编号 {tag} 已登记", f"tag {tag} is already registered", field="tag")
    events = Asset.register(
        tag, command.name, command.custodian, command.location, command.department, actor.person
    )
    written = await uow.save(asset, events)
    await uow.connection.execute(
        insert(assets).values(
            asset_id=asset.id,
            tag=tag,
            name=command.name.strip(),
            custodian=asset.custodian,
            location=asset.location,
            department=asset.department,
            stage=asset.stage,
        )
    )
    return written


async def propose_transfer(command: ProposeTransfer, uow: UnitOfWork, actor: Actor) -> Written:
    _holder(uow, command.custodian, command.department)
    return await _step(
        uow,
        command,
        lambda asset: asset.propose_transfer(
            command.custodian, command.location.strip(), command.department, command.reason, actor.person
        ),
    )


async def approve_transfer(command: ApproveTransfer, uow: UnitOfWork, actor: Actor) -> Written:
    return await _step(uow, command, lambda asset: asset.approve_transfer(actor.person))


async def propose_disposal(command: ProposeDisposal, uow: UnitOfWork, actor: Actor) -> Written:
    return await _step(uow, command, lambda asset: asset.propose_disposal(command.reason, actor.person))


async def approve_disposal(command: ApproveDisposal, uow: UnitOfWork, actor: Actor) -> Written:
    return await _step(uow, command, lambda asset: asset.approve_disposal(actor.person, uow.today()))


async def open_count(command: OpenCount, uow: UnitOfWork, actor: Actor) -> Written:
    written = await uow.save(AssetCount(command.count_id), AssetCount.start(actor.person, uow.today()))
    await uow.connection.execute(
        insert(asset_counts).values(
            count_id=command.count_id, opened_by=actor.person, opened_on=uow.today(), open=True
        )
    )
    return written


async def record_finding(command: RecordFinding, uow: UnitOfWork, actor: Actor) -> Written:
    if command.custodian:
        uow.directory.person(command.custodian, field="custodian")
    count = await uow.load_at(AssetCount, command.count_id, command.expected_version)
    return await uow.save(count, count.record(command.tag, command.location, command.custodian, actor.person))


async def close_count(command: CloseCount, uow: UnitOfWork, actor: Actor) -> Written:
    """结束盘点 against the register as it stands in this transaction (the assets in use or awaiting
    a decision; a disposed one has left it), and the register's rows marked with what was found."""
    count = await uow.load_at(AssetCount, command.count_id, command.expected_version)
    rows = await uow.connection.execute(
        select(assets.c.tag, assets.c.location, assets.c.custodian).where(
            assets.c.stage != AssetStage.DISPOSED
        )
    )
    register = {r.tag: Placement(r.location, r.custodian) for r in rows}
    events = count.close(register, actor.person, uow.today())
    written = await uow.save(count, events)
    await uow.connection.execute(
        update(assets).where(assets.c.count_finding.is_not(None)).values(count_id=None, count_finding=None)
    )
    for e in events:
        if isinstance(e, AssetMissing):
            row = {"kind": "missing", "registered_location": e.location, "registered_custodian": e.custodian}
        elif isinstance(e, AssetMisplaced):
            row = {
                "kind": "misplaced",
                "registered_location": e.registered_location,
                "found_location": e.found_location,
                "registered_custodian": e.registered_custodian,
                "found_custodian": e.found_custodian,
            }
        elif isinstance(e, UnregisteredAssetFound):
            row = {"kind": "unregistered", "found_location": e.location, "found_custodian": e.custodian}
        else:
            continue
        await uow.connection.execute(insert(count_differences).values(count_id=count.id, tag=e.tag, **row))
        if row["kind"] != "unregistered":
            await uow.connection.execute(
                update(assets)
                .where(assets.c.tag == e.tag)
                .values(count_id=count.id, count_finding=row["kind"])
            )
    closed = events[-1]
    assert isinstance(closed, CountClosed)
    await uow.connection.execute(
        update(asset_counts)
        .where(asset_counts.c.count_id == count.id)
        .values(open=False, differences=closed.differences)
    )
    return written
