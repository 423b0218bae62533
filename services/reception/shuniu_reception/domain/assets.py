"""Fixed assets (固定资产, docs/rules.md §10): a register of tagged assets, each with a custodian, a
place and a holding department; transfer (调拨) and disposal (报废) each only by approval; and a count
(盘点) that reconciles the register with what is found, recording every difference."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain.events import (
    AssetDisposed,
    AssetFound,
    AssetMisplaced,
    AssetMissing,
    AssetRegistered,
    AssetTransferred,
    CountClosed,
    CountOpened,
    DisposalProposed,
    DomainEvent,
    TransferProposed,
    UnregisteredAssetFound,
)
from shuniu_reception.domain.supplies import AFFAIRS

# The register and the counts are kept by the affairs officer, decided on by the office director
# and read by the auditors.
SEES_EVERY_ASSET = (AFFAIRS, "office_director", "auditor")
TAG = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}")


def asset_id(tag: str) -> str:
    """The asset's stream: one per tag, so a tag is registered once."""
    return f"asset-{tag}"


def valid_tag(tag: str) -> str:
    tag = tag.strip()
    if not TAG.fullmatch(tag):
        raise InvalidInput(
            "资产编号须为 1 至 40 位字母、数字或连字符",
            "a tag is 1 to 40 letters, digits or hyphens",
            field="tag",
        )
    return tag


def asset_audience(department: str, custodian: str) -> Audience:
    """知悉范围 of an asset: the office's affairs staff, its director and the auditors; the holding
    department (its members exactly) and the custodian."""
    return Audience.of(roles=SEES_EVERY_ASSET, members_of=[department], people=[custodian])


class AssetStage(StrEnum):
    IN_USE = "in_use"  # 在用
    TRANSFER_PROPOSED = "transfer_proposed"  # 调拨待批
    DISPOSAL_PROPOSED = "disposal_proposed"  # 报废待批
    DISPOSED = "disposed"  # 已报废


@dataclass(frozen=True)
class Placement:
    """Where an asset is and with whom: as the register has it, or as a count found it."""

    location: str
    custodian: str


class Asset(Aggregate):  # 固定资产
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: AssetStage | None = None
        self.tag = ""
        self.custodian = ""
        self.location = ""
        self.department = ""
        self.proposed: TransferProposed | None = None

    def audience(self) -> Audience:
        return asset_audience(self.department, self.custodian)

    @staticmethod
    def register(
        tag: str, name: str, custodian: str, location: str, department: str, by: str
    ) -> list[DomainEvent]:
        return [
            AssetRegistered(
                tag=valid_tag(tag),
                name=required(name, "name", "请填写资产名称", "an asset needs a name"),
                custodian=custodian,
                location=required(location, "location", "请填写存放地点", "say where the asset is kept"),
                department=department,
                registered_by=by,
            )
        ]

    def _in_use(self, step_zh: str, step_en: str) -> None:
        if self.stage is AssetStage.DISPOSED:
            raise RuleBroken(
                f"资产 {self.tag} 已报废，不能{step_zh}",
                f"asset {self.tag} has been disposed of and cannot be {step_en}",
                code="asset_disposed",
            )
        if self.stage is not AssetStage.IN_USE:
            raise OutOfTurn(
                f"资产 {self.tag} 有待审批的调拨或报废",
                f"asset {self.tag} has a transfer or disposal pending",
            )

    def propose_transfer(
        self, custodian: str, location: str, department: str, reason: str, by: str
    ) -> list[DomainEvent]:
        """提出调拨: the asset moves only when the transfer is approved."""
        self._in_use("调拨", "transferred")
        location = required(location, "location", "请填写调入地点", "say where the asset goes")
        if (custodian, location, department) == (self.custodian, self.location, self.department):
            raise InvalidInput(
                "调拨后的保管人、地点和部门与现在相同", "the transfer changes nothing", field="location"
            )
        reason = required(reason, "reason", "请说明调拨原因", "give the reason for the transfer")
        return [
            TransferProposed(
                custodian=custodian, location=location, department=department, reason=reason, proposed_by=by
            )
        ]

    def approve_transfer(self, by: str) -> list[DomainEvent]:
        if self.stage is not AssetStage.TRANSFER_PROPOSED or self.proposed is None:
            raise OutOfTurn("没有待审批的调拨", "there is no transfer to approve", code="nothing_proposed")
        if by == self.proposed.proposed_by:
            raise RuleBroken(
                "调拨不能由提出人自己批准",
                "a transfer cannot be approved by who proposed it",
                code="self_approval",
            )
        p = self.proposed
        return [
            AssetTransferred(
                custodian=p.custodian, location=p.location, department=p.department, approved_by=by
            )
        ]

    def propose_disposal(self, reason: str, by: str) -> list[DomainEvent]:
        self._in_use("报废", "disposed of again")
        reason = required(reason, "reason", "请说明报废原因", "give the reason for the disposal")
        return [DisposalProposed(reason=reason, proposed_by=by)]

    def approve_disposal(self, by: str, on: date) -> list[DomainEvent]:
        if self.stage is not AssetStage.DISPOSAL_PROPOSED:
            raise OutOfTurn("没有待审批的报废", "there is no disposal to approve", code="nothing_proposed")
        return [AssetDisposed(approved_by=by, disposed_on=on)]

    def when_registered(self, e: AssetRegistered) -> None:
        self.stage, self.tag = AssetStage.IN_USE, e.tag
        self.custodian, self.location, self.department = e.custodian, e.location, e.department

    def when_transfer_proposed(self, e: TransferProposed) -> None:
        self.stage, self.proposed = AssetStage.TRANSFER_PROPOSED, e

    def when_transferred(self, e: AssetTransferred) -> None:
        self.stage, self.proposed = AssetStage.IN_USE, None
        self.custodian, self.location, self.department = e.custodian, e.location, e.department

    def when_disposal_proposed(self, e: DisposalProposed) -> None:
        self.stage = AssetStage.DISPOSAL_PROPOSED

    def when_disposed(self, e: AssetDisposed) -> None:
        self.stage = AssetStage.DISPOSED


COUNT_AUDIENCE = Audience.of(roles=SEES_EVERY_ASSET)


class AssetCount(Aggregate):  # 盘点
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.open = False
        self.found: dict[str, Placement] = {}

    def audience(self) -> Audience:
        return COUNT_AUDIENCE

    @staticmethod
    def start(by: str, on: date) -> list[DomainEvent]:
        return [CountOpened(opened_by=by, opened_on=on)]

    def record(self, tag: str, location: str, custodian: str, by: str) -> list[DomainEvent]:
        """What the counters found under one tag (found again, the later finding stands)."""
        if not self.open:
            raise OutOfTurn("盘点已结束", "the count is closed", code="count_closed")
        location = required(location, "location", "请填写实物所在地点", "say where it was found")
        return [AssetFound(tag=valid_tag(tag), location=location, custodian=custodian, found_by=by)]

    def close(self, register: Mapping[str, Placement], by: str, on: date) -> list[DomainEvent]:
        """结束盘点 against the register of assets in use: every difference is its own event —
        盘亏 (registered, not found), 盘盈 (found, not registered), 账实不符 (elsewhere or with
        someone else) — then the closing, which counts them."""
        if not self.open:
            raise OutOfTurn("盘点已结束", "the count is closed", code="count_closed")
        differences: list[DomainEvent] = []
        for tag, booked in sorted(register.items()):
            found = self.found.get(tag)
            if found is None:
                differences.append(
                    AssetMissing(tag=tag, location=booked.location, custodian=booked.custodian)
                )
            elif found != booked:
                differences.append(
                    AssetMisplaced(
                        tag=tag,
                        registered_location=booked.location,
                        found_location=found.location,
                        registered_custodian=booked.custodian,
                        found_custodian=found.custodian,
                    )
                )
        for tag, found in sorted(self.found.items()):
            if tag not in register:
                differences.append(
                    UnregisteredAssetFound(tag=tag, location=found.location, custodian=found.custodian)
                )
        return [*differences, CountClosed(closed_by=by, closed_on=on, differences=len(differences))]

    def when_opened(self, e: CountOpened) -> None:
        self.open = True

    def when_found(self, e: AssetFound) -> None:
        self.found[e.tag] = Placement(e.location, e.custodian)

    def when_missing(self, e: AssetMissing) -> None:
        pass  # a difference changes nothing in the count: the register's row shows it

    def when_unregistered(self, e: UnregisteredAssetFound) -> None:
        pass

    def when_misplaced(self, e: AssetMisplaced) -> None:
        pass

    def when_closed(self, e: CountClosed) -> None:
        self.open = False
