"""附件文字的提取：损坏的 PDF、解压炸弹式的 .docx 不会拖垮服务，也不会卡住——限时、限内存，记为
提取失败并说明原因；图像与无文字层的扫描件如实标明。The extractor reads a file's text in a child
process bounded in time and memory: a malformed PDF or a .docx zip bomb is a recorded failure with
its reason, never a crash or a hang of the service."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from shuniu_documents.adapters.extraction import (
    DOCX,
    FAILED,
    NO_TEXT_LAYER,
    PDF,
    TEXT,
    check_archive,
    extract,
)

from tests.content.test_content_store import PNG
from tests.documents.files import docx_bomb, malformed_pdf, pdf_with_text
from tests.documents.office import Office
from tests.documents.test_files import upload


def written(tmp_path: Path, data: bytes, name: str = "file") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def word_file(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def test_a_pdfs_text_layer_is_read(tmp_path):
    found = await extract(written(tmp_path, pdf_with_text("关于印发全县防汛工作方案的通知")), PDF)
    assert (found.status, found.text.strip()) == (TEXT, "关于印发全县防汛工作方案的通知")


async def test_a_word_files_paragraphs_are_read_with_their_styles(tmp_path):
    found = await extract(written(tmp_path, word_file("各乡镇人民政府：", "现将有关事项通知如下。")), DOCX)
    assert found.status == TEXT
    assert found.paragraphs == (("Normal", "各乡镇人民政府："), ("Normal", "现将有关事项通知如下。"))


async def test_a_malformed_pdf_is_a_recorded_failure(tmp_path):
    found = await extract(written(tmp_path, malformed_pdf()), PDF)
    assert (found.status, found.text) == (FAILED, "") and "已损坏" in found.detail


async def test_a_docx_zip_bomb_is_refused_from_its_directory_before_anything_is_inflated(tmp_path):
    bomb = written(tmp_path, docx_bomb())
    try:
        check_archive(bomb)
        raise AssertionError("the bomb passed the archive check")
    except ValueError as refused:
        assert "word/document.xml" in str(refused)
    found = await extract(bomb, DOCX)
    assert found.status == FAILED and "解压后过大" in found.detail


async def test_an_extraction_that_outlives_its_time_is_killed_and_recorded_as_failed(tmp_path):
    found = await extract(written(tmp_path, pdf_with_text("防汛")), PDF, timeout=0.001)
    assert found.status == FAILED and "已中止" in found.detail


async def test_an_image_has_no_text_layer_and_is_not_parsed(tmp_path):
    found = await extract(written(tmp_path, PNG), "image/png")
    assert found.status == NO_TEXT_LAYER and "无文字层" in found.detail


async def test_uploading_a_malformed_pdf_and_a_zip_bomb_leaves_the_service_answering(office: Office):
    id = await office.instructed(lead="finance")
    broken = (await upload(office, id, "shen", malformed_pdf(), "损坏的扫描件.pdf", "原件扫描"))["file"]
    bomb = (await upload(office, id, "shen", docx_bomb(), "附件二 落实方案.docx", "附件2"))["file"]
    assert broken["text"]["status"] == "failed" and "已损坏" in broken["text"]["detail"]
    assert bomb["text"]["status"] == "failed" and "解压后过大" in bomb["text"]["detail"]
    listed = {
        f["name"]: f["text"]["status"] for f in (await office.get(f"/incoming/{id}/files", "shen"))["items"]
    }
    assert listed == {"损坏的扫描件.pdf": "failed", "附件二 落实方案.docx": "failed"}
    assert (await office.incoming(id))["title"] == "关于做好春季农业生产工作的通知"
