"""收文: an official document the body receives, from 签收 to 归档 (《条例》§24)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification
from shuniu_shared.directory import Person
from shuniu_shared.errors import InvalidInput, OutOfTurn, RuleBroken
from shuniu_shared.events import DomainEvent

from shuniu_documents.domain.audience import document_audience
from shuniu_documents.domain.events import (
    Accepted,
    CirculationOverdue,
    CirculationRecalled,
    CirculationStarted,
    Closed,
    FileAttached,
    FileDownloaded,
    IncomingArchived,
    Instructed,
    Proposed,
    Read,
    Received,
    Registered,
    Replied,
    Returned,
    SupervisionClosed,
    SupervisionOpened,
    Urged,
)
from shuniu_documents.domain.files import attached, downloaded, normalise_role
from shuniu_documents.domain.values import (
    DocumentNumber,
    DocumentType,
    Retention,
    check_classification,
    check_cleared_to_receive,
    check_urgency,
)

RECEIVING_BODY = "gov"  # incoming documents are addressed to the county government: it takes part


class IncomingStage(StrEnum):
    RECEIVED = "received"  # 已签收
    REGISTERED = "registered"  # 已登记
    RETURNED = "returned"  # 已退回
    ACCEPTED = "accepted"  # 初审通过，待承办
    DISTRIBUTED = "distributed"  # 阅知件已分发传阅
    PROPOSED = "proposed"  # 已拟办，待批示
    INSTRUCTED = "instructed"  # 已批示，承办中
    REPLIED = "replied"  # 已答复
    CLOSED = "closed"  # 已办结
    ARCHIVED = "archived"  # 已归档


FINISHED = (IncomingStage.RETURNED, IncomingStage.CLOSED, IncomingStage.ARCHIVED)
REPLIERS = ("staff", "department_head")  # who of the lead department gives its 答复


class Handling(StrEnum):
    FOR_INFORMATION = "阅知件"
    FOR_ACTION = "批办件"


@dataclass
class Circulation:  # 传阅 round
    round: int
    readers: list[str]
    started_at: datetime
    due_at: datetime
    read_at: dict[str, datetime] = field(default_factory=dict)
    recalled: bool = False
    overdue: bool = False

    @property
    def unread(self) -> list[str]:
        return [r for r in self.readers if r not in self.read_at]

    @property
    def active(self) -> bool:
        return not self.recalled and bool(self.unread)


class IncomingDocument(Aggregate):  # 收文
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.stage = IncomingStage.RECEIVED
        self.sender = self.sender_number = self.title = ""
        self.doc_type = ""
        self.classification = "none"
        self.secrecy_period: str | None = None
        self.urgency: str | None = None
        self.copies = 0
        self.received_at: datetime | None = None
        self.receipt_number: DocumentNumber | None = None
        self.handling: Handling | None = None
        self.return_reason: str | None = None
        self.proposal: str | None = None
        self.instruction: Instructed | None = None
        self.circulations: list[Circulation] = []
        self.reader_departments: set[str] = set()
        self.urgings: list[Urged] = []
        self.supervision_task: str | None = None
        self.supervision_result: SupervisionClosed | None = None
        self.reply: Replied | None = None
        self.closed_on: date | None = None
        self.retention: str | None = None
        self.files: list[FileAttached] = []

    # ── commands ───────────────────────────────────────────────────────────────────────────

    @staticmethod
    def receive(
        *,
        sender: str,
        sender_number: str,
        title: str,
        doc_type: str,
        classification: str,
        secrecy_period: str | None,
        urgency: str | None,
        copies: int,
        at: datetime,
        by: str,
        clearance: str,
    ) -> list[DomainEvent]:
        """签收: check each item and record the time (§24.1); a classified document only by
        someone cleared for it (`check_cleared_to_receive`)."""
        DocumentType.parse(doc_type)
        check_classification(classification, secrecy_period)
        check_cleared_to_receive(clearance, classification)
        check_urgency(urgency)
        if copies < 1:
            raise InvalidInput("份数至少为 1", "at least one copy", code="invalid_copies", field="copies")
        return [
            Received(
                sender=sender,
                sender_number=sender_number,
                title=title,
                doc_type=doc_type,
                classification=classification,
                secrecy_period=secrecy_period,
                urgency=urgency,
                copies=copies,
                received_at=at,
                received_by=by,
            )
        ]

    def register(self, number: DocumentNumber, *, by: str) -> list[DomainEvent]:
        """登记 (§24.2): the receipt number is allocated by the caller, continuous per year."""
        self._expect(
            IncomingStage.RECEIVED, "登记须在签收之后、且只登记一次", "registering follows signing for, once"
        )
        return [
            Registered(
                receipt_number=str(number),
                code=number.code,
                year=number.year,
                sequence=number.sequence,
                registered_by=by,
            )
        ]

    def accept(self, handling: str, *, by: str, note: str = "") -> list[DomainEvent]:
        """初审 passed (§24.3): the document is handled for information (阅知) or for action (批办)."""
        self._expect(
            IncomingStage.REGISTERED, "初审须在登记之后", "the preliminary review follows registration"
        )
        try:
            kind = Handling(handling)
        except ValueError:
            raise InvalidInput(
                "承办方式须为阅知件或批办件", "handling must be 阅知件 or 批办件", field="handling"
            ) from None
        return [Accepted(handling=kind, reviewed_by=by, note=note)]

    def return_to_sender(self, reason: str, *, by: str) -> list[DomainEvent]:
        """初审 failed: returned (退回) with the reason (§24.3)."""
        self._expect(
            IncomingStage.REGISTERED, "退回须在初审时", "returning happens at the preliminary review"
        )
        if not reason.strip():
            raise InvalidInput("退回须说明理由", "a return needs its reason", field="reason")
        return [Returned(reason=reason, reviewed_by=by)]

    def propose(self, opinion: str, *, by: str) -> list[DomainEvent]:
        """拟办意见 of the office on a document for action (§24.4)."""
        if self.handling is not Handling.FOR_ACTION:
            raise RuleBroken(
                "只有批办件需要拟办意见", "only a document for action gets a proposal", code="not_for_action"
            )
        self._expect(
            (IncomingStage.ACCEPTED, IncomingStage.PROPOSED),
            "拟办须在初审之后、批示之前",
            "the proposal comes after the review and before the instruction",
        )
        return [Proposed(opinion=opinion, proposed_by=by)]

    def instruct(
        self,
        *,
        leader: Person,
        instruction: str,
        lead_department: str,
        lead_members: list[Person],
        co_departments: list[str],
        deadline: date | None,
        on: date,
    ) -> list[DomainEvent]:
        """批示 (§24.4): one lead department (主办), any co-departments (协办), a deadline if urgent.
        The lead department (`lead_members` are its people) must have someone who may give the 答复
        and is cleared for the 密级: otherwise nobody could reply and the document would stay 承办中."""
        self._expect(
            IncomingStage.PROPOSED, "批示须在拟办之后", "the instruction follows the office's proposal"
        )
        if not leader.has_role("leader"):
            raise RuleBroken("批示须由领导作出", "an instruction is given by a leader", code="not_a_leader")
        if lead_department in co_departments or len(set(co_departments)) != len(co_departments):
            raise RuleBroken(
                "主办单位只有一个，且不能同时是协办单位",
                "there is one lead department, which is not also a co-department",
                code="one_lead_department",
                field="co_departments",
            )
        if not any(
            Classification.parse(p.clearance).reaches(self.classification) and p.roles & set(REPLIERS)
            for p in lead_members
        ):
            level = "" if self.classification == "none" else f"密级权限达到{self.classification}的"
            raise RuleBroken(
                f"主办单位没有{level}承办人员，无人能够答复；请另定主办单位",
                "nobody of the lead department may reply"
                + ("" if self.classification == "none" else f" and is cleared for {self.classification}")
                + "; name another lead department",
                code="lead_department_cannot_reply",
                field="lead_department",
                required_clearance=self.classification,
            )
        if self.urgency and deadline is None:
            raise RuleBroken(
                f"{self.urgency}件须在批示中明确办理时限",
                f"an urgent ({self.urgency}) document needs a deadline",
                code="urgent_needs_deadline",
                field="deadline",
            )
        if deadline is not None and deadline < on:
            raise RuleBroken(
                "办理时限不能早于批示日期", "the deadline is before the instruction", field="deadline"
            )
        assert self.receipt_number is not None
        return [
            Instructed(
                document_id=self.id,
                receipt_number=str(self.receipt_number),
                title=self.title,
                classification=self.classification,
                urgency=self.urgency,
                instruction=instruction,
                leader=leader.id,
                lead_department=lead_department,
                co_departments=co_departments,
                deadline=deadline,
                instructed_on=on,
            )
        ]

    def start_circulation(
        self, readers: list[Person], *, at: datetime, due_at: datetime, by: str
    ) -> list[DomainEvent]:
        """传阅 (§24.5): nobody missed, nobody wrongly included — so every reader is cleared for it."""
        allowed = {
            Handling.FOR_INFORMATION: (IncomingStage.ACCEPTED, IncomingStage.DISTRIBUTED),
            Handling.FOR_ACTION: (IncomingStage.INSTRUCTED, IncomingStage.REPLIED),
        }
        if self.handling is None or self.stage not in allowed[self.handling]:
            raise OutOfTurn(
                "阅知件初审后、批办件批示后方可传阅",
                "circulate a document for information after review, one for action after the instruction",
            )
        if self.current_circulation is not None and self.current_circulation.active:
            raise OutOfTurn(
                "上一轮传阅尚未结束", "the previous circulation has not ended", code="circulation_active"
            )
        ids = [r.id for r in readers]
        if not ids or len(set(ids)) != len(ids):
            raise InvalidInput(
                "传阅名单不能为空，也不能重复", "the readers list is empty or repeats", field="readers"
            )
        for reader in readers:
            if not Classification.parse(reader.clearance).reaches(self.classification):
                raise RuleBroken(
                    f"{reader.name} 的密级权限不足以阅读{self.classification}文件（误传）",
                    f"{reader.id} is not cleared for a {self.classification} document",
                    code="reader_not_cleared",
                    field="readers",
                )
        if due_at <= at:
            raise InvalidInput("传阅时限须晚于现在", "the circulation is due after now", field="due_on")
        return [
            CirculationStarted(
                round=len(self.circulations) + 1,
                readers=ids,
                departments=sorted({r.dept for r in readers}),
                started_at=at,
                due_at=due_at,
                started_by=by,
            )
        ]

    def acknowledge_reading(self, reader: str, *, at: datetime) -> list[DomainEvent]:
        """A reader on the current list confirms having read it; a second confirmation changes nothing."""
        circulation = self.current_circulation
        if circulation is None or circulation.recalled or reader not in circulation.readers:
            raise OutOfTurn(
                "您不在当前的传阅名单中", "you are not on the current readers list", code="not_a_reader"
            )
        if reader in circulation.read_at:
            return []
        return [Read(round=circulation.round, reader=reader, read_at=at)]

    def recall_circulation(self, reason: str, *, by: str) -> list[DomainEvent]:
        circulation = self.current_circulation
        if circulation is None or not circulation.active:
            raise OutOfTurn("没有正在进行的传阅可以收回", "no circulation in progress to recall")
        return [
            CirculationRecalled(
                round=circulation.round, reason=reason, recalled_by=by, unread=circulation.unread
            )
        ]

    def mark_circulation_overdue(self, round: int) -> list[DomainEvent]:
        """The circulation's time ran out: who has not read it yet (nothing if it ended meanwhile)."""
        circulation = self.current_circulation
        if circulation is None or circulation.round != round or not circulation.active or circulation.overdue:
            return []
        return [CirculationOverdue(round=round, unread=circulation.unread, due_at=circulation.due_at)]

    def urge(self, note: str, *, by: str, automatic: bool = False) -> list[DomainEvent]:
        """催办 (§24.6): follow up a document being handled, by hand or before its deadline."""
        if self.stage not in (IncomingStage.INSTRUCTED, IncomingStage.DISTRIBUTED):
            if automatic:
                return []  # finished meanwhile: nothing left to urge
            raise OutOfTurn("只有承办中的公文可以催办", "only a document being handled can be urged")
        instruction = self.instruction
        return [
            Urged(
                note=note,
                automatic=automatic,
                lead_department=instruction.lead_department if instruction else None,
                deadline=instruction.deadline if instruction else None,
                urged_by=by,
            )
        ]

    def record_supervision_opened(self, task_id: str) -> list[DomainEvent]:
        if self.supervision_task == task_id:
            return []
        return [SupervisionOpened(task_id=task_id)]

    def record_supervision_closed(self, task_id: str, result: str, closed_on: date) -> list[DomainEvent]:
        if self.supervision_result is not None and self.supervision_result.task_id == task_id:
            return []
        return [SupervisionClosed(task_id=task_id, result=result, closed_on=closed_on)]

    def answer(self, reply: str, *, person: Person) -> list[DomainEvent]:
        """答复 (§24.7): the lead department reports the result back."""
        self._expect(
            IncomingStage.INSTRUCTED, "答复须在批示之后、办结之前", "the reply comes after the instruction"
        )
        assert self.instruction is not None
        if person.dept != self.instruction.lead_department:
            raise RuleBroken(
                "答复须由主办单位作出", "the lead department replies", code="not_lead_department"
            )
        return [Replied(department=person.dept, reply=reply, replied_by=person.id)]

    def close(self, *, on: date, by: str, note: str = "") -> list[DomainEvent]:
        """办结. A document for action needs its reply, and under supervision the task closed; a
        document for information needs every reader of its circulation to have read it."""
        if self.handling is Handling.FOR_INFORMATION:
            circulation = self.current_circulation
            if self.stage is not IncomingStage.DISTRIBUTED or circulation is None or circulation.recalled:
                raise OutOfTurn(
                    "阅知件须传阅后方可办结", "a document for information is closed after circulation"
                )
            if circulation.unread:
                raise RuleBroken(
                    f"尚有 {len(circulation.unread)} 人未阅，不能办结（不得漏传）",
                    f"{len(circulation.unread)} reader(s) have not read it yet",
                    code="unread_readers",
                )
        else:
            if self.supervision_task is not None and self.supervision_result is None:
                raise RuleBroken(
                    "督办事项尚未办结，公文不能办结",
                    "the supervision task is still open; the document cannot be closed",
                    code="supervision_open",
                )
            self._expect(
                IncomingStage.REPLIED,
                "批办件须答复后方可办结",
                "a document for action is closed after its reply",
            )
        return [Closed(closed_on=on, closed_by=by, note=note)]

    def archive(self, retention: str, *, on: date, by: str) -> list[DomainEvent]:
        """归档 with a retention period, once the document is finished."""
        Retention.parse(retention)
        self._expect(
            (IncomingStage.CLOSED, IncomingStage.RETURNED),
            "办结或退回后方可归档",
            "archive a finished document",
        )
        return [IncomingArchived(retention=retention, archived_on=on, archived_by=by)]

    def attach_file(
        self, *, sha256: str, size: int, media_type: str, name: str, role: str, by: str, at: datetime
    ) -> list[DomainEvent]:
        """A file of the document, stored already (shuniu_shared.content): its scan (原件扫描) or an
        attachment (附件 N), from 签收 until 归档 — the archived record is closed (domain/files.py)."""
        role = self.check_attachable(role)
        return list(
            attached(
                self.files, FileAttached, sha256=sha256, size=size, media_type=media_type, name=name,
                role=role, by=by, at=at,
            )
        )  # fmt: skip

    def check_attachable(self, role: str) -> str:
        """Whether a file may be attached in `role` now (asked before its bytes are stored, and again
        as it is attached); the role as recorded."""
        if not self.exists:
            raise OutOfTurn("公文尚未签收", "the document has not been signed for")
        if self.stage is IncomingStage.ARCHIVED:
            raise OutOfTurn(
                "公文已归档，不能再添加文件",
                "the document is archived: no file can be added",
                code="archived",
            )
        return normalise_role(role)

    def record_download(self, sha256: str, *, by: str, at: datetime) -> list[DomainEvent]:
        """Every download of a classified document's file is recorded: who, when, which file."""
        return list(downloaded(self.files, FileDownloaded, self.classification, sha256=sha256, by=by, at=at))

    # ── state ──────────────────────────────────────────────────────────────────────────────

    def when_received(self, e: Received) -> None:
        self.sender, self.sender_number, self.title = e.sender, e.sender_number, e.title
        self.doc_type, self.classification, self.secrecy_period = (
            e.doc_type,
            e.classification,
            e.secrecy_period,
        )
        self.urgency, self.copies, self.received_at = e.urgency, e.copies, e.received_at

    def when_registered(self, e: Registered) -> None:
        self.stage = IncomingStage.REGISTERED
        self.receipt_number = DocumentNumber(e.code, e.year, e.sequence)

    def when_accepted(self, e: Accepted) -> None:
        self.stage, self.handling = IncomingStage.ACCEPTED, Handling(e.handling)

    def when_returned(self, e: Returned) -> None:
        self.stage, self.return_reason = IncomingStage.RETURNED, e.reason

    def when_proposed(self, e: Proposed) -> None:
        self.stage, self.proposal = IncomingStage.PROPOSED, e.opinion

    def when_instructed(self, e: Instructed) -> None:
        self.stage, self.instruction = IncomingStage.INSTRUCTED, e

    def when_circulation_started(self, e: CirculationStarted) -> None:
        self.circulations.append(Circulation(e.round, list(e.readers), e.started_at, e.due_at))
        self.reader_departments |= set(e.departments)
        if self.handling is Handling.FOR_INFORMATION:
            self.stage = IncomingStage.DISTRIBUTED

    def when_read(self, e: Read) -> None:
        self.circulations[e.round - 1].read_at[e.reader] = e.read_at

    def when_recalled(self, e: CirculationRecalled) -> None:
        self.circulations[e.round - 1].recalled = True

    def when_overdue(self, e: CirculationOverdue) -> None:
        self.circulations[e.round - 1].overdue = True

    def when_urged(self, e: Urged) -> None:
        self.urgings.append(e)

    def when_supervision_opened(self, e: SupervisionOpened) -> None:
        self.supervision_task = e.task_id

    def when_supervision_closed(self, e: SupervisionClosed) -> None:
        self.supervision_task, self.supervision_result = e.task_id, e
        if self.stage is IncomingStage.INSTRUCTED:
            self.stage = IncomingStage.REPLIED  # the verified completion report is the 答复

    def when_replied(self, e: Replied) -> None:
        self.stage, self.reply = IncomingStage.REPLIED, e

    def when_closed(self, e: Closed) -> None:
        self.stage, self.closed_on = IncomingStage.CLOSED, e.closed_on

    def when_archived(self, e: IncomingArchived) -> None:
        self.stage, self.retention = IncomingStage.ARCHIVED, e.retention

    def when_file_attached(self, e: FileAttached) -> None:
        self.files.append(e)

    def when_file_downloaded(self, e: FileDownloaded) -> None:
        pass  # the audit trail only: the document is as it was

    # ── what the service reads ─────────────────────────────────────────────────────────────

    @property
    def current_circulation(self) -> Circulation | None:
        return self.circulations[-1] if self.circulations else None

    def file(self, sha256: str) -> FileAttached | None:
        return next((f for f in self.files if f.sha256 == sha256), None)

    @property
    def deadline(self) -> date | None:
        return self.instruction.deadline if self.instruction else None

    @property
    def finished(self) -> bool:
        return self.stage in FINISHED

    @property
    def under_supervision(self) -> bool:
        """督办中: a task is open on it. A task opened after the document was finished (the events
        crossed) is recorded, but a finished document is not shown as under supervision."""
        return self.supervision_task is not None and self.supervision_result is None and not self.finished

    @property
    def departments(self) -> set[str]:
        """The departments taking part: the receiving body, handlers and readers."""
        taking_part = {RECEIVING_BODY} | self.reader_departments
        if self.instruction:
            taking_part |= {self.instruction.lead_department, *self.instruction.co_departments}
        return taking_part

    def audience(self) -> Audience:
        """Who may see it (domain/audience.py): the office and the departments taking part, cleared
        for its 密级. A department once taking part stays so (a recalled reader has seen it)."""
        return document_audience(self.classification, self.departments)

    def state(self) -> dict[str, Any]:
        """The document as the service serves it; a replay of its events gives the same."""
        instruction = self.instruction
        return {
            "id": self.id,
            "version": self.version,
            "stage": self.stage.value,
            "sender": self.sender,
            "sender_number": self.sender_number,
            "title": self.title,
            "doc_type": self.doc_type,
            "classification": self.classification,
            "secrecy_period": self.secrecy_period,
            "urgency": self.urgency,
            "copies": self.copies,
            "received_at": _iso(self.received_at),
            "receipt_number": str(self.receipt_number) if self.receipt_number else None,
            "handling": self.handling.value if self.handling else None,
            "return_reason": self.return_reason,
            "proposal": self.proposal,
            "instruction": instruction.model_dump(
                mode="json", exclude={"document_id", "receipt_number", "title", "classification", "urgency"}
            )
            if instruction
            else None,
            "circulations": [
                {
                    "round": c.round,
                    "started_at": _iso(c.started_at),
                    "due_at": _iso(c.due_at),
                    "recalled": c.recalled,
                    "overdue": c.overdue,
                    "readers": [{"reader": r, "read_at": _iso(c.read_at.get(r))} for r in c.readers],
                }
                for c in self.circulations
            ],
            "urgings": [u.model_dump(mode="json") for u in self.urgings],
            "supervision": {
                "task_id": self.supervision_task,
                "under_supervision": self.under_supervision,
                "result": self.supervision_result.result if self.supervision_result else None,
                "closed_on": self.supervision_result.closed_on.isoformat()
                if self.supervision_result
                else None,
            },
            "reply": self.reply.model_dump(mode="json") if self.reply else None,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "retention": self.retention,
            "departments": sorted(self.departments),
            "files": [f.model_dump(mode="json") for f in self.files],
        }

    def _expect(self, stages: IncomingStage | tuple[IncomingStage, ...], zh: str, en: str) -> None:
        if not self.exists:
            raise OutOfTurn("公文尚未签收", "the document has not been signed for")
        if self.stage not in (stages if isinstance(stages, tuple) else (stages,)):
            raise OutOfTurn(f"{zh}（当前阶段：{self.stage.value}）", f"{en} (stage: {self.stage.value})")


def _iso(instant: datetime | None) -> str | None:
    return instant.isoformat() if instant else None
