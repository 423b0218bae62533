"""发文的 OFD（GB/T 33190-2016）：与 PDF 同一版式，文字是文字（TextObject），由别人写的阅读器读得出、画得出；
只给知悉范围内的人；收到的 OFD 文件，其中的文字也能检索到。
The issued document as OFD from the PDF's own layout, with its text as text: ofdrw — a reader nobody
here wrote, run from its cached jars — reads the title and the 正文, counts the PDF's pages, finds
the title where the PDF puts it and renders every page; the route answers the document's audience
only; and an OFD attached to a 收文 is found by a phrase in it."""

from __future__ import annotations

import io
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from shuniu_documents.adapters.typesetting import typeset
from shuniu_infra.ofdrw import ensure_ofdrw_jars
from shuniu_shared.ofd import OFD_MEDIA_TYPE, write_ofd

from tests.documents.office import Office
from tests.documents.test_files import upload
from tests.documents.test_typesetting import ARTIFACTS, HAN, MM, UPWARD, lines_of, report, upward_request

CHECKER = Path(__file__).with_name("OfdChecker.java")
TITLE = "关于申请2026年农村公路建设补助资金的请示"


@dataclass(frozen=True)
class Text:
    page: int
    x: float  # mm: the first glyph's left edge
    y: float  # mm: its baseline
    text: str


@dataclass(frozen=True)
class Read:
    """What ofdrw found in the file."""

    pages: int
    texts: list[Text]
    renders: list[tuple[int, int, int, int, int]]  # page, width px, height px, red px, dark px

    def text(self) -> str:
        return "".join(t.text for t in self.texts)


def read_by_ofdrw(data: bytes, tmp_path: Path, renders_to: Path | None = None) -> Read:
    (tmp_path / "公文.ofd").write_bytes(data)
    out = subprocess.run(
        ["java", "-cp", f"{ensure_ofdrw_jars()}/*", str(CHECKER), str(tmp_path / "公文.ofd"),
         *([str(renders_to)] if renders_to else [])],
        capture_output=True, text=True, timeout=600, check=True,
    ).stdout  # fmt: skip
    pages, texts, renders = 0, [], []
    for line in out.splitlines():
        kind, *fields = line.split("\t")
        if kind == "pages":
            pages = int(fields[0])
        elif kind == "text":
            texts.append(Text(int(fields[0]), float(fields[1]), float(fields[2]), fields[3]))
        elif kind == "render":
            page, width, height, red, dark = map(int, fields)
            renders.append((page, width, height, red, dark))
    return Read(pages, texts, renders)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return typeset(report(title=TITLE), UPWARD)


@pytest.fixture(scope="module")
def read(pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> Read:
    # One run of the JVM for the module: starting it and loading ofdrw is most of the time. Its
    # renderings are kept (gitignored) for a person to look at beside the PDF's.
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return read_by_ofdrw(write_ofd(pdf, title=TITLE), tmp_path_factory.mktemp("ofd"), ARTIFACTS)


def inked_by_pdfium(pdf: bytes) -> list[tuple[int, int]]:
    """Each page's red and dark pixels as pdfium draws the PDF, at ofdrw's 5 px a millimetre and with
    the checker's thresholds."""
    counts = []
    for page in pypdfium2.PdfDocument(pdf):
        red = dark = 0
        for r, g, b in page.render(scale=5 / MM).to_pil().convert("RGB").get_flattened_data():
            if r > 180 and g < 90 and b < 90:
                red += 1
            elif r < 100 and g < 100 and b < 100:
                dark += 1
        counts.append((red, dark))
    return counts


def test_a_reader_nobody_here_wrote_reads_the_title_and_the_body_as_text(read: Read):
    assert TITLE in read.text().replace(" ", "")  # the 标题 runs over two lines: joined, it is whole
    assert "F县人民政府文件" in read.text()  # the 发文机关标志
    assert HAN[:20] in read.text()  # a 正文 phrase
    assert "— 1 —" in read.text()  # the 页码


def test_the_ofd_has_the_pdf_s_pages_each_a4(pdf: bytes, read: Read):
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert read.pages == len(document.pages) > 1
    assert all((w, h) == (1050, 1485) for _, w, h, _, _ in read.renders)  # 210 × 297 mm at 5 px/mm


def test_every_page_renders_as_the_pdf_does_with_the_letterhead_s_red_and_the_embedded_fonts(
    pdf: bytes, read: Read
):
    """ofdrw's drawing of each page inks as many pixels as pdfium's of the PDF: the same glyphs in the
    same places. A Han character drawn without its font is an empty box, a third less ink a page."""
    assert [page for page, *_ in read.renders] == list(range(1, read.pages + 1))
    for (page, _, _, red, dark), (pdf_red, pdf_dark) in zip(read.renders, inked_by_pdfium(pdf), strict=True):
        assert red == pytest.approx(pdf_red, rel=0.05, abs=50), f"page {page}"  # the 版头's red, page 1 only
        if pdf_dark > 20_000:  # a page of 正文 (the 版记's page is mostly thin rules, anti-aliased apart)
            assert dark == pytest.approx(pdf_dark, rel=0.05), f"page {page}"
        assert dark == pytest.approx(pdf_dark, rel=0.3), f"page {page}"
    assert read.renders[0][3] > 10_000  # the red 发文机关标志 and separator line, drawn


def test_the_title_stands_within_a_millimetre_of_where_the_pdf_puts_it(pdf: bytes, read: Read):
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first = document.pages[0]
        in_pdf = next(line for line in lines_of(first) if line.text.startswith("关于申请"))
        baseline = float(first.height) - in_pdf.chars[0]["matrix"][5]  # the PDF counts up from the foot
    in_ofd = next(t for t in read.texts if t.page == 1 and t.text.startswith("关于申请"))
    assert in_ofd.x == pytest.approx(in_pdf.left, abs=1)
    assert in_ofd.y == pytest.approx(baseline / MM, abs=1)


def test_the_same_pdf_gives_the_same_ofd_bytes(pdf: bytes):
    assert write_ofd(pdf, title=TITLE) == write_ofd(pdf, title=TITLE)  # the seal signs these bytes


async def test_the_issued_document_is_served_as_ofd_to_its_audience_only(office: Office, tmp_path: Path):
    id = await upward_request(office)
    response = await office.client.get(f"/outgoing/{id}/ofd", headers=office.service.as_("shen"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == OFD_MEDIA_TYPE
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    number = (await office.outgoing(id))["number"]
    assert f"{number}签发人：罗县长" in read_by_ofdrw(response.content, tmp_path).text()
    hidden = await office.get(f"/outgoing/{id}/ofd", "sun", status=404)  # 总工会 takes no part
    assert hidden["status"] == 404


async def test_a_phrase_in_an_attached_ofd_finds_the_document_within_its_audience(office: Office, pdf: bytes):
    id = await office.instructed(lead="finance")  # 财政局 takes part; 教育局 does not
    file = (await upload(office, id, "shen", write_ofd(pdf, title=TITLE), "来文.ofd", "原件扫描"))["file"]
    assert (file["media_type"], file["text"]["status"]) == (OFD_MEDIA_TYPE, "text")

    (found,) = (await office.get("/search", "chen", q="农村公路建设补助资金"))["items"]
    assert found["id"] == id
    assert any(hit["where"] == "file" and hit["file_name"] == "来文.ofd" for hit in found["hits"])
    assert (await office.get("/search", "zhao", q="农村公路建设补助资金"))["items"] == []


def damaged_ofd() -> bytes:
    """A ZIP that names itself an OFD (OFD.xml inside) but whose XML is cut short."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "OFD.xml", '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Doc'
        )
    return out.getvalue()


async def test_a_damaged_ofd_is_kept_as_received_and_its_text_recorded_as_unreadable(office: Office):
    id = await office.instructed(lead="finance")
    file = (await upload(office, id, "shen", damaged_ofd(), "来文.ofd", "原件扫描"))["file"]
    assert (file["media_type"], file["text"]["status"]) == (OFD_MEDIA_TYPE, "failed")
    assert "已损坏" in file["text"]["detail"]
