"""Text out of a file's bytes: a PDF's text layer, an OFD's TextCodes, a .docx's paragraphs (with
their styles, for the 正文 imported from Word), and for an image or a scan without a text layer, that
it has none.

The files come from outside the office, and parsers of PDF and ZIP can be made to loop, to recurse
or to inflate a few kilobytes into gigabytes (a zip bomb). So the parsing never runs in the service's
own process: each file is read by a child process (`python -m shuniu_documents.adapters.extraction`)
that limits its own address space and CPU time before it opens anything, and that the service kills
when it outlives `TIMEOUT`. A child that is killed, runs out of memory or crashes is an extraction
that failed — recorded as such with the reason — and the service goes on. A .docx or an OFD (both
ZIPs) is checked before it is opened: its ZIP directory says how large each entry inflates to, and
an archive that would inflate past `MAX_INFLATED` bytes (or claims a ratio no real document has) is
refused unread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shuniu_shared.ofd import OFD_MEDIA_TYPE, ofd_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
OFD = OFD_MEDIA_TYPE

TIMEOUT = 60.0  # seconds a child may take for one file (a busy machine starts Python slowly)
MEMORY_LIMIT = 768 << 20  # the child's address space: Python, lxml and one large PDF fit in it
CPU_SECONDS = 30
MAX_INFLATED = 200 << 20  # what a .docx may inflate to: a 300-page report with its images is far less
MAX_RATIO = 200  # inflated / compressed for one entry; XML compresses about 10:1, a bomb 1000:1
MAX_ENTRIES = 10_000
MAX_PAGES = 2_000
MAX_TEXT_CHARS = 2_000_000  # what is kept of one file's text for search

# What became of a file's text.
TEXT = "text"  # extracted
NO_TEXT_LAYER = "no_text_layer"  # an image, or a scan whose PDF has no text: 无文字层
UNSUPPORTED = "unsupported"  # a type whose text is not read
FAILED = "failed"  # malformed, too large once inflated, too slow: 提取失败


@dataclass(frozen=True)
class Extracted:
    status: str
    text: str = ""
    detail: str = ""  # Chinese / English: why there is no text
    paragraphs: tuple[tuple[str, str], ...] = field(default=())  # a .docx's (style, text), in order

    def as_json(self) -> dict[str, Any]:
        """What an upload's answer says of the file's text."""
        return {"status": self.status, "detail": self.detail or None, "chars": len(self.text)}


def failed(zh: str, en: str) -> Extracted:
    return Extracted(FAILED, detail=f"{zh} / {en}")


async def extract(path: Path, media_type: str, *, timeout: float = TIMEOUT) -> Extracted:
    """The text of the file at `path`, read by a bounded child process (see the module's docstring)."""
    if media_type.startswith("image/"):
        return Extracted(NO_TEXT_LAYER, detail="图像，无文字层 / an image: no text layer")
    if media_type not in (PDF, OFD, DOCX):
        return Extracted(UNSUPPORTED, detail=f"暂不提取此类文件的文字 / text of {media_type} is not read")
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "shuniu_documents.adapters.extraction",
        media_type,
        str(path),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        out, _ = await asyncio.wait_for(child.communicate(), timeout)
    except TimeoutError:
        return failed(f"提取文字超过 {timeout:g} 秒，已中止", f"reading the text took over {timeout:g} s")
    finally:
        if child.returncode is None:  # too slow, or cancelled: the upload it was for failed
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            await child.wait()
    if child.returncode != 0:
        return failed(
            "文件无法读取（已损坏或过于复杂）", "the file could not be read (damaged or too complex)"
        )
    try:
        answer = json.loads(out)
        return Extracted(
            answer["status"],
            answer.get("text", ""),
            answer.get("detail", ""),
            tuple((str(s), str(t)) for s, t in answer.get("paragraphs", [])),
        )
    except (ValueError, KeyError, TypeError):
        return failed("文件无法读取", "the file could not be read")


def check_archive(path: Path) -> None:
    """Refuse a ZIP that would inflate past the limits, from its directory alone (ValueError)."""
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise ValueError(f"{len(entries)} entries")
        total = 0
        for entry in entries:
            total += entry.file_size
            if entry.file_size > MAX_RATIO * max(entry.compress_size, 1) + (1 << 16):
                raise ValueError(f"{entry.filename} inflates {entry.file_size} from {entry.compress_size}")
        if total > MAX_INFLATED:
            raise ValueError(f"inflates to {total} bytes")


# ── the child ──────────────────────────────────────────────────────────────────────────────


def _read_pdf(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    pages, size = [], 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        pages.append(text)
        size += len(text)
        if size > MAX_TEXT_CHARS:
            break
    text = "\n".join(pages)[:MAX_TEXT_CHARS]
    if not text.strip():
        return {
            "status": NO_TEXT_LAYER,
            "detail": "PDF 无文字层（扫描件） / the PDF has no text layer (a scan)",
        }
    return {"status": TEXT, "text": text}


def _refused(path: Path) -> dict[str, Any] | None:
    """A ZIP (an OFD or a .docx) that would inflate past the limits is not opened at all."""
    try:
        check_archive(path)
    except (ValueError, zipfile.BadZipFile) as exc:
        return {
            "status": FAILED,
            "detail": f"压缩包解压后过大或已损坏，拒绝读取 / the archive inflates too far or is damaged ({exc})",
        }
    return None


def _read_ofd(path: Path) -> dict[str, Any]:
    if refused := _refused(path):
        return refused
    with zipfile.ZipFile(path) as archive:
        text = ofd_text(archive, max_pages=MAX_PAGES, max_chars=MAX_TEXT_CHARS)
    if not text.strip():
        return {
            "status": NO_TEXT_LAYER,
            "detail": "OFD 无文字（扫描件或文字已转为轮廓） / the OFD has no text (a scan, or glyphs as outlines)",
        }
    return {"status": TEXT, "text": text}


def _read_docx(path: Path) -> dict[str, Any]:
    if refused := _refused(path):
        return refused
    import docx

    document = docx.Document(str(path))
    paragraphs = []
    for paragraph in document.paragraphs:
        if paragraph.text.strip():
            paragraphs.append((paragraph.style.name if paragraph.style is not None else "", paragraph.text))
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text for cell in row.cells if cell.text.strip()]
            if cells:
                paragraphs.append(("Table", "\t".join(cells)))
    text = "\n".join(t for _, t in paragraphs)[:MAX_TEXT_CHARS]
    if not text.strip():
        return {"status": NO_TEXT_LAYER, "detail": "文档中没有文字 / the document holds no text"}
    return {"status": TEXT, "text": text, "paragraphs": paragraphs}


def main(media_type: str, path: str) -> None:
    # The limits first, before any byte of the file is parsed.
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    try:
        read = {PDF: _read_pdf, OFD: _read_ofd, DOCX: _read_docx}[media_type]
        answer = read(Path(path))
    except MemoryError:
        answer = {"status": FAILED, "detail": "读取时超出内存上限 / the file needs more memory than allowed"}
    except Exception as exc:  # whatever a malformed file makes the parser raise
        answer = {
            "status": FAILED,
            "detail": f"文件已损坏，无法读取文字 / the file is damaged ({type(exc).__name__})",
        }
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
