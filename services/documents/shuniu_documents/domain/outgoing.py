"""发文: an official document the body issues, from 起草 to 归档 (《条例》§19–§25)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification
from shuniu_shared.directory import Person
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound, OutOfTurn, RuleBroken
from shuniu_shared.events import DomainEvent

from shuniu_documents.domain.audience import document_audience
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.events import (
    Abolished,
    BodyData,
    BodyEdited,
    ChangedAfterSigning,
    Countersigned,
    Dispatched,
    Drafted,
    FileAttached,
    Issued,
    Numbered,
    NumberVoided,
    OutgoingArchived,
    OutgoingFileAttached,
    OutgoingFileDownloaded,
    Printed,
    Rechecked,
    ReturnedForRevision,
    Reviewed,
    Revised,
    Revoked,
    Sealed,
    SignatureVoided,
    Signed,
)
from shuniu_documents.domain.files import attached, downloaded, normalise_role
from shuniu_documents.domain.values import (
    DocumentNumber,
    DocumentType,
    Retention,
    check_classification,
    check_urgency,
    copy_numbers,
)

ISSUING_BODY = "gov"  # documents are issued in the county government's name: it takes part
PRINTING_BODY = "office"  # 印发机关: the government's office prints its documents (GB/T 9704 §7.4.3)
COUNTERSIGNER = "department_head"  # who of a co-issuing body gives its 会签


def is_department_code(recipient: str) -> bool:
    """A recipient written in ASCII is a department code of the directory (checked when drafted);
    one written in Chinese names a body outside it (上级机关, 兄弟单位)."""
    return recipient.isascii()


class Direction(StrEnum):  # 行文方向
    UPWARD = "上行文"
    LATERAL = "平行文"
    DOWNWARD = "下行文"


class Step(StrEnum):  # the step of 办文 at which a version of the body was written
    DRAFTING = "起草"
    REVIEW = "审核"
    COUNTERSIGNING = "会签"
    RECHECK = "复核"


class OutgoingStage(StrEnum):
    DRAFTED = "drafted"  # 已起草，待审核
    RETURNED = "returned"  # 审核退回，待修改
    COUNTERSIGNING = "countersigning"  # 会签中
    AWAITING_SIGNATURE = "awaiting_signature"  # 待签发
    SIGNED = "signed"  # 已签发，待复核
    RECHECKED = "rechecked"  # 已复核，待登记
    REGISTERED = "registered"  # 已登记（编发文字号）
    PRINTED = "printed"  # 已印制，待核发
    ISSUED = "issued"  # 已核发
    REVOKED = "revoked"  # 已撤销
    ABOLISHED = "abolished"  # 已废止
    ARCHIVED = "archived"  # 已归档


@dataclass(frozen=True)
class Draft:
    """What a drafter writes; checked against §8–§9 before it is recorded."""

    title: str
    doc_type: str
    direction: str
    classification: str
    secrecy_period: str | None
    urgency: str | None
    main_recipients: list[str]
    copied_recipients: list[str]
    co_issuers: list[str]
    body: DocumentBody  # 正文, its 标题 the draft's title

    def event_fields(self) -> dict[str, Any]:
        """The draft as the drafted and revised events carry it: the body structured, with its digest."""
        return vars(self) | {"body": self.body.as_dict(), "body_digest": self.body.digest()}

    def check(
        self, drafting_department: str, drafter_clearance: str, co_issuer_members: dict[str, list[Person]]
    ) -> None:
        """`co_issuer_members`: the people of each co-issuing body, one of whom must be able to
        countersign (its head, cleared for the 密级) — or the document would stay 会签中 for ever."""
        doc_type = DocumentType.parse(self.doc_type)
        if self.body.title != self.title:
            raise InvalidInput(
                "正文标题须与文稿标题一致", "the body's title is the draft's title", field="body.title"
            )
        try:
            Direction(self.direction)
        except ValueError:
            raise InvalidInput(
                "行文方向须为上行文、平行文或下行文",
                "direction must be 上行文, 平行文 or 下行文",
                field="direction",
            ) from None
        check_classification(self.classification, self.secrecy_period)
        if not Classification.parse(drafter_clearance).reaches(self.classification):
            # Nobody writes a document classified above their own clearance: they could not see it again.
            raise RuleBroken(
                f"您的密级权限不足以起草{self.classification}公文",
                f"you are not cleared to draft a {self.classification} document",
                code="drafter_not_cleared",
                field="classification",
            )
        check_urgency(self.urgency)
        if not self.main_recipients:
            raise InvalidInput("须有主送机关", "a document needs a main recipient", field="main_recipients")
        if doc_type is DocumentType.REQUEST and len(self.main_recipients) != 1:
            raise RuleBroken(
                "请示应当一文一事，只主送一个机关",
                "a 请示 has exactly one main recipient",
                code="request_needs_one_recipient",
                field="main_recipients",
            )
        distribution = self.main_recipients + self.copied_recipients
        if len(set(distribution)) != len(distribution):
            raise InvalidInput(
                "主送、抄送机关有重复", "a recipient is listed twice", field="copied_recipients"
            )
        if drafting_department in self.co_issuers or len(set(self.co_issuers)) != len(self.co_issuers):
            raise InvalidInput(
                "联合发文机关不能重复，也不含起草单位本身",
                "co-issuers are listed once and exclude the drafting department",
                field="co_issuers",
            )
        for co_issuer in self.co_issuers:
            if not any(
                p.has_role(COUNTERSIGNER) and Classification.parse(p.clearance).reaches(self.classification)
                for p in co_issuer_members.get(co_issuer, [])
            ):
                level = "" if self.classification == "none" else f"密级权限达到{self.classification}的"
                raise RuleBroken(
                    f"联合发文机关 {co_issuer} 没有{level}负责人，无人能够会签",
                    f"nobody heading co-issuer {co_issuer}"
                    + ("" if self.classification == "none" else f" is cleared for {self.classification}")
                    + " to countersign",
                    code="co_issuer_cannot_countersign",
                    field="co_issuers",
                    required_clearance=self.classification,
                )


class OutgoingDocument(Aggregate):  # 发文
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage = OutgoingStage.DRAFTED
        self.draft: Draft | None = None
        self.drafting_department = ""
        self.drafted_by = ""
        self.review_comments: list[str] = []
        self.countersigned: dict[str, Countersigned] = {}
        self.signature: Signed | None = None
        self.required_signer: str | None = None  # after a substantive change: the original signer
        self.changes_after_signing: list[str] = []
        self.versions: list[BodyVersion] = []  # every version of the body, oldest first
        self.voided_signatures: list[Signed] = []
        self.number: DocumentNumber | None = None
        self.voided_numbers: list[str] = []
        self.distribution: list[str] = []
        self.copies = 0
        self.copy_numbers: list[str] = []
        self.printed_on: date | None = None  # 印发日期, printed in the 版记
        self.sealed: Sealed | None = None  # the sealed and signed PDF, once the seal keeper used the seal
        self.dispatched: dict[str, date] = {}
        self.issued_on: date | None = None
        self.ended: Revoked | Abolished | None = None
        self.retention: str | None = None
        self.files: list[FileAttached] = []  # 附件 N as files, beside the 附件说明 that names them

    # ── commands ───────────────────────────────────────────────────────────────────────────

    @staticmethod
    def write(
        draft: Draft,
        *,
        department: str,
        clearance: str,
        co_issuer_members: dict[str, list[Person]],
        by: str,
    ) -> list[DomainEvent]:
        """起草 by a department (§19)."""
        draft.check(department, clearance, co_issuer_members)
        return [Drafted(**draft.event_fields(), drafting_department=department, drafted_by=by)]

    def revise(
        self,
        draft: Draft,
        *,
        department: str,
        clearance: str,
        co_issuer_members: dict[str, list[Person]],
        by: str,
    ) -> list[DomainEvent]:
        """The drafter answers the office's comments and sends the document for review again."""
        self._expect(OutgoingStage.RETURNED, "只有被退回的文稿可以修改", "only a returned draft is revised")
        if department != self.drafting_department:
            raise Forbidden("只有起草单位可以修改文稿", "only the drafting department revises the draft")
        draft.check(self.drafting_department, clearance, co_issuer_members)
        return [Revised(**draft.event_fields(), revised_by=by)]

    def edit(self, body: DocumentBody, *, editor: Person, note: str = "") -> list[DomainEvent]:
        """修改正文 at 审核 (the office), at 会签 (a co-issuer still to countersign) or at 复核 after
        签发 — each edit a new version. An edit after 签发 voids the signature: the document goes
        back to its signer, who signs the new version (§25.1)."""
        self._expect(
            (
                OutgoingStage.DRAFTED,
                OutgoingStage.COUNTERSIGNING,
                OutgoingStage.AWAITING_SIGNATURE,
                OutgoingStage.SIGNED,
                OutgoingStage.RECHECKED,
            ),
            "正文只能在审核、会签、签发或复核时修改（退回的文稿由起草单位修改后重新送审）",
            "the body is edited at review, countersigning, signing or recheck",
        )
        assert self.draft is not None
        step = self._editing_step(editor)
        if body.title != self.draft.title:
            # The title routes the document (lists, number register): it is changed by a revision.
            raise InvalidInput(
                "修改正文不改标题；改标题须退回起草单位修改",
                "an edit keeps the title; a new title comes with a revision",
                field="body.title",
            )
        if body.digest() == self.body_digest:
            raise RuleBroken("正文没有改动", "the body is unchanged", code="body_unchanged", field="body")
        version = len(self.versions) + 1
        events: list[DomainEvent] = [
            BodyEdited(
                body=BodyData.model_validate(body.as_dict()),
                body_digest=body.digest(),
                body_version=version,
                step=step,
                edited_by=editor.id,
                note=note,
            )
        ]
        if step is Step.RECHECK:
            assert self.signature is not None
            events.append(
                SignatureVoided(
                    signer=self.signature.signer,
                    change=f"{step}时修改正文（第 {version} 版）" + (f"：{note}" if note else ""),
                    body_version=version,
                    body_digest=body.digest(),
                    voided_by=editor.id,
                )
            )
        return events

    def _editing_step(self, editor: Person) -> Step:
        assert self.draft is not None
        if self.stage is OutgoingStage.COUNTERSIGNING:
            if (
                editor.dept not in self.draft.co_issuers
                or not editor.has_role(COUNTERSIGNER)
                or editor.dept in self.countersigned
            ):
                raise Forbidden(
                    "会签中只有尚未会签的联合发文机关负责人可以修改正文",
                    "while countersigning, the body is edited by a co-issuer still to countersign",
                )
            return Step.COUNTERSIGNING
        if self.stage in (OutgoingStage.SIGNED, OutgoingStage.RECHECKED):
            if not (editor.has_role("clerk") or editor.has_role("office_director")):
                raise Forbidden("复核时由办公室修改正文", "at the recheck the office edits the body")
            return Step.RECHECK
        if not editor.has_role("office_director"):
            raise Forbidden("审核时由办公室主任修改正文", "at review the office director edits the body")
        return Step.REVIEW

    def review(self, *, approve: bool, opinion: str, by: str) -> list[DomainEvent]:
        """审核 by the office (§20): approve, or return with comments."""
        self._expect(OutgoingStage.DRAFTED, "审核须在起草或修改之后", "review follows drafting")
        if approve:
            return [Reviewed(opinion=opinion, reviewed_by=by)]
        if not opinion.strip():
            raise InvalidInput("退回修改须写明意见", "a return needs comments", field="opinion")
        return [ReturnedForRevision(comments=opinion, reviewed_by=by)]

    def countersign(self, *, department: str, opinion: str, by: str, on: date) -> list[DomainEvent]:
        """会签 by a co-issuing body of a joint document (联合行文)."""
        self._expect(
            OutgoingStage.COUNTERSIGNING, "会签须在审核之后、签发之前", "countersigning follows review"
        )
        assert self.draft is not None
        if department not in self.draft.co_issuers:
            raise RuleBroken(
                "贵单位不是本文的联合发文机关", "your department is not a co-issuer", code="not_a_co_issuer"
            )
        if department in self.countersigned:
            raise OutOfTurn("贵单位已会签", "your department has countersigned already")
        return [Countersigned(department=department, opinion=opinion, signed_by=by, signed_on=on)]

    def sign(
        self,
        signer: Person,
        *,
        opinion: str,
        on: date,
        digest: str | None = None,
        version: int | None = None,
    ) -> list[DomainEvent]:
        """签发 (§22): opinion, name and full date, of one version of the body — the one the signer
        read, named by its digest or number; if the body has moved on since, the signing is refused.
        A 上行文 is signed by the principal leader; after a substantive change it goes back to the
        one who signed it."""
        self._expect(
            OutgoingStage.AWAITING_SIGNATURE,
            "签发须在审核（及联合行文的会签）之后",
            "signing follows review (and countersigning of a joint document)",
        )
        assert self.draft is not None
        current = self.versions[-1]
        if (digest is not None and digest != current.digest) or (
            version is not None and version != current.number
        ):
            raise OutOfTurn(
                f"正文已改为第 {current.number} 版，请阅后再签发",
                f"the body has moved on to version {current.number}: read it before signing",
                code="body_changed",
                body_version=current.number,
                body_digest=current.digest,
            )
        if not signer.has_role("leader"):
            raise RuleBroken("签发须由机关领导作出", "a document is signed by a leader", code="not_a_leader")
        if self.draft.direction == Direction.UPWARD and not signer.has_role("principal_leader"):
            raise RuleBroken(
                "上行文须由主要负责人签发",
                "an upward document is signed by the principal leader",
                code="upward_needs_principal_leader",
            )
        if self.required_signer is not None and signer.id != self.required_signer:
            raise RuleBroken(
                "签发后作实质性修改的，须报原签批人复审",
                "after a substantive change the original signer signs again",
                code="original_signer_required",
            )
        # 成文日期: the date of signing; for a joint document the last signer's date.
        date_of_issue = max([on, *(c.signed_on for c in self.countersigned.values())])
        return [
            Signed(
                signer=signer.id,
                signer_name=signer.name,
                opinion=opinion,
                signed_on=on,
                date_of_issue=date_of_issue,
                body_version=current.number,
                body_digest=current.digest,
            )
        ]

    def recheck(self, *, substantive_change: str | None, by: str, note: str = "") -> list[DomainEvent]:
        """复核 (§25.1): a substantive change after signing goes back to the signer."""
        self._expect(OutgoingStage.SIGNED, "复核须在签发之后", "rechecking follows signing")
        assert self.signature is not None
        if substantive_change:
            return [
                ChangedAfterSigning(change=substantive_change, rechecked_by=by, signer=self.signature.signer)
            ]
        return [Rechecked(rechecked_by=by, note=note)]

    def register(self, number: DocumentNumber, *, copies: int, by: str) -> list[DomainEvent]:
        """登记 (§25.2): the 发文字号, the distribution list and the number of copies."""
        self._expect(OutgoingStage.RECHECKED, "登记须在复核之后", "registering follows the recheck")
        assert self.draft is not None
        distribution = self.draft.main_recipients + self.draft.copied_recipients
        if copies < len(distribution):
            raise RuleBroken(
                f"印制份数（{copies}）少于分送机关数（{len(distribution)}）",
                f"{copies} copies for {len(distribution)} recipients",
                code="too_few_copies",
                field="copies",
            )
        return [
            Numbered(
                number=str(number),
                code=number.code,
                year=number.year,
                sequence=number.sequence,
                distribution=distribution,
                copies=copies,
                registered_by=by,
            )
        ]

    def void_number(self, reason: str, *, by: str) -> list[DomainEvent]:
        """A 发文字号 given in error is voided — recorded as void, never given out again."""
        self._expect(
            (OutgoingStage.REGISTERED, OutgoingStage.PRINTED),
            "只有已登记、未核发的文号可以作废",
            "only a number registered and not yet issued can be voided",
        )
        if not reason.strip():
            raise InvalidInput("作废文号须说明理由", "voiding a number needs a reason", field="reason")
        return [NumberVoided(number=str(self.number), reason=reason, voided_by=by)]

    def print_copies(self, *, on: date, by: str) -> list[DomainEvent]:
        """印制 (§25.3): a classified document carries a 份号 on every copy."""
        self._expect(OutgoingStage.REGISTERED, "印制须在登记之后", "printing follows registration")
        numbers = copy_numbers(self.copies) if self.classified else []
        return [Printed(copies=self.copies, copy_numbers=numbers, printed_on=on, printed_by=by)]

    def seal(
        self,
        *,
        request_id: str,
        typeset_sha256: str,
        sha256: str,
        size: int,
        by: str,
        at: datetime,
        ofd: tuple[str, int] | None = None,
    ) -> list[DomainEvent]:
        """用印, as reception's seal keeper used the seal on this document's typeset PDF (and on its
        OFD, as `(sha256, size)`, where the organisation has a 国密 seal)."""
        if self.number is None:
            raise OutOfTurn("用印须在登记发文字号之后", "a document is sealed once numbered")
        return [
            Sealed(
                seal_request_id=request_id,
                typeset_sha256=typeset_sha256,
                sha256=sha256,
                size=size,
                sealed_by=by,
                sealed_at=at,
                ofd_sha256=ofd[0] if ofd else None,
                ofd_size=ofd[1] if ofd else None,
            )
        ]

    def dispatch(self, recipients: list[str], *, on: date, by: str) -> list[DomainEvent]:
        """核发 (§25.4) to recipients of the distribution list; issued once every one has it."""
        self._expect(OutgoingStage.PRINTED, "核发须在印制之后", "dispatching follows printing")
        assert self.signature is not None and self.draft is not None
        for recipient in recipients:
            if recipient not in self.distribution:
                raise RuleBroken(
                    f"「{recipient}」不在分送名单中（不得误发）",
                    f"{recipient!r} is not on the distribution list",
                    code="not_on_distribution_list",
                    field="recipients",
                )
            if recipient in self.dispatched:
                raise OutOfTurn(f"已向「{recipient}」核发", f"already dispatched to {recipient!r}")
        events: list[DomainEvent] = [
            Dispatched(recipient=r, dispatched_on=on, dispatched_by=by) for r in recipients
        ]
        if set(self.distribution) <= set(self.dispatched) | set(recipients):
            events.append(
                Issued(
                    number=str(self.number),
                    title=self.draft.title,
                    doc_type=self.draft.doc_type,
                    classification=self.draft.classification,
                    date_of_issue=self.signature.date_of_issue,
                    issued_on=on,
                )
            )
        return events

    def revoke(self, reason: str, *, by: str, on: date) -> list[DomainEvent]:
        """撤销: the document is void from the start."""
        self._end_check(reason)
        return [Revoked(reason=reason, decided_by=by, decided_on=on)]

    def abolish(self, reason: str, *, by: str, on: date) -> list[DomainEvent]:
        """废止: the document ceases to be in force from this date."""
        self._end_check(reason)
        return [Abolished(reason=reason, decided_by=by, decided_on=on)]

    def archive(self, retention: str, *, on: date, by: str) -> list[DomainEvent]:
        Retention.parse(retention)
        if self.retention is not None:
            raise OutOfTurn("已归档", "already archived")
        self._expect(
            (OutgoingStage.ISSUED, OutgoingStage.REVOKED, OutgoingStage.ABOLISHED),
            "核发后方可归档",
            "archive a document once issued",
        )
        return [OutgoingArchived(retention=retention, archived_on=on, archived_by=by)]

    def _end_check(self, reason: str) -> None:
        self._expect(
            (OutgoingStage.ISSUED, OutgoingStage.ARCHIVED),
            "只有已核发的公文可以撤销或废止",
            "only an issued document is revoked or abolished",
        )
        if self.ended is not None:
            raise OutOfTurn("该公文已撤销或废止", "the document was revoked or abolished already")
        if not reason.strip():
            raise InvalidInput("须说明理由", "a reason is needed", field="reason")

    def attach_file(
        self, *, sha256: str, size: int, media_type: str, name: str, role: str, by: str, at: datetime
    ) -> list[DomainEvent]:
        """An attachment (附件 N) as a file, stored already (shuniu_shared.content), while the 正文 may
        still change: 签发 signs the document as it stands, its attachments with it."""
        role = self.check_attachable(role)
        return list(
            attached(
                self.files, OutgoingFileAttached, sha256=sha256, size=size, media_type=media_type, name=name,
                role=role, by=by, at=at,
            )
        )  # fmt: skip

    def check_attachable(self, role: str) -> str:
        """Whether a file may be attached in `role` now (asked before its bytes are stored, and again
        as it is attached); the role as recorded."""
        if not self.exists:
            raise OutOfTurn("发文尚未起草", "the document has not been drafted")
        self._expect(
            (
                OutgoingStage.DRAFTED,
                OutgoingStage.RETURNED,
                OutgoingStage.COUNTERSIGNING,
                OutgoingStage.AWAITING_SIGNATURE,
            ),
            "签发前方可添加附件；签发后须退回修改",
            "attachments are added before signing; after it the document goes back for revision",
        )
        return normalise_role(role, scan=False)

    def record_download(self, sha256: str, *, by: str, at: datetime) -> list[DomainEvent]:
        """Every download of a classified document's file is recorded: who, when, which file."""
        assert self.draft is not None
        classification = self.draft.classification
        return list(
            downloaded(self.files, OutgoingFileDownloaded, classification, sha256=sha256, by=by, at=at)
        )

    def file(self, sha256: str) -> FileAttached | None:
        return next((f for f in self.files if f.sha256 == sha256), None)

    # ── state ──────────────────────────────────────────────────────────────────────────────

    def when_drafted(self, e: Drafted) -> None:
        self.draft = _draft_of(e)
        self.drafting_department, self.drafted_by = e.drafting_department, e.drafted_by
        self._new_version(Step.DRAFTING, e.drafted_by, e.body_digest)

    def when_revised(self, e: Revised) -> None:
        self.draft, self.stage = _draft_of(e), OutgoingStage.DRAFTED
        self._new_version(Step.DRAFTING, e.revised_by, e.body_digest)

    def when_body_edited(self, e: BodyEdited) -> None:
        assert self.draft is not None
        self.draft = replace(self.draft, body=e.body.body())
        self._new_version(Step(e.step), e.edited_by, e.body_digest)

    def when_signature_voided(self, e: SignatureVoided) -> None:
        assert self.signature is not None
        self.voided_signatures.append(self.signature)
        self.stage, self.signature = OutgoingStage.AWAITING_SIGNATURE, None
        self.required_signer = e.signer
        self.changes_after_signing.append(e.change)

    def _new_version(self, step: Step, by: str, digest: str) -> None:
        assert self.draft is not None
        self.versions.append(
            BodyVersion(
                number=len(self.versions) + 1,
                step=step,
                by=by,
                digest=digest,
                body=self.draft.body,
                event=self.version + 1,  # this event's place in the stream (applied, then counted)
            )
        )

    def when_reviewed(self, e: Reviewed) -> None:
        assert self.draft is not None
        self.stage = (
            OutgoingStage.COUNTERSIGNING if self.draft.co_issuers else OutgoingStage.AWAITING_SIGNATURE
        )

    def when_returned(self, e: ReturnedForRevision) -> None:
        self.stage = OutgoingStage.RETURNED
        self.review_comments.append(e.comments)

    def when_countersigned(self, e: Countersigned) -> None:
        assert self.draft is not None
        self.countersigned[e.department] = e
        if set(self.draft.co_issuers) <= set(self.countersigned):
            self.stage = OutgoingStage.AWAITING_SIGNATURE

    def when_signed(self, e: Signed) -> None:
        self.stage, self.signature, self.required_signer = OutgoingStage.SIGNED, e, None

    def when_rechecked(self, e: Rechecked) -> None:
        self.stage = OutgoingStage.RECHECKED

    def when_changed(self, e: ChangedAfterSigning) -> None:
        self.stage, self.required_signer = OutgoingStage.AWAITING_SIGNATURE, e.signer
        self.changes_after_signing.append(e.change)

    def when_numbered(self, e: Numbered) -> None:
        self.stage = OutgoingStage.REGISTERED
        self.number = DocumentNumber(e.code, e.year, e.sequence)
        self.distribution, self.copies = list(e.distribution), e.copies

    def when_number_voided(self, e: NumberVoided) -> None:
        self.stage, self.number = OutgoingStage.RECHECKED, None
        self.voided_numbers.append(e.number)
        self.copy_numbers = []

    def when_printed(self, e: Printed) -> None:
        self.stage, self.copy_numbers = OutgoingStage.PRINTED, list(e.copy_numbers)
        self.printed_on = e.printed_on

    def when_sealed(self, e: Sealed) -> None:
        self.sealed = e

    def when_dispatched(self, e: Dispatched) -> None:
        self.dispatched[e.recipient] = e.dispatched_on

    def when_issued(self, e: Issued) -> None:
        self.stage, self.issued_on = OutgoingStage.ISSUED, e.issued_on

    def when_revoked(self, e: Revoked) -> None:
        self.stage, self.ended = OutgoingStage.REVOKED, e

    def when_abolished(self, e: Abolished) -> None:
        self.stage, self.ended = OutgoingStage.ABOLISHED, e

    def when_archived(self, e: OutgoingArchived) -> None:
        self.stage, self.retention = OutgoingStage.ARCHIVED, e.retention

    def when_file_attached(self, e: OutgoingFileAttached) -> None:
        self.files.append(e)

    def when_file_downloaded(self, e: OutgoingFileDownloaded) -> None:
        pass  # the audit trail only: the document is as it was

    # ── what the service reads ─────────────────────────────────────────────────────────────

    @property
    def body_digest(self) -> str:
        return self.versions[-1].digest

    def body_version(self, number: int) -> BodyVersion:
        if not 1 <= number <= len(self.versions):
            raise NotFound(f"正文没有第 {number} 版", f"the body has no version {number}")
        return self.versions[number - 1]

    @property
    def classified(self) -> bool:
        return self.draft is not None and self.draft.classification != "none"

    @property
    def finished(self) -> bool:
        return self.stage in (
            OutgoingStage.ISSUED,
            OutgoingStage.REVOKED,
            OutgoingStage.ABOLISHED,
            OutgoingStage.ARCHIVED,
        )

    @property
    def departments(self) -> set[str]:
        """The departments taking part: issuer, drafter, co-issuers, and recipients that are departments."""
        assert self.draft is not None
        recipients = [
            r for r in self.draft.main_recipients + self.draft.copied_recipients if is_department_code(r)
        ]
        return {ISSUING_BODY, self.drafting_department, *self.draft.co_issuers, *recipients}

    def audience(self) -> Audience:
        """Who may see it (domain/audience.py): the office and the departments taking part, cleared
        for the draft's 密级 — as it now stands: a revision that drops a recipient drops it here too."""
        assert self.draft is not None
        return document_audience(self.draft.classification, self.departments)

    def state(self) -> dict[str, Any]:
        """The document as the service serves it; a replay of its events gives the same."""
        draft = self.draft
        assert draft is not None
        signature = self.signature
        return {
            "id": self.id,
            "version": self.version,
            "stage": self.stage.value,
            **vars(draft),
            "body": draft.body.as_dict(),
            "body_text": "\n".join(draft.body.numbered_text(i) for i in range(len(draft.body.paragraphs))),
            "body_version": len(self.versions),
            "body_digest": self.body_digest,
            "marking": None
            if draft.classification == "none"
            else f"{draft.classification}★{draft.secrecy_period}",
            "drafting_department": self.drafting_department,
            "drafted_by": self.drafted_by,
            "review_comments": self.review_comments,
            "countersigned": {d: c.model_dump(mode="json") for d, c in self.countersigned.items()},
            "signer": signature.signer if signature else None,  # 签发人, shown on a 上行文
            "signature": signature.model_dump(mode="json") if signature else None,
            "date_of_issue": signature.date_of_issue.isoformat() if signature else None,  # 成文日期
            "required_signer": self.required_signer,
            "changes_after_signing": self.changes_after_signing,
            "voided_signatures": [s.model_dump(mode="json") for s in self.voided_signatures],
            "number": str(self.number) if self.number else None,
            "voided_numbers": self.voided_numbers,
            "distribution": self.distribution,
            "copies": self.copies,
            "copy_numbers": self.copy_numbers,
            "files": [f.model_dump(mode="json") for f in self.files],
            # 用印: the sealed and signed PDF (GET …/pdf?sealed=true), by whom and when
            "sealed": self.sealed.model_dump(mode="json") if self.sealed else None,
            "dispatched": {r: d.isoformat() for r, d in self.dispatched.items()},
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "ended": (
                {
                    "how": "撤销" if isinstance(self.ended, Revoked) else "废止",
                    **self.ended.model_dump(mode="json"),
                }
                if self.ended
                else None
            ),
            "retention": self.retention,
        }

    def _expect(self, stages: OutgoingStage | tuple[OutgoingStage, ...], zh: str, en: str) -> None:
        if not self.exists:
            raise OutOfTurn("文稿尚未起草", "the document has not been drafted")
        if self.stage not in (stages if isinstance(stages, tuple) else (stages,)):
            raise OutOfTurn(f"{zh}（当前阶段：{self.stage.value}）", f"{en} (stage: {self.stage.value})")


def _draft_of(e: Drafted | Revised) -> Draft:
    return Draft(
        title=e.title,
        doc_type=e.doc_type,
        direction=e.direction,
        classification=e.classification,
        secrecy_period=e.secrecy_period,
        urgency=e.urgency,
        main_recipients=list(e.main_recipients),
        copied_recipients=list(e.copied_recipients),
        co_issuers=list(e.co_issuers),
        body=e.body.body(),
    )


@dataclass(frozen=True)
class BodyVersion:  # 正文的一版
    number: int  # 1 for the draft, then one more for each revision or edit
    step: Step
    by: str
    digest: str
    body: DocumentBody
    event: int  # the stream version of the event that recorded it (its time is the event's)

    def summary(self) -> dict[str, Any]:
        return {"version": self.number, "step": self.step.value, "by": self.by, "digest": self.digest}
