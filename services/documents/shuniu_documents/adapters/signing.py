"""The sealed 公文: the organ's seal pressed on its 署名 and 成文日期, and the PDF signed (issue 19,
deliver 3).

GB/T 9704-2012 §7.3.5.1: 印章用红色……端正、居中下压发文机关署名和成文日期，使发文机关署名和成文日期居
印章中心偏下位置，印章顶端应当上距正文（或附件说明）一行之内. The seal's centre is on the axis the 署名
and the date are centred on, a quarter line above the top of the 署名: the two lines (one pitch and
one em, 16 mm) then lie in the seal's lower half, clear of its ring, and its top, 21 mm above the
centre, falls inside the three blank lines the layout leaves (typesetting.LINES_BEFORE_SIGNATURE),
on the line right after the 正文's last.

The seal is the appearance of a PAdES signature (pyHanko, ETSI.CAdES.detached, an incremental
update): the seal and the signature are one object, so the seal cannot be lifted off the page and
the signature kept, and any change to the bytes signed — the page, the seal — breaks it.

The organisation's key and certificate are on a PKCS#11 token (a USB key, an HSM) when
``SHUNIU_DOCUMENTS_SIGNING_PKCS11_MODULE`` names the vendor's module, or else in a PKCS#12 file named
by ``SHUNIU_DOCUMENTS_SIGNING_PKCS12`` with its password in ``SHUNIU_DOCUMENTS_SIGNING_PASSWORD``;
without either (`make dev`, the tests) a development CA and an organisation certificate it issues are
made once under ``var/signing/``.
"""

from __future__ import annotations

import datetime
import io
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from shuniu_shared.errors import Unavailable
from shuniu_shared.typesetting import AREA_HEIGHT, LINES, MM, PAGE_HEIGHT

from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.typesetting import SealPlace

PKCS12 = "SHUNIU_DOCUMENTS_SIGNING_PKCS12"
PASSWORD = "SHUNIU_DOCUMENTS_SIGNING_PASSWORD"
PKCS11_MODULE = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_MODULE"  # the vendor's PKCS#11 library (.so)
PKCS11_TOKEN = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_TOKEN"  # the token's label
PKCS11_KEY = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_KEY"  # the private key's label
# the label of the key's certificate on the token (default: the key's own)
PKCS11_CERTIFICATE = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_CERTIFICATE"
PKCS11_PIN = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_PIN"
PKCS11_PIN_FILE = "SHUNIU_DOCUMENTS_SIGNING_PKCS11_PIN_FILE"  # or a file holding it (a mounted secret)
VARIABLES = frozenset(
    {
        PKCS12,
        PASSWORD,
        PKCS11_MODULE,
        PKCS11_TOKEN,
        PKCS11_KEY,
        PKCS11_CERTIFICATE,
        PKCS11_PIN,
        PKCS11_PIN_FILE,
    }
)
SEAL_ABOVE = AREA_HEIGHT * MM / LINES / 4  # the seal's centre above the 署名's top: a quarter line
FIELD = "Seal"  # the signature field's name: one seal per sealed document


class SigningUnavailable(Unavailable):
    """The organisation's key cannot be used now (the token absent, the key not on it, the PIN
    refused): nothing is sealed. A 用印 is retried and then parked on the dead-letter topic; a
    verdict asked for over HTTP is a 503 naming what is wrong."""

    code = "signing_unavailable"

    def __str__(self) -> str:  # what the log and the dead letter's dlq_error say: Chinese first
        return f"{self.zh} / {self.en}"


def organisation_certificate(
    var_dir: Path, organisation: str, *, development: bool
) -> OrganisationCertificate | TokenCertificate:
    """The signing key the settings name: a PKCS#11 token when its module is given, else the
    PKCS#12 file, else (development only) the development certificate."""
    if os.environ.get(PKCS11_MODULE, "").strip():
        return TokenCertificate.from_environment()
    return OrganisationCertificate.from_environment(var_dir, organisation, development=development)


@dataclass(frozen=True)
class OrganisationCertificate:
    """Where the organisation's signing key and certificate are, as PKCS#12."""

    pkcs12: Path
    password: bytes

    @classmethod
    def from_environment(
        cls, var_dir: Path, organisation: str, *, development: bool
    ) -> OrganisationCertificate:
        """The configured PKCS#12, or else, in development only, the development one under `var_dir`
        (made if missing). In production nothing is signed under a CA of Shuniu's own making: a seal
        used without the organisation's certificate configured fails, and its event is parked."""
        configured = os.environ.get(PKCS12, "").strip()
        if configured:
            return cls(Path(configured), os.environ.get(PASSWORD, "").encode())
        if not development:
            raise SigningUnavailable(
                f"生产环境须以 {PKCS12}（PKCS#12）或 {PKCS11_MODULE}（PKCS#11 令牌）配置本机关的签章证书",
                f"{PKCS12} (PKCS#12) or {PKCS11_MODULE} (a PKCS#11 token) must name the"
                " organisation's signing certificate outside development",
            )
        return development_certificate(var_dir / "signing", organisation)

    def trust_roots(self) -> list[Any]:
        """The chain the PKCS#12 carries above the organisation's certificate: what a signature made
        with it is checked against (the development CA, or the issuing CA of a configured one)."""
        return [certificate for certificate in self.signer().cert_registry if certificate.ca]

    def signer(self) -> signers.SimpleSigner:
        signer = signers.SimpleSigner.load_pkcs12(str(self.pkcs12), passphrase=self.password)
        if signer is None:
            raise ValueError(f"签章证书无法读取 / the signing PKCS#12 could not be read: {self.pkcs12}")
        return signer

    @contextmanager
    def signing(self) -> Iterator[signers.Signer]:
        yield self.signer()


@dataclass(frozen=True)
class TokenCertificate:
    """The organisation's key on a PKCS#11 token, which signs and never lets it out: the vendor's
    module, the token's label, the key's and its certificate's labels, and the user PIN."""

    module: Path
    token: str
    key: str
    certificate: str
    pin: str = field(repr=False)  # never in a log line that prints the configuration

    @classmethod
    def from_environment(cls) -> TokenCertificate:
        def setting(name: str) -> str:
            value = os.environ.get(name, "").strip()
            if not value:
                raise SigningUnavailable(
                    f"以 PKCS#11 令牌签章须设置 {name}", f"{name} must be set to sign with a PKCS#11 token"
                )
            return value

        pin = os.environ.get(PKCS11_PIN, "")
        if not pin and os.environ.get(PKCS11_PIN_FILE, "").strip():
            pin_file = Path(os.environ[PKCS11_PIN_FILE].strip())
            try:
                pin = pin_file.read_text().strip()
            except OSError as e:
                raise SigningUnavailable(
                    f"{PKCS11_PIN_FILE} 所指的 PIN 文件无法读取：{pin_file}（{e}）",
                    f"the PIN file {PKCS11_PIN_FILE} names cannot be read: {pin_file} ({e})",
                ) from None
        if not pin:
            setting(PKCS11_PIN)  # names the setting that is missing
        key = setting(PKCS11_KEY)
        return cls(
            Path(setting(PKCS11_MODULE)),
            setting(PKCS11_TOKEN),
            key,
            os.environ.get(PKCS11_CERTIFICATE, "").strip() or key,
            pin,
        )

    @contextmanager
    def _session(self, *, log_in: bool) -> Iterator[Any]:
        """A session on the token, logged in only to sign: reading certificates needs no PIN, so the
        verdict route never presents it. Each failure is said as the office can act on it."""
        try:
            session = open_pkcs11_session(
                str(self.module),
                token_criteria=TokenCriteria(label=self.token),
                user_pin=self.pin if log_in else None,
            )
        except pkcs11.PinIncorrect:
            raise SigningUnavailable(
                f"签章令牌 {self.token} 拒绝了 PIN，请检查 {PKCS11_PIN}（多次错误会锁定令牌）",
                f"the signing token {self.token} refused the PIN: check {PKCS11_PIN}"
                " (repeated failures lock the token)",
            ) from None
        except pkcs11.PinLocked:
            raise SigningUnavailable(
                f"签章令牌 {self.token} 的 PIN 已被锁定，须由令牌管理员解锁",
                f"the signing token {self.token}'s PIN is locked: its security officer must unlock it",
            ) from None
        except (OSError, RuntimeError, pkcs11.PKCS11Error) as e:  # no module, no such token, no device
            raise SigningUnavailable(
                f"无法打开签章令牌 {self.token}（模块 {self.module}）：{e}",
                f"the signing token {self.token} cannot be opened (module {self.module}): {e}",
            ) from None
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def signing(self) -> Iterator[signers.Signer]:
        with self._session(log_in=True) as session:
            # Every certificate on the token is pulled, so the signature carries the chain it holds.
            signer = PKCS11Signer(
                session, cert_label=self.certificate, key_label=self.key, other_certs_to_pull=None
            )
            try:
                signer.signing_cert  # noqa: B018 — finds the key and certificate now, to say which is missing
            except (SigningError, pkcs11.PKCS11Error) as e:
                raise SigningUnavailable(
                    f"签章令牌 {self.token} 上找不到密钥 {self.key} 或其证书 {self.certificate}：{e}",
                    f"the signing token {self.token} holds no key {self.key} or certificate"
                    f" {self.certificate}: {e}",
                ) from None
            yield signer

    def trust_roots(self) -> list[Any]:
        """The CA certificates the token holds: what a signature made with it is checked against."""
        with self._session(log_in=False) as session:
            signer = PKCS11Signer(session, cert_label=self.certificate, other_certs_to_pull=None)
            return [certificate for certificate in signer.cert_registry if certificate.ca]


def development_certificate(directory: Path, organisation: str) -> OrganisationCertificate:
    """A CA of its own (``ca.pem``, which a verifier is told to trust) and the organisation's
    certificate it issued (``organisation.p12``), made the first time and kept: a document sealed
    yesterday still verifies against the same CA today. For development only: the CA's key is
    not kept, so nothing else can ever be issued under it."""
    p12, password_file, ca_file = directory / "organisation.p12", directory / "password", directory / "ca.pem"
    if not p12.exists():
        directory.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        ca, certificate = issue_certificates(organisation, key.public_key())
        password = secrets.token_urlsafe(24)
        password_file.write_text(password)
        password_file.chmod(0o600)
        ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                organisation.encode(),
                key,
                certificate,
                [ca],
                serialization.BestAvailableEncryption(password.encode()),
            )
        )
        p12.chmod(0o600)
    return OrganisationCertificate(p12, password_file.read_text().strip().encode())


def issue_certificates(
    organisation: str, key: rsa.RSAPublicKey, *, issuer: str = "Shuniu development CA（枢纽开发用）"
) -> tuple[x509.Certificate, x509.Certificate]:
    """A CA named `issuer` (its key thrown away once it has issued: nothing else is ever issued
    under it) and the organisation's certificate for `key` — CN and O the organisation's name,
    for signing with non-repudiation. The development certificate's, and the test token's
    (shuniu_infra.softhsm)."""
    now = datetime.datetime.now(datetime.UTC)  # a certificate's validity, not the office's clock
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, organisation),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(ca_name)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ca, certificate


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,  # non-repudiation: the organ answers for what it sealed
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def seal_and_sign(pdf: bytes, place: SealPlace, organ: str, signer: signers.Signer) -> bytes:
    """The PDF with the organ's seal at `place` as the appearance of its PAdES signature, appended
    as an incremental update: the bytes before it are the document as typeset, unchanged."""
    r = SEAL_DIAMETER * MM / 2
    x, y = place.x, PAGE_HEIGHT * MM - place.y + SEAL_ABOVE  # PDF user space counts up from the page's foot
    with tempfile.NamedTemporaryFile(suffix=".pdf") as seal:  # pyHanko imports a page from a file
        seal.write(seal_image(organ))
        seal.flush()
        pdf_signer = signers.PdfSigner(
            signers.PdfSignatureMetadata(
                field_name=FIELD,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
                name=organ,
                reason="用印 / sealed",
            ),
            signer=signer,
            stamp_style=StaticStampStyle.from_pdf_file(seal.name, border_width=0),
            new_field_spec=fields.SigFieldSpec(
                sig_field_name=FIELD,
                on_page=place.page - 1,
                # Annotated as ints, written as any PDF number: rounding would shift the seal.
                box=(x - r, y - r, x + r, y + r),  # type: ignore[arg-type]
            ),
        )
        out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
    assert isinstance(out, io.BytesIO)
    return out.getvalue()


def seal_as(
    certificate: OrganisationCertificate | TokenCertificate, pdf: bytes, place: SealPlace, organ: str
) -> bytes:
    """`seal_and_sign` with the organisation's key, the token's session (if it is one) open only
    while it signs; blocking, for a worker thread."""
    with certificate.signing() as signer:
        return seal_and_sign(pdf, place, organ, signer)


def signature_state(pdf: bytes, certificate: OrganisationCertificate | TokenCertificate) -> dict[str, Any]:
    """What pyHanko's validator says of the sealed PDF's signature: whether the signed bytes are
    intact, the signature valid and its certificate trusted (against the organisation's own chain),
    who signed and when — what the console shows beside the sealed PDF."""
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=certificate.trust_roots()))
    return {
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "signer": status.signing_cert.subject.native.get("common_name"),
        "signed_at": status.signer_reported_dt.isoformat() if status.signer_reported_dt else None,
        # a later revision appended (a second signature, an annotation) leaves the first intact
        "covers_whole_file": status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
    }
