"""发文的 Word 文件：与 PDF 同一版正文、版头和版记，版面按 GB/T 9704-2012（A4、版心 156×225 mm、每面 22 行
每行 28 字的文档网格、3号仿宋、红色发文机关标志和分隔线、外侧页码），字体用本单位的字体名称；导出后在 Word
中修改再导入，得到同一正文。
The issued document as .docx for offices that edit in Word or WPS: the page GB/T 9704 fixes, said in
Word's own terms, and a file that imports back as the same body."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph
from shuniu_documents.adapters.typesetting import Imprint
from shuniu_documents.adapters.word_file import word_file
from shuniu_documents.domain.body import DocumentBody, Level, Paragraph
from shuniu_documents.domain.letterhead import Format, Letterhead
from shuniu_documents.domain.word import from_word

from bench.documents_typesetting import body as long_body
from bench.documents_typesetting import page_measures
from tests.documents.office import Office
from tests.documents.test_typesetting import upward_request

BODY = DocumentBody(
    title="关于做好冬季安全生产工作的通知",
    paragraphs=(
        Paragraph("总体要求", Level.FIRST),
        Paragraph("请各单位认真落实冬季安全生产责任。"),
        Paragraph("工作措施", Level.SECOND),
        Paragraph("加强重点场所检查", Level.THIRD),
        Paragraph("每周报送一次检查情况。"),
    ),
    attachments=("检查表", "联络员名单"),
    signatory="F县人民政府",
    written_on=date(2026, 12, 2),
    note="（联系人：王明；联系电话：0000-1234567）",
)
IMPRINT = Imprint(
    letterhead=Letterhead.default(Format.DOCUMENT, "F县人民政府"),
    number="县府发〔2026〕7号",
    main_recipients=("各乡镇人民政府", "县直各部门"),
    copied=("县委办公室", "县人大常委会办公室"),
    printer="县政府办公室",
    printed_on=date(2026, 12, 3),
)


def opened(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def style(paragraph: WordParagraph) -> ParagraphStyle:
    assert paragraph.style is not None
    return paragraph.style


def fonts_of(element: Any) -> tuple[str | None, float | None]:
    properties = element.find(qn("w:rPr"))
    family = properties.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    return family, int(properties.find(qn("w:sz")).get(qn("w:val"))) / 2


def test_the_page_is_a4_with_the_type_area_and_3hao_text_pitched_22_lines_of_28_characters():
    section = opened(word_file(BODY, IMPRINT)).sections[0]

    def mm(*lengths):  # Word keeps lengths in twips: a twentieth of a point, 0.018 mm
        return [round(length.mm, 1) for length in lengths]

    assert mm(section.page_width, section.page_height) == [210, 297]
    # 天头 37 mm, 订口 28 mm: the 版心 156 × 225 mm is what is left
    assert mm(section.top_margin, section.left_margin, section.right_margin, section.bottom_margin) == [
        37,
        28,
        26,
        35,
    ]
    normal = opened(word_file(BODY, IMPRINT)).styles["Normal"]
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing.pt * 22 == pytest.approx(225 * 72 / 25.4, abs=0.5)
    tracked = 16 + int(normal.element.find(qn("w:rPr")).find(qn("w:spacing")).get(qn("w:val"))) / 20
    assert 28 * tracked <= 156 * 72 / 25.4 < 29 * tracked  # 28 characters fill the line, no 29th


def test_the_text_is_3hao_fangsong_the_title_2hao_xiaobiaosong_and_the_levels_in_their_faces():
    document = opened(word_file(BODY, IMPRINT))
    styles = document.styles
    assert fonts_of(styles["Normal"].element) == ("仿宋_GB2312", 16)
    assert fonts_of(styles["Title"].element) == ("方正小标宋简体", 22)
    assert fonts_of(styles["Heading 1"].element) == ("黑体", 16)  # 一、
    assert fonts_of(styles["Heading 2"].element) == ("楷体_GB2312", 16)  # （一）
    assert fonts_of(styles["Heading 3"].element) == ("仿宋_GB2312", 16)  # 1.
    texts = {p.text: p for p in document.paragraphs}
    assert "一、总体要求" in texts and "（一）工作措施" in texts and "1.加强重点场所检查" in texts
    indent = style(texts["请各单位认真落实冬季安全生产责任。"]).element.find(qn("w:pPr")).find(qn("w:ind"))
    assert indent.get(qn("w:firstLineChars")) == "200"  # 空二字


def test_the_issuing_mark_is_red_and_centred_and_a_red_line_runs_under_the_number():
    document = opened(word_file(BODY, IMPRINT))
    mark = next(p for p in document.paragraphs if p.text == "F县人民政府文件")
    assert style(mark).name == "发文机关标志" and mark.runs[0].font.color.rgb == RGBColor(0xE6, 0x00, 0x12)
    assert style(mark).paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert round(mark.paragraph_format.space_before.mm, 1) == 35  # its top 35 mm below the 版心's (§7.2.4)
    number = next(p for p in document.paragraphs if p.text == "县府发〔2026〕7号")
    rule = number._p.find(qn("w:pPr")).find(qn("w:pBdr")).find(qn("w:bottom"))
    assert rule.get(qn("w:color")) == "E60012"
    assert int(rule.get(qn("w:space"))) == round(4 * 72 / 25.4)  # 4 mm below the 发文字号 (§7.2.6)


def test_an_upward_document_has_its_signer_on_the_right_of_the_number_line():
    document = opened(word_file(BODY, replace(IMPRINT, signers=("罗县长",))))
    line = next(p for p in document.paragraphs if style(p).name == "发文字号" and p.text)
    assert line.text == "县府发〔2026〕7号\t签发人：罗县长"
    assert line.paragraph_format.tab_stops[0].alignment == WD_TAB_ALIGNMENT.RIGHT


def test_page_numbers_stand_on_the_outer_side_in_4hao():
    document = opened(word_file(BODY, IMPRINT))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    for footer in (odd, even):
        assert " PAGE " in footer._p.xml and footer.text.startswith("— ") and footer.text.endswith(" —")
        assert fonts_of(footer.runs[0]._r) == ("宋体", 14)


def test_the_imprint_lists_the_copied_and_the_printer_between_rules():
    document = opened(word_file(BODY, IMPRINT))
    imprint = [p for p in document.paragraphs if style(p).name == "版记"]
    assert [p.text for p in imprint] == [
        "抄送：县委办公室，县人大常委会办公室。",
        "县政府办公室\t2026年12月3日印发",
    ]
    first, last = (p._p.find(qn("w:pPr")).find(qn("w:pBdr")) for p in imprint)
    assert first.find(qn("w:top")) is not None and last.find(qn("w:bottom")) is not None
    assert fonts_of(document.styles["版记"].element) == ("仿宋_GB2312", 14)


def test_a_file_exported_edited_in_word_and_imported_again_keeps_its_body():
    document = opened(word_file(BODY, IMPRINT))
    paragraphs = [(style(p).name, p.text) for p in document.paragraphs if p.text.strip()]
    imported = from_word(paragraphs, BODY)
    assert imported.body == BODY
    not_mapped = [n.text for n in imported.not_mapped]
    assert not_mapped[:2] == ["F县人民政府文件", "县府发〔2026〕7号"]
    assert (
        "各乡镇人民政府、县直各部门：" in not_mapped
        and "抄送：县委办公室，县人大常委会办公室。" in not_mapped
    )


def test_an_organisation_s_licensed_fonts_are_named_in_the_file(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SHUNIU_FONT_BODY", "FangSong")
    assert fonts_of(opened(word_file(BODY, IMPRINT)).styles["Normal"].element) == ("FangSong", 16)


async def test_the_issued_document_is_served_as_a_word_file_to_its_audience_only(office: Office):
    id = await upward_request(office)
    response = await office.client.get(f"/outgoing/{id}/docx", headers=office.service.as_("shen"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    texts = [p.text for p in opened(response.content).paragraphs]
    number = (await office.outgoing(id))["number"]
    assert f"{number}\t签发人：罗县长" in texts and "关于申请农村公路建设补助资金的请示" in texts
    hidden = await office.get(f"/outgoing/{id}/docx", "sun", status=404)  # 总工会 takes no part
    assert hidden["status"] == 404
    assert Pt(16) == opened(response.content).styles["Normal"].font.size


def laid_out_by_libreoffice(data: bytes, tmp_path: Path) -> bytes:
    """The file as a word processor nobody here wrote lays it out: LibreOffice, headless, to PDF (its
    own profile under tmp_path, so two runs at once do not share one)."""
    (tmp_path / "公文.docx").write_bytes(data)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "公文.docx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return (tmp_path / "公文.pdf").read_bytes()


def test_a_word_processor_lays_the_file_out_22_lines_of_28_characters_on_a4(tmp_path: Path):
    measured = page_measures(laid_out_by_libreoffice(word_file(long_body(30, 1), IMPRINT), tmp_path))
    assert measured["page_mm"] == [210.0, 297.0]
    assert (measured["characters_per_line"], measured["lines_per_full_page"]) == (28, 22)
    assert measured["text_left_mm"] == pytest.approx(28, abs=1)
