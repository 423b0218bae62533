"""套红模板 (letterhead templates): the office sets each issuing organ's 版头 per format as data, and
the PDF shows it as GB/T 9704-2012 places it — the 信函格式's red double lines and its mark 30 mm
from the page's top (§10.1), the 命令格式's 令 mark and 令号 (§10.2), the 纪要格式's 出席、请假、列席
lists (§10.3) — measured on the PDF itself (pdfplumber), as tests/documents/test_typesetting.py does."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pdfplumber
import pypdfium2
import pytest
from shuniu_documents.adapters.typesetting import Imprint, typeset
from shuniu_documents.domain.body import DocumentBody, Paragraph
from shuniu_documents.domain.letterhead import DoubleRule, Format, Letterhead

from tests.documents.office import Office
from tests.documents.test_typesetting import ARTIFACTS, MM, RED, Line, lines_of

BODY = DocumentBody(
    title="关于商请支持农村公路建设的函",
    paragraphs=(Paragraph("现将有关事项函告如下，请予支持。"),),
    signatory="F县人民政府",
    written_on=date(2026, 12, 2),
)


def first_page(letterhead: Letterhead, **imprint: Any) -> tuple[list[Line], list[dict[str, Any]]]:
    """The first page's lines of text and its ruled lines, in mm from the page's top-left corner."""
    pdf = typeset(BODY, Imprint(letterhead, **imprint))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        rules = [
            {
                "top": (r["top"] + r["bottom"]) / 2 / MM,
                "left": r["x0"] / MM,
                "right": r["x1"] / MM,
                "width": r["linewidth"] / MM,
                "colour": tuple(r["stroking_color"]),
            }
            for r in page.lines
        ]
        return lines_of(page), sorted(rules, key=lambda r: r["top"])


def line_with(lines: list[Line], text: str) -> Line:
    return next(line for line in lines if line.text == text)


def is_red(line: Line) -> bool:
    return all(tuple(c["non_stroking_color"]) == pytest.approx(RED, abs=0.01) for c in line.chars)


# ── 信函格式 (§10.1) ────────────────────────────────────────────────────────────────────────


def test_a_letter_has_its_mark_30_mm_below_the_page_top_and_red_double_lines_of_170_mm():
    letterhead = Letterhead.default(Format.LETTER, "F县人民政府")
    lines, rules = first_page(letterhead, number="县府函〔2026〕3号")
    mark = line_with(lines, "F县人民政府")  # a letter's mark is the name alone
    assert is_red(mark)
    assert mark.top == pytest.approx(30, abs=1)
    assert (mark.left + mark.right) / 2 == pytest.approx(28 + 156 / 2, abs=1)
    assert len(rules) == 4, "two double lines, nothing else ruled on the first page"
    for rule in rules:
        assert rule["right"] - rule["left"] == pytest.approx(170, abs=0.5)
        assert (rule["left"] + rule["right"]) / 2 == pytest.approx(28 + 156 / 2, abs=0.5)
        assert rule["colour"] == pytest.approx(RED, abs=0.01)
    upper_thick, upper_thin, lower_thin, lower_thick = rules
    # under the mark, thick over thin (上粗下细), its top 4 mm under the mark's 48 pt body
    assert upper_thick["width"] > upper_thin["width"]
    assert upper_thick["top"] - upper_thick["width"] / 2 == pytest.approx(30 + 48 / MM + 4, abs=0.5)
    # at the foot, thin over thick (上细下粗), its bottom 20 mm above the page's foot
    assert lower_thick["width"] > lower_thin["width"]
    assert lower_thick["top"] + lower_thick["width"] / 2 == pytest.approx(297 - 20, abs=0.5)
    # the 发文字号 flush right under the first double line; the first page has no 页码
    number = line_with(lines, "县府函〔2026〕3号")
    assert number.right == pytest.approx(28 + 156, abs=1)
    assert number.top > upper_thin["top"]
    assert not any(line.text.startswith("—") for line in lines)
    title = line_with(lines, BODY.title)
    assert title.top - number.top == pytest.approx(3 * 225 / 22, abs=1)  # its line, then 空二行


def test_a_letters_marking_stands_flush_left_under_the_double_line_beside_its_number():
    lines, rules = first_page(
        Letterhead.default(Format.LETTER, "F县人民政府"), number="县府函〔2026〕3号", marking="秘密★1年"
    )
    row = next(line for line in lines if line.text.startswith("秘密"))
    assert row.left == pytest.approx(28, abs=0.5) and row.right == pytest.approx(28 + 156, abs=1)
    assert row.text.endswith("县府函〔2026〕3号")  # the same line: 密级 left, 发文字号 right
    assert row.top - rules[1]["top"] == pytest.approx(7 / 8 * 16 / MM, abs=1)


def test_the_rendered_letter_is_red_in_its_two_double_lines_and_its_mark_only():
    """Rendered as it will print (the PNG is kept for a person to look at): red rows are the mark's
    and the two double lines', nothing else on the page."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = typeset(BODY, Imprint(Letterhead.default(Format.LETTER, "F县人民政府"), number="县府函〔2026〕3号"))
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=4 / MM).to_pil().convert("RGB")  # 4 px a mm
    image.save(ARTIFACTS / "letter-page-1.png")
    red_rows = sorted(
        {
            y / 4
            for y in range(image.height)
            for x in range(0, image.width, 2)
            if (pixel := image.getpixel((x, y))) and pixel[0] > 180 and pixel[1] < 90 and pixel[2] < 90
        }
    )
    mark_rows = [y for y in red_rows if y < 48]
    rule_rows = [y for y in red_rows if 48 <= y]
    assert mark_rows and min(mark_rows) == pytest.approx(30, abs=2)  # the mark, 30 mm from the page's top
    top_line, foot_line = [y for y in rule_rows if y < 60], [y for y in rule_rows if y > 270]
    assert top_line and foot_line and len(top_line) + len(foot_line) == len(rule_rows)
    assert min(top_line) == pytest.approx(30 + 48 / MM + 4, abs=0.5)
    assert max(foot_line) == pytest.approx(297 - 20, abs=0.5)


def test_the_organs_double_line_weights_and_colour_are_printed_as_set():
    letterhead = Letterhead(
        Format.LETTER, "F县人民政府", "", "#C00000", "#C00000", 36, DoubleRule(thick=1.5, thin=0.5, gap=1.0)
    )
    lines, rules = first_page(letterhead)
    mark = line_with(lines, "F县人民政府")
    assert mark.chars[0]["size"] == pytest.approx(36, abs=0.5)
    dark_red = (0.7529412, 0.0, 0.0)
    assert all(tuple(c["non_stroking_color"]) == pytest.approx(dark_red, abs=0.01) for c in mark.chars)
    widths = [round(rule["width"], 2) for rule in rules]
    assert widths == [1.5, 0.5, 0.5, 1.5]
    assert rules[1]["top"] - rules[0]["top"] == pytest.approx(1.5 / 2 + 1.0 + 0.5 / 2, abs=0.05)


# ── 命令（令）格式 (§10.2) and 纪要格式 (§10.3) ───────────────────────────────────────────────


def test_an_order_has_the_ling_mark_20_mm_into_the_type_area_and_its_number_under_it():
    lines, rules = first_page(Letterhead.default(Format.ORDER, "F县人民政府"), number="第12号")
    mark = line_with(lines, "F县人民政府令")
    assert is_red(mark)
    assert mark.top == pytest.approx(37 + 20, abs=1)
    number = line_with(lines, "第12号")
    assert (number.left + number.right) / 2 == pytest.approx(28 + 156 / 2, abs=1)
    pitch, leading = 225 / 22, 225 / 22 - 16 / MM  # one line of the grid, and the space between lines
    assert number.top - mark.top == pytest.approx(48 / MM + 2 * pitch + leading, abs=1)  # 空二行
    assert rules == [], "an order has no red separator line"
    ordered = first_page(Letterhead(Format.ORDER, "F县人民政府", "命令"))[0]
    assert line_with(ordered, "F县人民政府命令")


def test_minutes_list_who_attended_was_excused_and_sat_in_under_the_body():
    attendance = {"出席": ("罗县长", "方副县长"), "请假": ("王副县长",), "列席": ("冯主任",)}
    lines, _ = first_page(Letterhead.default(Format.MINUTES, "F县人民政府"), attendance=attendance)
    assert is_red(line_with(lines, "F县人民政府纪要"))
    listed = [line for line in lines if line.text[:3] in ("出席：", "请假：", "列席：")]
    assert [line.text for line in listed] == ["出席：罗县长、方副县长", "请假：王副县长", "列席：冯主任"]
    body = line_with(lines, BODY.paragraphs[0].text)
    assert listed[0].top > body.top
    for line in listed:
        assert line.left == pytest.approx(28 + 2 * 156 / 28, abs=0.5)  # 空二字
        assert "Sans" in line.chars[0]["fontname"]  # the label in 黑体
        assert "Sans" not in line.chars[-1]["fontname"]  # the names in 仿宋
    only_present = Letterhead(Format.MINUTES, "F县人民政府", "纪要", attendance=("出席",))
    texts = [line.text for line in first_page(only_present, attendance=attendance)[0]]
    assert "出席：罗县长、方副县长" in texts and not any(t.startswith(("请假", "列席")) for t in texts)


def test_a_document_in_another_format_prints_no_attendance():
    lines, _ = first_page(
        Letterhead.default(Format.DOCUMENT, "F县人民政府"), attendance={"出席": ("罗县长",)}
    )
    assert not any(line.text.startswith("出席") for line in lines)


# ── over HTTP: set by the office, seen by the office, previewed as the real PDF ─────────────


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(line.text for page in document.pages for line in lines_of(page))


async def put(office: Office, path: str, who: str, body: dict[str, Any], status: int = 200) -> dict[str, Any]:
    response = await office.client.put(path, json=body, headers=office.service.as_(who))
    assert response.status_code == status, response.text
    return response.json()


async def preview(office: Office, path: str, who: str = "shen") -> bytes:
    response = await office.client.get(f"{path}/preview.pdf", headers=office.service.as_(who))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    return response.content


async def test_an_organ_without_a_template_prints_the_standards_default(office: Office):
    template = await office.get("/letterheads/gov/document", "zhao")
    assert template["mark"] == "F县人民政府文件" and template["mark_color"] == "#E60012"
    every = (await office.get("/letterheads/gov", "zhao"))["items"]
    assert [t["mark"] for t in every] == [
        "F县人民政府文件",
        "F县人民政府",
        "F县人民政府令",
        "F县人民政府纪要",
    ]
    assert "F县人民政府令" in text_of(await preview(office, "/letterheads/gov/order", "zhao"))
    draft = {
        "title": "县政府第十次常务会议纪要",
        "doc_type": "纪要",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": {"paragraphs": [{"text": "会议研究了有关事项。"}]},
    }
    response = await office.client.post("/outgoing/preview", json=draft, headers=office.service.as_("chen"))
    assert response.status_code == 200, response.text
    assert "F县人民政府纪要" in text_of(response.content).splitlines()  # a 纪要 prints in its own format


async def test_a_template_the_office_changes_changes_the_next_rendering(office: Office):
    path = "/letterheads/gov/letter"
    before = text_of(await preview(office, path))
    assert "F县人民政府" in before and "F县政府" not in before
    written = await put(office, path, "feng", {"name": "F县政府", "double_rule": {"thick": 1.2}})
    assert written["version"] == 1
    assert (await office.get(path, "zhao"))["double_rule"]["thick"] == 1.2
    lines = text_of(await preview(office, path)).splitlines()
    assert "F县政府" in lines
    # a 函 drafted afterwards is previewed under the organ's letter template
    draft = {
        "title": "关于商请支持农村公路建设的函",
        "doc_type": "函",
        "direction": "平行文",
        "main_recipients": ["市交通运输局"],
        "body": {"paragraphs": [{"text": "请予支持。"}]},
    }
    response = await office.client.post("/outgoing/preview", json=draft, headers=office.service.as_("chen"))
    assert response.status_code == 200, response.text
    assert "F县政府" in text_of(response.content).splitlines()
    # the same template again is no change: no new event
    again = await put(office, path, "feng", {"name": "F县政府", "double_rule": {"thick": 1.2}})
    assert again["version"] == 1
    ((ce_type, data),) = await office.events("letterhead-gov-letter")
    assert ce_type == "shuniu.documents.letterhead.set.v1"
    assert data["name"] == "F县政府" and data["format"] == "letter"


async def test_a_template_changed_since_the_caller_looked_is_refused(office: Office):
    path = "/letterheads/gov/document"
    await put(office, path, "feng", {"name": "F县人民政府"})
    await put(office, path, "li", {"name": "F县政府"})
    response = await office.client.put(
        path, json={"name": "F县人民政府办公室"}, headers=office.service.as_("feng", **{"If-Match": '"1"'})
    )
    assert response.status_code == 412, response.text
    assert (await office.get(path, "zhao"))["name"] == "F县政府"


async def test_the_letterheads_event_names_the_whole_office_as_its_audience(office: Office):
    await put(
        office, "/letterheads/gov/minutes", "shen", {"name": "F县人民政府", "attendance": ["出席", "列席"]}
    )
    store = office.service.runtime.store
    async with store.engine.connect() as connection:
        (stored,) = await store.read_stream(connection, "letterhead-gov-minutes")
    audience = stored.audience()
    assert audience is not None and {"staff", "clerk", "leader"} <= set(audience.roles)


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/letterheads/gov/letter", {"name": ""}, "name"),
        ("/letterheads/gov/letter", {"name": "　 "}, "name"),
        ("/letterheads/gov/letter", {"name": "县" * 41}, "name"),
        ("/letterheads/gov/letter", {"name": "县" * 201}, "name"),
        ("/letterheads/gov/letter", {"name": "F县\u0007人民政府"}, "name"),
        ("/letterheads/gov/fax", {"name": "F县人民政府"}, "format"),
        ("/letterheads/gov/order", {"name": "F县人民政府", "suffix": "文件"}, "suffix"),
        ("/letterheads/gov/document", {"name": "F县人民政府", "mark_color": "red"}, "mark_color"),
        ("/letterheads/gov/document", {"name": "F县人民政府", "mark_size": 200}, "mark_size"),
        (
            "/letterheads/gov/letter",
            {"name": "F县人民政府", "double_rule": {"thin": 2.0}},
            "double_rule.thin",
        ),
        ("/letterheads/gov/minutes", {"name": "F县人民政府", "attendance": ["缺席"]}, "attendance"),
        ("/letterheads/nowhere/document", {"name": "F县人民政府"}, "organ"),
    ],
)
async def test_bad_input_is_a_problem_naming_the_field(
    office: Office, path: str, body: dict[str, Any], field: str
):
    response = await office.client.put(path, json=body, headers=office.service.as_("feng"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in response.text


async def test_only_the_office_sets_a_template(office: Office):
    problem = await put(office, "/letterheads/gov/document", "chen", {"name": "财政局"}, status=403)
    assert problem["status"] == 403
    assert (await office.get("/letterheads/gov/document", "zhao"))["name"] == "F县人民政府"


async def test_an_issued_order_prints_under_the_order_template_with_its_ling_number(office: Office):
    await put(office, "/letterheads/gov/order", "feng", {"name": "F县人民政府", "suffix": "命令"})
    id, number = await office.numbered(
        code="县府令", doc_type="命令（令）", direction="下行文", title="关于施行农村公路养护办法的命令"
    )
    response = await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))
    assert response.status_code == 200, response.text
    lines = text_of(response.content).splitlines()
    assert "F县人民政府命令" in lines
    sequence = number.removesuffix("号").split("〕")[1]
    assert f"第{sequence}号" in lines and number not in lines  # the 令号, not the 发文字号
