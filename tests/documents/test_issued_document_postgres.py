"""发文全程（issue 19 的验收）：起草 → 登记印制 → 用印 → 核发 → 归档，在真实的 PostgreSQL、Kafka 和对象存储上。
用印是接待服务在 Kafka 上发出的 seal_request.used；公文服务对所申请的那份排版 PDF 盖章并数字签名，poppler 的
pdfsig 认定签名有效、签章人为本机关，改动一个字节即无效；归档包离线校验通过。
An issued document end to end on the real servers: the seal is used in reception (its event on
Kafka), documents seals and signs exactly the PDF requested, a verifier nobody here wrote accepts it,
and the archive package verifies offline."""

from __future__ import annotations

import asyncio
import hashlib
import io
import zipfile
from pathlib import Path

from shuniu_shared.kafka import ensure_topics

from tests.documents.conftest import RealOffice
from tests.documents.test_archive_zip import archive_zip, verified_offline
from tests.documents.test_sealing import pdfsig, seal_used
from tests.documents.test_typesetting import upward_request
from tests.platform.kafka_support import publish

RECEPTION_EVENTS = "shuniu.reception.events"


async def test_a_document_drafted_printed_sealed_issued_and_archived_on_the_real_servers(
    real: RealOffice, kafka, tmp_path: Path
) -> None:
    office = real.office
    id = await upward_request(office)  # drafted, reviewed, signed, rechecked, numbered, printed
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content

    # The seal keeper uses the seal in reception, on the request that named this PDF by its hash.
    await ensure_topics(kafka.bootstrap, [RECEPTION_EVENTS])
    await publish(
        kafka.bootstrap,
        RECEPTION_EVENTS,
        [seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest())],
    )
    async with asyncio.timeout(60):
        while (
            sealed := await office.client.get(
                f"/outgoing/{id}/pdf?sealed=true", headers=office.service.as_("shen")
            )
        ).status_code != 200:
            assert sealed.status_code == 404, sealed.text  # not yet sealed
            await asyncio.sleep(0.2)
    signed = sealed.content
    assert signed.startswith(typeset_pdf)  # an incremental update: the typeset bytes as they were
    checked = pdfsig(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in checked, checked
    assert "Signer Certificate Common Name: F县人民政府" in checked, checked
    broken = bytearray(signed)
    broken[len(typeset_pdf) // 2] ^= 0x01
    assert "Signature is Valid." not in pdfsig(bytes(broken), tmp_path)
    assert hashlib.sha256(signed).hexdigest() in await real.objects()  # kept in the object store

    await office.post(f"/outgoing/{id}/dispatch", "shen", {})
    await office.post(f"/outgoing/{id}/archive", "shen", {"retention": "永久"})
    package = (await archive_zip(office, "outgoing", id, "shen")).content
    with zipfile.ZipFile(io.BytesIO(package)) as opened:
        assert opened.read("正文（已用印）.pdf") == signed and opened.read("正文.pdf") == typeset_pdf
    checked_offline = verified_offline(package, tmp_path)
    assert checked_offline.returncode == 0, checked_offline.stdout + checked_offline.stderr
