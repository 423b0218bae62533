"""What every paper the office prints on GB/T 9704-2012's page must show, measured on the PDF itself
(pdfplumber): A4, nothing outside the 版心 but the 页码, the red mark and the red line of the 版头, the
title — for the 领导活动安排表, the 督办情况通报 and the 接待清单 (shuniu_shared/typesetting.py)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

MM = 72 / 25.4
RED = (0.9019608, 0.0, 0.07058824)  # #E60012, the 套红 red, as the PDF's RGB fill
LEFT, TOP, AREA_WIDTH, AREA_HEIGHT = 28, 37, 156, 225  # GB/T 9704-2012 §5.2.2, mm


# Full-width brackets and stops take half an em of ink: Typst compresses one at a line's start or
# end by half an em (its ink stays in the line), while the PDF still reports the glyph's full box.
OPENING, CLOSING = "（《「“", "）》」”，。、；：！？"


def _ink(char: dict) -> tuple[float, float]:
    """Where a character's ink can be, left and right, in points."""
    half = char["size"] / 2
    left = char["x0"] + half if char["text"] in OPENING else char["x0"]
    right = char["x1"] - half if char["text"] in CLOSING else char["x1"]
    return left, right


def text_of(pdf: bytes) -> str:
    """The paper's text, without the spaces pdfplumber puts between Han and Latin characters."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join((page.extract_text() or "").replace(" ", "") for page in document.pages)


def assert_on_the_office_page(pdf: bytes, *, mark: str, title: str) -> None:
    """A4 portrait; every character inside the 版心 but the 页码 under it; the first line the mark
    in red; a red line across the 版心's width under the 版头; the title in 2号 (22 pt)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            assert (page.width / MM, page.height / MM) == (
                pytest.approx(210, abs=0.5),
                pytest.approx(297, abs=0.5),
            )
            area = [c for c in page.chars if c["top"] / MM < TOP + AREA_HEIGHT]
            assert min(_ink(c)[0] for c in area) / MM >= LEFT - 0.5
            assert max(_ink(c)[1] for c in area) / MM <= LEFT + AREA_WIDTH + 0.5
            assert min(c["top"] for c in area) / MM >= TOP - 0.5
            folio = [c for c in page.chars if c["top"] / MM >= TOP + AREA_HEIGHT]
            assert "".join(c["text"] for c in folio).strip("— ") == str(page.page_number)
        first = document.pages[0]
        red = [c for c in first.chars if tuple(c["non_stroking_color"] or ()) == pytest.approx(RED, abs=0.01)]
        assert "".join(c["text"] for c in red) == mark
        rules = [r for r in first.lines if tuple(r["stroking_color"] or ()) == pytest.approx(RED, abs=0.01)]
        assert [round((r["x1"] - r["x0"]) / MM) for r in rules] == [AREA_WIDTH]
        assert min(c["top"] for c in red) < rules[0]["top"]  # the mark above the line
        titled = [c for c in first.chars if round(c["size"]) == 22]
        assert "".join(c["text"] for c in titled).replace(" ", "") == title.replace(" ", "")


def rows_of(pdf: bytes) -> list[list[str]]:
    """The table's rows, cell by cell, as printed (a cell's lines joined)."""
    out: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for table in page.extract_tables():
                out += [[(cell or "").replace("\n", "").replace(" ", "") for cell in row] for row in table]
    return out
