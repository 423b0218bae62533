"""发文的附件作为文件：起草到签发前由起草和修改的人上传（附件 N），随发文的知悉范围，签发后不能再添加（须退回
修改），涉密发文的附件每次下载留痕，归档包收录，文件库不回收。
A 发文's attachments as files: attached from 起草 until 签发, within the document's audience, audited
when classified, in the archive package, never collected."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import httpx
from shuniu_documents.app.files import referenced_files

from tests.content.test_content_store import PDF
from tests.documents.office import Office
from tests.documents.test_files import DOCX, SECRET


async def attach(
    office: Office, id: str, who: str, data: bytes, name: str, role: str = "附件1", *, status: int = 201
) -> dict[str, Any]:
    response = await office.client.post(
        f"/outgoing/{id}/files",
        params={"role": role},
        content=data,
        headers=office.service.as_(
            who, **{"X-File-Name": quote(name, safe=""), "Content-Type": "application/octet-stream"}
        ),
    )
    assert response.status_code == status, response.text
    return response.json()


async def download(office: Office, id: str, sha256: str, who: str) -> httpx.Response:
    return await office.client.get(f"/outgoing/{id}/files/{sha256}", headers=office.service.as_(who))


async def test_the_drafter_attaches_the_attachments_the_body_names_and_its_audience_reads_them(
    office: Office,
):
    id = await office.drafted(
        body={"paragraphs": [{"text": "现将预算表印发给你们。"}], "attachments": ["预算表"]}
    )
    first = (await attach(office, id, "chen", PDF, "附件1 预算表.pdf"))["file"]
    second = (await attach(office, id, "feng", DOCX, "附件2 说明.docx", "附件 2"))["file"]  # the reviewer too

    listed = (await office.get(f"/outgoing/{id}/files", "shen"))["items"]
    assert [(f["role"], f["name"], f["sha256"]) for f in listed] == [
        ("附件 1", "附件1 预算表.pdf", first["sha256"]),
        ("附件 2", "附件2 说明.docx", second["sha256"]),
    ]
    fetched = await download(office, id, first["sha256"], "chen")
    assert fetched.status_code == 200 and fetched.content == PDF
    assert fetched.headers["content-type"] == "application/pdf"
    hidden = await download(office, id, first["sha256"], "sun")  # 总工会 takes no part
    assert hidden.status_code == 404
    assert (await office.get(f"/outgoing/{id}/files", "sun", status=404))["status"] == 404
    taken = await attach(office, id, "chen", PDF + b"v2", "另一份.pdf", "附件 1", status=422)
    assert taken["code"] == "role_taken"
    scan = await attach(office, id, "chen", PDF + b"scan", "扫描.pdf", "原件扫描", status=422)
    assert scan["code"] == "invalid_role"  # a 发文 has no paper original


async def test_after_signing_no_attachment_is_added_the_document_goes_back_for_revision(office: Office):
    id = await office.signed()
    refused = await attach(office, id, "chen", PDF, "迟到的附件.pdf", status=409)
    assert refused["code"] == "out_of_turn" and "签发" in refused["detail"]


async def test_every_download_of_a_classified_documents_attachment_is_recorded(office: Office):
    id = await office.drafted(**SECRET)
    file = (await attach(office, id, "chen", PDF, "涉密附件.pdf"))["file"]
    await download(office, id, file["sha256"], "chen")
    office.clock.advance(timedelta(minutes=3))
    await download(office, id, file["sha256"], "shen")
    audit = [data for type, data in await office.events(id) if type.endswith("outgoing.file_downloaded.v1")]
    assert [(a["downloaded_by"], a["name"], a["classification"]) for a in audit] == [
        ("chen", "涉密附件.pdf", "秘密"),
        ("shen", "涉密附件.pdf", "秘密"),
    ]


async def test_an_archived_documents_attachments_are_in_its_package_and_never_collected(office: Office):
    id = await office.drafted()
    file = (await attach(office, id, "chen", PDF, "附件1 预算表.pdf"))["file"]
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意，呈县长签发"})
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意印发"})
    await office.post(f"/outgoing/{id}/recheck", "shen", {"note": "无实质性修改"})
    await office.post(f"/outgoing/{id}/register", "shen", {"code": "县府办发", "copies": 5})
    await office.post(f"/outgoing/{id}/print", "shen")
    await office.post(f"/outgoing/{id}/dispatch", "shen", {})
    await office.post(f"/outgoing/{id}/archive", "shen", {"retention": "永久"})

    response = await office.client.get(
        f"/outgoing/{id}/archive", params={"format": "zip"}, headers=office.service.as_("chen")
    )
    assert response.status_code == 200, response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as package:
        assert package.read("文件/01-附件 1-附件1 预算表.pdf") == PDF
    assert file["sha256"] in await referenced_files(office.service.runtime)
