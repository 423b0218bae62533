"""收文的文件：原件扫描与附件在签收后入卷，按内容只存一份，随公文的知悉范围，归档时列入档案；涉密
公文的文件每次下载留痕。A 收文's files (its scan and attachments) are stored once by their hash,
follow the document's audience, are listed with their hashes in the archive, and every download of a
classified document's file is recorded."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote

import httpx
from shuniu_documents.adapters.content import MAX_FILE_MB
from shuniu_shared.web.files import content_store

from tests.content.test_content_store import ELF, PDF, PNG, zipped
from tests.documents.office import Office

SCAN = PDF + os.urandom(5 << 20)  # a 5 MB scan of the paper original
DOCX = zipped("[Content_Types].xml", "word/document.xml")
SECRET = {"classification": "秘密", "secrecy_period": "1年"}


async def upload(
    office: Office, id: str, who: str, data: bytes, name: str, role: str, *, status: int = 201, **headers: str
) -> dict[str, Any]:
    response = await office.client.post(
        f"/incoming/{id}/files",
        params={"role": role},
        content=data,
        headers=office.service.as_(
            who,
            **({"X-File-Name": quote(name, safe=""), "Content-Type": "application/octet-stream"} | headers),
        ),
    )
    assert response.status_code == status, response.text
    return response.json()


async def download(office: Office, id: str, sha256: str, who: str) -> httpx.Response:
    return await office.client.get(f"/incoming/{id}/files/{sha256}", headers=office.service.as_(who))


async def stored_objects(office: Office) -> list[str]:
    store = content_store(office.service.runtime)
    later = datetime.now(UTC) + timedelta(hours=1)
    return sorted(key.rsplit("/", 1)[-1] for key in await store.backend.keys_older_than(store.prefix, later))


async def test_a_document_goes_from_signing_for_to_the_archive_with_its_scan_and_two_attachments(
    office: Office,
):
    id = await office.received()
    scan = (await upload(office, id, "shen", SCAN, "市政办发〔2026〕12号.pdf", "原件扫描"))["file"]
    await office.post(f"/incoming/{id}/register", "shen")
    await office.post(f"/incoming/{id}/review", "shen", {"accept": True, "handling": "批办件"})
    first = (await upload(office, id, "shen", PNG, "附件一 资金表.png", "附件1"))["file"]
    await office.post(f"/incoming/{id}/propose", "feng", {"opinion": "拟请方副县长阅示，财政局牵头办理"})
    await office.post(
        f"/incoming/{id}/instruct",
        "fang",
        {"instruction": "请财政局牵头抓好落实", "lead_department": "finance"},
    )
    second = (await upload(office, id, "chen", DOCX, "附件二 落实方案.docx", "附件 2"))["file"]
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付资金"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})

    assert scan | {"text": None} == {
        "sha256": hashlib.sha256(SCAN).hexdigest(),
        "size": len(SCAN),
        "media_type": "application/pdf",
        "name": "市政办发〔2026〕12号.pdf",
        "text": None,
    }
    assert scan["text"]["status"] == "failed"  # a header and random bytes: no PDF to read text from
    assert second["media_type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert await stored_objects(office) == sorted(f["sha256"] for f in (scan, first, second))
    package = await office.get(f"/incoming/{id}/archive", "shen")
    assert [(f["role"], f["name"], f["sha256"], f["size"]) for f in package["metadata"]["files"]] == [
        ("原件扫描", scan["name"], scan["sha256"], len(SCAN)),
        ("附件 1", first["name"], first["sha256"], len(PNG)),
        ("附件 2", second["name"], second["sha256"], len(DOCX)),
    ]
    assert [e["action"] for e in package["handling_record"]].count("上传文件") == 3
    markdown = await office.client.get(
        f"/incoming/{id}/archive", params={"format": "markdown"}, headers=office.service.as_("shen")
    )
    assert f"| 原件扫描 | 市政办发〔2026〕12号.pdf | application/pdf | {len(SCAN)} | {scan['sha256']} |" in (
        markdown.text
    )
    events = [
        data for type, data in await office.events(id) if type == "shuniu.documents.incoming.file_attached.v1"
    ]
    assert all(
        "bytes" not in data and set(data) >= {"sha256", "size", "media_type", "name"} for data in events
    )
    archived = await upload(office, id, "shen", PNG + b"later", "补充.png", "附件 3", status=409)
    assert archived["code"] == "archived"


async def test_the_scan_is_downloaded_whole_and_shown_inline_as_pdf_an_attachment_saved_as_a_file(
    office: Office,
):
    id = await office.received()
    scan = (await upload(office, id, "shen", SCAN, "扫描件.pdf", "原件扫描"))["file"]
    sheet = (await upload(office, id, "shen", DOCX, "说明.docx", "附件 1"))["file"]

    shown = await download(office, id, scan["sha256"], "shen")
    saved = await download(office, id, sheet["sha256"], "shen")

    assert shown.status_code == 200 and shown.content == SCAN
    assert shown.headers["content-type"] == "application/pdf"
    assert shown.headers["content-disposition"].startswith("inline;")
    assert saved.headers["content-disposition"].startswith("attachment;")
    listed = await office.get(f"/incoming/{id}/files", "li")
    assert [(f["role"], f["name"], f["attached_by"]) for f in listed["items"]] == [
        ("原件扫描", "扫描件.pdf", "shen"),
        ("附件 1", "说明.docx", "shen"),
    ]
    # Nobody downloaded a classified file: no audit entry for an unclassified document.
    assert await office.count(id, "shuniu.documents.incoming.file_downloaded.v1") == 0


async def test_the_files_are_hidden_from_the_uninvolved_as_the_document_is(office: Office):
    id = await office.instructed()
    scan = (await upload(office, id, "shen", PDF, "扫描件.pdf", "原件扫描"))["file"]
    hidden = await office.get(f"/incoming/{id}", "zhao", status=404)  # 教育局 takes no part in it

    listed = await office.get(f"/incoming/{id}/files", "zhao", status=404)
    downloaded = await download(office, id, scan["sha256"], "zhao")
    uploaded = await upload(office, id, "zhao", PNG, "x.png", "附件 1", status=404)

    def told(problem: dict[str, Any]) -> dict[str, Any]:  # what is said, not which request said it
        return {k: v for k, v in problem.items() if k not in ("instance", "correlation_id")}

    assert told(listed) == told(downloaded.json()) == told(uploaded) == told(hidden)
    assert hidden["code"] == "not_found"
    assert (await office.get(f"/incoming/{id}/files", "chen"))["items"][0]["sha256"] == scan["sha256"]


async def test_every_download_of_a_classified_documents_file_is_recorded_who_when_which(office: Office):
    id = await office.received(**SECRET)
    scan = (await upload(office, id, "shen", PDF, "涉密来文.pdf", "原件扫描"))["file"]

    await download(office, id, scan["sha256"], "shen")
    office.clock.advance(timedelta(minutes=5))
    again = await download(office, id, scan["sha256"], "li")

    assert again.content == PDF
    audit = [data for type, data in await office.events(id) if type.endswith("incoming.file_downloaded.v1")]
    assert [(a["downloaded_by"], a["sha256"], a["name"], a["classification"]) for a in audit] == [
        ("shen", scan["sha256"], "涉密来文.pdf", "秘密"),
        ("li", scan["sha256"], "涉密来文.pdf", "秘密"),
    ]
    assert datetime.fromisoformat(audit[1]["downloaded_at"]) == office.clock.now()
    record = await office.get(f"/incoming/{id}/history", "shen")
    assert [e["actor"] for e in record if e["action"] == "下载涉密文件"] == ["shen", "li"]


async def test_the_same_bytes_twice_are_one_stored_object(office: Office):
    first, second = await office.received(), await office.received()
    once = await upload(office, first, "shen", PDF, "扫描件.pdf", "原件扫描")
    twice = await upload(office, first, "li", PDF, "扫描件（重传）.pdf", "原件扫描", status=200)
    elsewhere = await upload(office, second, "shen", PDF, "另一份收文.pdf", "原件扫描")

    assert once["file"]["sha256"] == twice["file"]["sha256"] == elsewhere["file"]["sha256"]
    assert twice["version"] == once["version"]  # the same file again changed nothing
    assert await stored_objects(office) == [once["file"]["sha256"]]
    assert len((await office.get(f"/incoming/{first}/files", "shen"))["items"]) == 1


async def test_a_file_over_the_limit_is_413_before_anything_is_stored(office: Office, monkeypatch):
    monkeypatch.setenv(MAX_FILE_MB, "1")
    id = await office.received()
    declared = await upload(office, id, "shen", PDF + bytes(2 << 20), "大扫描件.pdf", "原件扫描", status=413)

    async def streamed() -> Any:  # no Content-Length: refused as the bytes pass the limit
        yield PDF
        for _ in range(3):
            yield bytes(1 << 19)

    response = await office.client.post(
        f"/incoming/{id}/files",
        params={"role": "原件扫描"},
        content=streamed(),
        headers=office.service.as_("shen", **{"X-File-Name": "big.pdf"}),
    )

    assert declared["code"] == "file_too_large" and "1 MiB" in declared["detail"]
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert await stored_objects(office) == []
    assert (await office.get(f"/incoming/{id}/files", "shen"))["items"] == []


async def test_a_renamed_executable_or_a_type_the_office_does_not_take_is_415_naming_what_it_is(
    office: Office,
):
    id = await office.received()
    executable = await upload(office, id, "shen", ELF, "收文扫描.pdf", "原件扫描", status=415)
    archive = await upload(office, id, "shen", zipped("a.txt"), "附件.docx", "附件 1", status=415)

    assert executable["code"] == "unsupported_media_type"
    assert executable["detected"] == "application/x-executable"
    assert "application/x-executable" in executable["detail"]
    assert archive["detected"] == "application/zip"
    assert await stored_objects(office) == []


async def test_a_file_name_with_separators_control_characters_or_300_characters_is_kept_as_given(
    office: Office,
):
    id = await office.received()
    names = ["../../etc/passwd", "C:\\Windows\\扫描件.pdf", "报告\r\n\t\x07.pdf", "长" * 296 + ".pdf"]
    files = [
        (await upload(office, id, "shen", PDF + bytes([n]), name, f"附件 {n + 1}"))["file"]
        for n, name in enumerate(names)
    ]

    listed = (await office.get(f"/incoming/{id}/files", "shen"))["items"]
    assert [f["name"] for f in listed] == names
    assert len(names[3]) == 300
    assert await stored_objects(office) == sorted(f["sha256"] for f in files)  # kept under their hash only
    for file, name in zip(files, names, strict=True):
        disposition = (await download(office, id, file["sha256"], "shen")).headers["content-disposition"]
        fallback, exact = disposition.split("; ")[1:]
        assert unquote(exact.removeprefix("filename*=UTF-8''")) == name
        assert not any(c in fallback.removeprefix("filename=").strip('"') for c in '/\\"\r\n\t\x07')


async def test_a_malformed_name_or_role_is_refused_before_anything_is_stored(office: Office):
    id = await office.received()
    bad_utf8 = await upload(office, id, "shen", PDF, "", "原件扫描", status=422, **{"X-File-Name": "%FF%FE"})
    nul = await upload(office, id, "shen", PDF, "a\x00.pdf", "原件扫描", status=422)
    role = await upload(office, id, "shen", PDF, "a.pdf", "正文", status=422)

    assert bad_utf8["code"] == nul["code"] == "invalid_file_name"
    assert role["code"] == "invalid_role"
    assert await stored_objects(office) == []
