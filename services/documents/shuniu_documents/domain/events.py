"""Every event the documents service records and publishes: ``shuniu.documents.<aggregate>.<event>.v1``.

The data carries what a reader of the history needs (who, what, with which opinion, when); the
actor of each event is also in its context. Fields other services read are fixed in
docs/contracts.md (``incoming.instructed``) and listed in docs/services/documents.md.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field
from shuniu_shared.events import DomainEvent, EventRegistry, EventValue

from shuniu_documents.domain.body import DocumentBody

registry = EventRegistry("documents")


# ── 收文 incoming documents ─────────────────────────────────────────────────────────────────


@registry.event("incoming.received")
class Received(DomainEvent):
    """签收：来文已签收，记下时间与签收人 / the document was signed for on arrival."""

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
class Registered(DomainEvent):
    """登记：来文已登记，编上收文编号 / the document was registered under a receipt number."""

    receipt_number: str  # 收文编号
    code: str
    year: int
    sequence: int
    registered_by: str


@registry.event("incoming.accepted")
class Accepted(DomainEvent):
    """初审通过：来文作阅知件或批办件办理 / the preliminary review accepted it, for information or for action."""

    handling: str  # 阅知件 or 批办件
    reviewed_by: str
    note: str = ""


@registry.event("incoming.returned")
class Returned(DomainEvent):
    """退回：初审未通过，来文连同理由退回 / the preliminary review failed; the document was returned with the reason."""

    reason: str
    reviewed_by: str


@registry.event("incoming.proposed")
class Proposed(DomainEvent):
    """拟办：办公室提出拟办意见，呈领导批示 / the office proposed how to handle it, for a leader to instruct."""

    opinion: str
    proposed_by: str


@registry.event("incoming.instructed")
class Instructed(DomainEvent):
    """批示：领导定主办、协办与时限（契约，见 docs/contracts.md）/ a leader instructed on the document."""

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
class CirculationStarted(DomainEvent):
    """传阅：新一轮传阅开始，列明阅件人与期限 / a round of circulation started, with its readers and due time."""

    round: int
    readers: list[str]
    departments: list[str]  # the readers' departments, which now take part in the document
    started_at: datetime
    due_at: datetime
    started_by: str


@registry.event("incoming.read")
class Read(DomainEvent):
    """阅毕：一位阅件人已阅 / a reader finished reading the document in this round."""

    round: int
    reader: str
    read_at: datetime


@registry.event("incoming.circulation_recalled")
class CirculationRecalled(DomainEvent):
    """收回传阅：本轮传阅收回，记下未阅的人 / the round of circulation was recalled, with who had not read it."""

    round: int
    reason: str
    recalled_by: str
    unread: list[str]


@registry.event("incoming.circulation_overdue")
class CirculationOverdue(DomainEvent):
    """传阅超期：本轮传阅到期仍有人未阅 / the round of circulation came due with readers who had not read it."""

    round: int
    unread: list[str]
    due_at: datetime


@registry.event("incoming.urged")
class Urged(DomainEvent):
    """催办：督促主办单位办理，人工或到期前自动 / the document was urged on, by hand or before its deadline."""

    note: str
    automatic: bool
    lead_department: str | None
    deadline: date | None
    urged_by: str


@registry.event("incoming.supervision_opened")
class SupervisionOpened(DomainEvent):
    """督办中：督查室已就批示立项督办 / supervision opened a task for the instruction."""

    task_id: str


@registry.event("incoming.supervision_closed")
class SupervisionClosed(DomainEvent):
    """督办办结：督办事项经核实办结 / supervision closed the task, with its verified result."""

    task_id: str
    result: str
    closed_on: date


@registry.event("incoming.replied")
class Replied(DomainEvent):
    """答复：主办单位报来办理结果 / the lead department replied with what it did."""

    department: str
    reply: str
    replied_by: str


@registry.event("incoming.closed")
class Closed(DomainEvent):
    """办结：来文办理完毕 / the handling of the document was finished."""

    closed_on: date
    closed_by: str
    note: str = ""


@registry.event("incoming.archived")
class IncomingArchived(DomainEvent):
    """归档：来文立卷归档，定保管期限 / the incoming document was archived with its retention period."""

    retention: str
    archived_on: date
    archived_by: str


@registry.event("incoming.file_attached")
class FileAttached(DomainEvent):
    """附件入卷：来文的原件扫描或附件存入文件库，按内容哈希引用 / a file of the document (its scan or an
    attachment) was stored; the event names it by hash, size and the type its bytes say, never its bytes."""

    sha256: str
    size: int
    media_type: str  # detected from the bytes, not the name
    name: str  # as the uploader gave it
    role: str  # 原件扫描 or 附件 N
    attached_by: str
    attached_at: datetime


@registry.event("incoming.file_downloaded")
class FileDownloaded(DomainEvent):
    """涉密文件下载留痕：谁、何时、下载了哪个文件 / a file of a classified document was downloaded (the audit)."""

    sha256: str
    name: str
    classification: str
    downloaded_by: str
    downloaded_at: datetime


# ── 发文 outgoing documents ─────────────────────────────────────────────────────────────────


class BodyParagraphData(EventValue):
    """一段正文：文字与层次（0 正文，1 一、 2 （一） 3 1. 4 （1））/ a paragraph and its level."""

    text: str
    level: int = Field(ge=0, le=4)


class BodyData(EventValue):
    """正文的结构（GB/T 9704-2012 §7.3），与 domain/body.py 的规范形式一致 / the body's canonical form."""

    title: str
    paragraphs: list[BodyParagraphData]
    attachments: list[str]
    signatory: str
    written_on: date | None
    note: str

    def body(self) -> DocumentBody:
        return DocumentBody.from_dict(self.model_dump(mode="json"))


class _DraftHeading(DomainEvent):
    """What the drafted and revised events, every version, open with: the draft's 标题 and 版头."""

    title: str
    doc_type: str
    direction: str  # 上行文, 平行文, 下行文
    classification: str
    secrecy_period: str | None
    urgency: str | None


@registry.event("outgoing.drafted", version=1)
class DraftedV1(_DraftHeading):
    """起草（旧版，正文为一段文字）/ a department drafted an outgoing document, its body one text
    (superseded by v2; read through its upcaster)."""

    drafting_department: str
    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]  # 联合行文: the co-issuing departments, which 会签
    body: str
    drafted_by: str


@registry.event("outgoing.drafted", version=2)
class Drafted(_DraftHeading):
    """起草：拟稿部门起草发文稿，正文按结构记载，为第 1 版 / a department drafted an outgoing document;
    its structured body is version 1."""

    drafting_department: str
    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]  # 联合行文: the co-issuing departments, which 会签
    body: BodyData
    body_digest: str  # SHA-256 of the body's canonical JSON (domain/body.py)
    drafted_by: str


@registry.event("outgoing.revised", version=1)
class RevisedV1(_DraftHeading):
    """修改（旧版，正文为一段文字）/ the draft was revised, its body one text (superseded by v2)."""

    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]
    body: str
    revised_by: str


@registry.event("outgoing.revised", version=2)
class Revised(_DraftHeading):
    """修改：发文稿修改后重新送审，正文为新的一版 / the draft was revised and sent for review again;
    its body is a new version."""

    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]
    body: BodyData
    body_digest: str
    revised_by: str


@registry.upcaster("outgoing.drafted", from_version=1)
@registry.upcaster("outgoing.revised", from_version=1)
def body_structured(data: dict[str, Any]) -> dict[str, Any]:
    """A v1 body was one text: read as paragraphs, headings recognised by their 层次序数."""
    body = DocumentBody.from_text(data["title"], data["body"])
    return data | {"body": body.as_dict(), "body_digest": body.digest()}


@registry.event("outgoing.body_edited")
class BodyEdited(DomainEvent):
    """修改正文：审核、会签或复核时修改正文，成为新的一版 / the body was edited at 审核, 会签 or 复核: a new version."""

    body: BodyData
    body_digest: str
    body_version: int  # 第几版 (起草 is version 1)
    step: str  # 审核, 会签, 复核
    edited_by: str
    note: str = ""


@registry.event("outgoing.signature_voided")
class SignatureVoided(DomainEvent):
    """签发失效：签发后正文又有改动，退回原签发人重新签发 / the body changed after signing: the signature
    is void and the document goes back to its signer."""

    signer: str
    change: str
    body_version: int  # the version now to be signed
    body_digest: str
    voided_by: str


@registry.event("outgoing.reviewed")
class Reviewed(DomainEvent):
    """审核通过：办公室审核通过发文稿 / the office's review passed the draft."""

    opinion: str
    reviewed_by: str


@registry.event("outgoing.returned")
class ReturnedForRevision(DomainEvent):
    """审核退回：发文稿附意见退回修改 / the review returned the draft for revision, with comments."""

    comments: str
    reviewed_by: str


@registry.event("outgoing.countersigned")
class Countersigned(DomainEvent):
    """会签：联合行文的一个部门会签 / a co-issuing department countersigned the draft."""

    department: str
    opinion: str
    signed_by: str
    signed_on: date


@registry.event("outgoing.signed")
class Signed(DomainEvent):
    """签发：领导签发，定下成文日期 / a leader signed the document for issue, fixing its date of issue."""

    signer: str
    signer_name: str
    opinion: str
    signed_on: date
    date_of_issue: date  # 成文日期: this date, or for a joint document the last signer's
    body_version: int | None = Field(
        None, description="签发的正文版本；早于正文分版的记录为 null / the body version signed"
    )
    body_digest: str | None = Field(
        None, description="签发的正文摘要（SHA-256）/ the digest of the body signed"
    )


@registry.event("outgoing.rechecked")
class Rechecked(DomainEvent):
    """复核：签发后复核，无实质性修改 / the signed document was rechecked without substantive change."""

    rechecked_by: str
    note: str = ""


@registry.event("outgoing.changed_after_signing")
class ChangedAfterSigning(DomainEvent):
    """复核发现实质性修改：退回签发人 / the recheck found a substantive change: back to the signer."""

    change: str
    rechecked_by: str
    signer: str


@registry.event("outgoing.numbered")
class Numbered(DomainEvent):
    """登记：编发文字号，定分送范围与份数 / the document was given its issue number, distribution and copies."""

    number: str
    code: str
    year: int
    sequence: int
    distribution: list[str]
    copies: int
    registered_by: str


@registry.event("outgoing.number_voided")
class NumberVoided(DomainEvent):
    """字号作废：发文字号作废并留记录，永不重用 / an issue number was voided; recorded, never reused."""

    number: str
    reason: str
    voided_by: str


@registry.event("outgoing.printed")
class Printed(DomainEvent):
    """印制：发文印制，涉密件编份号 / the document was printed, the copies of a classified one numbered."""

    copies: int
    copy_numbers: list[str]  # 份号, for a classified document
    printed_on: date
    printed_by: str


@registry.event("outgoing.sealed")
class Sealed(DomainEvent):
    """用印：发文盖章并数字签名，所盖 PDF 存入文件存储 / the document was sealed and signed, the sealed PDF kept."""

    seal_request_id: str  # reception's 用印申请
    typeset_sha256: str  # the typeset PDF sealed: the one the request named
    sha256: str  # the sealed PDF in the content store (the name FileAttached uses: one collection query)
    size: int
    sealed_by: str  # the seal keeper
    sealed_at: datetime
    # The same layout as OFD under the organisation's 国密 electronic seal (GB/T 38540), kept beside
    # the PDF; absent where no SM2 seal is configured, and in the events recorded before it existed.
    ofd_sha256: str | None = None
    ofd_size: int | None = None


@registry.event("outgoing.dispatched")
class Dispatched(DomainEvent):
    """核发：发文送达一个收件单位 / the document was sent to one recipient."""

    recipient: str
    dispatched_on: date
    dispatched_by: str


@registry.event("outgoing.issued")
class Issued(DomainEvent):
    """核发完毕：发文已核发至分送范围内所有单位 / the document reached every recipient of its distribution."""

    number: str
    title: str
    doc_type: str
    classification: str
    date_of_issue: date
    issued_on: date


@registry.event("outgoing.revoked")
class Revoked(DomainEvent):
    """撤销：发文自始无效 / the document was revoked: void from the start."""

    reason: str
    decided_by: str
    decided_on: date


@registry.event("outgoing.abolished")
class Abolished(DomainEvent):
    """废止：发文自该日起失效 / the document was abolished: no longer in force from that date."""

    reason: str
    decided_by: str
    decided_on: date


@registry.event("outgoing.file_attached")
class OutgoingFileAttached(FileAttached):
    """发文附件入卷：附件文件存入文件库，按内容哈希引用 / a file attached to an outgoing document (附件 N),
    named by hash, size and the type its bytes say, never its bytes."""


@registry.event("outgoing.file_downloaded")
class OutgoingFileDownloaded(FileDownloaded):
    """涉密发文附件下载留痕：谁、何时、下载了哪个文件 / a file of a classified outgoing document was
    downloaded (the audit)."""


@registry.event("outgoing.archived")
class OutgoingArchived(DomainEvent):
    """归档：发文立卷归档，定保管期限 / the outgoing document was archived with its retention period."""

    retention: str
    archived_on: date
    archived_by: str


# ── 套红模板 letterhead templates ───────────────────────────────────────────────────────────


@registry.event("letterhead.set")
class LetterheadSet(DomainEvent):
    """设定套红模板：某机关某一格式的版头 / the office set an organ's letterhead in one format."""

    organ: str  # the department code of the issuing organ
    format: str  # document, letter, order, minutes (GB/T 9704 §7, §10.1–§10.3)
    name: str
    suffix: str
    mark_color: str
    rule_color: str
    mark_size: float | None
    double_rule: dict[str, float]  # the 信函格式's double lines: thick, thin, gap (mm)
    attendance: list[str]  # the 纪要格式's sections, in order: of 出席, 请假, 列席
