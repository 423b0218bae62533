"""验收：公文本身——文件、正文版本、检索——在真实的 PostgreSQL、Kafka 与 S3 兼容对象存储（SeaweedFS）上
一起跑通。The acceptance of the document itself on the real servers together: a 收文's scan and
attachments go from 签收 to 归档 with their bytes in the bucket once each; a 发文's 正文 goes through
three versions and a change after 签发 voids the signature; with the object store away for 30 s an
upload is a 503 the client retries, and nothing half-stored is referenced nor anything acknowledged
lost; search finds an attachment's PDF text, within the audience only.

The rules themselves are stated once, on SQLite, in test_files.py, test_versions.py and
test_search.py (whose search runs on PostgreSQL too); here they hold on the production stack."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any
from urllib.parse import quote

import pytest

from tests.documents.conftest import RealOffice
from tests.documents.files import pdf_with_text, png, scanned_pdf
from tests.documents.office import Office
from tests.documents.test_files import download, upload
from tests.documents.test_versions import FIRST, TITLE, three_versions
from tests.platform.kafka_support import read_until

pytestmark = [pytest.mark.postgres, pytest.mark.kafka, pytest.mark.object_store]

SCAN = scanned_pdf(5 << 20)  # the paper original as the scanner gave it: 5 MB, one image, no text
TABLE = png()  # 附件1: a photographed table
PLAN = pdf_with_text(
    "全县防汛物资储备情况统计表",
    "各乡镇须于六月底前完成堤防巡查，并将巡查记录报县应急管理局。",
)  # 附件2: a PDF with a text layer
OUTAGE_SECONDS = 30


async def test_a_document_with_a_5_mb_scan_and_two_attachments_goes_from_signing_for_to_the_archive(
    real: RealOffice, kafka
):
    office = real.office
    id = await office.received()
    scan = (await upload(office, id, "shen", SCAN, "市政办发〔2026〕12号.pdf", "原件扫描"))["file"]
    await office.post(f"/incoming/{id}/register", "shen")
    await office.post(f"/incoming/{id}/review", "shen", {"accept": True, "handling": "批办件"})
    table = (await upload(office, id, "shen", TABLE, "附件一 资金表.png", "附件1"))["file"]
    again = await upload(office, id, "li", SCAN, "扫描件（重传）.pdf", "原件扫描", status=200)
    await office.post(f"/incoming/{id}/propose", "feng", {"opinion": "拟请方副县长阅示，财政局牵头办理"})
    await office.post(
        f"/incoming/{id}/instruct",
        "fang",
        {"instruction": "请财政局牵头抓好落实", "lead_department": "finance"},
    )
    plan = (await upload(office, id, "chen", PLAN, "附件二 防汛物资统计表.pdf", "附件 2"))["file"]
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付资金"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})
    elsewhere = await office.received(title="关于报送防汛物资储备情况的通知")
    copied = (await upload(office, elsewhere, "shen", PLAN, "统计表.pdf", "原件扫描"))["file"]

    # Each file is one object in the bucket, under its hash, whoever uploaded the same bytes again.
    assert again["file"]["sha256"] == scan["sha256"] == hashlib.sha256(SCAN).hexdigest()
    assert copied["sha256"] == plan["sha256"]
    assert await real.objects() == sorted(f["sha256"] for f in (scan, table, plan))
    assert (scan["size"], scan["media_type"], scan["text"]["status"]) == (
        len(SCAN),
        "application/pdf",
        "no_text_layer",
    )
    assert table["media_type"] == "image/png"
    shown = await download(office, id, scan["sha256"], "chen")
    assert hashlib.sha256(shown.content).hexdigest() == scan["sha256"]

    # The archive record lists the three files with their hashes.
    package = await office.get(f"/incoming/{id}/archive", "shen")
    assert [(f["role"], f["name"], f["sha256"], f["size"]) for f in package["metadata"]["files"]] == [
        ("原件扫描", scan["name"], scan["sha256"], len(SCAN)),
        ("附件 1", table["name"], table["sha256"], len(TABLE)),
        ("附件 2", plan["name"], plan["sha256"], len(PLAN)),
    ]

    # The events on Kafka name the files by hash and size, never carry their bytes.
    attached = "shuniu.documents.incoming.file_attached.v1"
    envelopes = await read_until(
        kafka.bootstrap,
        "shuniu.documents.events",
        lambda found: sum(e.subject == id and e.type == attached for e in found) >= 3,
    )
    published = [e.data for e in envelopes if e.subject == id and e.type == attached]
    assert [(d["sha256"], d["size"]) for d in published] == [
        (f["sha256"], f["size"]) for f in (scan, table, plan)
    ]
    assert all("bytes" not in d and set(d) >= {"sha256", "size", "media_type", "name"} for d in published)

    # The phrase in 附件2's PDF finds the document for 财政局's 陈局长, and not for 教育局's 赵老师.
    found = (await office.get("/search", "chen", q="完成堤防巡查"))["items"]
    assert [(item["id"], [h["sha256"] for h in item["hits"]]) for item in found if item["id"] == id] == [
        (id, [plan["sha256"]])
    ]
    outside = (await office.get("/search", "zhao", q="完成堤防巡查"))["items"]
    assert id not in [item["id"] for item in outside]


async def test_a_draft_goes_through_three_versions_and_a_change_after_signing_voids_the_signature(
    real: RealOffice, kafka
):
    office = real.office
    id = await three_versions(office)  # 起草 by 财政局, edited at 审核 by 冯主任 and at 会签 by 孙主席

    changes = await office.get(f"/outgoing/{id}/redline", "chen", **{"from": 1, "to": 3})
    assert [(p["mark"], p["new"]["text"]) for p in changes["paragraphs"] if p["mark"] != "unchanged"] == [
        ("changed", "请于3月20日前完成春耕备耕。"),
        ("changed", "联系人：李四。"),
    ]
    assert len(changes["paragraphs"]) == len(FIRST["paragraphs"])
    await office.post(f"/outgoing/{id}/countersign", "sun", {"opinion": "同意"})
    signed = (await office.outgoing(id, "luo"))["body_digest"]
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意印发", "digest": signed})
    await office.post(
        f"/outgoing/{id}/edit",
        "shen",
        {"body": {**FIRST, "note": "（联系人：李四）"}, "note": "复核时补附注"},
    )

    document = await office.outgoing(id)
    assert (document["stage"], document["signature"], document["required_signer"]) == (
        "awaiting_signature",
        None,
        "luo",
    )
    assert [(v["body_version"], v["body_digest"]) for v in document["voided_signatures"]] == [(3, signed)]
    assert document["body_version"] == 4 and document["title"] == TITLE
    wanted = ["body_edited", "body_edited", "countersigned", "signed", "body_edited", "signature_voided"]
    envelopes = await read_until(
        kafka.bootstrap,
        "shuniu.documents.events",
        lambda found: sum(e.subject == id for e in found) >= 2 + len(wanted),
    )
    steps = [e.type.split(".")[3] for e in envelopes if e.subject == id]
    assert [s for s in steps if s in set(wanted)] == wanted
    voided = next(e for e in envelopes if e.subject == id and e.type.endswith("signature_voided.v1"))
    assert (voided.data["signer"], voided.data["body_version"]) == ("luo", 4)  # v4 is to be signed now
    assert voided.data["body_digest"] == document["body_digest"] != signed


async def test_with_the_object_store_away_for_30_s_uploads_are_503_retried_and_nothing_is_lost(
    real: RealOffice, object_store, tmp_path
):
    office = real.office
    id = await office.received()
    kept = (await upload(office, id, "shen", SCAN, "扫描件.pdf", "原件扫描"))["file"]  # acknowledged: 201

    object_store.stop()
    loop = asyncio.get_running_loop()
    away_since, refusals = loop.time(), []
    try:
        # The clerk's client tries again every second while the store is away: 503 each time.
        while loop.time() - away_since < OUTAGE_SECONDS:
            refused = await office.client.post(
                f"/incoming/{id}/files",
                params={"role": "附件1"},
                content=PLAN,
                headers=office.service.as_("shen", **{"X-File-Name": "plan.pdf"}),
            )
            refusals.append(refused)
            await asyncio.sleep(1)
        # The document's own steps do not need the store: 登记 goes on.
        await office.post(f"/incoming/{id}/register", "shen")
        listed_while_away = (await office.get(f"/incoming/{id}/files", "shen"))["items"]
        spooled = sorted(p.name for p in (tmp_path / "spool").iterdir())
    finally:
        object_store.start()
    retried = await upload_retried(office, id, PLAN, "附件一 防汛物资统计表.pdf", "附件1")

    assert len(refusals) >= 2
    for refused in refusals:
        assert refused.status_code == 503
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "content_store_unavailable"
        assert refused.json()["detail"].startswith("文件存储暂不可用")
    assert [f["sha256"] for f in listed_while_away] == [kept["sha256"]]  # nothing half-stored listed
    assert spooled == []  # nor left behind in the spool
    files = (await office.get(f"/incoming/{id}/files", "shen"))["items"]
    assert [(f["role"], f["sha256"]) for f in files] == [
        ("原件扫描", kept["sha256"]),
        ("附件 1", retried["sha256"]),
    ]
    assert await real.objects() == sorted([kept["sha256"], retried["sha256"]])
    for file, data in ((kept, SCAN), (retried, PLAN)):
        assert (await download(office, id, file["sha256"], "shen")).content == data  # nothing lost
    assert (await office.incoming(id))["stage"] == "registered"
    assert await office.count(id, "shuniu.documents.incoming.file_attached.v1") == 2


async def upload_retried(office: Office, id: str, data: bytes, name: str, role: str) -> dict[str, Any]:
    """What the client does with a 503: try again shortly until the store is back (bounded)."""
    async with asyncio.timeout(60):
        while True:
            response = await office.client.post(
                f"/incoming/{id}/files",
                params={"role": role},
                content=data,
                headers=office.service.as_("shen", **{"X-File-Name": quote(name, safe="")}),
            )
            if response.status_code != 503:
                assert response.status_code == 201, response.text
                return response.json()["file"]
            await asyncio.sleep(0.5)
