"""The sealed 公文 (issue 19, deliver 3): the organ's seal, drawn by Shuniu, 42 mm round with the
organ's name as text; pressed 端正、居中 on the 署名 and 成文日期 as GB/T 9704 §7.3.5.1 says, measured on
the PDF; the PAdES signature checked by poppler's pdfsig and pyHanko's validator, and broken by one
changed byte; and reception's 用印 sealing exactly the typeset PDF its request named by hash."""

from __future__ import annotations

import hashlib
import io
import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pdfplumber
import pypdf
import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.signing import (
    OrganisationCertificate,
    SigningUnavailable,
    development_certificate,
    seal_and_sign,
    signature_state,
)
from shuniu_documents.adapters.typesetting import MM, SealPlace, typeset_for_sealing
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.documents.office import Office
from tests.documents.test_supervision_and_events import eventually
from tests.documents.test_typesetting import UPWARD, lines_of, report, upward_request


def test_the_seal_is_42_mm_round_and_carries_the_organs_name() -> None:
    page = pypdf.PdfReader(io.BytesIO(seal_image("F县人民政府"))).pages[0]
    assert abs(float(page.mediabox.width) - SEAL_DIAMETER * MM) < 0.5
    assert abs(float(page.mediabox.height) - SEAL_DIAMETER * MM) < 0.5
    text = page.extract_text()
    assert all(c in text for c in "F县人民政府★")


# ── the seal pressed on the 署名 and 成文日期, the PDF signed (PAdES) ─────────────────────────


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> OrganisationCertificate:
    return development_certificate(tmp_path_factory.mktemp("signing"), "F县人民政府")


@pytest.fixture(scope="module")
def sealed(certificate: OrganisationCertificate) -> tuple[bytes, bytes, SealPlace]:
    pdf, place = typeset_for_sealing(report(), UPWARD)
    assert place is not None
    return pdf, seal_and_sign(pdf, place, "F县人民政府", certificate.signer()), place


def pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "sealed.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def pyhanko_status(pdf: bytes, certificate: OrganisationCertificate) -> Any:
    ca = load_cert_from_pemder(str(certificate.pkcs12.parent / "ca.pem"))
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    return validate_pdf_signature(signature, ValidationContext(trust_roots=[ca]))


def test_the_seal_presses_on_the_signatory_and_the_date_centred_a_little_above_them(
    sealed: tuple[bytes, bytes, SealPlace],
) -> None:
    pdf, signed, place = sealed
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = lines_of(doc.pages[place.page - 1])
    signatory = next(line for line in lines if line.text == "F县人民政府")
    written = next(line for line in lines if line.text == "2026年12月2日")
    # 成文日期右空四字: its right edge four characters in from the 版心's (28 + 156 mm).
    assert 184 - written.right == pytest.approx(4 * (156 / 28), abs=0.5)
    (widget,) = PdfFileReader(io.BytesIO(signed)).root["/AcroForm"]["/Fields"]
    x1, y1, x2, y2 = (float(v) / MM for v in widget.get_object()["/Rect"])
    assert x2 - x1 == pytest.approx(SEAL_DIAMETER) and y2 - y1 == pytest.approx(SEAL_DIAMETER)
    top, bottom = 297 - y2, 297 - y1  # mm from the page's top, as the lines are measured
    centre = ((x1 + x2) / 2, (top + bottom) / 2)
    em = 16 / MM  # a 3号 line's height
    for line in (signatory, written):  # 端正、居中: both lines centred under the seal, inside it
        assert (line.left + line.right) / 2 == pytest.approx(centre[0], abs=0.2)
        assert top < line.top and line.top + em < bottom
        assert line.top > centre[1]  # 居印章中心偏下
    pitch = 225 / 22
    last_of_the_body = max(line.top for line in lines if line.top < signatory.top - pitch)
    assert top < last_of_the_body + 2 * pitch  # 印章顶端上距正文一行之内: on the line after it


def test_poppler_and_pyhanko_find_the_signature_valid_and_made_by_the_organ(
    sealed: tuple[bytes, bytes, SealPlace], certificate: OrganisationCertificate, tmp_path: Path
) -> None:
    pdf, signed, _ = sealed
    assert signed.startswith(pdf)  # an incremental update: the typeset bytes are kept as they were
    report_ = pdfsig(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in report_
    assert "Signer Certificate Common Name: F县人民政府" in report_
    assert "Signature Type: ETSI.CAdES.detached" in report_
    status = pyhanko_status(signed, certificate)
    assert status.intact and status.valid and status.trusted
    assert status.signing_cert.subject.native["common_name"] == "F县人民政府"


def test_one_changed_byte_breaks_the_signature(
    sealed: tuple[bytes, bytes, SealPlace], certificate: OrganisationCertificate, tmp_path: Path
) -> None:
    pdf, signed, _ = sealed
    # A byte of the typeset page's content (a digit of the 成文日期's position, say): covered by
    # the signature, so the document no longer matches what the organ sealed.
    at = signed.index(b"stream", len(pdf) // 2) + 20
    changed = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    assert "Signature Validation: Signature is Valid." not in pdfsig(changed, tmp_path)
    assert not pyhanko_status(changed, certificate).intact


# ── 用印 in reception: documents seals the very PDF the request named ─────────────────────────


def seal_used(request_id: str, outgoing_id: str, pdf_sha256: str) -> Envelope:
    """Reception's `seal_request.used` as its catalogue describes it (docs/events)."""
    return Envelope(
        id=str(uuid.uuid4()),
        type="shuniu.reception.seal_request.used.v1",
        source="/shuniu/reception",
        subject=request_id,
        time=datetime(2026, 3, 12, 2, 0, tzinfo=UTC),
        sequence=3,
        data={
            "seal_id": "seal-1",
            "used_by": "wu",
            "used_at": "2026-03-12T02:00:00+00:00",
            "impressions": 1,
            "outgoing_id": outgoing_id,
            "pdf_sha256": pdf_sha256,
        },
    )


async def use_the_seal(office: Office, *envelopes: Envelope) -> None:
    bus = office.service.runtime.bus
    assert bus is not None
    await bus.append([Record.of("shuniu.reception.events", e) for e in envelopes])


async def sealed_pdf(office: Office, id: str, as_: str = "shen") -> Any:
    return await office.client.get(f"/outgoing/{id}/pdf?sealed=true", headers=office.service.as_(as_))


async def test_the_seal_keepers_use_seals_the_typeset_pdf_and_the_sealed_pdf_verifies(
    office: Office, tmp_path: Path
) -> None:
    id = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    assert (await sealed_pdf(office, id)).status_code == 404  # not sealed yet
    await use_the_seal(office, seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest()))

    async def sealed() -> bool:
        return (await sealed_pdf(office, id)).status_code == 200

    await eventually(sealed)
    signed = (await sealed_pdf(office, id)).content
    assert signed.startswith(typeset_pdf)
    assert "Signature Validation: Signature is Valid." in pdfsig(signed, tmp_path)
    assert (await sealed_pdf(office, id, as_="zhao")).status_code == 404  # outside the 发文's audience


async def test_a_pdf_other_than_the_one_the_request_named_is_not_sealed(office: Office) -> None:
    id = await upward_request(office)
    other = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    # The request named another document's PDF: the consumer refuses it, the next one is sealed.
    await use_the_seal(
        office,
        seal_used("sealreq-1", other, hashlib.sha256(typeset_pdf).hexdigest()),
        seal_used("sealreq-2", id, hashlib.sha256(typeset_pdf).hexdigest()),
    )

    async def sealed() -> bool:
        return (await sealed_pdf(office, id)).status_code == 200

    await eventually(sealed, timeout=30)
    assert (await sealed_pdf(office, other)).status_code == 404


async def test_the_sealed_pdfs_signature_is_verified_for_the_console_valid_by_whom_and_when(
    office: Office,
) -> None:
    id = await upward_request(office)
    assert (await office.get(f"/outgoing/{id}/signature", "shen", status=404))["status"] == 404  # not sealed
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    await use_the_seal(office, seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest()))

    async def sealed() -> bool:
        return (await sealed_pdf(office, id)).status_code == 200

    await eventually(sealed)
    verdict = await office.get(f"/outgoing/{id}/signature", "shen")
    assert verdict["intact"] and verdict["valid"] and verdict["trusted"] and verdict["covers_whole_file"]
    assert verdict["signer"] == "F县人民政府"
    assert (verdict["sealed_by"], verdict["sealed_at"]) == ("wu", "2026-03-12T02:00:00+00:00")
    assert (await office.get(f"/outgoing/{id}/signature", "zhao", status=404))["status"] == 404  # outside


def test_a_changed_byte_is_what_the_verdict_reports(
    sealed: tuple[bytes, bytes, SealPlace], certificate: OrganisationCertificate
) -> None:
    _, signed, _ = sealed
    assert signature_state(signed, certificate)["valid"] is True
    changed = bytearray(signed)
    changed[len(changed) // 4] ^= 0x01
    assert signature_state(bytes(changed), certificate)["intact"] is False


def test_outside_development_nothing_is_signed_under_a_ca_of_shunius_own_making(tmp_path: Path) -> None:
    # asked for at the moment of sealing or of a verdict: a 503 the office can read, not a 500
    with pytest.raises(SigningUnavailable, match="SHUNIU_DOCUMENTS_SIGNING_PKCS12") as refused:
        OrganisationCertificate.from_environment(tmp_path, "F县人民政府", development=False)
    assert refused.value.status == 503 and refused.value.zh.startswith("生产环境须以")
    assert not (tmp_path / "signing").exists()
    made = OrganisationCertificate.from_environment(tmp_path, "F县人民政府", development=True)
    assert made.pkcs12 == tmp_path / "signing" / "organisation.p12"
