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

The organisation's certificate is a PKCS#12 file named by ``SHUNIU_DOCUMENTS_SIGNING_PKCS12`` with
its password in ``SHUNIU_DOCUMENTS_SIGNING_PASSWORD``; without one (`make dev`, the tests) a
development CA and an organisation certificate it issues are made once under ``var/signing/``.
"""

from __future__ import annotations

import datetime
import io
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from shuniu_shared.settings import ConfigurationError
from shuniu_shared.typesetting import AREA_HEIGHT, LINES, MM, PAGE_HEIGHT

from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.typesetting import SealPlace

PKCS12 = "SHUNIU_DOCUMENTS_SIGNING_PKCS12"
PASSWORD = "SHUNIU_DOCUMENTS_SIGNING_PASSWORD"
VARIABLES = frozenset({PKCS12, PASSWORD})
SEAL_ABOVE = AREA_HEIGHT * MM / LINES / 4  # the seal's centre above the 署名's top: a quarter line
FIELD = "Seal"  # the signature field's name: one seal per sealed document


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
            raise ConfigurationError(
                f"{PKCS12} must name the organisation's signing certificate (PKCS#12) outside development"
                f" / 生产环境须以 {PKCS12} 配置本机关的签章证书（PKCS#12）"
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


def development_certificate(directory: Path, organisation: str) -> OrganisationCertificate:
    """A CA of its own (``ca.pem``, which a verifier is told to trust) and the organisation's
    certificate it issued (``organisation.p12``), made the first time and kept: a document sealed
    yesterday still verifies against the same CA today. For development only: the CA's key is
    not kept, so nothing else can ever be issued under it."""
    p12, password_file, ca_file = directory / "organisation.p12", directory / "password", directory / "ca.pem"
    if not p12.exists():
        directory.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC)  # a certificate's validity, not the office's clock
        ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Shuniu development CA（枢纽开发用）")])
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
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
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
            .public_key(key.public_key())
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


def signature_state(pdf: bytes, certificate: OrganisationCertificate) -> dict[str, Any]:
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
