"""The OFD 公文 sealed the way Chinese electronic seals are: SM2 over SM3 (国密), GB/T 38540-2020
(issue 19, deliver 3's 国密 part).

Three things, as the standard has them:

- The organisation's **SM2 certificate** (X.509, an SM2 public key, signed SM3withSM2 by a CA).
- The **electronic seal** (电子印章, ``SES_Seal``, GB/T 38540 §5.2, version 4): the seal's picture,
  the organ's name, the certificates of who may use it (here the organisation's), its dates — signed
  by the seal maker (制章者), here the CA that issued the certificate. A seal is made once and used
  many times, as a physical 公章 is cut once.
- The **electronic signature** over an OFD file (电子签章, ``SES_Signature``, GB/T 38540 §5.3, laid out
  in the package as GB/T 33190-2016 §18 says): ``Signatures.xml`` listing it, ``Signature.xml``
  naming every file of the document with its SM3 digest, the seal's place on the page
  (``StampAnnot``) and the seal itself (``Seal.esl``), and ``SignedValue.dat``: the SES_Signature,
  whose SM2 signature covers the seal and the SM3 digest of ``Signature.xml`` — change a page and
  its digest no longer matches; change the digests and the signature no longer does.

SM2 is gmssl's (pure Python); SM3 is OpenSSL's through `cryptography`, since the digests run over
whole files. The ASN.1 the standard defines is built here with asn1crypto, which knows the
structures' parts but not the 国密 identifiers (GM/T 0006): they are given below.

The organisation's key, certificate and seal are three files named by
``SHUNIU_DOCUMENTS_SM2_KEY`` (the SM2 private key, PEM ``EC PRIVATE KEY``),
``SHUNIU_DOCUMENTS_SM2_CERTIFICATE`` (PEM) and ``SHUNIU_DOCUMENTS_SM2_SEAL`` (the ``.esl`` the seal
maker issued, DER). Without them (`make dev`, the tests) a development 国密 CA is made once under
``var/signing/sm2/`` with the organisation's certificate and seal; outside development nothing is
sealed without the three configured.
"""

from __future__ import annotations

import base64
import datetime
import io
import os
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import ClassVar
from xml.etree import ElementTree

from asn1crypto import core, keys, pem, x509
from asn1crypto.algos import SignedDigestAlgorithm
from cryptography.hazmat.primitives import hashes
from gmssl import sm2
from shuniu_shared.settings import ConfigurationError
from shuniu_shared.typesetting import MM

from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.signing import SEAL_ABOVE
from shuniu_documents.adapters.typesetting import SealPlace

KEY, CERTIFICATE, SEAL = (
    "SHUNIU_DOCUMENTS_SM2_KEY",
    "SHUNIU_DOCUMENTS_SM2_CERTIFICATE",
    "SHUNIU_DOCUMENTS_SM2_SEAL",
)
VARIABLES = frozenset({KEY, CERTIFICATE, SEAL})

# GM/T 0006-2012 《密码应用标识规范》
SM2_CURVE = "1.2.156.10197.1.301"  # sm2p256v1, the SM2 curve (GB/T 32918.5)
SM3 = "1.2.156.10197.1.401"
SM3_WITH_SM2 = "1.2.156.10197.1.501"
keys.NamedCurve.register("sm2p256v1", SM2_CURVE, 32)

SES_VERSION = 4  # GB/T 38540-2020's SES_Seal and SES_Signature; GM/T 0031-2014's were other shapes
VENDOR = "Shuniu"  # SES_Header.Vid: who made the seal's software
ORGANISATION_SEAL = 1  # SES_ESPropertyInfo.type: 1 单位印章 (an organ's seal), 2 个人印章
CERTIFICATES = 1  # SES_ESPropertyInfo.certListType: 1 the certificates themselves, 2 their digests
ENTL_ID = b"1234567812345678"  # GB/T 35276 §8: the signer's ID when none is agreed (BouncyCastle's too)

OFD = "http://www.ofdspec.org/2016"
ElementTree.register_namespace("ofd", OFD)


# ── SM2 and SM3 ──────────────────────────────────────────────────────────────────────────────


def sm3(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SM3())
    digest.update(data)
    return digest.finalize()


@dataclass(frozen=True)
class Sm2Key:
    """An SM2 private key and its public point (x ‖ y, 64 bytes)."""

    private: int
    public: bytes

    @classmethod
    def generate(cls) -> Sm2Key:
        curve = sm2.default_ecc_table
        d = 1 + secrets.randbelow(int(curve["n"], 16) - 2)
        point = sm2.CryptSM2(private_key=f"{d:064x}", public_key="")._kg(d, curve["g"])
        return cls(d, bytes.fromhex(point))

    def sign(self, message: bytes) -> bytes:
        """SM3withSM2 (GB/T 32918.2 §6.1): SM2 over SM3(Z ‖ message), Z binding the signer's ID and
        public key; the signature DER-encoded (r, s), as X.509 and GB/T 38540 carry it."""
        signer = sm2.CryptSM2(private_key=f"{self.private:064x}", public_key=self.public.hex(), asn1=True)
        e = sm3(self._z() + message)
        n = int(sm2.default_ecc_table["n"], 16)
        while True:  # gmssl gives None for the rare k that makes r or s zero: draw another
            k = 1 + secrets.randbelow(n - 1)  # never gmssl's default k, drawn with `random`
            signature = signer.sign(e, f"{k:064x}")
            if signature:
                return bytes.fromhex(signature)

    def _z(self) -> bytes:
        curve = sm2.default_ecc_table
        entl = (len(ENTL_ID) * 8).to_bytes(2, "big")
        return sm3(entl + ENTL_ID + bytes.fromhex(curve["a"] + curve["b"] + curve["g"]) + self.public)

    def pem(self) -> bytes:
        key = keys.ECPrivateKey(
            {
                "version": "ecPrivkeyVer1",
                "private_key": self.private,
                "parameters": keys.ECDomainParameters(name="named", value="sm2p256v1"),
                "public_key": b"\x04" + self.public,
            }
        )
        return pem.armor("EC PRIVATE KEY", key.dump())

    @classmethod
    def from_pem(cls, data: bytes) -> Sm2Key:
        _, _, der = pem.unarmor(data)
        key = keys.ECPrivateKey.load(der)
        if key["parameters"].chosen.native != "sm2p256v1":
            raise ValueError("签章私钥不是 SM2 密钥 / the signing key is not an SM2 key")
        private = key["private_key"].native
        public = sm2.CryptSM2(private_key=f"{private:064x}", public_key="")._kg(
            private, sm2.default_ecc_table["g"]
        )
        return cls(private, bytes.fromhex(public))


def certificate(
    subject: x509.Name,
    key: Sm2Key,
    issuer: x509.Name,
    issuer_key: Sm2Key,
    *,
    ca: bool,
    now: datetime.datetime,
) -> x509.Certificate:
    """An X.509 certificate for an SM2 public key, signed SM3withSM2 by `issuer_key` (GB/T 20518)."""
    algorithm = SignedDigestAlgorithm({"algorithm": SM3_WITH_SM2})
    # the CA signs the seals it makes (GB/T 38540's 制章者) as well as certificates
    usage = (
        {"digital_signature", "key_cert_sign", "crl_sign"} if ca else {"digital_signature", "non_repudiation"}
    )
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": int.from_bytes(secrets.token_bytes(16), "big") >> 1,
            "signature": algorithm,
            "issuer": issuer,
            "validity": {
                "not_before": x509.Time(name="utc_time", value=now - datetime.timedelta(days=1)),
                "not_after": x509.Time(name="utc_time", value=now + datetime.timedelta(days=3650)),
            },
            "subject": subject,
            "subject_public_key_info": {
                "algorithm": {
                    "algorithm": "ec",
                    "parameters": keys.ECDomainParameters(name="named", value="sm2p256v1"),
                },
                "public_key": b"\x04" + key.public,
            },
            "extensions": [
                {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": ca}},
                {"extn_id": "key_usage", "critical": True, "extn_value": usage},
            ],
        }
    )
    return x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": algorithm,
            "signature_value": issuer_key.sign(tbs.dump()),
        }
    )


# ── GB/T 38540-2020's structures ──────────────────────────────────────────────────────────────


class SESHeader(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("id", core.IA5String),
        ("version", core.Integer),
        ("vid", core.IA5String),
    ]


class CertInfoList(core.SequenceOf):
    _child_spec = core.OctetString


class SESPropertyInfo(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("type", core.Integer),
        ("name", core.UTF8String),
        ("cert_list_type", core.Integer),
        ("cert_list", CertInfoList),
        ("create_date", core.GeneralizedTime),
        ("valid_start", core.GeneralizedTime),
        ("valid_end", core.GeneralizedTime),
    ]


class SESPictureInfo(core.Sequence):  # the standard's SES_ESPictrueInfo
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("type", core.IA5String),
        ("data", core.OctetString),
        ("width", core.Integer),  # mm, as the seal shows on the page
        ("height", core.Integer),
    ]


class SESSealInfo(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("header", SESHeader),
        ("es_id", core.IA5String),
        ("property", SESPropertyInfo),
        ("picture", SESPictureInfo),
    ]


class SESSeal(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("e_seal_info", SESSealInfo),
        ("cert", core.OctetString),  # the seal maker's certificate
        ("sign_alg_id", core.ObjectIdentifier),
        ("signed_value", core.OctetBitString),  # the seal maker's signature over e_seal_info
    ]


class TBSSign(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("version", core.Integer),
        ("eseal", SESSeal),
        ("time_info", core.GeneralizedTime),
        ("data_hash", core.OctetBitString),  # SM3 of what is signed: the OFD's Signature.xml
        ("property_info", core.IA5String),  # where that is: Signature.xml's path in the package
    ]


class SESSignature(core.Sequence):
    _fields: ClassVar[list[tuple[str, type]]] = [
        ("to_sign", TBSSign),
        ("cert", core.OctetString),  # the signer's certificate
        ("signature_alg_id", core.ObjectIdentifier),
        ("signature", core.OctetBitString),
    ]


def make_seal(
    organ: str,
    holder: x509.Certificate,
    maker: x509.Certificate,
    maker_key: Sm2Key,
    *,
    now: datetime.datetime,
    years: int = 10,
) -> SESSeal:
    """The organ's electronic seal, its picture the seal documents draws for the PDF, usable by the
    holder of `holder` (the organisation's certificate), signed by the seal maker."""
    info = SESSealInfo(
        {
            "header": {"id": "ES", "version": SES_VERSION, "vid": VENDOR},
            "es_id": f"{now:%Y%m%d}{secrets.randbelow(10**10):010d}",  # the seal's code
            "property": {
                "type": ORGANISATION_SEAL,
                "name": organ,
                "cert_list_type": CERTIFICATES,
                "cert_list": [holder.dump()],
                "create_date": now,
                "valid_start": now,
                "valid_end": now + datetime.timedelta(days=365 * years),
            },
            "picture": {
                "type": "png",
                "data": seal_image(organ, png=True),
                "width": SEAL_DIAMETER,
                "height": SEAL_DIAMETER,
            },
        }
    )
    return SESSeal(
        {
            "e_seal_info": info,
            "cert": maker.dump(),
            "sign_alg_id": SM3_WITH_SM2,
            "signed_value": maker_key.sign(info.dump()),
        }
    )


# ── the organisation's key, certificate and seal ───────────────────────────────────────────────


@dataclass(frozen=True)
class Sm2Credentials:
    key: Sm2Key
    certificate: x509.Certificate
    seal: SESSeal

    @classmethod
    def from_environment(cls, var_dir: Path, organisation: str, *, development: bool) -> Sm2Credentials:
        """The configured key, certificate and seal, or else, in development only, the development
        ones under `var_dir` (made if missing). In production an OFD is never sealed under a CA of
        Shuniu's own making."""
        configured = {name: os.environ.get(name, "").strip() for name in (KEY, CERTIFICATE, SEAL)}
        if any(configured.values()):
            if missing := [name for name, value in configured.items() if not value]:
                raise ConfigurationError(
                    f"国密签章须同时配置 {', '.join(missing)} / the SM2 seal also needs {', '.join(missing)}"
                )
            return cls.load(Path(configured[KEY]), Path(configured[CERTIFICATE]), Path(configured[SEAL]))
        if not development:
            raise ConfigurationError(
                f"生产环境须以 {KEY}、{CERTIFICATE}、{SEAL} 配置本机关的国密签章私钥、证书和电子印章"
                f" / outside development {KEY}, {CERTIFICATE} and {SEAL} must name the organisation's"
                " SM2 key, certificate and electronic seal"
            )
        return development_sm2(var_dir / "signing" / "sm2", organisation)

    @classmethod
    def load(cls, key: Path, cert: Path, seal: Path) -> Sm2Credentials:
        _, _, der = pem.unarmor(cert.read_bytes())
        return cls(
            Sm2Key.from_pem(key.read_bytes()), x509.Certificate.load(der), SESSeal.load(seal.read_bytes())
        )


def organisation_sm2(var_dir: Path, organisation: str, *, development: bool) -> Sm2Credentials | None:
    """The organisation's 国密 seal, or None in production where none is configured: an office
    without an SM2 certificate still seals its PDF (PAdES), and its OFD is simply not sealed."""
    if not development and not any(os.environ.get(name, "").strip() for name in (KEY, CERTIFICATE, SEAL)):
        return None
    return Sm2Credentials.from_environment(var_dir, organisation, development=development)


def development_sm2(directory: Path, organisation: str) -> Sm2Credentials:
    """A 国密 CA of its own (``ca.pem``, which a verifier is told to trust), the organisation's SM2
    certificate it issued and the organisation's seal it made (``organisation.key``,
    ``organisation.pem``, ``seal.esl``), made the first time and kept, like the RSA ones beside
    them. The CA's key is not kept: nothing else can ever be issued or made under it."""
    key_file, cert_file, seal_file = (
        directory / name for name in ("organisation.key", "organisation.pem", "seal.esl")
    )
    if not seal_file.exists():
        directory.mkdir(parents=True, exist_ok=True)
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)  # validity, not the office's clock
        ca_key, key = Sm2Key.generate(), Sm2Key.generate()
        ca_name = x509.Name.build({"common_name": "Shuniu development SM2 CA（枢纽开发用国密）"})
        ca = certificate(ca_name, ca_key, ca_name, ca_key, ca=True, now=now)
        name = x509.Name.build({"common_name": organisation, "organization_name": organisation})
        holder = certificate(name, key, ca_name, ca_key, ca=False, now=now)
        (directory / "ca.pem").write_bytes(pem.armor("CERTIFICATE", ca.dump()))
        key_file.write_bytes(key.pem())
        key_file.chmod(0o600)
        cert_file.write_bytes(pem.armor("CERTIFICATE", holder.dump()))
        seal_file.write_bytes(make_seal(organisation, holder, ca, ca_key, now=now).dump())
    return Sm2Credentials.load(key_file, cert_file, seal_file)


# ── the OFD sealed ────────────────────────────────────────────────────────────────────────────


def _q(tag: str) -> str:
    return f"{{{OFD}}}{tag}"


def _element(
    parent: ElementTree.Element, tag: str, text: str | None = None, **attributes: str
) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, _q(tag), attributes)
    element.text = text
    return element


def _xml(root: ElementTree.Element) -> bytes:
    return ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)


def seal_ofd(ofd: bytes, place: SealPlace, credentials: Sm2Credentials, now: datetime.datetime) -> bytes:
    """The OFD package with the organisation's electronic seal pressed at `place` (the PDF's: the
    seal's centre a quarter line above the 署名, 居中下压署名和成文日期) and signed SM2 over SM3 as
    GB/T 38540 and GB/T 33190 §18 say. Every file already in the package but ``OFD.xml`` (which
    gains the pointer to the signatures) is named in ``Signature.xml`` with its SM3 digest."""
    try:
        package = zipfile.ZipFile(io.BytesIO(ofd))
        files = {name: package.read(name) for name in package.namelist() if not name.endswith("/")}
        entry = ElementTree.fromstring(files["OFD.xml"])
        body = entry.find(_q("DocBody"))
        root_loc = body.findtext(_q("DocRoot")) if body is not None else None
        if body is None or not root_loc:
            raise ValueError("OFD.xml names no document")
        document_path = PurePosixPath(root_loc.strip().lstrip("/"))
        document = ElementTree.fromstring(files[str(document_path)])
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as error:
        raise ValueError(f"不是可用的 OFD 文件 / not a usable OFD package: {error}") from error
    if body.find(_q("Signatures")) is not None:
        raise ValueError("OFD 文件已有签章 / the OFD package is signed already")
    pages = document.findall(f"{_q('Pages')}/{_q('Page')}")
    if not 1 <= place.page <= len(pages):
        raise ValueError(f"印章所在页 {place.page} 超出文件页数 / page {place.page} of {len(pages)}")

    doc = document_path.parent
    signs = doc / "Signs"
    sign = signs / "Sign_0"
    signature_xml, signed_value, seal_esl = (
        f"/{sign}/{name}" for name in ("Signature.xml", "SignedValue.dat", "Seal.esl")
    )

    signature = ElementTree.Element(_q("Signature"))
    info = _element(signature, "SignedInfo")
    _element(info, "Provider", ProviderName=VENDOR, Version="1.0", Company="Shuniu 枢纽")
    _element(info, "SignatureMethod", SM3_WITH_SM2)
    _element(info, "SignatureDateTime", f"{now.astimezone(datetime.UTC):%Y%m%d%H%M%SZ}")
    references = _element(info, "References", CheckMethod=SM3)
    for name in sorted(n for n in files if n != "OFD.xml"):
        reference = _element(references, "Reference", FileRef=f"/{name}")
        _element(reference, "CheckValue", base64.b64encode(sm3(files[name])).decode())
    r = SEAL_DIAMETER / 2
    x, y = place.x / MM, (place.y - SEAL_ABOVE) / MM  # OFD counts in mm from the page's top left
    _element(
        info,
        "StampAnnot",
        ID="1",
        PageRef=pages[place.page - 1].get("ID", ""),
        Boundary=f"{x - r:.3f} {y - r:.3f} {SEAL_DIAMETER} {SEAL_DIAMETER}",
    )
    _element(_element(info, "Seal"), "BaseLoc", seal_esl)
    _element(signature, "SignedValue", signed_value)
    signature_bytes = _xml(signature)

    to_sign = TBSSign(
        {
            "version": SES_VERSION,
            "eseal": credentials.seal,
            "time_info": now.astimezone(datetime.UTC).replace(microsecond=0),
            "data_hash": sm3(signature_bytes),
            "property_info": signature_xml,
        }
    )
    ses_signature = SESSignature(
        {
            "to_sign": to_sign,
            "cert": credentials.certificate.dump(),
            "signature_alg_id": SM3_WITH_SM2,
            "signature": credentials.key.sign(to_sign.dump()),
        }
    )

    signatures = ElementTree.Element(_q("Signatures"))
    _element(signatures, "MaxSignId", "1")
    _element(signatures, "Signature", ID="1", Type="Seal", BaseLoc=signature_xml)
    # DocBody's children in GB/T 33190's order: DocInfo, DocRoot, Versions, Signatures
    ElementTree.SubElement(body, _q("Signatures")).text = f"/{signs}/Signatures.xml"

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as sealed:
        for name, data in files.items():
            sealed.writestr(name, _xml(entry) if name == "OFD.xml" else data)
        sealed.writestr(f"{signs}/Signatures.xml", _xml(signatures))
        sealed.writestr(signature_xml.lstrip("/"), signature_bytes)
        sealed.writestr(seal_esl.lstrip("/"), credentials.seal.dump())
        sealed.writestr(signed_value.lstrip("/"), ses_signature.dump())
    return out.getvalue()
