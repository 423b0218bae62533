"""正文 as structure: the elements GB/T 9704-2012 §7.3 names for a document's 主体, in their order.

A draft's body is held as these elements, not as one text, so that three things follow from it: a
version can be compared with another paragraph by paragraph (修改痕迹), the typesetter lays each
element out as the standard says (标题 in 2号小标宋, 正文 in 3号仿宋, 层次序数 by level), and 签发
signs a specific version by its digest — one canonical encoding, so the same body always has the
same digest, whichever service or release computes it.

The 层次序数 (§7.3.3: 一、（一）1.（1）) are not typed by the drafter: a paragraph says its level and
the numbers follow from the order, so moving or deleting a heading renumbers the rest as Word's
outline numbering would, and a redline never shows a change that is only a renumbering.

主送机关 and 抄送机关 are routing as well as text; they stay on the draft (`Draft.main_recipients`,
`copied_recipients`) and the typesetter reads them from there. 印发机关和印发日期 come from the
registration and the printing, not from the drafter.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any

from shuniu_shared.errors import InvalidInput

MAX_PARAGRAPHS = 5_000  # a 30-page document has about 300; this bounds what one request may ask to store
MAX_PARAGRAPH_CHARS = 20_000
MAX_TITLE_CHARS = 200  # a title longer than two lines of 2号 type is not a title (§7.3.1)
# All the text of one 正文, whatever its paragraphs: about 1,800 pages, which Typst sets in 2–3 s here
# (docs/services/documents.md). The limits above alone allow 100 million characters, a PDF request
# that would hold a worker for minutes.
MAX_BODY_CHARS = 1_000_000


class Level(IntEnum):  # 层次 (§7.3.3)
    TEXT = 0  # a paragraph of 正文
    FIRST = 1  # 一、
    SECOND = 2  # （一）
    THIRD = 3  # 1.
    FOURTH = 4  # （1）


_DIGITS = "〇一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: how 层次序数 count (1 to 9999)."""
    if not 1 <= n <= 9999:
        raise ValueError(f"a heading number between 1 and 9999, not {n}")
    if n < 20:
        return ("十" if n >= 10 else "") + (_DIGITS[n % 10] if n % 10 or n < 10 else "")
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = n // size % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def heading_number(level: Level, n: int) -> str:
    """The 层次序数 of the n-th heading of `level` under its parent."""
    match level:
        case Level.FIRST:
            return f"{chinese_numeral(n)}、"
        case Level.SECOND:
            return f"（{chinese_numeral(n)}）"
        case Level.THIRD:
            return f"{n}."
        case Level.FOURTH:
            return f"（{n}）"
    return ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    level: Level = Level.TEXT


@dataclass(frozen=True)
class DocumentBody:  # 正文
    title: str  # 标题
    paragraphs: tuple[Paragraph, ...]  # 正文, headings among them
    attachments: tuple[str, ...] = ()  # 附件说明: each attachment's name, in order
    signatory: str = ""  # 发文机关署名
    written_on: date | None = None  # 成文日期 (set at 签发 when the drafter leaves it open)
    note: str = ""  # 附注, e.g. （联系人：…；联系电话：…）
    _numbers: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_numbers", tuple(_numbering(self.paragraphs)))

    @property
    def numbers(self) -> tuple[str, ...]:
        """Each paragraph's 层次序数 ('' for a paragraph of text), as the order gives them."""
        return self._numbers

    def numbered_text(self, index: int) -> str:
        return self._numbers[index] + self.paragraphs[index].text

    def as_text(self) -> str:
        """The body as one text, a line an element, headings with their numbers: what search reads."""
        lines = [self.numbered_text(i) for i in range(len(self.paragraphs))]
        lines += [f"附件：{name}" for name in self.attachments]
        lines += [line for line in (self.signatory, self.note) if line]
        return "\n".join(lines)

    def within_length(self) -> DocumentBody:
        """The body, if all its text is within MAX_BODY_CHARS; a clear 422 otherwise. Checked where a
        body is given (draft, edit, import, preview) and before typesetting, not when an event is
        read back: a body stored before the limit stays readable."""
        length = len(self.title) + len(self.as_text())
        if length > MAX_BODY_CHARS:
            raise InvalidInput(
                f"正文共 {length} 字，超过 {MAX_BODY_CHARS} 字的上限，请分为多份文件或以附件报送",
                f"the body has {length} characters, over the limit of {MAX_BODY_CHARS}: split it or "
                "send the rest as attachments",
                field="body",
                code="body_too_long",
            )
        return self

    def as_dict(self) -> dict[str, Any]:
        """The canonical form the events carry and the digest is taken of."""
        return {
            "title": self.title,
            "paragraphs": [{"text": p.text, "level": int(p.level)} for p in self.paragraphs],
            "attachments": list(self.attachments),
            "signatory": self.signatory,
            "written_on": self.written_on.isoformat() if self.written_on else None,
            "note": self.note,
        }

    def digest(self) -> str:
        """SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8): what 签发 signs."""
        canonical = json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentBody:
        """A body as a request or an event gives it, checked: a clear 422 naming the field, never a crash."""
        if not isinstance(data, dict):
            raise InvalidInput("正文须为对象", "the body must be an object", field="body")
        title = _text(data.get("title", ""), "body.title", MAX_TITLE_CHARS)
        if not title.strip():
            raise InvalidInput("正文须有标题", "the body needs a title", field="body.title")
        raw = data.get("paragraphs", [])
        if not isinstance(raw, list):
            raise InvalidInput("段落须为列表", "paragraphs must be a list", field="body.paragraphs")
        if len(raw) > MAX_PARAGRAPHS:
            raise InvalidInput(
                f"正文段落不能超过 {MAX_PARAGRAPHS} 段",
                f"a body has at most {MAX_PARAGRAPHS} paragraphs",
                field="body.paragraphs",
            )
        paragraphs = tuple(_paragraph(item, i) for i, item in enumerate(raw))
        attachments = data.get("attachments", [])
        if not isinstance(attachments, list):
            raise InvalidInput("附件说明须为列表", "attachments must be a list", field="body.attachments")
        written_on = data.get("written_on")
        try:
            written = date.fromisoformat(written_on) if written_on else None
        except (TypeError, ValueError):
            raise InvalidInput(
                "成文日期须为 YYYY-MM-DD", "written_on must be a date (YYYY-MM-DD)", field="body.written_on"
            ) from None
        body = cls(
            title=title,
            paragraphs=paragraphs,
            attachments=tuple(
                _text(a, f"body.attachments[{i}]", MAX_TITLE_CHARS) for i, a in enumerate(attachments)
            ),
            signatory=_text(data.get("signatory", ""), "body.signatory", MAX_TITLE_CHARS),
            written_on=written,
            note=_text(data.get("note", ""), "body.note", MAX_PARAGRAPH_CHARS),
        )
        return body

    @classmethod
    def from_text(cls, title: str, text: str) -> DocumentBody:
        """A body from plain text, one paragraph per line, headings recognised by their 层次序数 —
        how a draft written before bodies had structure (a single `body` string) is read now."""
        paragraphs = []
        for line in text.splitlines():
            stripped = line.strip()
            if stripped:
                paragraphs.append(parse_numbered(stripped))
        return cls(title=title, paragraphs=tuple(paragraphs))


_NUMBERED = (
    (Level.FIRST, re.compile(r"^[一二三四五六七八九十]+、\s*")),
    (Level.SECOND, re.compile(r"^[（(][一二三四五六七八九十]+[）)]\s*")),
    (Level.THIRD, re.compile(r"^\d+[.．]\s*")),
    (Level.FOURTH, re.compile(r"^[（(]\d+[）)]\s*")),
)


def parse_numbered(line: str) -> Paragraph:
    """A typed line whose start is a 层次序数 becomes a heading of that level, without the number."""
    for level, pattern in _NUMBERED:
        match = pattern.match(line)
        if match and line[match.end() :].strip():
            return Paragraph(line[match.end() :], level)
    return Paragraph(line)


def _numbering(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    counters = [0] * (len(Level))
    numbers = []
    for p in paragraphs:
        if p.level is Level.TEXT:
            numbers.append("")
            continue
        counters[p.level] += 1
        for deeper in range(p.level + 1, len(counters)):
            counters[deeper] = 0  # a new （一） starts again under each 一、
        numbers.append(heading_number(p.level, counters[p.level]))
    return numbers


def _paragraph(item: Any, index: int) -> Paragraph:
    where = f"body.paragraphs[{index}]"
    if not isinstance(item, dict):
        raise InvalidInput(
            "段落须为对象（text、level）", "a paragraph is an object (text, level)", field=where
        )
    level = item.get("level", 0)
    if not isinstance(level, int) or isinstance(level, bool) or level not in set(Level):
        raise InvalidInput(
            "段落层次须为 0（正文）到 4（（1））",
            "a paragraph's level is 0 (text) to 4",
            field=f"{where}.level",
        )
    text = _text(item.get("text", ""), f"{where}.text", MAX_PARAGRAPH_CHARS)
    if not text.strip():
        raise InvalidInput("段落不能为空", "a paragraph is not empty", field=f"{where}.text")
    return Paragraph(text, Level(level))


def _text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{where} 须为文字", f"{where} must be text", field=where)
    if len(value) > limit:
        raise InvalidInput(
            f"{where} 不能超过 {limit} 字", f"{where} is at most {limit} characters", field=where
        )
    if any(ord(c) < 0x20 and c not in "\t" for c in value):
        raise InvalidInput(f"{where} 含有控制字符", f"{where} contains a control character", field=where)
    return value
