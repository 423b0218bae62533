"""Commands on 政务信息: a department submits a piece; the 信息科 edits it, publishes an issue that
adopts pieces (第N期, continuous), reports a piece up and records the higher level's adoption and a
leader's 批示. A piece outside the actor's audience is NotFound, first, so its existence does not leak.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from shuniu_shared.classification import ClassificationName
from shuniu_shared.clock import office_date
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.database import next_in_counter
from shuniu_shared.directory import Directory
from shuniu_shared.errors import Forbidden, InvalidInput, NotFound
from shuniu_shared.eventstore import Reading, Written

from shuniu_duty.adapters.information_rows import write_credit, write_piece_row
from shuniu_duty.adapters.tables import issue_counters_table
from shuniu_duty.app.policy import policy_of
from shuniu_duty.domain.information import Editor, Issue, Piece, issue_id


@dataclass(frozen=True)
class InformationCommand(Command):
    at: datetime | None = field(default=None, kw_only=True)  # now, unless recorded after the fact (the demo)


@dataclass(frozen=True)
class SubmitPiece(InformationCommand):  # 报送信息稿
    title: str
    text: str
    classification: ClassificationName


@dataclass(frozen=True)
class PieceStep(InformationCommand):
    may_retry = True
    piece_id: str


@dataclass(frozen=True)
class EditPiece(PieceStep):  # 编辑
    title: str
    text: str
    note: str = ""


@dataclass(frozen=True)
class ReportUp(PieceStep):  # 报送上级
    to: str


@dataclass(frozen=True)
class RecordAdoptedAbove(PieceStep):  # 登记上级采用
    by_whom: str
    where: str = ""


@dataclass(frozen=True)
class RecordInstruction(PieceStep):  # 登记领导批示
    leader: str
    instruction: str


@dataclass(frozen=True)
class PublishIssue(InformationCommand):  # 编发一期刊物
    may_retry = True
    publication: str
    piece_ids: list[str] = field(default_factory=list)


def editor(actor: Actor) -> Editor:
    return Editor(actor.person, actor.roles)


def require_visible(piece: Piece, actor: Actor, directory: Directory) -> Piece:
    """The piece, or NotFound for someone outside its audience (never Forbidden)."""
    audience = piece.audience()
    if audience is None or not actor.sees(audience, directory):
        raise NotFound(f"未找到信息稿 {piece.id}", f"piece {piece.id} was not found", code="piece_not_found")
    return piece


async def load_piece(reading: Reading, piece_id: str, actor: Actor, directory: Directory) -> Piece:
    return require_visible(await reading.load_or_new(Piece, piece_id), actor, directory)


async def load_issue(
    reading: Reading, id: str, actor: Actor, directory: Directory
) -> tuple[Issue, list[Piece]]:
    """An issue and those of its pieces the actor may open, or NotFound for someone outside the
    issue's audience. A department sees the issue that carries its piece, but not the other
    departments' pieces in it (their audience is their own)."""
    issue = await reading.load_or_new(Issue, id)
    audience = issue.audience()
    if audience is None or not actor.sees(audience, directory):
        raise NotFound(f"未找到刊物 {id}", f"issue {id} was not found", code="issue_not_found")
    pieces = [await reading.load_or_new(Piece, piece_id) for piece_id in issue.piece_ids]
    return issue, [p for p in pieces if (seen := p.audience()) is not None and actor.sees(seen, directory)]


async def submit_piece(command: SubmitPiece, uow: UnitOfWork, actor: Actor) -> Written:
    """A department's piece counts for the department of the person who submits it, who cannot
    mark it above their own clearance (they would lose sight of what they wrote)."""
    if not actor.clearance_reaches(command.classification):
        raise Forbidden(
            "不能报送高于本人密级的信息稿", "a piece cannot be classified above its author's clearance"
        )
    piece = Piece(f"piece-{uuid.uuid4().hex[:12]}")
    events = Piece.submit(
        piece.id,
        title=command.title,
        text=command.text,
        department=actor.department,
        classification=command.classification,
        by=actor.person,
        at=command.at or uow.clock.now(),
    )
    written = await uow.save(piece, events)
    await write_piece_row(uow.connection, piece, written)
    return written.telling(stage=piece.stage)


async def take_step(command: PieceStep, uow: UnitOfWork, actor: Actor) -> Written:
    piece = await load_piece(uow, command.piece_id, actor, uow.directory)
    check_version(piece, command.expected_version)
    now, by = command.at or uow.clock.now(), editor(actor)
    match command:
        case EditPiece():
            events = piece.edit(by, command.title, command.text, command.note, now)
        case ReportUp():
            events = piece.report_up(by, command.to, now)
        case RecordAdoptedAbove():
            events = piece.record_adopted_above(by, command.by_whom, command.where, now)
        case RecordInstruction():
            events = piece.record_instruction(by, command.leader, command.instruction, now)
        case _:
            raise TypeError(f"no decision for {type(command).__name__}")
    written = await uow.save(piece, events)
    await write_piece_row(uow.connection, piece, written)
    match command:
        case RecordAdoptedAbove():
            await write_credit(uow.connection, piece, "adopted_above", None, command.by_whom, now)
        case RecordInstruction():
            await write_credit(uow.connection, piece, "instructed", None, command.leader, now)
    return written.telling(stage=piece.stage, piece_version=len(piece.versions))


async def publish_issue(command: PublishIssue, uow: UnitOfWork, actor: Actor) -> Written:
    """出刊: the issue takes the next 第N期 of its publication's year, then each piece is adopted.

    The number comes from the counter row, incremented in this transaction (next_in_counter): a
    second editor publishing at the same moment waits on that row and takes the next number; an
    issue refused after taking its number (a piece adopted meanwhile, a hidden piece) rolls the
    increment back with it, so no number is skipped and none is given twice."""
    publications = policy_of(uow.runtime).publications
    if command.publication not in publications:
        raise InvalidInput(
            f"没有刊物 {command.publication}（可选：{'、'.join(publications)}）",
            f"no publication {command.publication!r}",
            code="unknown_publication",
            field="publication",
        )
    by, now = editor(actor), command.at or uow.clock.now()
    ids = list(dict.fromkeys(command.piece_ids))
    found = [await load_piece(uow, id, actor, uow.directory) for id in ids]
    year = office_date(now).year
    number = await next_in_counter(
        uow.connection, issue_counters_table, {"publication": command.publication, "year": year}
    )
    issue = Issue(issue_id(command.publication, year, number))
    name = publications[command.publication]
    events = Issue.publish(
        by,
        publication=command.publication,
        publication_name=name,
        year=year,
        number=number,
        pieces=found,
        at=now,
    )
    for piece in found:
        adopted = piece.adopt(by, command.publication, year, number, issue.id, now)
        await write_piece_row(uow.connection, piece, await uow.save(piece, adopted))
        await write_credit(
            uow.connection, piece, "adopted", command.publication, f"《{name}》{year}年第{number}期", now
        )
    written = await uow.save(issue, events)
    return written.telling(
        publication=command.publication, year=year, number=number, name=f"《{name}》{year}年第{number}期"
    )
