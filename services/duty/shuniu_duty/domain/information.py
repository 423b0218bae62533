"""政务信息 — information reports (docs/rules.md §8).

Departments submit 信息稿 (pieces); the office's 信息科 (role `information_editor`) edits them, each
edit a new numbered version with the older ones kept; adopts them into an issue of one of the
office's publications (《政务信息》, 《信息专报》: configured data), each issue numbered 第N期 per
publication and year, continuous; reports chosen pieces to the higher level, and records the higher
level's adoption and a leader's 批示. Each department scores by the office's rules (`ScoringRules`):
points per adoption in each publication, more when the higher level adopts, more for a 批示.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import cast

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound, OutOfTurn, required
from shuniu_shared.events import DomainEvent

from shuniu_duty.domain.events import (
    InformationAdopted,
    InformationAdoptedAbove,
    InformationEdited,
    InformationInstructed,
    InformationReportedUp,
    InformationSubmitted,
    IssuePublished,
)

Events = list[DomainEvent]
INFORMATION_EDITOR = "information_editor"  # 信息科
# Who sees every piece and every issue: the 信息科 that edits them and the leaders they are written for.
READERS_OF_ALL = frozenset({INFORMATION_EDITOR, "leader", "principal_leader"})


@dataclass(frozen=True)
class ScoringRules:
    """信息工作考核计分: what each step earns the piece's department. `adopted` is per publication
    (a 《信息专报》 counts more than a 《政务信息》); a publication not named earns `adopted_default`."""

    adopted: Mapping[str, int] = field(default_factory=lambda: {"zhengwu": 1, "zhuanbao": 2})
    adopted_default: int = 1
    adopted_above: int = 3  # 上级采用
    instructed: int = 5  # 领导批示

    def points(self, kind: str, publication: str | None) -> int:
        if kind == "adopted":
            return self.adopted.get(publication or "", self.adopted_default)
        return {"adopted_above": self.adopted_above, "instructed": self.instructed}[kind]


DEFAULT_PUBLICATIONS: Mapping[str, str] = {"zhengwu": "政务信息", "zhuanbao": "信息专报"}
CREDIT_NAMES = {"adopted": "本级采用", "adopted_above": "上级采用", "instructed": "领导批示"}


@dataclass(frozen=True)
class Version:  # 版本: the piece as submitted (1) or as each edit left it (2, 3, ...)
    number: int
    title: str
    text: str
    by: str
    at: datetime
    note: str = ""


@dataclass(frozen=True)
class Adoption:
    publication: str
    year: int
    issue: int
    issue_id: str
    piece_version: int


@dataclass(frozen=True)
class Editor:
    """Someone acting on a piece: who, and their roles."""

    id: str
    roles: frozenset[str] = frozenset()


def require_editor(actor: Editor, zh: str, en: str) -> None:
    if INFORMATION_EDITOR not in actor.roles:
        raise Forbidden(f"只有信息科可以{zh}", f"only the information editors may {en}")


class Piece(Aggregate):  # 信息稿
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.department = ""
        self.classification: ClassificationName = "none"
        self.submitted_by = ""
        self.submitted_at = datetime.min
        self.versions: list[Version] = []
        self.adoptions: list[Adoption] = []
        self.reported_to: str | None = None
        self.adopted_above: InformationAdoptedAbove | None = None
        self.instructions: list[InformationInstructed] = []

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def stage(self) -> str:
        if self.adopted_above is not None:
            return "adopted_above"  # 上级已采用
        if self.reported_to is not None:
            return "reported_up"  # 已报送上级
        if self.adoptions:
            return "adopted"  # 已采用
        return "edited" if len(self.versions) > 1 else "submitted"

    @staticmethod
    def submit(
        piece_id: str,
        *,
        title: str,
        text: str,
        department: str,
        classification: ClassificationName,
        by: str,
        at: datetime,
    ) -> Events:
        """报送信息稿: a department's piece, its version 1."""
        return [
            InformationSubmitted(
                piece_id=piece_id,
                title=required(title, "title", "信息稿须有标题", "a piece needs a title"),
                text=required(text, "text", "信息稿正文不能为空", "the piece is empty"),
                department=department,
                classification=classification,
                submitted_by=by,
                submitted_at=at,
            )
        ]

    def edit(self, actor: Editor, title: str, text: str, note: str, at: datetime) -> Events:
        """编辑: a new version; the ones before it stay as they were."""
        require_editor(actor, "编辑信息稿", "edit a piece")
        if self.adopted_above is not None:
            raise OutOfTurn(
                "上级已采用，不再修改", "the higher level has adopted it: no more edits", code="final"
            )
        title = required(title, "title", "信息稿须有标题", "a piece needs a title")
        text = required(text, "text", "信息稿正文不能为空", "the piece is empty")
        if (title, text) == (self.current.title, self.current.text):
            raise InvalidInput(
                "与当前版本相同，无需另存一版", "nothing changed from the current version", field="text"
            )
        return [
            InformationEdited(
                number=len(self.versions) + 1,
                title=title,
                text=text,
                note=note.strip(),
                edited_by=actor.id,
                edited_at=at,
            )
        ]

    def version_numbered(self, number: int) -> Version:
        if not 1 <= number <= len(self.versions):
            raise NotFound(
                f"信息稿没有第 {number} 版", f"the piece has no version {number}", code="version_not_found"
            )
        return self.versions[number - 1]

    def adopt(
        self, actor: Editor, publication: str, year: int, issue: int, issue_id: str, at: datetime
    ) -> Events:
        """采用: printed in 第`issue`期 of `publication`, as its current version; once per publication."""
        require_editor(actor, "采用信息稿", "adopt a piece")
        if any(a.publication == publication for a in self.adoptions):
            raise OutOfTurn(
                f"《{publication}》已采用该信息稿",
                "the publication has adopted this piece already",
                code="already_adopted",
            )
        return [
            InformationAdopted(
                publication=publication,
                year=year,
                issue=issue,
                issue_id=issue_id,
                piece_version=self.current.number,
                adopted_by=actor.id,
                adopted_at=at,
            )
        ]

    def report_up(self, actor: Editor, to: str, at: datetime) -> Events:
        """报送上级: only a piece the office itself adopted, and once."""
        require_editor(actor, "报送上级", "report a piece up")
        if not self.adoptions:
            raise OutOfTurn(
                "本级采用后方可报送上级", "a piece goes up once the office has adopted it", code="not_adopted"
            )
        if self.reported_to is not None:
            raise OutOfTurn("已报送上级", "the piece has gone up already", code="already_reported")
        return [
            InformationReportedUp(
                to=required(to, "to", "须写明报送单位", "name the higher level"), by=actor.id, at=at
            )
        ]

    def record_adopted_above(self, actor: Editor, by_whom: str, where: str, at: datetime) -> Events:
        """上级采用: recorded by the 信息科, for a piece that went up, once."""
        require_editor(actor, "登记上级采用", "record the higher level's adoption")
        if self.reported_to is None:
            raise OutOfTurn(
                "报送上级后方可登记上级采用",
                "only a piece that went up is adopted above",
                code="not_reported",
            )
        if self.adopted_above is not None:
            raise OutOfTurn(
                "已登记上级采用", "the higher level's adoption is recorded already", code="already_adopted"
            )
        return [
            InformationAdoptedAbove(
                by_whom=required(by_whom, "by_whom", "须写明采用单位", "name who adopted it"),
                where=where.strip(),
                recorded_by=actor.id,
                at=at,
            )
        ]

    def record_instruction(self, actor: Editor, leader: str, instruction: str, at: datetime) -> Events:
        """领导批示: recorded on an adopted piece; each 批示 counts (the scoring rules say how much)."""
        require_editor(actor, "登记领导批示", "record a leader's instruction")
        if not self.adoptions:
            raise OutOfTurn(
                "采用后的信息方可登记批示", "only an adopted piece is instructed on", code="not_adopted"
            )
        return [
            InformationInstructed(
                leader=required(leader, "leader", "须写明批示领导", "name the leader"),
                instruction=required(
                    instruction, "instruction", "批示内容不能为空", "the instruction is empty"
                ),
                recorded_by=actor.id,
                at=at,
            )
        ]

    def audience(self) -> Audience | None:
        """知悉范围: the department that wrote it and its author, the 信息科 and the leaders; never
        above the 密级 (a 机密 piece only to the cleared)."""
        if not self.versions:
            return None
        return Audience.of(
            classification=self.classification,
            people=[self.submitted_by],
            roles=READERS_OF_ALL,
            departments=[self.department],
        )

    def when_submitted(self, event: InformationSubmitted) -> None:
        self.department, self.classification = event.department, event.classification
        self.submitted_by, self.submitted_at = event.submitted_by, event.submitted_at
        self.versions = [Version(1, event.title, event.text, event.submitted_by, event.submitted_at)]

    def when_edited(self, event: InformationEdited) -> None:
        self.versions.append(
            Version(event.number, event.title, event.text, event.edited_by, event.edited_at, event.note)
        )

    def when_adopted(self, event: InformationAdopted) -> None:
        self.adoptions.append(
            Adoption(event.publication, event.year, event.issue, event.issue_id, event.piece_version)
        )

    def when_reported_up(self, event: InformationReportedUp) -> None:
        self.reported_to = event.to

    def when_adopted_above(self, event: InformationAdoptedAbove) -> None:
        self.adopted_above = event

    def when_instructed(self, event: InformationInstructed) -> None:
        self.instructions.append(event)


def issue_id(publication: str, year: int, number: int) -> str:
    return f"issue-{publication}-{year}-{number}"


class Issue(Aggregate):  # 一期刊物
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.publication = self.publication_name = ""
        self.year = self.number = 0
        self.piece_ids: list[str] = []
        self.classification: ClassificationName = "none"
        self.departments: list[str] = []

    @staticmethod
    def publish(
        actor: Editor,
        *,
        publication: str,
        publication_name: str,
        year: int,
        number: int,
        pieces: Iterable[Piece],
        at: datetime,
    ) -> Events:
        """出刊: 第`number`期, carrying `pieces`; its 密级 is the highest of theirs."""
        require_editor(actor, "编发刊物", "publish an issue")
        pieces = list(pieces)
        if not pieces:
            raise InvalidInput(
                "一期刊物至少采用一篇信息稿", "an issue carries at least one piece", field="pieces"
            )
        highest = max((Classification.parse(p.classification) for p in pieces), default=Classification.NONE)
        return [
            IssuePublished(
                publication=publication,
                publication_name=publication_name,
                year=year,
                number=number,
                piece_ids=[p.id for p in pieces],
                classification=cast(ClassificationName, highest.value),
                departments=list(dict.fromkeys(p.department for p in pieces)),
                published_by=actor.id,
                published_at=at,
            )
        ]

    def audience(self) -> Audience | None:
        """The issue's: the 信息科, the leaders and the departments whose pieces it carries, within the
        highest 密级 of its pieces (a reader cleared for less sees none of it)."""
        if not self.publication:
            return None
        return Audience.of(
            classification=self.classification, roles=READERS_OF_ALL, departments=self.departments
        )

    def when_published(self, event: IssuePublished) -> None:
        self.publication, self.publication_name = event.publication, event.publication_name
        self.year, self.number, self.piece_ids = event.year, event.number, list(event.piece_ids)
        self.classification, self.departments = event.classification, list(event.departments)
