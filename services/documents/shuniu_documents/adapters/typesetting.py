"""The issued 公文 typeset to PDF as GB/T 9704-2012《党政机关公文格式》 lays it out, with Typst
(docs/rules.md §6).

The layout is `gbt9704.typ`, a fixed Typst file; what it prints — the 正文 and the 版头 and 版记
around it — goes to it as one JSON string in `sys.inputs`, never spliced into its source. Typst
sets a string value as plain text, so a title such as ``#set page(width: 1mm)`` or ``]`` prints as
those characters: there is no markup to inject into (tests/documents/test_typesetting.py).

Every figure the standard fixes is in `LAYOUT` below, with its clause. The standard's fonts
(方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体) are commercial; free fonts from Debian stand in for
them (`DEFAULT_FONTS`), and an organisation that holds licences names its own with the
``SHUNIU_DOCUMENTS_FONT_*`` settings and a font directory (docs/services/documents.md).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import typst

from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.letterhead import Format, Letterhead

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
# §10.1 信函格式: the mark's top 30 mm below the page's top edge; a red double line 4 mm under it and
# another 20 mm above the page's foot, both 170 mm long and centred; the first page has no 页码.
LETTER_MARK_FROM_PAGE_TOP = 30
LETTER_RULE_BELOW_MARK = 4
LETTER_FOOT_RULE_FROM_PAGE_FOOT = 20
LETTER_RULE_LENGTH = 170
LETTER_BELOW_RULE = 7 / 8  # §10.1: the 发文字号 7/8 of a 3号 character's height under the first line
ORDER_MARK_TOP = 20  # §10.2: the 命令 format's mark 20 mm below the top of the 版心

# ── what the standard leaves to the office (the choices made, and why) ───────────────────────
# §7.2.4: the 发文机关标志's size is the organ's to choose ("醒目、美观、庄重", smaller than its
# superior's). 48 pt is the common 套红 size; a long name is set smaller so that it fits the line.
MARK_SIZE = 48
RULE_THICKNESS = 0.5  # mm; §7.2.6 fixes the red line's width (the 版心's) and place, not its weight
# §7.3.5.1: a sealed document's 署名 sits so that the seal's top comes within one line of the 正文
# (or 附件说明); three blank lines leave room for a 42 mm seal pressing on the 署名 and the date.
LINES_BEFORE_SIGNATURE = 3
# §7.4: the 版记 stands at the foot of the last page, which in print is the back of a sheet (封四):
# a body that ends on an odd page, or leaves no room for it, gets its 版记 on the next even page,
# and that page (with a blank one before it if need be) carries no 页码 (§7.5).
IMPRINT_ON_EVEN_PAGE = True

# 28 characters of 3号 are 158 mm, 2 mm more than the 版心's width: as Word's 文档网格 does, the
# characters are set a little closer (negative tracking) so that exactly 28 fill 156 mm. A hair
# less than the exact figure keeps rounding from pushing the 28th character to the next line.
_TRACKING = (AREA_WIDTH * MM - CHARACTERS * BODY_SIZE) / CHARACTERS - 0.001
# 22 lines fill the 225 mm height: the line pitch is 225 mm / 22 (one line of text plus leading),
# measured from the top of one line to the top of the next (29.0 pt).
_PITCH = AREA_HEIGHT * MM / LINES

LAYOUT: dict[str, Any] = {
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
    "mark_top": MARK_TOP * MM,
    "rule_below_number": RULE_BELOW_NUMBER * MM,
    "rule_thickness": RULE_THICKNESS * MM,
    "folio_below": FOLIO_BELOW * MM,
    "thick_rule": THICK_RULE * MM,
    "thin_rule": THIN_RULE * MM,
    "letter_mark_from_page_top": LETTER_MARK_FROM_PAGE_TOP * MM,
    "letter_rule_below_mark": LETTER_RULE_BELOW_MARK * MM,
    "letter_foot_rule_from_page_foot": LETTER_FOOT_RULE_FROM_PAGE_FOOT * MM,
    "letter_rule_length": LETTER_RULE_LENGTH * MM,
    "letter_below_rule": LETTER_BELOW_RULE * BODY_SIZE,
    "order_mark_top": ORDER_MARK_TOP * MM,
    "pitch": _PITCH,
    "tracking": _TRACKING,
    "lines_before_signature": LINES_BEFORE_SIGNATURE,
    "imprint_on_even_page": IMPRINT_ON_EVEN_PAGE,
}


# ── fonts ────────────────────────────────────────────────────────────────────────────────────
FONT_DIR = "SHUNIU_DOCUMENTS_FONT_DIR"  # a directory of the organisation's licensed fonts
FONT_VARIABLES = {  # one per typeface the standard names; the value is a font family name
    "title": "SHUNIU_DOCUMENTS_FONT_TITLE",  # 小标宋: 发文机关标志, 标题 (e.g. FZXiaoBiaoSong-B05S)
    "body": "SHUNIU_DOCUMENTS_FONT_BODY",  # 仿宋: 正文 and most else (e.g. FangSong_GB2312)
    "kai": "SHUNIU_DOCUMENTS_FONT_KAI",  # 楷体: 签发人's names, second-level headings (e.g. KaiTi_GB2312)
    "hei": "SHUNIU_DOCUMENTS_FONT_HEI",  # 黑体: 密级, 紧急程度, first-level headings (e.g. SimHei)
    "song": "SHUNIU_DOCUMENTS_FONT_SONG",  # 宋体: the 页码's numerals (e.g. SimSun)
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


@cache
def _fonts(font_dir: str | None) -> typst.Fonts:
    # Reading every system font takes most of a first compile; the set is read once per process.
    return typst.Fonts(font_paths=[font_dir] if font_dir else [])


@dataclass(frozen=True)
class Imprint:
    """What the typeset page shows beyond the 正文: the 版头 (§7.2) and the 版记 (§7.4)."""

    letterhead: Letterhead  # the 版头 as the organ's 套红模板 sets it, in the document's format
    number: str = ""  # 发文字号 once registered (a 命令's 令号, e.g. 第12号)
    signers: tuple[str, ...] = ()  # 签发人, printed on a 上行文 only (§7.2.7)
    marking: str = ""  # 密级和保密期限, e.g. 秘密★1年
    urgency: str = ""  # 紧急程度
    main_recipients: tuple[str, ...] = ()  # 主送机关, by name
    copied: tuple[str, ...] = ()  # 抄送机关, by name
    printer: str = ""  # 印发机关
    printed_on: date | None = None  # 印发日期
    attendance: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 纪要: 出席 etc. → who


def chinese_date(day: date | None) -> str:
    """2026年12月2日: the year in full, month and day unpadded (§7.3.5.1, §7.4.3)."""
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def typeset(body: DocumentBody, imprint: Imprint, faces: Typefaces | None = None) -> bytes:
    """The PDF of the document. CPU-bound for a fraction of a second: a route runs it in a thread."""
    pdf = _laid_out(body, imprint, faces or Typefaces.from_environment()).compile(format="pdf", timestamp=0)
    assert isinstance(pdf, bytes)  # timestamp fixed: the same body, the same bytes
    return pdf


@dataclass(frozen=True)
class SealPlace:
    """Where the seal presses: the centre of the 署名 line (or of the 成文日期 when there is no
    署名) and that line's top, in points from the top left of the page (page counted from 1)."""

    page: int
    x: float
    y: float


def typeset_for_sealing(
    body: DocumentBody, imprint: Imprint, faces: Typefaces | None = None
) -> tuple[bytes, SealPlace | None]:
    """The PDF, the same bytes as `typeset`'s, and where its seal goes (None: no 署名 or date)."""
    compiler = _laid_out(body, imprint, faces or Typefaces.from_environment())
    places = json.loads(compiler.query("<seal-at>", field="value"))
    pdf = compiler.compile(format="pdf", timestamp=0)
    assert isinstance(pdf, bytes)
    return pdf, SealPlace(**places[0]) if places else None


def _laid_out(body: DocumentBody, imprint: Imprint, faces: Typefaces) -> typst.Compiler:
    document = {
        "layout": LAYOUT,
        "fonts": {face: list(families) for face, families in asdict(faces).items() if face != "font_dir"},
        "body": body.as_dict()
        | {
            "paragraphs": [
                {"number": body.numbers[i], "text": p.text, "level": int(p.level)}
                for i, p in enumerate(body.paragraphs)
            ]
        },
        "date": chinese_date(body.written_on),
        "format": imprint.letterhead.format.value,
        "mark": imprint.letterhead.mark,
        "mark_color": imprint.letterhead.mark_color,
        "rule_color": imprint.letterhead.rule_color,
        "mark_size": imprint.letterhead.mark_size or MARK_SIZE,
        "double_rule": {k: v * MM for k, v in vars(imprint.letterhead.double_rule).items()},
        "attendance": [
            {"label": label, "names": "、".join(imprint.attendance[label])}
            for label in imprint.letterhead.attendance
            if imprint.letterhead.format is Format.MINUTES and imprint.attendance.get(label)
        ],
        "number": imprint.number,
        "signers": list(imprint.signers),
        "signer_label": "签发人：",
        "copy_number": "",  # 份号 differs by copy: the master the system keeps has none (§7.2.1)
        "marking": imprint.marking,
        "urgency": imprint.urgency,
        "main_recipients": list(imprint.main_recipients),
        "copied": list(imprint.copied),
        "printer": imprint.printer,
        "printed": f"{chinese_date(imprint.printed_on)}印发" if imprint.printed_on else "",
        "body_ends": 0,  # once known, the body's last page: the 版记 then stands on a page after it
    }
    compiler = _compiler(document, faces)
    if IMPRINT_ON_EVEN_PAGE:
        (body_ends,) = json.loads(compiler.query("<body-end>", field="value"))
        (imprint_page,) = json.loads(compiler.query("<imprint-page>", field="value"))
        if imprint_page != body_ends or imprint_page % 2:
            # The 版记 did not fit under the body, or fell on an odd page: it moves to the foot of
            # the next even page, and the pages after the body's last carry no 页码 (§7.5).
            compiler = _compiler(document | {"body_ends": body_ends}, faces)
    return compiler


def _compiler(document: dict[str, Any], faces: Typefaces) -> typst.Compiler:
    return typst.Compiler(
        str(TEMPLATE),  # by path: typst-py 0.15 loses an in-memory source after a query
        root=str(TEMPLATE.parent),
        font_paths=_fonts(faces.font_dir),
        sys_inputs={"document": json.dumps(document, ensure_ascii=False)},
    )


TEMPLATE = Path(str(files("shuniu_documents.adapters") / "gbt9704.typ"))
