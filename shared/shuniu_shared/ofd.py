"""OFD (GB/T 33190-2016《电子文件存储与交换格式 版式文档》) from a typeset PDF, with real text.

An OFD is a ZIP of XML: `OFD.xml` (the entry point), `Doc_0/Document.xml` (the page list and the
page size), `Doc_0/PublicRes.xml` (the fonts) and `Doc_0/Pages/Page_N/Content.xml` (what each page
draws). The layout is the PDF's, read back from the PDF Typst wrote (`typesetting.py`), so the OFD
and the PDF are one layout and cannot drift apart: every run of characters on a line in one font,
size and colour becomes a `TextObject` whose `TextCode` puts each glyph where the PDF does (X, Y of
the baseline and DeltaX between glyphs, in mm), and every stroked or filled line — the 版头's red
separator, the 版记's rules — a `PathObject`.

ofdrw's own PDF converter turns every glyph into an outline, so its OFD has no text to search or
copy; here the text stays text (`TextCode` in Unicode), which is what an exchange system reads.

Fonts: `FontName` and `FamilyName` are the families the PDF used (the free substitutes, or the
organisation's licensed fonts: `typesetting.Typefaces`), and each font is embedded too
(`Res/font_N.ttf`) as the PDF embeds it: the subset of the glyphs the document uses, tens of
kilobytes. The subset is the PDF's own (Typst's bare CFF), rebuilt as a TrueType font — outlines
converted to quadratic curves, a Unicode `cmap` from the PDF's ToUnicode map, the widths from its
`W` array — since an OFD reader finds a glyph by the character in `TextCode`, and ofdrw's renderer
draws an embedded TrueType font but neither a CFF one nor the system's Noto CJK collection (without
the embedded file it draws every Han character as an empty box). The full Noto CJK face would add
~20 MB a file, and subsetting it anew with fontTools takes ~4 s a face here. A font the PDF embeds
otherwise (a TrueType subset, from another producer) is referenced by name only
(docs/services/documents.md, "OFD").
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pdfplumber
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from lxml import etree
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.pdftypes import resolve1

OFD_MEDIA_TYPE = "application/ofd"
NS = "http://www.ofdspec.org/2016"
MM = 72 / 25.4  # points in a millimetre: the PDF counts in points, the OFD in millimetres


@dataclass(frozen=True)
class Run:
    """Characters on one baseline in one font, size and colour; positions in mm from the top left."""

    text: str
    xs: tuple[float, ...]  # each character's left edge
    baseline: float
    top: float
    bottom: float
    right: float
    font: str  # the PDF's PostScript name, without the subset tag (ABCDEF+)
    size: float  # mm
    color: tuple[int, int, int] | None  # RGB 0–255; None: black


@dataclass(frozen=True)
class Stroke:
    """A line or polygon the page draws: points in mm, stroked and/or filled."""

    points: tuple[tuple[float, float], ...]
    width: float
    stroke: tuple[int, int, int] | None
    fill: tuple[int, int, int] | None
    closed: bool


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    runs: tuple[Run, ...]
    strokes: tuple[Stroke, ...]


@dataclass(frozen=True)
class Layout:
    pages: tuple[Page, ...]
    font_files: dict[str, bytes]  # PostScript name → a TrueType font of the glyphs the PDF uses


def layout_of(pdf: bytes) -> Layout:
    """Each page's text runs and strokes, as the PDF places them, and the fonts it embeds."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return Layout(tuple(_page(page) for page in document.pages), _font_files(document.pages))


def write_ofd(pdf_or_layout: bytes | Layout, *, title: str = "", created: date | None = None) -> bytes:
    """The OFD of a PDF (or of a layout read from one). `created` is the document's date (the
    caller's clock): the same PDF and date give the same bytes."""
    layout = layout_of(pdf_or_layout) if isinstance(pdf_or_layout, bytes) else pdf_or_layout
    pages = layout.pages
    fonts: dict[str, int] = {}  # PostScript name → the font's ID in PublicRes.xml
    ids = _Ids(start=1)
    for page in pages:
        for run in page.runs:
            if run.font not in fonts:
                fonts[run.font] = ids.next()
    page_ids = [ids.next() for _ in pages]
    contents = [_content(page, fonts, ids) for page in pages]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        # A fixed time for every entry: the same layout, the same bytes (the seal signs these bytes).
        def put(name: str, xml: str) -> None:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, '<?xml version="1.0" encoding="UTF-8"?>\n' + xml)

        put("OFD.xml", _ofd_xml(title, created, contents))
        put("Doc_0/Document.xml", _document_xml(pages, page_ids, ids.last))
        put("Doc_0/PublicRes.xml", _public_res(fonts, layout.font_files))
        for name, fid in fonts.items():
            if name in layout.font_files:
                info = zipfile.ZipInfo(f"Doc_0/Res/font_{fid}.ttf", date_time=(1980, 1, 1, 0, 0, 0))
                archive.writestr(info, layout.font_files[name], zipfile.ZIP_DEFLATED)
        for n, content in enumerate(contents):
            put(f"Doc_0/Pages/Page_{n}/Content.xml", content)
    return out.getvalue()


# ── reading the PDF ──────────────────────────────────────────────────────────────────────────


def _page(page: Any) -> Page:
    runs: list[Run] = []
    current: list[dict[str, Any]] = []
    for char in page.chars:
        # A new run when the baseline, the font, the size or the colour changes; a rotated glyph
        # (Typst's 公文 has none) would be placed upright.
        if current and _key(current[-1]) != _key(char):
            runs.append(_run(current, page.height))
            current = []
        current.append(char)
    if current:
        runs.append(_run(current, page.height))
    strokes = [_stroke(shape) for shape in (*page.lines, *page.rects, *page.curves)]
    return Page(
        width=round(float(page.width) / MM, 3),
        height=round(float(page.height) / MM, 3),
        runs=tuple(runs),
        strokes=tuple(s for s in strokes if s is not None),
    )


def _key(char: dict[str, Any]) -> tuple[Any, ...]:
    return (
        round(char["matrix"][5], 2),
        char["fontname"],
        round(char["size"], 2),
        _rgb(char["non_stroking_color"]),
    )


def _run(chars: list[dict[str, Any]], height: float) -> Run:
    first = chars[0]
    return Run(
        text="".join(c["text"] for c in chars),
        xs=tuple(c["x0"] / MM for c in chars),
        baseline=(height - first["matrix"][5]) / MM,
        top=min(c["top"] for c in chars) / MM,
        bottom=max(c["bottom"] for c in chars) / MM,
        right=chars[-1]["x1"] / MM,
        font=first["fontname"].split("+", 1)[-1],
        size=first["size"] / MM,
        color=_rgb(first["non_stroking_color"]),
    )


def _rgb(color: Any) -> tuple[int, int, int] | None:
    """A PDF colour (grey, RGB or CMYK, 0–1) as OFD's RGB 0–255; None for black (OFD's default)."""
    if color is None:
        return None
    values = tuple(color) if isinstance(color, (tuple, list)) else (color,)
    if not all(isinstance(v, (int, float)) for v in values):
        return None  # a pattern: drawn as black
    if len(values) == 1:
        rgb = (values[0],) * 3
    elif len(values) == 3:
        rgb = values
    elif len(values) == 4:
        c, m, y, k = values
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    out = tuple(round(255 * float(v)) for v in rgb)
    return None if out == (0, 0, 0) else (out[0], out[1], out[2])


def _stroke(shape: dict[str, Any]) -> Stroke | None:
    points = tuple((x / MM, y / MM) for x, y in shape.get("pts") or ())
    if len(points) < 2:
        return None
    if shape["object_type"] == "rect":
        x0, top, x1, bottom = (shape[k] / MM for k in ("x0", "top", "x1", "bottom"))
        points = ((x0, top), (x1, top), (x1, bottom), (x0, bottom))
    return Stroke(
        points=points,
        width=float(shape.get("linewidth") or 0) / MM,
        stroke=_rgb(shape["stroking_color"]) or (0, 0, 0) if shape.get("stroke") else None,
        fill=_rgb(shape["non_stroking_color"]) or (0, 0, 0) if shape.get("fill") else None,
        closed=shape["object_type"] == "rect" or bool(shape.get("closed")),
    )


def _font_files(pages: Iterable[Any]) -> dict[str, bytes]:
    """Each font the PDF embeds as Typst does — a CID-keyed CFF subset (FontFile3) — as TrueType."""
    found: dict[str, Any] = {}
    twice: set[str] = set()  # a name embedded as two different subsets: which glyphs are whose is unclear
    for page in pages:
        for font in (resolve1(resolve1(page.page_obj.resources or {}).get("Font")) or {}).values():
            objid, font = getattr(font, "objid", None), resolve1(font)
            name = _postscript(font)
            if name in found and found[name][0] != objid:
                twice.add(name)
            found.setdefault(name, (objid, font))
    files = {}
    for name, (_, font) in found.items():
        if name not in twice and (file := _truetype(name, font)) is not None:
            files[name] = file
    return files


def _postscript(font: dict[str, Any]) -> str:
    base = str(resolve1(font.get("BaseFont"))).strip("/'")
    return base.split("+", 1)[-1].removesuffix("-Identity-H")


def _truetype(postscript: str, font: dict[str, Any]) -> bytes | None:
    descendants = resolve1(font.get("DescendantFonts")) or []
    if (
        str(resolve1(font.get("Subtype"))).strip("/'") != "Type0"
        or not descendants
        or "ToUnicode" not in font
    ):
        return None
    cid_font = resolve1(descendants[0])
    descriptor = resolve1(cid_font.get("FontDescriptor")) or {}
    stream = resolve1(descriptor.get("FontFile3"))
    if stream is None or str(resolve1(stream.get("Subtype"))).strip("/'") != "CIDFontType0C":
        return None
    unicode_map = FileUnicodeMap()
    CMapParser(unicode_map, io.BytesIO(resolve1(font["ToUnicode"]).get_data())).run()
    shell = TTFont()
    cff = newTable("CFF ")
    cff.decompile(stream.get_data(), shell)
    order = cff.cff[cff.cff.fontNames[0]].getGlyphOrder()  # CID-keyed: '.notdef', 'cid00001', …
    known = set(order)
    # In a CID-keyed CFF the glyph of CID n is named cid0000n; the PDF's codes are CIDs (Identity-H).
    cmap = {
        ord(text): f"cid{cid:05d}"
        for cid, text in unicode_map.cid2unichr.items()
        if len(text) == 1 and f"cid{cid:05d}" in known
    }
    widths = _widths(cid_font)
    default = int(resolve1(cid_font.get("DW")) or 1000)
    family, bold = font_family(postscript)
    ascent = int(resolve1(descriptor.get("Ascent")) or 880)
    descent = int(resolve1(descriptor.get("Descent")) or -120)
    # As TrueType outlines (glyf): ofdrw's renderer reads an embedded TrueType font but not a CFF one.
    # The cubic curves become quadratic ones within 1/1000 em of them (cu2qu's tolerance).
    charstrings = cff.cff[cff.cff.fontNames[0]].CharStrings
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        charstrings[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(cmap)
    builder.setupGlyf(glyphs)
    advance = {
        name: (widths.get(int(name[3:]), default) if name.startswith("cid") else default, 0) for name in order
    }
    builder.setupHorizontalMetrics(advance)
    builder.setupHorizontalHeader(ascent=ascent, descent=descent)
    builder.setupNameTable(
        {"familyName": family, "styleName": "Bold" if bold else "Regular", "psName": postscript}
    )
    builder.setupOS2(sTypoAscender=ascent, sTypoDescender=descent, usWinAscent=ascent, usWinDescent=-descent)
    builder.setupPost()
    # No clock in the font: the same PDF, the same OFD bytes (its seal signs them).
    builder.font["head"].created = builder.font["head"].modified = 0
    builder.font.recalcTimestamp = False
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()


def _widths(cid_font: dict[str, Any]) -> dict[int, int]:
    """A CIDFont's W array: `c [w1 w2 …]` (widths from c on) or `c_first c_last w`."""
    array = [resolve1(v) for v in resolve1(cid_font.get("W")) or []]
    widths: dict[int, int] = {}
    i = 0
    while i + 1 < len(array):
        if isinstance(array[i + 1], list):
            for offset, width in enumerate(array[i + 1]):
                widths[int(array[i]) + offset] = int(resolve1(width))
            i += 2
        elif i + 2 < len(array):
            for cid in range(int(array[i]), int(array[i + 1]) + 1):
                widths[cid] = int(array[i + 2])
            i += 3
        else:
            break
    return widths


# ── writing the OFD ──────────────────────────────────────────────────────────────────────────


class _Ids:
    """OFD's object IDs: one counter for the whole document (Document.xml's MaxUnitID)."""

    def __init__(self, start: int) -> None:
        self.last = start - 1

    def next(self) -> int:
        self.last += 1
        return self.last


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _color(element: str, rgb: tuple[int, int, int]) -> str:
    return f'<ofd:{element} Value="{rgb[0]} {rgb[1]} {rgb[2]}"/>'


def _ofd_xml(title: str, created: date | None, contents: Sequence[str]) -> str:
    # The DocID is derived from the content, not drawn at random: same input, same file.
    digest = hashlib.sha256("\n".join([title, str(created), *contents]).encode()).digest()
    doc_id = uuid.UUID(bytes=digest[:16]).hex
    creation = f"<ofd:CreationDate>{created.isoformat()}</ofd:CreationDate>" if created else ""
    return (
        f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f"<ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>{creation}"
        "<ofd:Creator>Shuniu 枢纽</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )


def _box(width: float, height: float) -> str:
    return f"0 0 {_n(width)} {_n(height)}"


def _document_xml(pages: Sequence[Page], page_ids: list[int], max_id: int) -> str:
    default = (pages[0].width, pages[0].height) if pages else (210.0, 297.0)
    entries = "".join(
        f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n, pid in enumerate(page_ids)
    )
    return (
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>{max_id}</ofd:MaxUnitID>'
        f"<ofd:PageArea><ofd:PhysicalBox>{_box(*default)}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{entries}</ofd:Pages></ofd:Document>"
    )


def _public_res(fonts: dict[str, int], files: dict[str, bytes]) -> str:
    entries = []
    for postscript, fid in fonts.items():
        family, bold = font_family(postscript)
        weight = ' Bold="true"' if bold else ""
        file = f"<ofd:FontFile>font_{fid}.ttf</ofd:FontFile>" if postscript in files else ""
        entries.append(
            f'<ofd:Font ID="{fid}" FontName={quoteattr(family)} FamilyName={quoteattr(family)}{weight}>'
            f"{file}</ofd:Font>"
        )
    return f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>{"".join(entries)}</ofd:Fonts></ofd:Res>'


_BOLD = ("Bold", "Black", "Heavy", "SemiBold", "Demibold")


@cache
def font_family(postscript: str) -> tuple[str, bool]:
    """The family a PostScript name belongs to ('NotoSerifCJKsc-Bold' → 'Noto Serif CJK SC', bold),
    as fontconfig knows it — the name a reader looks the font up by; the PostScript name itself when
    fontconfig does not know it (a font from the organisation's font directory)."""
    weight = postscript.rsplit("-", 1)[-1]
    bold = any(weight.startswith(b) for b in _BOLD)
    if fc_list := shutil.which("fc-list"):
        found = subprocess.run(
            [fc_list, f":postscriptname={postscript}", "family"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.splitlines()
        if found and found[0].strip():
            # fontconfig lists a family's names in several languages; the first is the English one.
            return found[0].split(",")[0].strip(), bold
    return postscript, bold


def _content(page: Page, fonts: dict[str, int], ids: _Ids) -> str:
    objects = [*(_path(s, ids) for s in page.strokes), *(_text(r, fonts, ids) for r in page.runs)]
    return (
        f'<ofd:Page xmlns:ofd="{NS}"><ofd:Area><ofd:PhysicalBox>{_box(page.width, page.height)}'
        f'</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="{ids.next()}" Type="Body">'
        f"{''.join(objects)}</ofd:Layer></ofd:Content></ofd:Page>"
    )


def _text(run: Run, fonts: dict[str, int], ids: _Ids) -> str:
    # The Boundary is the run's box; X and Y inside TextCode are relative to its top left, Y being
    # the baseline (GB/T 33190 §11.3), and DeltaX the advance from each glyph to the next.
    left, top = run.xs[0], run.top
    width, height = max(run.right - left, run.size), max(run.bottom - top, run.size)
    deltas = " ".join(_n(b - a) for a, b in zip(run.xs, run.xs[1:], strict=False))
    fill = _color("FillColor", run.color) if run.color else ""
    delta_attr = f' DeltaX="{deltas}"' if deltas else ""
    return (
        f'<ofd:TextObject ID="{ids.next()}" Boundary="{_n(left)} {_n(top)} {_n(width)} {_n(height)}" '
        f'Font="{fonts[run.font]}" Size="{_n(run.size)}">{fill}'
        f'<ofd:TextCode X="0" Y="{_n(run.baseline - top)}"{delta_attr}>{escape(run.text)}</ofd:TextCode>'
        "</ofd:TextObject>"
    )


def _path(stroke: Stroke, ids: _Ids) -> str:
    # The Boundary holds the path with half the line's width on every side, so no reader clips it.
    pad = stroke.width / 2
    xs, ys = [x for x, _ in stroke.points], [y for _, y in stroke.points]
    left, top = min(xs) - pad, min(ys) - pad
    width, height = max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    data = _path_data((x - left, y - top) for x, y in stroke.points)
    colors = (_color("StrokeColor", stroke.stroke) if stroke.stroke else "") + (
        _color("FillColor", stroke.fill) if stroke.fill else ""
    )
    return (
        f'<ofd:PathObject ID="{ids.next()}" Boundary="{_n(left)} {_n(top)} {_n(width)} {_n(height)}" '
        f'LineWidth="{_n(stroke.width)}" Stroke="{str(stroke.stroke is not None).lower()}" '
        f'Fill="{str(stroke.fill is not None).lower()}">{colors}'
        f"<ofd:AbbreviatedData>{data}{' C' if stroke.closed else ''}</ofd:AbbreviatedData></ofd:PathObject>"
    )


def _path_data(points: Iterable[tuple[float, float]]) -> str:
    return " ".join(f"{'M' if i == 0 else 'L'} {_n(x)} {_n(y)}" for i, (x, y) in enumerate(points))


# ── reading an OFD's text (any writer's: a 收文's scan arrives as OFD too) ────────────────────


def ofd_text(archive: zipfile.ZipFile, *, max_pages: int, max_chars: int) -> str:
    """The text of an OFD's pages in order — each TextObject's TextCodes, a line per object — read
    from the package's own pointers (OFD.xml → DocRoot → Pages → Content), at most `max_pages`
    pages and `max_chars` characters. The XML is parsed without entities or network access: the
    file comes from outside. Raises KeyError or ValueError for a package that is not an OFD."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def parsed(name: str) -> Any:
        return etree.fromstring(archive.read(name), parser)

    def located(base: str, loc: str) -> str:
        # ST_Loc: absolute from the package's root, or relative to the file that names it.
        path = loc if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)
        return posixpath.normpath(path).lstrip("/")

    ofd = parsed("OFD.xml")
    roots = ofd.findall(f".//{{{NS}}}DocRoot")
    if not roots or not (roots[0].text or "").strip():
        raise ValueError("OFD.xml names no DocRoot")
    document_path = located("OFD.xml", roots[0].text.strip())
    document = parsed(document_path)
    lines: list[str] = []
    size = 0
    for page in document.findall(f"{{{NS}}}Pages/{{{NS}}}Page")[:max_pages]:
        content = parsed(located(document_path, page.get("BaseLoc", "")))
        for text in content.iter(f"{{{NS}}}TextObject"):
            line = "".join(code.text or "" for code in text.iter(f"{{{NS}}}TextCode"))
            lines.append(line)
            size += len(line) + 1
        if size > max_chars:
            break
    return "\n".join(lines)[:max_chars]
