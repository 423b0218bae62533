"""The issuing organ's seal (印章) drawn for the sealed 公文 (issue 19, deliver 3).

The seal is drawn by Shuniu from the organ's name (`seal.typ`), never copied from a real seal: a
red ring, the name along the upper arc, the star in the centre, 42 mm across — the common size of a
government organ's 公章. `signing.py` presses it on the 发文机关署名 and 成文日期 as the appearance of
the PAdES signature (docs/services/documents.md, "Seal and signature").
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import typst
from shuniu_shared.typesetting import MM, RED, Typefaces

SEAL_DIAMETER = 42  # mm
SEAL_PPI = 300  # the PNG's resolution: a print's, so the seal's ring and name stay sharp on paper
SEAL_TEMPLATE = Path(str(files("shuniu_documents.adapters") / "seal.typ"))


def seal_image(organ: str, faces: Typefaces | None = None, *, png: bool = False) -> bytes:
    """The organ's seal as a one-page PDF exactly the seal's size, its name set as text — or, for
    the OFD's electronic seal (`sm2_seal.py`), which carries a picture, as a transparent PNG of it."""
    faces = faces or Typefaces.from_environment()
    pdf = typst.compile(
        str(SEAL_TEMPLATE),
        format="png" if png else "pdf",
        ppi=SEAL_PPI if png else None,
        sys_inputs={
            "name": organ,
            "diameter": str(SEAL_DIAMETER * MM),
            "red": RED,
            "fonts": json.dumps(list(faces.title)),
        },
    )
    assert isinstance(pdf, bytes)
    return pdf
