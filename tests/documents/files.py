"""Real files for the tests, made here: a PDF with a text layer (written by hand, so no PDF library
is needed to make one), a .docx made with python-docx, and a .docx zip bomb."""

from __future__ import annotations

import io
import zipfile

_TO_UNICODE = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /UCS def\n"
    b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    b"1 beginbfrange <0000> <FFFF> <0000> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"
)


def pdf_with_text(*lines: str) -> bytes:
    """A one-page PDF whose text layer holds `lines`: a Type0 font whose character codes are the
    characters' own UTF-16 code units, and a ToUnicode map saying so — what a reader extracts from."""
    content = (
        b"BT /F1 12 Tf 72 760 Td 14 TL\n"
        + b"".join(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj T*\n" for line in lines)
        + b"ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_TO_UNICODE), _TO_UNICODE),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def scan_without_text() -> bytes:
    """A PDF page with nothing but a drawn rectangle, as a scanner's PDF has nothing but its image."""
    return pdf_with_text().replace(b"BT /F1 12 Tf 72 760 Td 14 TL\nET", b"0 0 100 100 re f    ")


def malformed_pdf() -> bytes:
    """A PDF whose header is right and whose objects are cut off and garbled midway."""
    return pdf_with_text("关于印发工作方案的通知")[:300] + b"\x00\xff garbage 9 0 R << /Kids [9 0 R] >>" * 50


def docx_bomb(inflated_mib: int = 1024) -> bytes:
    """A .docx whose word/document.xml inflates from a few hundred kilobytes to `inflated_mib` MiB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            block = b"\0" * (1 << 20)
            for _ in range(inflated_mib):
                entry.write(block)
    return out.getvalue()
