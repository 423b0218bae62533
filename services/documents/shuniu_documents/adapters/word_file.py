"""The issued 公文 as a Word (.docx) file, for organisations that must go on editing in Word or WPS:
the same 正文, 版头 and 版记 as the typeset PDF (typesetting.py), on the page GB/T 9704-2012 fixes.

Word lays out its own pages, so the file gives it what an office's 公文 template does: A4, the
margins that leave the 156 × 225 mm 版心, 3号 text on an exact line pitch of 225 mm / 22 and set a
quarter point closer so that 28 characters fill a line, and every other figure in the units Word
keeps. Not Word's character grid (`w:docGrid` linesAndChars, the 文档网格 dialog): LibreOffice puts a
3号 character into two of its 15.8 pt cells and sets 14 a line, where exact spacing and tracking are
read alike by Word, WPS and LibreOffice (tests/documents/test_word_output.py lays the file out with
LibreOffice and counts). What only a laid-out page knows — the 版记 at the foot of an even page, no 页码 on a page that
holds only the 版记 — Word cannot be told in advance: the 版记 follows the 正文 and the office moves
it, as it does in its own templates today. The mark, its colour and size and the rule's colour are
the organ's 套红 (domain/letterhead.py); the page is laid out in the 文件格式 whatever the format:
the 信函's double lines and the 命令's 令号 placement are the PDF's alone.

Fonts are named, not embedded: Word and WPS on the office's machines have the standard's fonts
(仿宋_GB2312, 方正小标宋简体 …), which is why this file names those by default and not the free
stand-ins the PDF is set in; an organisation that configured its licensed families
(``SHUNIU_FONT_*``) gets those here too.

The 版头 and 版记 paragraphs carry styles of their own (发文机关标志, 发文字号, 版记 …), so a file
exported here, edited and imported again (domain/word.py) is read back as the same 正文, and the
routing lines are named as what they are.
"""

from __future__ import annotations

import io
import math
import os
from typing import Any

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run
from shuniu_shared.typesetting import (
    AREA_HEIGHT,
    AREA_WIDTH,
    BODY_SIZE,
    CHARACTERS,
    FOLIO_BELOW,
    FOLIO_SIZE,
    FONT_VARIABLES,
    IMPRINT_SIZE,
    LEFT,
    LINES,
    MARK_SIZE,
    MARK_TOP,
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_BELOW_NUMBER,
    RULE_THICKNESS,
    THICK_RULE,
    THIN_RULE,
    TITLE_SIZE,
    TOP,
    chinese_date,
)

from shuniu_documents.adapters.typesetting import LINES_BEFORE_SIGNATURE, Imprint
from shuniu_documents.domain.body import DocumentBody, Level
from shuniu_documents.domain.word import IMPRINT_STYLE, MARK_STYLE, MARKING_STYLE, NUMBER_STYLE

# The standard's typefaces by the names Word and WPS know them under on the office's machines.
STANDARD_FONTS = {
    "title": "方正小标宋简体",
    "body": "仿宋_GB2312",
    "kai": "楷体_GB2312",
    "hei": "黑体",
    "song": "宋体",
}
PITCH = AREA_HEIGHT * MM / LINES  # points from one line to the next: 22 lines fill the 225 mm
# Word keeps character spacing in twentieths of a point: 28 characters of 3号 are 448 pt against the
# line's 442.2, so each is set 0.25 pt closer (0.20 would leave 442.4 pt, and the 28th would wrap).
TRACKING_TWENTIETHS = math.floor((AREA_WIDTH * MM / CHARACTERS - BODY_SIZE) * 20)


def word_fonts() -> dict[str, str]:
    return {
        face: os.environ.get(variable, "").strip() or STANDARD_FONTS[face]
        for face, variable in FONT_VARIABLES.items()
    }


def word_file(body: DocumentBody, imprint: Imprint) -> bytes:
    """The .docx of the document as it stands (what the PDF of the same version prints)."""
    fonts = word_fonts()
    document = Document()
    _page(document)
    _styles(document, fonts)

    def paragraph(text: str = "", style: str | None = None, *, font: str | None = None) -> WordParagraph:
        added = document.add_paragraph(style=style)
        if text:
            run = added.add_run(text)
            if font:
                _font(run.element, font, BODY_SIZE)
        return added

    # ── 版头 (§7.2) ──
    for line in filter(None, (imprint.marking, imprint.urgency)):
        paragraph(line, MARKING_STYLE)
    mark = paragraph(style=MARK_STYLE)
    above = sum(1 for line in (imprint.marking, imprint.urgency) if line) * AREA_HEIGHT / LINES
    mark.paragraph_format.space_before = Mm(MARK_TOP - above)  # its top 35 mm below the 版心's
    letterhead = imprint.letterhead  # the organ's 套红 as the office set it (domain/letterhead.py)
    marked = mark.add_run(letterhead.mark)
    _font(
        marked.element,
        fonts["title"],
        letterhead.mark_size or min(MARK_SIZE, AREA_WIDTH * MM / len(letterhead.mark)),
    )
    marked.font.color.rgb = RGBColor.from_string(letterhead.mark_color.lstrip("#"))
    paragraph()
    paragraph()
    number = paragraph(style=NUMBER_STYLE)
    if imprint.signers:  # 上行文: the number one character in from the left, 签发人 one in from the right
        number.alignment = WD_ALIGN_PARAGRAPH.LEFT
        number.paragraph_format.left_indent = number.paragraph_format.right_indent = Pt(BODY_SIZE)
        _right_tab(number, Pt(BODY_SIZE))
        number.add_run(f"{imprint.number}\t签发人：")
        _font(number.add_run("　".join(imprint.signers)).element, fonts["kai"], BODY_SIZE)
    else:
        number.add_run(imprint.number)
    _border(number, "bottom", RULE_THICKNESS, letterhead.rule_color, space_mm=RULE_BELOW_NUMBER)
    paragraph()
    # ── 主体 (§7.3) ──
    paragraph(body.title, "Title")
    paragraph()
    if imprint.main_recipients:
        paragraph("、".join(imprint.main_recipients) + "：")
    for index, item in enumerate(body.paragraphs):
        style = f"Heading {int(item.level)}" if item.level is not Level.TEXT else "Body Text"
        paragraph(body.numbered_text(index), style)
    if body.attachments:
        paragraph()
        for i, name in enumerate(body.attachments):
            numbered = name if len(body.attachments) == 1 else f"{i + 1}．{name}"
            added = paragraph(("附件：" if i == 0 else "") + numbered, "Body Text" if i == 0 else None)
            if i:  # the second and later names under the first, after 附件：
                added.paragraph_format.left_indent = Pt(5 * BODY_SIZE)
    if body.signatory or body.written_on:
        for _ in range(LINES_BEFORE_SIGNATURE):
            paragraph()
        # 署名 centred over the 成文日期, which stands four characters in from the right (§7.3.5.1)
        date_text = chinese_date(body.written_on)
        width = max(len(body.signatory), len(date_text))
        for line in (body.signatory, date_text):
            added = paragraph(line)
            added.alignment = WD_ALIGN_PARAGRAPH.CENTER
            added.paragraph_format.left_indent = Pt((CHARACTERS - 4 - width) * BODY_SIZE)
            added.paragraph_format.right_indent = Pt(4 * BODY_SIZE)
    if body.note:
        paragraph(body.note, "Body Text")
    # ── 版记 (§7.4): a thick rule above and below, a thin one between its lines ──
    paragraph()
    imprint_lines = []
    if imprint.copied:
        imprint_lines.append(paragraph("抄送：" + "，".join(imprint.copied) + "。", IMPRINT_STYLE))
    printed = paragraph(style=IMPRINT_STYLE)
    _right_tab(printed, Pt(IMPRINT_SIZE))
    printed.add_run(
        imprint.printer + (f"\t{chinese_date(imprint.printed_on)}印发" if imprint.printed_on else "")
    )
    imprint_lines.append(printed)
    _border(imprint_lines[0], "top", THICK_RULE, "000000", space_mm=0)
    for entry in imprint_lines:
        _border(entry, "bottom", THICK_RULE if entry is printed else THIN_RULE, "000000", space_mm=0)
    _folios(document, fonts["song"])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _styles(document: DocumentType, fonts: dict[str, str]) -> None:
    """Normal is the 正文's 3号 仿宋 on the grid; Title and Heading 1–4 are restyled from Word's
    blue, spaced defaults to the standard's faces at the body's size (§7.3.1, §7.3.3): a 层次 shows in
    its face alone. The 版头 and 版记 have styles of their own, named as an import knows them."""
    faces = {
        "Normal": (fonts["body"], BODY_SIZE, False),
        "Body Text": (fonts["body"], BODY_SIZE, False),
        "Title": (fonts["title"], TITLE_SIZE, True),
        "Heading 1": (fonts["hei"], BODY_SIZE, False),
        "Heading 2": (fonts["kai"], BODY_SIZE, False),
        "Heading 3": (fonts["body"], BODY_SIZE, False),
        "Heading 4": (fonts["body"], BODY_SIZE, False),
        MARKING_STYLE: (fonts["hei"], BODY_SIZE, False),
        MARK_STYLE: (fonts["title"], MARK_SIZE, False),
        NUMBER_STYLE: (fonts["body"], BODY_SIZE, False),
        IMPRINT_STYLE: (fonts["body"], IMPRINT_SIZE, False),
    }
    for name, (family, size, bold) in faces.items():
        try:
            style = document.styles[name]
        except KeyError:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = document.styles["Normal"]
        _font(style.element, family, size)
        style.font.bold = bold
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        layout = style.paragraph_format
        layout.space_before = layout.space_after = Pt(0)
        layout.widow_control = False  # 22 full lines a page
        layout.keep_with_next = False
        if name == MARK_STYLE:  # a 48 pt line: as tall as it needs, on whole lines of the grid
            layout.line_spacing = 1.0
        else:
            layout.line_spacing = Pt(PITCH)
            layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        _tracking(style.element, TRACKING_TWENTIETHS if size == BODY_SIZE else 0)
        properties = style.element.get_or_add_pPr()
        for border in properties.findall(qn("w:pBdr")):  # Word's Title is underlined by a rule
            properties.remove(border)
        if name in ("Body Text", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
            indent = properties.get_or_add_ind()  # 空二字: in characters for Word, in twips for the rest
            indent.set(qn("w:firstLineChars"), "200")
            indent.set(qn("w:firstLine"), str(round(2 * (BODY_SIZE * 20 + TRACKING_TWENTIETHS))))
        if name in ("Title", MARK_STYLE, NUMBER_STYLE):
            layout.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if name == IMPRINT_STYLE:
            layout.left_indent = layout.right_indent = Pt(IMPRINT_SIZE)


def _page(document: DocumentType) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT)
    section.top_margin, section.left_margin = Mm(TOP), Mm(LEFT)
    section.right_margin = Mm(PAGE_WIDTH - LEFT - AREA_WIDTH)
    section.bottom_margin = Mm(PAGE_HEIGHT - TOP - AREA_HEIGHT)
    # the 页码's 一字线 7 mm below the 版心 (§7.5): the footer's foot is that far less one 4号 line up
    section.footer_distance = Mm(PAGE_HEIGHT - TOP - AREA_HEIGHT - FOLIO_BELOW) - Pt(FOLIO_SIZE)
    properties = section._sectPr
    grid = properties.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        properties.append(grid)
    grid.set(qn("w:type"), "lines")  # the line grid a single-spaced line (the mark) snaps to
    grid.set(qn("w:linePitch"), str(round(PITCH * 20)))


def _font(element: Any, family: str, size: float) -> None:
    """The family for Chinese (eastAsia) and for Latin text alike, and the size in half-points."""
    properties = element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), family)
    for tag in ("w:sz", "w:szCs"):
        sized = properties.find(qn(tag))
        if sized is None:
            sized = OxmlElement(tag)
            properties.append(sized)
        sized.set(qn("w:val"), str(round(size * 2)))


def _tracking(style: Any, twentieths: int) -> None:
    properties = style.get_or_add_rPr()
    for spacing in properties.findall(qn("w:spacing")):
        properties.remove(spacing)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(twentieths))
    properties.append(spacing)


def _right_tab(paragraph: WordParagraph, inset: Length) -> None:
    """A right-aligned stop at the paragraph's right indent: the 签发人, the 印发日期 flush right."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(AREA_WIDTH) - 2 * inset, WD_TAB_ALIGNMENT.RIGHT)


def _border(paragraph: WordParagraph, side: str, width_mm: float, colour: str, *, space_mm: float) -> None:
    properties = paragraph._p.get_or_add_pPr()
    borders = properties.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        properties.append(borders)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(max(2, round(width_mm * MM * 8))))  # eighths of a point
    line.set(qn("w:space"), str(round(space_mm * MM)))  # points
    line.set(qn("w:color"), colour.lstrip("#"))
    borders.append(line)


def _folios(document: DocumentType, family: str) -> None:
    """— 1 — in 4号 宋体, one character in from the outer edge: right on odd pages, left on even (§7.5)."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        line = footer.paragraphs[0]
        line.alignment = align
        side = line.paragraph_format
        side.left_indent = side.right_indent = Pt(FOLIO_SIZE)
        for text in ("— ", None, " —"):
            run = line.add_run(text or "")
            _font(run._element, family, FOLIO_SIZE)
            if text is None:
                _page_number(run)


def _page_number(run: Run) -> None:
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
        else:
            field = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            field.set(qn("xml:space"), "preserve")
            field.text = text
        run._r.append(field)
