"""A real PKCS#11 token without a USB key: SoftHSM2 (Debian's `softhsm2`) keeping its token in a
directory of its own, for the tests of the sealed 公文's PKCS#11 signing and for trying the
production settings under `make dev` (docs/services/documents.md, PKCS#11).

`make_token` writes a SoftHSM2 configuration under `base_dir`, initialises a token there
(`softhsm2-util --init-token`), generates an RSA-2048 key pair *on the token* (the private key is
never outside it, as on a USB key) and stores beside it the certificate that `certify` issues for
the token's public key and the issuing CA's certificate (the chain a token usually carries); the
documents service's `issue_certificates` is the one the tests pass, so the token's certificate is
shaped as the development one is. SoftHSM2 reads ``SOFTHSM2_CONF`` when the module is first
loaded (C_Initialize), so the variable is set in this process before anything here loads it, and a
process sees only the token directory it started with: one token per process, made before any
signing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

MODULES = (  # where Debian's libsofthsm2 puts the module (the first is a symlink on amd64)
    Path("/usr/lib/softhsm/libsofthsm2.so"),
    Path("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
)
KEY_ID = b"\x01"  # the key and its certificate share an id, as pkcs11-tool and the vendors' tools do


class SoftHsmError(RuntimeError):
    pass


def softhsm_module() -> Path:
    found = next((module for module in MODULES if module.exists()), None)
    if found is None or shutil.which("softhsm2-util") is None:
        raise SoftHsmError("SoftHSM2 is not installed: run infra/prerequisites.sh (Debian package softhsm2)")
    return found


@dataclass(frozen=True)
class Token:
    """A token and what the signing settings name: module, token label, key label, PIN."""

    module: Path
    label: str
    key_label: str
    pin: str
    config: Path
    certificate_pem: bytes  # the certificate stored for the key, as `certify` issued it
    ca_pem: bytes  # the issuing CA's, for a verifier to trust

    def settings(self) -> dict[str, str]:
        """The documents service's settings that sign with this token (docs/deploy.md)."""
        return {
            "SOFTHSM2_CONF": str(self.config),
            "SHUNIU_DOCUMENTS_SIGNING_PKCS11_MODULE": str(self.module),
            "SHUNIU_DOCUMENTS_SIGNING_PKCS11_TOKEN": self.label,
            "SHUNIU_DOCUMENTS_SIGNING_PKCS11_KEY": self.key_label,
            "SHUNIU_DOCUMENTS_SIGNING_PKCS11_PIN": self.pin,
        }


def make_token(
    base_dir: Path,
    certify: Callable[[rsa.RSAPublicKey], tuple[x509.Certificate, x509.Certificate]],
    *,
    label: str = "shuniu-test",
    key_label: str = "organisation",
    pin: str = "123456",
) -> Token:
    """A SoftHSM2 token under `base_dir` holding a key made on it, the certificate `certify` returns
    for it and the CA's (`certify` gives the CA's and the key's, in that order); sets
    ``SOFTHSM2_CONF`` in this process (see the module's docstring)."""
    module = softhsm_module()
    tokens = base_dir / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    config = base_dir / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(config)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", pin + "so", "--pin", pin],
        check=True,
        capture_output=True,
        env=os.environ | {"SOFTHSM2_CONF": str(config)},
    )
    session = pkcs11.lib(str(module)).get_token(token_label=label).open(rw=True, user_pin=pin)
    try:
        public, _ = session.generate_keypair(
            KeyType.RSA, 2048, id=KEY_ID, label=key_label, store=True
        )  # the private key is made on the token, sensitive and not extractable
        key = rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public[Attribute.MODULUS], "big"),
        ).public_key()
        ca, certificate = certify(key)
        for stored, object_label, object_id in ((certificate, key_label, KEY_ID), (ca, "ca", b"\x02")):
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: object_label,
                    Attribute.ID: object_id,
                    Attribute.SUBJECT: stored.subject.public_bytes(),
                    Attribute.VALUE: stored.public_bytes(Encoding.DER),
                }
            )
    finally:
        session.close()
    return Token(
        module,
        label,
        key_label,
        pin,
        config,
        certificate.public_bytes(Encoding.PEM),
        ca.public_bytes(Encoding.PEM),
    )
