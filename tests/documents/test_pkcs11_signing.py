"""The organisation's key on a PKCS#11 token (issue 19, deliver 3: "a configured PKCS#12 or PKCS#11
token in production"). The token is SoftHSM2's, a real PKCS#11 module (Debian's softhsm2), with an
RSA-2048 key generated on it and the organisation's certificate beside the key: the seal keeper's
用印 signs with the token through the settings alone, poppler's pdfsig and pyHanko's validator find
the signature valid and made with the token's certificate, one changed byte breaks it, and a token
that refuses the PIN, or lacks the key, seals nothing — the 用印 is parked on the dead-letter topic
with a message naming what is wrong."""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import pem, x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from shuniu_documents.adapters.signing import (
    PKCS11_KEY,
    PKCS11_PIN,
    PKCS11_PIN_FILE,
    PKCS11_TOKEN,
    SigningUnavailable,
    TokenCertificate,
    issue_certificates,
    organisation_certificate,
    seal_as,
    signature_state,
)
from shuniu_documents.adapters.typesetting import typeset_for_sealing
from shuniu_infra.softhsm import Token, make_token

from tests.documents.office import Office
from tests.documents.test_sealing import pdfsig, seal_used, sealed_pdf, use_the_seal
from tests.documents.test_supervision_and_events import eventually
from tests.documents.test_typesetting import UPWARD, report, upward_request

ORGAN = "F县人民政府"  # the demo county's issuing body, as the directory names it
TOKEN_CA = "Shuniu test token CA（枢纽测试用）"
SEAL_USES_DLQ = "shuniu.documents.seal-uses.dlq"


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Token:
    """One SoftHSM2 token for the module: the module reads SOFTHSM2_CONF once per process."""
    return make_token(
        tmp_path_factory.mktemp("softhsm"), lambda key: issue_certificates(ORGAN, key, issuer=TOKEN_CA)
    )


@pytest.fixture
def on_the_token(token: Token, monkeypatch: pytest.MonkeyPatch) -> Iterator[Token]:
    """The documents service configured, as in production, to sign with the token."""
    for variable, value in token.settings().items():
        monkeypatch.setenv(variable, value)
    yield token


def certificate_of(pem_bytes: bytes) -> x509.Certificate:
    _, _, der = pem.unarmor(pem_bytes)
    return x509.Certificate.load(der)


def pyhanko_status(pdf: bytes, token: Token) -> object:
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    return validate_pdf_signature(signature, ValidationContext(trust_roots=[certificate_of(token.ca_pem)]))


def test_the_settings_choose_the_token_when_its_module_is_named(on_the_token: Token, tmp_path: Path) -> None:
    chosen = organisation_certificate(tmp_path, ORGAN, development=False)
    assert chosen == TokenCertificate(
        on_the_token.module, on_the_token.label, "organisation", "organisation", "123456"
    )
    assert not (tmp_path / "signing").exists()  # no development CA beside a configured token


def test_the_pin_may_come_from_a_file_named_by_a_setting(
    on_the_token: Token, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PKCS11_PIN)
    (tmp_path / "pin").write_text(on_the_token.pin + "\n")
    monkeypatch.setenv(PKCS11_PIN_FILE, str(tmp_path / "pin"))
    assert TokenCertificate.from_environment().pin == on_the_token.pin


async def test_the_seal_keepers_use_signs_with_the_token_and_others_verifiers_agree(
    office: Office, on_the_token: Token, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    id = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    await use_the_seal(office, seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest()))

    async def sealed() -> bool:
        return (await sealed_pdf(office, id)).status_code == 200

    await eventually(sealed)
    signed = (await sealed_pdf(office, id)).content
    assert signed.startswith(typeset_pdf)  # an incremental update on the typeset bytes
    poppler = pdfsig(signed, tmp_path)
    assert "Signature Validation: Signature is Valid." in poppler
    assert f"Signer Certificate Common Name: {ORGAN}" in poppler
    assert "Signature Type: ETSI.CAdES.detached" in poppler
    status = await asyncio.to_thread(pyhanko_status, signed, on_the_token)  # pyHanko runs its own loop
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    # the very certificate stored on the token, issued by the token's CA (not the development one)
    assert status.signing_cert.dump() == certificate_of(on_the_token.certificate_pem).dump()  # type: ignore[attr-defined]
    assert status.signing_cert.issuer.native["common_name"] == TOKEN_CA  # type: ignore[attr-defined]
    # the console's verdict checks it against the CA the token carries
    verdict = await office.get(f"/outgoing/{id}/signature", "shen")
    assert verdict["intact"] and verdict["valid"] and verdict["trusted"] and verdict["signer"] == ORGAN
    # with the token gone, the verdict is a problem the office can read, not a 500
    monkeypatch.setenv(PKCS11_TOKEN, "no-such-token")
    problem = await office.get(f"/outgoing/{id}/signature", "shen", status=503)
    assert problem["code"] == "signing_unavailable"
    assert problem["detail"].startswith("无法打开签章令牌 no-such-token")


def test_one_changed_byte_breaks_the_tokens_signature(on_the_token: Token, tmp_path: Path) -> None:
    pdf, place = typeset_for_sealing(report(), UPWARD)
    assert place is not None
    certificate = TokenCertificate.from_environment()
    signed = seal_as(certificate, pdf, place, ORGAN)
    assert signature_state(signed, certificate)["valid"] is True
    at = signed.index(b"stream", len(pdf) // 2) + 20  # a byte of the typeset page's content
    changed = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    assert "Signature Validation: Signature is Valid." not in pdfsig(changed, tmp_path)
    assert not pyhanko_status(changed, on_the_token).intact  # type: ignore[attr-defined]
    assert signature_state(changed, certificate)["intact"] is False


def test_a_wrong_pin_is_refused_in_words_and_nothing_is_signed(
    on_the_token: Token, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, place = typeset_for_sealing(report(), UPWARD)
    assert place is not None
    monkeypatch.setenv(PKCS11_PIN, "000000")
    with pytest.raises(SigningUnavailable) as refused:
        seal_as(TokenCertificate.from_environment(), pdf, place, ORGAN)
    assert str(refused.value).startswith(f"签章令牌 {on_the_token.label} 拒绝了 PIN")
    assert refused.value.status == 503 and PKCS11_PIN in refused.value.en


def test_a_token_that_is_not_there_is_named(on_the_token: Token, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, place = typeset_for_sealing(report(), UPWARD)
    assert place is not None
    monkeypatch.setenv(PKCS11_TOKEN, "no-such-token")
    with pytest.raises(SigningUnavailable, match=r"^无法打开签章令牌 no-such-token"):
        seal_as(TokenCertificate.from_environment(), pdf, place, ORGAN)


def test_a_key_not_on_the_token_is_named(on_the_token: Token, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, place = typeset_for_sealing(report(), UPWARD)
    assert place is not None
    monkeypatch.setenv(PKCS11_KEY, "no-such-key")
    with pytest.raises(SigningUnavailable, match="no key no-such-key"):
        seal_as(TokenCertificate.from_environment(), pdf, place, ORGAN)


async def test_a_seal_used_while_the_token_refuses_the_pin_is_parked_not_sealed(
    office: Office, on_the_token: Token, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PKCS11_PIN, "000000")
    id = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    used = seal_used("sealreq-1", id, hashlib.sha256(typeset_pdf).hexdigest())
    await use_the_seal(office, used)
    bus = office.service.runtime.bus
    assert bus is not None

    async def parked() -> bool:
        return bool(await bus.topic_records(SEAL_USES_DLQ))

    await eventually(parked, timeout=60)
    (dead,) = await bus.topic_records(SEAL_USES_DLQ)
    headers = {name: value.decode() for name, value in dead.headers}
    assert headers["ce_id"] == used.id
    assert headers["dlq_error"].startswith("SigningUnavailable: 签章令牌 shuniu-test 拒绝了 PIN")
    assert (await sealed_pdf(office, id)).status_code == 404  # nothing sealed
