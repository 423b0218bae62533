"""Typesetting to PDF on the page GB/T 9704-2012《党政机关公文格式》 fixes, with Typst (docs/typesetting.md).

Two layouts use what is here: the documents service's 公文 (its own `gbt9704.typ`, with the 签发人,
the 信函 and 命令 formats, the 署名 and the seal) and `office_sheet.typ` below, the office's other
printed papers — the 领导活动安排表, the 督办情况通报, the 接待清单 — which share the page, the grid,
the fonts, the red 版头 and the 版记 but not the 公文's 主体.

A layout is a fixed Typst file; what it prints goes to it as one JSON string in `sys.inputs`, never
spliced into its source. Typst sets a string value as plain text, so a title such as
``#set page(width: 1mm)`` prints as those characters: there is no markup to inject into.

The standard's fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) are commercial; free fonts from
Debian stand in for them (`DEFAULT_FONTS`), and an organisation that holds licences names its own with
the ``SHUNIU_FONT_*`` settings and a font directory, once for every service that typesets.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import typst

MM = 72 / 25.4  # points in a millimetre: Typst takes the figures in points

# ── what GB/T 9704-2012 fixes ───────────────────────────────────────────────────────────────
PAGE_WIDTH, PAGE_HEIGHT = 210, 297  # §5.2.1: A4, mm
TOP, LEFT = 37, 28  # §5.2.2: 天头 37 mm, 订口 (the left margin) 28 mm
AREA_WIDTH, AREA_HEIGHT = 156, 225  # §5.2.2: 版心 156 × 225 mm (of which the 页码 is not part)
LINES, CHARACTERS = 22, 28  # §5.2.4: 一般每面排22行，每行排28个字，并撑满版心
BODY_SIZE = 16  # §5.2.3: 3号 = 16 pt, the size of every element unless said otherwise
TITLE_SIZE = 22  # §7.3.1: 标题 in 2号 = 22 pt
FOLIO_SIZE = 14  # §7.5: 页码 in 4号 = 14 pt
IMPRINT_SIZE = 14  # §7.4.1: 抄送机关、印发机关和印发日期 in 4号 (the standard recommends it)
MARK_TOP = 35  # §7.2.4: the 发文机关标志's top edge 35 mm below the top of the 版心
RULE_BELOW_NUMBER = 4  # §7.2.6: the red separator 4 mm below the 发文字号
FOLIO_BELOW = 7  # §7.5: the 一字线 of the 页码 7 mm below the 版心
THICK_RULE, THIN_RULE = 0.35, 0.25  # §7.4.1: first and last rules of the 版记 0.35 mm, those between 0.25 mm

# ── what the standard leaves to the office (the choices made, and why) ───────────────────────
# §7.2.4: the 发文机关标志's size is the organ's to choose ("醒目、美观、庄重", smaller than its
# superior's). 48 pt is the common 套红 size; a long name is set smaller so that it fits the line.
MARK_SIZE = 48
RULE_THICKNESS = 0.5  # mm; §7.2.6 fixes the red line's width (the 版心's) and place, not its weight
RED = "#E60012"  # the common 套红 red (§7.2.4 says only "红色")
# §8 (公文中的表格) leaves a table's type size to the office: its cells are set in 4号 (14 pt), the
# 版记's size, since 3号 would break a five-column row of names and places into three lines a cell.
TABLE_SIZE = 14

# 28 characters of 3号 are 158 mm, 2 mm more than the 版心's width: as Word's 文档网格 does, the
# characters are set a little closer (negative tracking) so that exactly 28 fill 156 mm. A hair
# less than the exact figure keeps rounding from pushing the 28th character to the next line.
_TRACKING = (AREA_WIDTH * MM - CHARACTERS * BODY_SIZE) / CHARACTERS - 0.001
# 22 lines fill the 225 mm height: the line pitch is 225 mm / 22 (one line of text plus leading),
# measured from the top of one line to the top of the next (29.0 pt).
_PITCH = AREA_HEIGHT * MM / LINES

PAGE: dict[str, Any] = {
    "page_width": PAGE_WIDTH * MM,
    "page_height": PAGE_HEIGHT * MM,
    "top": TOP * MM,
    "left": LEFT * MM,
    "right": (PAGE_WIDTH - LEFT - AREA_WIDTH) * MM,
    "bottom": (PAGE_HEIGHT - TOP - AREA_HEIGHT) * MM,
    "area_width": AREA_WIDTH * MM,
    "area_height": AREA_HEIGHT * MM,
    "body_size": BODY_SIZE,
    "title_size": TITLE_SIZE,
    "folio_size": FOLIO_SIZE,
    "imprint_size": IMPRINT_SIZE,
    "table_size": TABLE_SIZE,
    "mark_top": MARK_TOP * MM,
    "rule_below_number": RULE_BELOW_NUMBER * MM,
    "rule_thickness": RULE_THICKNESS * MM,
    "folio_below": FOLIO_BELOW * MM,
    "thick_rule": THICK_RULE * MM,
    "thin_rule": THIN_RULE * MM,
    "pitch": _PITCH,
    "tracking": _TRACKING,
}


# ── fonts ────────────────────────────────────────────────────────────────────────────────────
FONT_DIR = "SHUNIU_FONT_DIR"  # a directory of the organisation's licensed fonts
FONT_VARIABLES = {  # one per typeface the standard names; the value is a font family name
    "title": "SHUNIU_FONT_TITLE",  # 小标宋: 发文机关标志, 标题 (e.g. FZXiaoBiaoSong-B05S)
    "body": "SHUNIU_FONT_BODY",  # 仿宋: 正文 and most else (e.g. FangSong_GB2312)
    "kai": "SHUNIU_FONT_KAI",  # 楷体: 签发人's names, second-level headings (e.g. KaiTi_GB2312)
    "hei": "SHUNIU_FONT_HEI",  # 黑体: 密级, 紧急程度, first-level headings (e.g. SimHei)
    "song": "SHUNIU_FONT_SONG",  # 宋体: the 页码's numerals (e.g. SimSun)
}
VARIABLES = frozenset({FONT_DIR, *FONT_VARIABLES.values()})
# Free substitutes, from Debian's fonts-noto-cjk and fonts-arphic-ukai (infra/prerequisites.sh). No
# free 仿宋 or 小标宋 is packaged: Noto Serif CJK SC (a 宋体) stands in for 仿宋, its Black weight for
# 小标宋. Each list falls back to the next family when a glyph or the font itself is missing.
DEFAULT_FONTS: dict[str, list[str]] = {
    "title": ["Noto Serif CJK SC"],
    "body": ["Noto Serif CJK SC"],
    "kai": ["AR PL UKai CN", "Noto Serif CJK SC"],
    "hei": ["Noto Sans CJK SC"],
    "song": ["Noto Serif CJK SC"],
}


@dataclass(frozen=True)
class Typefaces:
    title: tuple[str, ...]
    body: tuple[str, ...]
    kai: tuple[str, ...]
    hei: tuple[str, ...]
    song: tuple[str, ...]
    font_dir: str | None = None

    @classmethod
    def from_environment(cls) -> Typefaces:
        """The licensed family named for a face comes first; the free substitute stays behind it."""
        faces = {
            face: tuple(filter(None, [os.environ.get(variable, "").strip()])) + tuple(DEFAULT_FONTS[face])
            for face, variable in FONT_VARIABLES.items()
        }
        return cls(**faces, font_dir=os.environ.get(FONT_DIR) or None)

    def families(self) -> dict[str, list[str]]:
        """Each face's families, as a layout reads them from its JSON (`F.body`…)."""
        return {face: list(families) for face, families in asdict(self).items() if face != "font_dir"}


@cache
def _fonts(font_dir: str | None) -> typst.Fonts:
    # Reading every system font takes most of a first compile; the set is read once per process.
    return typst.Fonts(font_paths=[font_dir] if font_dir else [])


def chinese_date(day: date | None) -> str:
    """2026年12月2日: the year in full, month and day unpadded (§7.3.5.1, §7.4.3)."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def compiler(template: Path, document: dict[str, Any], faces: Typefaces) -> typst.Compiler:
    """A Typst compiler for `template` with `document` as its only input (`sys.inputs.document`)."""
    return typst.Compiler(
        str(template),  # by path: typst-py 0.15 loses an in-memory source after a query
        root=str(template.parent),
        font_paths=_fonts(faces.font_dir),
        sys_inputs={"document": json.dumps(document, ensure_ascii=False)},
    )


def pdf_of(laid_out: typst.Compiler) -> bytes:
    pdf = laid_out.compile(format="pdf", timestamp=0)
    assert isinstance(pdf, bytes)  # timestamp fixed: the same input, the same bytes
    return pdf


# ── the office's other printed papers: a red 版头, a title, sections of text or tables, the 版记 ──
@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()  # relative widths of the columns; equal when empty


@dataclass(frozen=True)
class Section:
    heading: str = ""  # a first-level heading in 黑体 (一、…), or none
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None


@dataclass(frozen=True)
class Sheet:
    """A paper the office prints: 领导活动安排表, 督办情况通报 (a 简报 in form), 接待清单.

    The 版头 is the mark in red (`mark`: the organ's name, or the 简报's name), under it the issue
    line when there is one (`issue`: 第3期, centred, as a 简报 numbers its issues), then a line with
    the issuer on the left and the date on the right, and the red line over the 版心's width (§7.2.6).
    """

    mark: str
    title: str
    sections: tuple[Section, ...]
    issue: str = ""
    issuer: str = ""
    dated: date | None = None
    marking: str = ""  # 密级 printed top left in 黑体 (§7.2.2), when the paper carries one
    copied: tuple[str, ...] = ()  # 抄送, by name
    printer: str = ""  # 印发机关
    printed_on: date | None = None  # 印发日期
    mark_color: str = RED
    rule_color: str = RED


SHEET_TEMPLATE = Path(str(files("shuniu_shared") / "office_sheet.typ"))


def typeset_sheet(sheet: Sheet, faces: Typefaces | None = None) -> bytes:
    """The PDF of the paper. CPU-bound for a fraction of a second: a route runs it in a thread."""
    faces = faces or Typefaces.from_environment()
    document = {
        "layout": PAGE | {"mark_size": MARK_SIZE},
        "fonts": faces.families(),
        "mark": sheet.mark,
        "mark_color": sheet.mark_color,
        "rule_color": sheet.rule_color,
        "issue": sheet.issue,
        "issuer": sheet.issuer,
        "date": chinese_date(sheet.dated),
        "marking": sheet.marking,
        "title": sheet.title,
        "sections": [
            {
                "heading": s.heading,
                "paragraphs": list(s.paragraphs),
                "table": None
                if s.table is None
                else {
                    "columns": list(s.table.columns),
                    "rows": [list(row) for row in s.table.rows],
                    "widths": list(s.table.widths) or [1] * len(s.table.columns),
                },
            }
            for s in sheet.sections
        ],
        "copied": list(sheet.copied),
        "printer": sheet.printer,
        "printed": f"{chinese_date(sheet.printed_on)}印发" if sheet.printed_on else "",
    }
    return pdf_of(compiler(SHEET_TEMPLATE, document, faces))
