"""Seals (印章) and their use (用印): request with the document and reason → approval → use,
each use logged with who, when, which seal and how many impressions."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken, required

from shuniu_reception.domain.audiences import EVERYONE_WITH_A_ROLE
from shuniu_reception.domain.events import DomainEvent, SealApproved, SealRegistered, SealRequested, SealUsed


class Seal(Aggregate):  # 印章
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.name = ""

    def audience(self) -> Audience:
        """Which seals the office keeps is known to anyone who may ask to use one."""
        return EVERYONE_WITH_A_ROLE

    @staticmethod
    def register(name: str, kind: str) -> list[DomainEvent]:
        name = required(name, "name", "请填写印章名称", "a seal needs a name")
        return [SealRegistered(name=name, kind=kind)]

    def when_registered(self, e: SealRegistered) -> None:
        self.name = e.name


SHA256 = re.compile(r"[0-9a-f]{64}")


class SealRequestStage(StrEnum):
    REQUESTED = "requested"  # 待审批
    APPROVED = "approved"  # 已批准，待用印
    USED = "used"  # 已用印


# The seal register (用印登记簿) is read by those who keep it, approve from it and audit it.
SEES_EVERY_SEAL_REQUEST = ("auditor", "office_director", "seal_keeper")


def seal_request_audience(requested_by: str) -> Audience:
    """知悉范围 of a request to use a seal: the seal office and the auditors see every request; the
    requester sees their own."""
    return Audience.of(roles=SEES_EVERY_SEAL_REQUEST, people=[requested_by])


class SealRequest(Aggregate):  # 用印申请
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage: SealRequestStage | None = None
        self.seal_id = ""
        self.requested_by = ""
        self.impressions = 0
        self.used = 0
        self.outgoing_id = ""
        self.pdf_sha256 = ""

    def audience(self) -> Audience:
        return seal_request_audience(self.requested_by)

    @staticmethod
    def request(
        seal_id: str,
        document: str,
        reason: str,
        impressions: int,
        by: str,
        outgoing_id: str = "",
        pdf_sha256: str = "",
    ) -> list[DomainEvent]:
        """`outgoing_id` and `pdf_sha256` go together: a 发文 is sealed only as the PDF named by hash."""
        document = required(document, "document", "请注明用印的文件", "name the document to be sealed")
        reason = required(reason, "reason", "请说明用印事由", "give the reason for sealing")
        if impressions < 1:
            raise InvalidInput("用印次数至少为 1", "at least one impression", field="impressions")
        outgoing_id, pdf_sha256 = outgoing_id.strip(), pdf_sha256.strip().lower()
        if outgoing_id and not SHA256.fullmatch(pdf_sha256):
            raise InvalidInput(
                "为发文用印须注明其排版 PDF 的 SHA-256（64 位十六进制）",
                "sealing an outgoing document needs the SHA-256 of its typeset PDF (64 hex digits)",
                field="pdf_sha256",
            )
        if pdf_sha256 and not outgoing_id:
            raise InvalidInput(
                "注明了 PDF 的 SHA-256，却未注明是哪份发文",
                "a PDF's SHA-256 was given without the outgoing document it belongs to",
                field="outgoing_id",
            )
        return [
            SealRequested(
                seal_id=seal_id,
                document=document,
                reason=reason,
                impressions=impressions,
                requested_by=by,
                outgoing_id=outgoing_id,
                pdf_sha256=pdf_sha256,
            )
        ]

    def approve(self, by: str) -> list[DomainEvent]:
        if self.stage is not SealRequestStage.REQUESTED:
            raise OutOfTurn("只有待审批的用印申请可以批准", "only a pending request can be approved")
        if by == self.requested_by:
            raise RuleBroken(
                "用印申请不能由申请人自己批准",
                "a request cannot be approved by its requester",
                code="self_approval",
            )
        return [SealApproved(approved_by=by)]

    def use(self, by: str, at: datetime, impressions: int) -> list[DomainEvent]:
        """用印 by the seal keeper; an approved request may be used in several sittings, never beyond
        the impressions approved."""
        if self.stage is not SealRequestStage.APPROVED:
            raise OutOfTurn("用印须在批准之后", "a seal is used only after approval", code="not_approved")
        if impressions < 1:
            raise InvalidInput("用印次数至少为 1", "at least one impression", field="impressions")
        if self.used + impressions > self.impressions:
            raise RuleBroken(
                f"超出批准的用印次数（批准 {self.impressions} 次，已用 {self.used} 次）",
                f"more impressions than approved ({self.impressions} approved, {self.used} used)",
                code="impressions_exceeded",
            )
        return [
            SealUsed(
                seal_id=self.seal_id,
                used_by=by,
                used_at=at,
                impressions=impressions,
                outgoing_id=self.outgoing_id,
                pdf_sha256=self.pdf_sha256,
            )
        ]

    def when_requested(self, e: SealRequested) -> None:
        self.stage, self.seal_id, self.requested_by = SealRequestStage.REQUESTED, e.seal_id, e.requested_by
        self.impressions = e.impressions
        self.outgoing_id, self.pdf_sha256 = e.outgoing_id, e.pdf_sha256

    def when_approved(self, e: SealApproved) -> None:
        self.stage = SealRequestStage.APPROVED

    def when_used(self, e: SealUsed) -> None:
        self.used += e.impressions
        if self.used >= self.impressions:
            self.stage = SealRequestStage.USED
