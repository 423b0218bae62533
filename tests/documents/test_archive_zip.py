"""归档包（ZIP）：归档的公文连同全部文件一并下载——收文的原件扫描和附件，发文的版式文件（PDF）、Word 正文、
各版正文及修改痕迹，处理单（北京时间）和元数据，以及列出每个文件哈希的清单；离线用 `sha256sum -c` 即可
校验，改动一个字节即校验不过。涉密收文的文件随归档包下载同样留痕。
The archive package as one ZIP, verifiable offline with coreutils, as docs/services/documents.md says."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from tests.content.test_content_store import PNG
from tests.documents.office import Office
from tests.documents.test_files import SCAN, SECRET, upload
from tests.documents.test_sealing import eventually, seal_used, sealed_pdf, use_the_seal
from tests.documents.test_typesetting import upward_request


async def archive_zip(office: Office, kind: str, id: str, who: str, *, status: int = 200) -> httpx.Response:
    response = await office.client.get(
        f"/{kind}/{id}/archive", params={"format": "zip"}, headers=office.service.as_(who)
    )
    assert response.status_code == status, response.text
    return response


def verified_offline(package: bytes, where: Path) -> subprocess.CompletedProcess[str]:
    """The documented command, as an archivist runs it: unzip, then sha256sum -c."""
    (where / "归档包.zip").write_bytes(package)
    subprocess.run(["unzip", "-q", "归档包.zip", "-d", "归档包"], cwd=where, check=True)
    return checksums_checked(where / "归档包")


def checksums_checked(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)


def manifest_of(package: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        manifest: dict[str, Any] = json.loads(opened.read("manifest.json"))
        return manifest


async def archived_incoming(office: Office, **items: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    id = await office.instructed(**items)
    scan = (await upload(office, id, "shen", SCAN, "市政办发〔2026〕12号.pdf", "原件扫描"))["file"]
    attachment = (await upload(office, id, "chen", PNG, "附件/一 资金表.png", "附件1"))["file"]
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付资金"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})
    return id, scan, attachment


async def test_an_archived_incoming_document_is_one_zip_with_its_files_and_record_checked_offline(
    office: Office, tmp_path: Path
):
    id, scan, _ = await archived_incoming(office)
    package = (await archive_zip(office, "incoming", id, "shen")).content
    manifest = manifest_of(package)
    listed = {f["role"]: f for f in manifest["files"]}
    assert (listed["原件扫描"]["sha256"], listed["原件扫描"]["size"]) == (scan["sha256"], len(SCAN))
    # a name with a separator is kept as given in the manifest and made safe as a path
    assert listed["附件 1"]["name"] == "附件/一 资金表.png" and "/" not in listed["附件 1"]["path"][3:]
    assert {"处理单.md", "处理单.json"} <= {f["path"] for f in manifest["files"]}
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        assert opened.read(listed["原件扫描"]["path"]) == SCAN
        record = opened.read("处理单.md").decode()
    assert "# 收文处理单" in record and "| 上传文件 |" in record

    checked = verified_offline(package, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(manifest["files"]) + 1  # and the manifest itself


async def test_a_byte_changed_in_the_package_fails_the_offline_check_naming_the_file(
    office: Office, tmp_path: Path
):
    id, _, _ = await archived_incoming(office)
    package = (await archive_zip(office, "incoming", id, "shen")).content
    extracted = tmp_path / "归档包"
    assert verified_offline(package, tmp_path).returncode == 0
    scan = next(extracted.glob("文件/01-*"))
    scan.write_bytes(scan.read_bytes()[:-1] + b"!")
    checked = checksums_checked(extracted)
    assert checked.returncode != 0 and f"{scan.relative_to(extracted)}: FAILED" in checked.stdout


async def test_an_issued_document_s_package_holds_its_pdf_word_file_and_every_version_with_its_redline(
    office: Office, tmp_path: Path
):
    id = await office.drafted()
    await office.post(
        f"/outgoing/{id}/edit", "feng", {"body": {"paragraphs": [{"text": "各有关单位：请认真执行。"}]}}
    )
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意，呈县长签发"})
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意印发", "body_version": 2})
    await office.post(f"/outgoing/{id}/recheck", "shen", {"note": "无实质性修改"})
    await office.post(f"/outgoing/{id}/register", "shen", {"code": "县府办发", "copies": 5})
    await office.post(f"/outgoing/{id}/print", "shen")
    await office.post(f"/outgoing/{id}/dispatch", "shen", {})
    await archive_zip(office, "outgoing", id, "chen", status=409)  # not archived yet
    await office.post(f"/outgoing/{id}/archive", "shen", {"retention": "定期30年"})

    response = await archive_zip(office, "outgoing", id, "chen")
    number = (await office.outgoing(id))["number"]
    assert quote(f"{number}-归档包.zip", safe="") in response.headers["content-disposition"]
    paths = {f["path"]: f for f in manifest_of(response.content)["files"]}
    assert {"正文.pdf", "正文.ofd", "正文.docx", "正文各版/第1版.json", "正文各版/第2版.json"} <= set(paths)
    assert "正文各版/第1版至第2版修改痕迹.json" in paths
    with zipfile.ZipFile(io.BytesIO(response.content)) as opened:
        assert opened.read("正文.pdf").startswith(b"%PDF")
        second = json.loads(opened.read("正文各版/第2版.json"))
        redline = json.loads(opened.read("正文各版/第1版至第2版修改痕迹.json"))
    assert second["body"]["paragraphs"] == [{"text": "各有关单位：请认真执行。", "level": 0}]
    assert redline["paragraphs"]  # what changed from the draft, paragraph by paragraph
    assert verified_offline(response.content, tmp_path).returncode == 0
    await archive_zip(office, "outgoing", id, "sun", status=404)  # 总工会 takes no part


async def test_a_classified_document_s_files_are_recorded_as_downloaded_with_the_package(office: Office):
    id, scan, attachment = await archived_incoming(office, **SECRET)
    await archive_zip(office, "incoming", id, "li")
    audit = [data for type, data in await office.events(id) if type.endswith("incoming.file_downloaded.v1")]
    assert sorted((a["downloaded_by"], a["sha256"]) for a in audit) == sorted(
        [("li", scan["sha256"]), ("li", attachment["sha256"])]
    )


async def test_a_sealed_document_s_package_holds_the_sealed_and_signed_pdf_too(
    office: Office, tmp_path: Path
):
    id = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    await use_the_seal(office, seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest()))

    async def sealed() -> bool:
        return (await sealed_pdf(office, id)).status_code == 200

    await eventually(sealed)
    await office.post(f"/outgoing/{id}/dispatch", "shen", {})
    await office.post(f"/outgoing/{id}/archive", "shen", {"retention": "永久"})
    package = (await archive_zip(office, "outgoing", id, "shen")).content
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        assert opened.read("正文（已用印）.pdf") == (await sealed_pdf(office, id)).content
        assert opened.read("正文.pdf") == typeset_pdf  # the unsealed one beside it
        sealed_ofd = await office.client.get(
            f"/outgoing/{id}/ofd?sealed=true", headers=office.service.as_("shen")
        )
        assert opened.read("正文（已用印）.ofd") == sealed_ofd.content  # under the 国密 seal
    assert verified_offline(package, tmp_path).returncode == 0
