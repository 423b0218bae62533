"""套红模板 (letterhead templates): the office sets an organ's 版头 per format, and every typesetting
of that organ's documents in that format — the issued 公文, a draft's preview, the template's own
sample — prints under the template as it then stands (domain/letterhead.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Reading, Written

from shuniu_documents.adapters.typesetting import Imprint
from shuniu_documents.domain.body import DocumentBody, Paragraph
from shuniu_documents.domain.letterhead import Format, Letterhead, LetterheadTemplate, letterhead_id


@dataclass(frozen=True)
class SetLetterhead(Command):  # 设定套红模板
    organ: str  # a department code of the directory: the issuing organ
    letterhead: Letterhead


def organ_name(directory: Directory, organ: str) -> str:
    department = directory.departments.get(organ)
    if department is None:
        raise InvalidInput(f"没有编码为 {organ} 的机关", f"there is no organ {organ}", field="organ")
    return department.name


async def set_letterhead(command: SetLetterhead, uow: UnitOfWork, actor: Actor) -> Written:
    organ_name(uow.directory, command.organ)
    template = await uow.load_or_new(
        LetterheadTemplate, letterhead_id(command.organ, command.letterhead.format)
    )
    check_version(template, command.expected_version)  # If-Match: set on the template the caller saw
    return await uow.save(template, template.set(command.organ, command.letterhead))


async def letterhead_of(reading: Reading, directory: Directory, organ: str, format: Format) -> Letterhead:
    """The organ's 版头 in `format` as the office set it, or the standard's default."""
    template = await reading.load_or_new(LetterheadTemplate, letterhead_id(organ, format))
    return template.or_default(organ_name(directory, organ), format)


def sample(letterhead: Letterhead, organ: str, on: date) -> tuple[DocumentBody, Imprint]:
    """A short document in the template's format, for the office to see the 版头 printed before any
    real document uses it: the 发文字号 (令号) and attendance lists the format shows are filled in."""
    number, title = {
        Format.DOCUMENT: (f"〔{on.year}〕1号", "关于做好有关工作的通知"),
        Format.LETTER: (f"函〔{on.year}〕1号", "关于商请支持有关工作的函"),
        Format.ORDER: ("第1号", "关于施行有关规定的命令"),
        Format.MINUTES: ("第1期", "有关工作会议纪要"),
    }[letterhead.format]
    body = DocumentBody(
        title=title,
        paragraphs=(Paragraph("此为套红模板的预览，正文仅作示例。"),),
        signatory=""
        if letterhead.format is Format.MINUTES
        else letterhead.name,  # a 纪要 is not signed (§10.3)
        written_on=on,
    )
    imprint = Imprint(
        letterhead=letterhead,
        number=number,
        copied=("示例抄送机关",),
        printer=letterhead.name,
        printed_on=on,
        attendance={"出席": ("示例出席人",), "请假": ("示例请假人",), "列席": ("示例列席人",)},
    )
    return body, imprint
