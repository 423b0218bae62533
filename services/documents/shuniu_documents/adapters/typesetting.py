"""The issued 公文 typeset to PDF as GB/T 9704-2012《党政机关公文格式》 lays it out, with Typst
(docs/rules.md §6).

The layout is `gbt9704.typ`, a fixed Typst file; what it prints — the 正文 and the 版头 and 版记
around it — goes to it as one JSON string in `sys.inputs`, never spliced into its source. Typst
sets a string value as plain text, so a title such as ``#set page(width: 1mm)`` or ``]`` prints as
those characters: there is no markup to inject into (tests/documents/test_typesetting.py).

The page, the grid and the fonts are the platform's (`shuniu_shared.typesetting`, shared with the
office's other printed papers: docs/typesetting.md); `LAYOUT` adds, with their clauses, the figures
only a 公文 needs. An organisation that holds licences for the standard's fonts names them with the
``SHUNIU_FONT_*`` settings and a font directory (docs/services/documents.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import typst
from shuniu_shared.typesetting import (
    BODY_SIZE,
    MARK_SIZE,
    MM,
    PAGE,
    Typefaces,
    chinese_date,
    pdf_of,
)
from shuniu_shared.typesetting import compiler as compile_with

from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.letterhead import Format, Letterhead

# ── what GB/T 9704-2012 fixes for a 公文 only ──────────────────────────────────────────────
# The page, the grid, the sizes and the fonts are the platform's (shuniu_shared/typesetting.py),
# shared with the office's other printed papers; here are the 信函 and 命令 formats.
# §10.1 信函格式: the mark's top 30 mm below the page's top edge; a red double line 4 mm under it and
# another 20 mm above the page's foot, both 170 mm long and centred; the first page has no 页码.
LETTER_MARK_FROM_PAGE_TOP = 30
LETTER_RULE_BELOW_MARK = 4
LETTER_FOOT_RULE_FROM_PAGE_FOOT = 20
LETTER_RULE_LENGTH = 170
LETTER_BELOW_RULE = 7 / 8  # §10.1: the 发文字号 7/8 of a 3号 character's height under the first line
ORDER_MARK_TOP = 20  # §10.2: the 命令 format's mark 20 mm below the top of the 版心

# ── what the standard leaves to the office (the choices made, and why) ───────────────────────
# §7.3.5.1: a sealed document's 署名 sits so that the seal's top comes within one line of the 正文
# (or 附件说明); three blank lines leave room for a 42 mm seal pressing on the 署名 and the date.
LINES_BEFORE_SIGNATURE = 3
# §7.4: the 版记 stands at the foot of the last page, which in print is the back of a sheet (封四):
# a body that ends on an odd page, or leaves no room for it, gets its 版记 on the next even page,
# and that page (with a blank one before it if need be) carries no 页码 (§7.5).
IMPRINT_ON_EVEN_PAGE = True

LAYOUT: dict[str, Any] = PAGE | {
    "letter_mark_from_page_top": LETTER_MARK_FROM_PAGE_TOP * MM,
    "letter_rule_below_mark": LETTER_RULE_BELOW_MARK * MM,
    "letter_foot_rule_from_page_foot": LETTER_FOOT_RULE_FROM_PAGE_FOOT * MM,
    "letter_rule_length": LETTER_RULE_LENGTH * MM,
    "letter_below_rule": LETTER_BELOW_RULE * BODY_SIZE,
    "order_mark_top": ORDER_MARK_TOP * MM,
    "lines_before_signature": LINES_BEFORE_SIGNATURE,
    "imprint_on_even_page": IMPRINT_ON_EVEN_PAGE,
}


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


def typeset(body: DocumentBody, imprint: Imprint, faces: Typefaces | None = None) -> bytes:
    """The PDF of the document. CPU-bound for a fraction of a second: a route runs it in a thread."""
    return pdf_of(_laid_out(body, imprint, faces or Typefaces.from_environment()))


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
    return pdf_of(compiler), SealPlace(**places[0]) if places else None


def _laid_out(body: DocumentBody, imprint: Imprint, faces: Typefaces) -> typst.Compiler:
    document = {
        "layout": LAYOUT,
        "fonts": faces.families(),
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
    compiler = compile_with(TEMPLATE, document, faces)
    if IMPRINT_ON_EVEN_PAGE:
        (body_ends,) = json.loads(compiler.query("<body-end>", field="value"))
        (imprint_page,) = json.loads(compiler.query("<imprint-page>", field="value"))
        if imprint_page != body_ends or imprint_page % 2:
            # The 版记 did not fit under the body, or fell on an odd page: it moves to the foot of
            # the next even page, and the pages after the body's last carry no 页码 (§7.5).
            compiler = compile_with(TEMPLATE, document | {"body_ends": body_ends}, faces)
    return compiler


TEMPLATE = Path(str(files("shuniu_documents.adapters") / "gbt9704.typ"))
