"""Real files for the tests, made here: a PDF with a text layer (written by hand, so no PDF library
is needed to make one), a scanner's image-only PDF of a given size, a PNG, a .docx made with
python-docx, and a .docx zip bomb."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib

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
    return _pdf(content)


def _pdf(content: bytes, image: bytes = b"") -> bytes:
    """A one-page A4 PDF drawing `content`, with the font of `pdf_with_text` and, when given, `image`
    (a whole image XObject's dictionary and stream) as /Im1."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >>"
        + (b" /XObject << /Im1 8 0 R >>" if image else b"")
        + b" >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H"
        b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_TO_UNICODE), _TO_UNICODE),
        *([image] if image else []),
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


def scanned_pdf(size: int) -> bytes:
    """What a scanner gives: one page that is nothing but a greyscale image, no text layer, about
    `size` bytes. The pixels are noise, so the deflated stream is as large as the image (a real
    page's grain compresses little better)."""
    width = 2480  # an A4 page's width at 300 dpi
    height = max(1, size // width)
    pixels = zlib.compress(os.urandom(width * height), 1)
    image = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray" % (
        width,
        height,
    ) + b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
        len(pixels),
        pixels,
    )
    return _pdf(b"q 595 0 0 842 0 0 cm /Im1 Do Q", image)


def png(width: int = 64, height: int = 48) -> bytes:
    """A real PNG (8-bit greyscale, a gradient), every chunk with its CRC, as a phone's photo of a
    table would be an image attachment."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes((x + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


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
