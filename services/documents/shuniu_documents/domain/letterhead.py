"""套红模板 (letterhead templates): how an issuing organ's 版头 looks in each of the formats GB/T
9704-2012 defines — 文件格式 (§7), 信函格式 (§10.1), 命令（令）格式 (§10.2), 纪要格式 (§10.3) — set
by the office as data, one template per organ and format.

What the standard fixes for each format (where the mark stands, the 信函格式's double lines 170 mm
long, the 命令格式's 令号, the 纪要格式's attendance lines) is the typesetter's
(adapters/typesetting.py); what it leaves to the organ is here: the 发文机关标志's words and whether
文件, 令 or 纪要 follows them, its size, and the colours ("红色", in a shade the standard does not
name). An organ that never set a template prints the standard's default: its name from the
directory, 文件 appended, the common 套红 red.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.directory import ROLES
from shuniu_shared.errors import InvalidInput
from shuniu_shared.typesetting import RED

from shuniu_documents.domain.events import LetterheadSet
from shuniu_documents.domain.values import DocumentType

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_NAME_CHARS = 40  # a mark longer than this would be set too small to be 醒目 on one line


class Format(StrEnum):  # 公文格式
    DOCUMENT = "document"  # 文件格式 (§7)
    LETTER = "letter"  # 信函格式 (§10.1)
    ORDER = "order"  # 命令（令）格式 (§10.2)
    MINUTES = "minutes"  # 纪要格式 (§10.3)

    @property
    def chinese(self) -> str:
        return _CHINESE[self]

    @classmethod
    def of(cls, doc_type: str) -> Format:
        """The format a 公文种类 is printed in: a 命令（令） as a 令, a 纪要 as a 纪要, a 函 as a letter
        (§10.1: 信函格式 is the 函's), every other kind as a 文件."""
        return _FORMAT_OF_TYPE.get(doc_type, cls.DOCUMENT)

    @classmethod
    def parse(cls, value: str) -> Format:
        try:
            return cls(value)
        except ValueError:
            raise InvalidInput(
                f"格式须为 {'、'.join(f'{f.value}（{f.chinese}）' for f in cls)} 之一",
                f"the format is one of {', '.join(f.value for f in cls)}",
                field="format",
                code="unknown_format",
            ) from None


_CHINESE = {
    Format.DOCUMENT: "文件格式",
    Format.LETTER: "信函格式",
    Format.ORDER: "命令（令）格式",
    Format.MINUTES: "纪要格式",
}
_FORMAT_OF_TYPE = {
    DocumentType.ORDER.value: Format.ORDER,
    DocumentType.MINUTES.value: Format.MINUTES,
    DocumentType.LETTER.value: Format.LETTER,
}
# What may follow the organ's name in each format: §7.2.4 "发文机关全称或者规范化简称后加'文件'二字
# 组成，也可以使用发文机关全称或者规范化简称"; §10.1 a letter's mark is the name alone; §10.2 "发文
# 机关全称加'命令'或'令'字"; §10.3 "纪要标志由'×××××纪要'组成". The first is the default.
SUFFIXES: dict[Format, tuple[str, ...]] = {
    Format.DOCUMENT: ("文件", ""),
    Format.LETTER: ("",),
    Format.ORDER: ("令", "命令"),
    Format.MINUTES: ("纪要",),
}


# §10.3: "出席" under the 正文, then "请假" and "列席" on lines of their own, each with the names after it.
ATTENDANCE = ("出席", "请假", "列席")


@dataclass(frozen=True)
class DoubleRule:
    """The 信函格式's red double line (§10.1): under the mark 上粗下细, at the page's foot 上细下粗.
    The standard fixes its length (170 mm) and place, not its weights: these are the organ's, in mm."""

    thick: float = 1.0
    thin: float = 0.35
    gap: float = 0.6

    def check(self) -> None:
        for name, value, low, high in (
            ("thick", self.thick, 0.3, 3.0),
            ("thin", self.thin, 0.1, 1.5),
            ("gap", self.gap, 0.2, 3.0),
        ):
            if not low <= value <= high:
                raise InvalidInput(
                    f"双线的 {name} 须在 {low} 与 {high} 毫米之间",
                    f"the double line's {name} is between {low} and {high} mm",
                    field=f"double_rule.{name}",
                )
        if self.thin >= self.thick:
            raise InvalidInput(
                "信函格式的双线一粗一细：细线须比粗线细",
                "the letter's double line is one thick and one thin: the thin one must be thinner",
                field="double_rule.thin",
            )


@dataclass(frozen=True)
class Letterhead:  # 套红模板: one organ's 版头 in one format
    format: Format
    name: str  # the organ's 全称 or 规范化简称, e.g. F县人民政府
    suffix: str  # what follows it: 文件, 令, 命令, 纪要, or nothing
    mark_color: str = RED
    rule_color: str = RED  # the separator line (§7.2.6), the letter's double lines (§10.1)
    mark_size: float | None = None  # pt; None: 48 pt, smaller for a name too long for the line
    double_rule: DoubleRule = field(default_factory=DoubleRule)
    # 纪要格式 (§10.3): which of the attendance lists are printed under the 正文, in this order
    attendance: tuple[str, ...] = ATTENDANCE

    @property
    def mark(self) -> str:
        """发文机关标志 (or the 纪要标志, the 命令 format's mark)."""
        return self.name + self.suffix

    @classmethod
    def default(cls, format: Format, organ_name: str) -> Letterhead:
        return cls(format, organ_name, SUFFIXES[format][0])

    def check(self) -> None:
        if not self.name.strip():
            raise InvalidInput("发文机关标志须有机关名称", "the mark needs the organ's name", field="name")
        if len(self.name) > MAX_NAME_CHARS:
            raise InvalidInput(
                f"机关名称不能超过 {MAX_NAME_CHARS} 字",
                f"the organ's name is at most {MAX_NAME_CHARS} characters",
                field="name",
            )
        if any(not c.isprintable() for c in self.name):
            raise InvalidInput(
                "机关名称含有控制字符", "the organ's name contains a control character", field="name"
            )
        if self.suffix not in SUFFIXES[self.format]:
            allowed = "、".join(f"“{s}”" if s else "不加" for s in SUFFIXES[self.format])
            raise InvalidInput(
                f"{self.format.chinese}的标志在机关名称后{allowed}",
                f"in the {self.format.value} format the name is followed by "
                + ", ".join(repr(s) for s in SUFFIXES[self.format]),
                field="suffix",
            )
        for name in ("mark_color", "rule_color"):
            if not _COLOUR.match(getattr(self, name)):
                raise InvalidInput(
                    f"{name} 须为 #RRGGBB 形式的颜色", f"{name} is a colour written #RRGGBB", field=name
                )
        if self.mark_size is not None and not 20 <= self.mark_size <= 80:
            raise InvalidInput(
                "发文机关标志字号须在 20 与 80 磅之间",
                "the mark's size is between 20 and 80 pt",
                field="mark_size",
            )
        self.double_rule.check()
        if any(a not in ATTENDANCE for a in self.attendance) or len(set(self.attendance)) != len(
            self.attendance
        ):
            raise InvalidInput(
                "纪要的名单只能是“出席”“请假”“列席”，各至多一次",
                "the minutes' lists are 出席, 请假 and 列席, each at most once",
                field="attendance",
            )

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format.value,
            "format_name": self.format.chinese,
            "name": self.name,
            "suffix": self.suffix,
            "mark": self.mark,
            "mark_color": self.mark_color,
            "rule_color": self.rule_color,
            "mark_size": self.mark_size,
            "double_rule": vars(self.double_rule),
            "attendance": list(self.attendance),
        }


# A template is office stationery: anyone of the office may see it, as a room (meetings) is seen.
EVERYONE_IN_THE_OFFICE = Audience.of(roles=sorted(ROLES))


def letterhead_id(organ: str, format: Format) -> str:
    return f"letterhead-{organ}-{format.value}"


class LetterheadTemplate(Aggregate):  # 套红模板, as the office set it
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.organ = ""
        self.letterhead: Letterhead | None = None

    def audience(self) -> Audience:
        return EVERYONE_IN_THE_OFFICE

    def set(self, organ: str, letterhead: Letterhead) -> list[LetterheadSet]:
        """The whole template each time: the history shows every 版头 the organ ever printed under."""
        letterhead.check()
        if letterhead == self.letterhead:
            return []  # nothing changed: no event, as a repeated PUT should be
        return [
            LetterheadSet(
                organ=organ,
                format=letterhead.format.value,
                name=letterhead.name,
                suffix=letterhead.suffix,
                mark_color=letterhead.mark_color,
                rule_color=letterhead.rule_color,
                mark_size=letterhead.mark_size,
                double_rule=vars(letterhead.double_rule),
                attendance=list(letterhead.attendance),
            )
        ]

    def when_set(self, event: LetterheadSet) -> None:
        self.organ = event.organ
        self.letterhead = Letterhead(
            Format(event.format),
            event.name,
            event.suffix,
            event.mark_color,
            event.rule_color,
            event.mark_size,
            DoubleRule(**event.double_rule),
            tuple(event.attendance),
        )

    def or_default(self, organ_name: str, format: Format) -> Letterhead:
        return self.letterhead or Letterhead.default(format, organ_name)
