"""The issued 公文 as GB/T 9704-2012 lays it out, measured on the PDF itself (pdfplumber): the page,
the margins, the 22 × 28 grid, the red 版头, the 页码 on the outer side, the 版记 on the last page —
and a title that looks like Typst markup printed as the characters it is."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pytest
from shuniu_documents.adapters.typesetting import Imprint, typeset
from shuniu_documents.domain.body import DocumentBody, Level, Paragraph
from shuniu_documents.domain.letterhead import Format, Letterhead

from tests.documents.office import Office

MM = 72 / 25.4
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "documents"  # gitignored
RED = (0.9019608, 0.0, 0.07058824)  # #E60012, the 套红 red, as the PDF's RGB fill
# Han characters only, no punctuation: CJK punctuation may be compressed at a line's end, and the
# 28-a-line count is of characters on the grid.
HAN = "各乡镇人民政府县直各部门现将做好全县今冬明春农业生产工作的有关事项通知如下请认真贯彻执行"


@dataclass
class Line:
    top: float  # mm from the top of the page
    left: float  # mm from the left edge
    right: float
    text: str
    chars: list[dict[str, Any]]


def lines_of(page: Any) -> list[Line]:
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        rows.setdefault(round(char["top"], 1), []).append(char)
    out = []
    for top in sorted(rows):
        chars = sorted(rows[top], key=lambda c: c["x0"])
        text = "".join(c["text"] for c in chars)
        out.append(Line(top / MM, chars[0]["x0"] / MM, chars[-1]["x1"] / MM, text, chars))
    return out


def report(title: str = "关于申请2026年农村公路建设补助资金的请示", paragraphs: int = 14) -> DocumentBody:
    """A 请示 long enough for three pages of 正文."""
    body = [Paragraph("基本情况", Level.FIRST), Paragraph("建设任务", Level.SECOND)]
    body += [Paragraph(HAN * 3 + "。") for _ in range(paragraphs)]
    return DocumentBody(
        title=title,
        paragraphs=tuple(body),
        attachments=("建设项目清单", "资金测算表"),
        signatory="F县人民政府",
        written_on=date(2026, 12, 2),
        note="（联系人：张三；联系电话：0000-1234567）",
    )


UPWARD = Imprint(
    letterhead=Letterhead.default(Format.DOCUMENT, "F县人民政府"),
    number="县府发〔2026〕7号",
    signers=("罗县长",),
    main_recipients=("市人民政府",),
    copied=("市交通运输局", "市财政局"),
    printer="县政府办公室",
    printed_on=date(2026, 12, 3),
)


@pytest.fixture(scope="module")
def pages() -> list[list[Line]]:
    with pdfplumber.open(io.BytesIO(typeset(report(), UPWARD))) as pdf:
        return [lines_of(page) for page in pdf.pages]


@pytest.fixture(scope="module")
def pdf_pages() -> Any:
    with pdfplumber.open(io.BytesIO(typeset(report(), UPWARD))) as pdf:
        yield pdf.pages


def body_lines(page: list[Line]) -> list[Line]:
    """The 正文's lines of a page: 3号 text inside the 版心, not the 页码."""
    return [line for line in page if line.chars[0]["size"] == pytest.approx(16) and line.top < 262]


def test_the_page_is_a4(pdf_pages: Any):
    for page in pdf_pages:
        assert page.width / MM == pytest.approx(210, abs=1)
        assert page.height / MM == pytest.approx(297, abs=1)


def test_a_full_page_has_22_lines_of_28_characters_from_the_top_and_left_margins(pages: list[list[Line]]):
    full = body_lines(pages[1])  # page 2 is 正文 only
    assert len(full) == 22
    assert full[0].top == pytest.approx(37, abs=1)  # 天头
    unindented = [line for line in full if not line.text.startswith(HAN[:4])]  # a paragraph's later lines
    assert unindented and all(line.left == pytest.approx(28, abs=1) for line in unindented)  # 订口
    paragraph_middles = [line for line in full if len(line.text) == 28 and line.text.isalpha()]
    assert paragraph_middles, "some lines are a paragraph's full lines"
    for line in paragraph_middles:
        assert line.right == pytest.approx(28 + 156, abs=1)  # the line fills the 版心
    assert full[-1].top + 16 / MM == pytest.approx(37 + 225, abs=5)  # the 22nd line ends the 版心


def test_a_paragraph_starts_two_characters_in_and_its_full_lines_hold_28(pages: list[list[Line]]):
    lines = body_lines(pages[1])
    starts = [i for i, line in enumerate(lines) if line.left > 30]
    assert starts
    for i in starts:
        assert lines[i].left == pytest.approx(28 + 2 * 156 / 28, abs=0.5)  # 空二字
        assert len(lines[i].text) == 26
    assert all(len(line.text) == 28 for line in lines if line.left < 30 and not line.text.endswith("。"))


def test_the_issuing_organ_mark_is_red_and_centred_35_mm_below_the_type_area(pages: list[list[Line]]):
    mark = next(line for line in pages[0] if line.text == "F县人民政府文件")
    assert all(tuple(c["non_stroking_color"]) == pytest.approx(RED, abs=0.01) for c in mark.chars)
    assert (mark.left + mark.right) / 2 == pytest.approx(28 + 156 / 2, abs=1)
    assert mark.top == pytest.approx(37 + 35, abs=1)


def test_an_upward_document_has_its_number_left_and_its_signer_right_above_a_red_line(
    pdf_pages: Any, pages: list[list[Line]]
):
    line = next(line for line in pages[0] if "〔2026〕" in line.text)
    assert line.text == "县府发〔2026〕7号签发人：罗县长"
    assert line.left == pytest.approx(28 + 156 / 28, abs=0.5)  # one character in from the left
    assert line.right == pytest.approx(28 + 156 - 156 / 28, abs=0.5)  # and from the right
    (rule,) = [r for r in pdf_pages[0].lines if r["top"] / MM < 150]
    assert tuple(rule["stroking_color"]) == pytest.approx(RED, abs=0.01)
    assert rule["x0"] / MM == pytest.approx(28, abs=1) and rule["x1"] / MM == pytest.approx(184, abs=1)
    assert rule["top"] / MM - (line.top + 16 / MM) == pytest.approx(4, abs=0.5)  # 4 mm below the number


def test_the_title_is_2hao_and_the_body_3hao(pages: list[list[Line]]):
    title = next(line for line in pages[0] if line.text.startswith("关于申请"))
    assert all(c["size"] == pytest.approx(22) for c in title.chars)
    assert (title.left + title.right) / 2 == pytest.approx(28 + 78, abs=1)
    recipients = next(line for line in pages[0] if line.text == "市人民政府：")
    assert recipients.left == pytest.approx(28, abs=0.5)
    heading = next(line for line in pages[0] if line.text == "一、基本情况")
    assert "Sans" in heading.chars[0]["fontname"]  # 一级标题 in 黑体 (its free stand-in)


def test_page_numbers_are_on_the_outer_side(pages: list[list[Line]]):
    folios = {i + 1: line for i, page in enumerate(pages) for line in page if line.text.startswith("—")}
    assert folios[1].text == "— 1 —" and folios[2].text == "— 2 —"
    assert folios[1].right == pytest.approx(184 - 156 / 28 * 14 / 16, abs=1.5)  # odd: right, 空一字
    assert folios[2].left == pytest.approx(28 + 156 / 28 * 14 / 16, abs=1.5)  # even: left
    assert folios[1].top == pytest.approx(37 + 225 + 7, abs=1)  # 7 mm below the 版心
    assert all(c["size"] == pytest.approx(14) for c in folios[1].chars)  # 4号


# With this 请示, 2 paragraphs end the body on page 2 with room under it, 3 on page 2 with none (a
# blank page 3, the 版记 on page 4), 5 on page 3 (odd), 12 on page 4 with none.
@pytest.mark.parametrize("paragraphs", [2, 3, 5, 12])
def test_the_imprint_closes_the_last_page_on_the_back_of_a_sheet(paragraphs: int):
    """Whether the body ends on an odd page, an even one, or leaves no room under it, the 版记 stands
    at the foot of an even last page between its rules; a page after the body's last has no 页码."""
    with pdfplumber.open(io.BytesIO(typeset(report(paragraphs=paragraphs), UPWARD))) as pdf:
        pages = [lines_of(page) for page in pdf.pages]
        rules = sorted(pdf.pages[-1].lines, key=lambda r: r["top"])
    assert len(pages) % 2 == 0, "the 版记 stands on the back of a sheet"
    texts = [line.text for line in pages[-1]]
    assert "抄送：市交通运输局，市财政局。" in texts
    assert "县政府办公室2026年12月3日印发" in texts
    assert [round(r["linewidth"] / MM, 2) for r in rules] == [0.35, 0.25, 0.35]
    assert rules[-1]["top"] / MM == pytest.approx(37 + 225, abs=1)  # the last rule on the 版心's foot
    body_ends = max(i for i, page in enumerate(pages) if any(line.text == "2026年12月2日" for line in page))
    for i, page in enumerate(pages):
        numbered = any(line.text == f"— {i + 1} —" for line in page)
        assert numbered == (i <= body_ends), f"page {i + 1}"


def test_the_rendered_first_page_shows_the_red_header_where_the_standard_puts_it():
    """Rendered as it will print (the PNG is kept for a person to look at): the mark's band is red
    and centred on the 版心, and nothing red strays below the separator line."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(typeset(report(paragraphs=5), UPWARD))
    scale = 4 / MM  # 4 px a mm
    images = [page.render(scale=scale).to_pil().convert("RGB") for page in document]
    for i, image in enumerate(images):
        image.save(ARTIFACTS / f"upward-request-page-{i + 1}.png")
    first = images[0]

    def red_columns(top_mm: float, bottom_mm: float) -> list[int]:
        return [
            x
            for x in range(first.width)
            for y in range(round(top_mm * 4), round(bottom_mm * 4), 4)
            if (pixel := first.getpixel((x, y))) and pixel[0] > 180 and pixel[1] < 90 and pixel[2] < 90
        ]

    mark = red_columns(72, 72 + 17)  # the 48 pt mark, its top 35 mm below the 版心's
    assert mark, "the 发文机关标志 is printed in red"
    assert (min(mark) + max(mark)) / 2 / 4 == pytest.approx(28 + 78, abs=2)  # centred
    assert not red_columns(130, 262), "below the red line nothing is red until the seal is put on"


def test_markup_in_the_title_is_printed_as_text():
    title = "关于#set page(width: 1mm)]与#{panic()}的请示"
    with pdfplumber.open(io.BytesIO(typeset(report(title=title, paragraphs=1), UPWARD))) as pdf:
        assert pdf.pages[0].width / MM == pytest.approx(210, abs=1)
        text = "".join(line.text for line in lines_of(pdf.pages[0]))
    assert "#set page(width: 1mm)]与#{panic()}" in text


# ── over HTTP: the document as it stands, for those who may see it ──────────────────────────


async def upward_request(office: Office) -> str:
    id, _ = await office.numbered(
        direction="上行文",
        doc_type="请示",
        title="关于申请农村公路建设补助资金的请示",
        main_recipients=["市人民政府"],
        copied_recipients=[],
        body={"paragraphs": [{"text": "现将有关情况请示如下。"}], "signatory": "F县人民政府"},
    )
    await office.post(f"/outgoing/{id}/print", "shen")
    return id


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(line.text for page in document.pages for line in lines_of(page))


async def test_the_issued_document_is_served_as_pdf_with_its_number_signer_and_printing_date(office: Office):
    id = await upward_request(office)
    response = await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    text = text_of(response.content)
    number = (await office.outgoing(id))["number"]
    assert f"{number}签发人：罗县长" in text
    assert "F县人民政府文件" in text and "县政府办公室" in text
    printed_on = office.clock.now().date()
    assert f"{printed_on.year}年{printed_on.month}月{printed_on.day}日印发" in text


async def test_a_version_is_typeset_as_it_was(office: Office):
    id = await office.drafted(body={"paragraphs": [{"text": "第一稿的正文。"}]})
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": {"paragraphs": [{"text": "审核后的正文。"}]}})
    first = await office.client.get(f"/outgoing/{id}/pdf?version=1", headers=office.service.as_("shen"))
    latest = await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))
    assert "第一稿的正文。" in text_of(first.content)
    assert "审核后的正文。" in text_of(latest.content)


async def test_the_uninvolved_and_a_missing_version_get_a_problem(office: Office):
    id = await office.drafted()
    hidden = await office.get(f"/outgoing/{id}/pdf", "sun", status=404)  # 总工会 takes no part
    missing = await office.get("/outgoing/out-0000000000000000/pdf", "sun", status=404)
    assert hidden["code"] == missing["code"]
    assert (await office.get(f"/outgoing/{id}/pdf", "shen", status=404, version=9))["status"] == 404
    assert (await office.get(f"/outgoing/{id}/pdf", "shen", status=422, version=0))["status"] == 422


async def test_an_unsaved_draft_is_previewed_as_the_real_pdf(office: Office):
    draft = {
        "title": "关于做好冬季安全生产工作的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": {"paragraphs": [{"text": "请各单位认真落实。"}]},
    }
    response = await office.client.post("/outgoing/preview", json=draft, headers=office.service.as_("chen"))
    assert response.status_code == 200, response.text
    text = text_of(response.content)
    assert "关于做好冬季安全生产工作的通知" in text and "县教育局：" in text
    bad = draft | {"body": {"paragraphs": [{"text": "x", "level": 9}]}}
    problem = await office.refused("/outgoing/preview", "chen", bad, status=422)
    assert "level" in str(problem)


async def test_a_body_too_long_to_typeset_in_seconds_is_refused_before_it_is_stored_or_typeset(
    office: Office,
):
    # 60 paragraphs of 20,000 characters: each within its own limit, 1.2 million together
    paragraphs = [{"text": "各单位认真落实" * 2_857} for _ in range(60)]
    draft = {
        "title": "关于做好冬季安全生产工作的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": {"paragraphs": paragraphs},
    }
    previewed = await office.refused("/outgoing/preview", "chen", draft, status=422)
    drafted = await office.refused("/outgoing", "chen", draft, status=422)
    for problem in (previewed, drafted):
        assert problem["code"] == "body_too_long" and "1000000" in problem["detail"]
    assert (
        len(DocumentBody.from_dict({"title": "短", "paragraphs": paragraphs[:40]}).within_length().paragraphs)
        == 40
    )
