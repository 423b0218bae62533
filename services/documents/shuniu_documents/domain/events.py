"""Every event the documents service records and publishes: ``shuniu.documents.<aggregate>.<event>.v1``.

The data carries what a reader of the history needs (who, what, with which opinion, when); the
actor of each event is also in its context. Fields other services read are fixed in
docs/contracts.md (``incoming.instructed``) and listed in docs/services/documents.md.
"""

from __future__ import annotations

from datetime import date, datetime

from shuniu_shared.events import DomainEvent, EventRegistry

registry = EventRegistry("documents")


# ── 收文 incoming documents ─────────────────────────────────────────────────────────────────


@registry.event("incoming.received")
class Received(DomainEvent):  # 签收
    sender: str  # 来文机关
    sender_number: str  # 来文字号, as printed on the document
    title: str
    doc_type: str
    classification: str
    secrecy_period: str | None
    urgency: str | None
    copies: int
    received_at: datetime
    received_by: str


@registry.event("incoming.registered")
class Registered(DomainEvent):  # 登记
    receipt_number: str  # 收文编号
    code: str
    year: int
    sequence: int
    registered_by: str


@registry.event("incoming.accepted")
class Accepted(DomainEvent):  # 初审 passed
    handling: str  # 阅知件 or 批办件
    reviewed_by: str
    note: str = ""


@registry.event("incoming.returned")
class Returned(DomainEvent):  # 初审 failed: 退回
    reason: str
    reviewed_by: str


@registry.event("incoming.proposed")
class Proposed(DomainEvent):  # 拟办意见
    opinion: str
    proposed_by: str


@registry.event("incoming.instructed")
class Instructed(DomainEvent):  # 批示 — the contract of docs/contracts.md, field for field
    document_id: str
    receipt_number: str
    title: str
    classification: str
    urgency: str | None
    instruction: str
    leader: str
    lead_department: str
    co_departments: list[str]
    deadline: date | None
    instructed_on: date


@registry.event("incoming.circulation_started")
class CirculationStarted(DomainEvent):  # 传阅
    round: int
    readers: list[str]
    departments: list[str]  # the readers' departments, which now take part in the document
    started_at: datetime
    due_at: datetime
    started_by: str


@registry.event("incoming.read")
class Read(DomainEvent):  # 阅毕
    round: int
    reader: str
    read_at: datetime


@registry.event("incoming.circulation_recalled")
class CirculationRecalled(DomainEvent):
    round: int
    reason: str
    recalled_by: str
    unread: list[str]


@registry.event("incoming.circulation_overdue")
class CirculationOverdue(DomainEvent):
    round: int
    unread: list[str]
    due_at: datetime


@registry.event("incoming.urged")
class Urged(DomainEvent):  # 催办
    note: str
    automatic: bool
    lead_department: str | None
    deadline: date | None
    urged_by: str


@registry.event("incoming.supervision_opened")
class SupervisionOpened(DomainEvent):  # 督办中
    task_id: str


@registry.event("incoming.supervision_closed")
class SupervisionClosed(DomainEvent):
    task_id: str
    result: str
    closed_on: date


@registry.event("incoming.replied")
class Replied(DomainEvent):  # 答复
    department: str
    reply: str
    replied_by: str


@registry.event("incoming.closed")
class Closed(DomainEvent):  # 办结
    closed_on: date
    closed_by: str
    note: str = ""


@registry.event("incoming.archived")
class IncomingArchived(DomainEvent):  # 归档
    retention: str
    archived_on: date
    archived_by: str


# ── 发文 outgoing documents ─────────────────────────────────────────────────────────────────


@registry.event("outgoing.drafted")
class Drafted(DomainEvent):  # 起草
    title: str
    doc_type: str
    direction: str  # 上行文, 平行文, 下行文
    classification: str
    secrecy_period: str | None
    urgency: str | None
    drafting_department: str
    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]  # 联合行文: the co-issuing departments, which 会签
    body: str
    drafted_by: str


@registry.event("outgoing.revised")
class Revised(DomainEvent):  # 修改后重新送审
    title: str
    doc_type: str
    direction: str
    classification: str
    secrecy_period: str | None
    urgency: str | None
    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]
    body: str
    revised_by: str


@registry.event("outgoing.reviewed")
class Reviewed(DomainEvent):  # 审核通过
    opinion: str
    reviewed_by: str


@registry.event("outgoing.returned")
class ReturnedForRevision(DomainEvent):  # 审核退回
    comments: str
    reviewed_by: str


@registry.event("outgoing.countersigned")
class Countersigned(DomainEvent):  # 会签
    department: str
    opinion: str
    signed_by: str
    signed_on: date


@registry.event("outgoing.signed")
class Signed(DomainEvent):  # 签发
    signer: str
    signer_name: str
    opinion: str
    signed_on: date
    date_of_issue: date  # 成文日期: this date, or for a joint document the last signer's


@registry.event("outgoing.rechecked")
class Rechecked(DomainEvent):  # 复核 without substantive change
    rechecked_by: str
    note: str = ""


@registry.event("outgoing.changed_after_signing")
class ChangedAfterSigning(DomainEvent):  # 复核 found a substantive change: back to the signer
    change: str
    rechecked_by: str
    signer: str


@registry.event("outgoing.numbered")
class Numbered(DomainEvent):  # 登记: 发文字号, distribution, copies
    number: str
    code: str
    year: int
    sequence: int
    distribution: list[str]
    copies: int
    registered_by: str


@registry.event("outgoing.number_voided")
class NumberVoided(DomainEvent):  # a 发文字号 voided: recorded, never reused
    number: str
    reason: str
    voided_by: str


@registry.event("outgoing.printed")
class Printed(DomainEvent):  # 印制
    copies: int
    copy_numbers: list[str]  # 份号, for a classified document
    printed_on: date
    printed_by: str


@registry.event("outgoing.dispatched")
class Dispatched(DomainEvent):  # 核发 to one recipient
    recipient: str
    dispatched_on: date
    dispatched_by: str


@registry.event("outgoing.issued")
class Issued(DomainEvent):  # 核发 to every recipient of the distribution list
    number: str
    title: str
    doc_type: str
    classification: str
    date_of_issue: date
    issued_on: date


@registry.event("outgoing.revoked")
class Revoked(DomainEvent):  # 撤销: void from the start
    reason: str
    decided_by: str
    decided_on: date


@registry.event("outgoing.abolished")
class Abolished(DomainEvent):  # 废止: no longer in force from this date
    reason: str
    decided_by: str
    decided_on: date


@registry.event("outgoing.archived")
class OutgoingArchived(DomainEvent):  # 归档
    retention: str
    archived_on: date
    archived_by: str
