"""The organ's seal, drawn by Shuniu: 42 mm round, the organ's name on it as text."""

from __future__ import annotations

import io

import pypdf
from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.typesetting import MM


def test_the_seal_is_42_mm_round_and_carries_the_organs_name() -> None:
    page = pypdf.PdfReader(io.BytesIO(seal_image("F县人民政府"))).pages[0]
    assert abs(float(page.mediabox.width) - SEAL_DIAMETER * MM) < 0.5
    assert abs(float(page.mediabox.height) - SEAL_DIAMETER * MM) < 0.5
    text = page.extract_text()
    assert all(c in text for c in "F县人民政府★")
