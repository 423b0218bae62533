"""The neutral layout of the office's papers (shuniu_shared/typesetting.py, docs/typesetting.md),
measured on the PDF: its text arrives as values, never markup; a table longer than a page goes on
with its header repeated; the 版记 closes the last page only; the same input gives the same bytes."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
from shuniu_shared.typesetting import Section, Sheet, Table, typeset_sheet

from tests.typeset_papers import MM, assert_on_the_office_page, rows_of, text_of

MARKUP = '#set page(width: 1mm) ] " \\ $x$ *粗* <l> @ref'


def long_sheet(rows: int) -> Sheet:
    return Sheet(
        mark="督办工作情况通报",
        issue="2026年第1期",
        issuer="县政府办公室",
        dated=date(2026, 12, 3),
        title="2026年11月督办事项办理情况",
        sections=(
            Section("一、各单位亮灯情况", ("共有事项若干。",)),
            Section(
                table=Table(
                    ("主办单位", "事项"),
                    tuple((f"单位{i:03d}", f"事项{i:03d}") for i in range(rows)),
                    (1, 3),
                )
            ),
        ),
        printer="县政府办公室",
        printed_on=date(2026, 12, 3),
    )


def test_markup_in_any_text_is_printed_as_the_characters_it_is():
    sheet = Sheet(
        mark="领导活动安排表",
        title=MARKUP,
        sections=(Section(MARKUP, (MARKUP,), Table((MARKUP, "地点"), ((MARKUP, "县政府"),))),),
        issuer=MARKUP,
    )
    pdf = typeset_sheet(sheet)
    assert_on_the_office_page(pdf, mark="领导活动安排表", title=MARKUP)
    # the title, the heading, the paragraph and the issuer, each whole (the cells are read below)
    assert text_of(pdf).replace("\n", "").count(MARKUP.replace(" ", "")) >= 4
    assert rows_of(pdf) == [[MARKUP.replace(" ", ""), "地点"], [MARKUP.replace(" ", ""), "县政府"]]


def test_a_table_longer_than_a_page_repeats_its_header_and_the_imprint_closes_the_last_page():
    pdf = typeset_sheet(long_sheet(60))
    assert_on_the_office_page(pdf, mark="督办工作情况通报", title="2026年11月督办事项办理情况")
    rows = rows_of(pdf)
    assert [row for row in rows if row != ["主办单位", "事项"]] == [
        [f"单位{i:03d}", f"事项{i:03d}"] for i in range(60)
    ]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = document.pages
        assert len(pages) >= 2
        assert all("主办单位" in (page.extract_text() or "") for page in pages[1:])
        printed = [page for page in pages if "印发" in (page.extract_text() or "").replace(" ", "")]
        assert printed == [pages[-1]]
        # the 版记's last rule at the foot of the 版心 (37 + 225 mm), not after the last row
        foot = max(line["bottom"] for line in pages[-1].lines) / MM
        assert 37 + 225 - 3 < foot <= 37 + 225 + 0.5


def test_the_same_paper_gives_the_same_bytes():
    assert typeset_sheet(long_sheet(3)) == typeset_sheet(long_sheet(3))
