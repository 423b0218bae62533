"""正文 imported from a Word (.docx) file: its paragraphs, as the file's styles and the layout of
GB/T 9704-2012 tell them, mapped to the body's elements (domain/body.py) — and what could not be.

A drafter who writes in Word or WPS uses its styles when the office's template has them (标题,
标题 1 … 标题 4 for the 层次序数) and types the rest as GB/T 9704 lays it out: the 主送机关 line
ending in a colon before the text, ``附件：1．…`` after it, the 发文机关署名 above the 成文日期, the
附注 in parentheses below, the 抄送 and 印发 lines at the foot. A heading typed with its number
(``一、`` ``（一）`` ``1.`` ``（1）``) is a heading of that level whatever its style: the numbers are the
body's to give (body.py), so they are taken off.

Some of what a file holds is not the body's: 主送机关 and 抄送机关 route the document and are set on
the draft; 印发机关和印发日期 come from registration and printing; a title differing from the
draft's is a revision, not an edit; tables are not part of the structure. Each is named in the answer
with the paragraph it was, so the drafter knows what to check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from shuniu_documents.domain.body import (
    MAX_PARAGRAPH_CHARS,
    MAX_PARAGRAPHS,
    DocumentBody,
    Level,
    Paragraph,
    parse_numbered,
)

TITLE_STYLES = {"title", "标题"}
# The styles Shuniu's own .docx (adapters/word_file.py) gives the 版头 and 版记: their lines come from
# the draft, registration and printing, so a file exported, edited and imported again keeps its 正文.
MARK_STYLE, NUMBER_STYLE, MARKING_STYLE, IMPRINT_STYLE = "发文机关标志", "发文字号", "密级和紧急程度", "版记"
MASTHEAD_STYLES = {MARK_STYLE, NUMBER_STYLE, MARKING_STYLE, IMPRINT_STYLE}
HEADING_STYLES = {f"{prefix} {n}": Level(n) for prefix in ("heading", "标题") for n in range(1, 5)}
_ADDRESSEE = re.compile(r"^[^。；;！？]{2,100}[：:]$")  # 各乡镇人民政府，县政府各部门：
_ATTACHMENTS = re.compile(r"^附件[：:]\s*(?:\d+[.．、]\s*)?(.*)$")
_NEXT_ATTACHMENT = re.compile(r"^\d+[.．、]\s*(.+)$")
_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_NOTE = re.compile(r"^[（(].+[）)]$")
_COPIED = re.compile(r"^抄送[：:]")
_PRINTED = re.compile(r"印发$|^.{2,60}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")


def _plain(text: str) -> str:
    """The paragraph's text without control characters: Word's soft line breaks (a line wrapped by
    hand inside a paragraph) and the like, which a paragraph of the body does not hold."""
    return "".join(c for c in text if c == "\t" or ord(c) >= 0x20).strip()


@dataclass(frozen=True)
class NotMapped:
    paragraph: int  # 1-based, as the drafter counts the file's non-empty paragraphs
    text: str
    reason_zh: str
    reason_en: str

    def as_json(self) -> dict[str, object]:
        return {
            "paragraph": self.paragraph,
            "text": self.text[:100],
            "reason": f"{self.reason_zh} / {self.reason_en}",
        }


@dataclass
class WordImport:
    body: DocumentBody
    mapped: dict[str, int] = field(default_factory=dict)  # element → paragraphs taken as it
    not_mapped: list[NotMapped] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"mapped": self.mapped, "not_mapped": [n.as_json() for n in self.not_mapped]}


def from_word(paragraphs: Sequence[tuple[str, str]], current: DocumentBody) -> WordImport:
    """The body the file's (style, text) paragraphs give, the draft's title kept (an edit keeps it)."""
    lines = [(style.strip().lower(), _plain(text)) for style, text in paragraphs]
    lines = [(style, text) for style, text in lines if text]
    result = WordImport(current)
    mapped, skipped = result.mapped, result.not_mapped

    def took(element: str) -> None:
        mapped[element] = mapped.get(element, 0) + 1

    body: list[Paragraph] = []
    attachments: list[str] = []
    signatory, written_on, note = "", None, ""
    in_attachments = False
    seen_text = False
    # The 署名 is the line just above the 成文日期: found first, so it is not read as a paragraph.
    dated = next((i for i in range(len(lines) - 1, 0, -1) if _DATE.match(lines[i][1])), None)
    for number, (style, text) in enumerate(lines, start=1):
        index = number - 1
        if style in TITLE_STYLES or (index == 0 and text == current.title):
            if text != current.title:
                skipped.append(
                    NotMapped(
                        number,
                        text,
                        "标题与草稿不同，未导入；改标题须退回起草单位修改",
                        "the title differs from the draft's and is not imported: a new title comes with a revision",
                    )
                )
            else:
                took("标题")
            continue
        if style in MASTHEAD_STYLES:
            skipped.append(
                NotMapped(
                    number,
                    text,
                    "版头和版记由草稿、登记和印制产生，未从文件导入",
                    "the masthead and the imprint come from the draft, registration and printing",
                )
            )
            continue
        if style == "table":
            skipped.append(
                NotMapped(number, text, "表格未导入正文结构", "a table is not part of the body's structure")
            )
            continue
        if not seen_text and _ADDRESSEE.match(text):
            skipped.append(
                NotMapped(
                    number,
                    text,
                    "主送机关在草稿的主送中设定，未从文件导入",
                    "the main recipients are set on the draft, not imported from the file",
                )
            )
            continue
        if _COPIED.match(text):
            skipped.append(
                NotMapped(
                    number,
                    text,
                    "抄送机关在草稿中设定，未从文件导入",
                    "copied recipients are set on the draft",
                )
            )
            continue
        if dated is not None and index > dated and _PRINTED.search(text):
            skipped.append(
                NotMapped(
                    number,
                    text,
                    "印发机关和印发日期由登记、印制产生",
                    "the printing line comes from registration and printing",
                )
            )
            continue
        if dated is not None and index == dated - 1 and len(text) <= 60:
            signatory = text
            took("署名")
            continue
        if dated is not None and index == dated:
            found = _DATE.match(text)
            assert found is not None
            try:
                written_on = date(int(found[1]), int(found[2]), int(found[3]))
                took("成文日期")
            except ValueError:
                skipped.append(
                    NotMapped(number, text, "成文日期不是有效日期", "the date of writing is no real date")
                )
            continue
        if dated is not None and index > dated and _NOTE.match(text):
            note = text
            took("附注")
            continue
        attachment = _ATTACHMENTS.match(text)
        if attachment and attachment[1]:
            attachments.append(attachment[1])
            in_attachments = True
            took("附件说明")
            continue
        if in_attachments and (following := _NEXT_ATTACHMENT.match(text)):
            attachments.append(following[1])
            took("附件说明")
            continue
        in_attachments = False
        if len(text) > MAX_PARAGRAPH_CHARS or len(body) >= MAX_PARAGRAPHS:
            skipped.append(
                NotMapped(number, text, "段落过长或过多，未导入", "a paragraph too long, or too many")
            )
            continue
        level = HEADING_STYLES.get(style)
        paragraph = parse_numbered(text)
        if level is not None and paragraph.level is Level.TEXT:
            paragraph = Paragraph(text, level)
        body.append(paragraph)
        seen_text = True
        took("正文" if paragraph.level is Level.TEXT else "层次标题")
    result.body = DocumentBody(
        title=current.title,
        paragraphs=tuple(body),
        attachments=tuple(attachments),
        signatory=signatory,
        written_on=written_on,
        note=note,
    )
    return result
