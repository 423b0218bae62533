"""The OFD 公文 sealed with the organ's 国密 electronic seal (issue 19, deliver 3): the seal (SES_Seal,
GB/T 38540-2020) made by a development SM2 CA, pressed where the PDF's is, and the OFD signed SM2
over SM3 — checked by ofdrw's GB/T 38540 verifier and BouncyCastle (nobody here wrote them) and by
gmssl's SM2 in Python; one changed byte on a signed page and ofdrw says it is no longer valid."""

from __future__ import annotations

import base64
import hashlib
import io
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from asn1crypto import pem, x509
from gmssl import func
from gmssl import sm2 as gmssl_sm2
from gmssl import sm3 as gmssl_sm3
from PIL import Image
from shuniu_documents.adapters.sealing import SEAL_DIAMETER, seal_image
from shuniu_documents.adapters.signing import SEAL_ABOVE
from shuniu_documents.adapters.sm2_seal import (
    CERTIFICATE,
    KEY,
    SEAL,
    SM2_CURVE,
    SM3_WITH_SM2,
    SESSeal,
    SESSignature,
    Sm2Credentials,
    development_sm2,
    seal_ofd,
)
from shuniu_documents.adapters.typesetting import MM, SealPlace
from shuniu_documents.app.files import referenced_files
from shuniu_infra.ofdrw import ensure_ofdrw_jars
from shuniu_shared.settings import ConfigurationError

from tests.documents.office import Office
from tests.documents.test_sealing import seal_used, use_the_seal
from tests.documents.test_supervision_and_events import eventually
from tests.documents.test_typesetting import ARTIFACTS, upward_request

ORGAN = "F县人民政府"
OFD_NS = {"ofd": "http://www.ofdspec.org/2016"}
CHECKER = Path(__file__).parent / "java" / "Sm2SealCheck.java"
WRITER = Path(__file__).parent / "java" / "WriteOfd.java"
RENDERER = Path(__file__).parent / "java" / "RenderPage.java"
PIXELS_PER_MM = 4
SIGNED_AT = datetime(2026, 12, 7, 2, 30, tzinfo=UTC)  # 10:30 in Beijing
# the 署名 centred 4 characters in from the right of the 版心 on the last page, as typesetting puts it
PLACE = SealPlace(page=2, x=(28 + 156 - 4 * 5.6 - 21) * MM, y=(37 + 6 * 10.2) * MM)


def gmssl_hash(data: bytes) -> bytes:
    return bytes.fromhex(gmssl_sm3.sm3_hash(func.bytes_to_list(data)))


def gmssl_verifies(certificate: x509.Certificate, signature: bytes, message: bytes) -> bool:
    public = certificate.public_key["public_key"].native[1:].hex()  # x ‖ y, without the 04
    verifier = gmssl_sm2.CryptSM2(private_key="", public_key=public, asn1=True)
    return bool(verifier.verify_with_sm3(signature.hex(), message))


def text_object(id: int, y: float, text: str, x: float = 28) -> str:
    return (
        f'<ofd:TextObject ID="{id}" Boundary="{x} {y} 156 8" Font="3" Size="5.6">'
        f'<ofd:TextCode X="0" Y="6" DeltaX="g {len(text) - 1} 5.6">{text}</ofd:TextCode></ofd:TextObject>'
    )


def page(id: int, texts: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
        f'<ofd:Content><ofd:Layer ID="{id}">{texts}</ofd:Layer></ofd:Content></ofd:Page>'
    ).encode()


def two_page_ofd() -> bytes:
    """A minimal OFD (GB/T 33190) of a 请示 over two A4 pages, the 署名 and 成文日期 on the second —
    a stand-in for documents' own OFD of the 发文, written by hand and read by ofdrw."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    files: dict[str, str | bytes] = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>6f1c0e6a9d2b4c8e8f7a1b2c3d4e5f60</ofd:DocID>"
        "<ofd:Title>关于申请专项经费的请示</ofd:Title><ofd:CreationDate>2026-12-07</ofd:CreationDate>"
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}>'
        "<ofd:CommonData><ofd:MaxUnitID>20</ofd:MaxUnitID><ofd:PageArea>"
        "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
        '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
        '<ofd:Page ID="2" BaseLoc="Pages/Page_1/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/PublicRes.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
        '<ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
        "Doc_0/Pages/Page_0/Content.xml": page(4, text_object(5, 37, "关于申请专项经费的请示")),
        "Doc_0/Pages/Page_1/Content.xml": page(
            6,
            text_object(7, 37, "妥否，请批示。")
            + text_object(8, 37 + 6 * 10.2, ORGAN, x=PLACE.x / MM - 16.8)
            + text_object(9, 37 + 7 * 10.2, "2026年12月7日", x=PLACE.x / MM - 19.6),
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in files.items():
            package.writestr(name, data)
    return out.getvalue()


def replaced(ofd: bytes, changes: dict[str, bytes]) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(ofd)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name in source.namelist():
            package.writestr(name, changes.get(name, source.read(name)))
    return out.getvalue()


def ofdrw_says(ca: Path, directory: Path, **files: bytes) -> dict[str, str]:
    """What ofdrw (and BouncyCastle, for the chain to the CA) say of each file: one run of the JVM."""
    paths = []
    for name, data in files.items():
        (path := directory / f"{name}.ofd").write_bytes(data)
        paths.append(str(path))
    run = subprocess.run(
        ["java", "-cp", f"{ensure_ofdrw_jars()}/*", str(CHECKER), str(ca), *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith(("valid", "invalid"))]
    assert len(lines) == len(files), run.stdout + run.stderr
    return dict(zip(files, lines, strict=True))


@pytest.fixture(scope="module")
def signing_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("signing")


@pytest.fixture(scope="module")
def credentials(signing_dir: Path) -> Sm2Credentials:
    return development_sm2(signing_dir / "sm2", ORGAN)


@pytest.fixture(scope="module")
def written_by_ofdrw(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A one-page OFD that ofdrw's layout engine wrote."""
    path = tmp_path_factory.mktemp("ofdrw") / "written.ofd"
    subprocess.run(
        ["java", "-cp", f"{ensure_ofdrw_jars()}/*", str(WRITER), str(path)],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return path.read_bytes()


@pytest.fixture(scope="module")
def sealed(credentials: Sm2Credentials) -> bytes:
    return seal_ofd(two_page_ofd(), PLACE, credentials, SIGNED_AT)


def read(ofd: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(ofd)).read(name)


# ── the certificate and the seal ────────────────────────────────────────────────────────────


def test_the_organisations_certificate_is_sm2_signed_sm3withsm2_by_the_development_ca(
    credentials: Sm2Credentials, signing_dir: Path
) -> None:
    ca = x509.Certificate.load(pem.unarmor((signing_dir / "sm2" / "ca.pem").read_bytes())[2])
    certificate = credentials.certificate
    assert certificate.subject.native["common_name"] == ORGAN
    assert certificate.issuer == ca.subject
    assert certificate.public_key["algorithm"]["parameters"].chosen.dotted == SM2_CURVE
    assert certificate["signature_algorithm"]["algorithm"].dotted == SM3_WITH_SM2
    assert gmssl_verifies(ca, certificate["signature_value"].native, certificate["tbs_certificate"].dump())
    assert (signing_dir / "sm2" / "organisation.key").stat().st_mode & 0o077 == 0


def test_the_development_ca_is_made_once_and_kept(credentials: Sm2Credentials, signing_dir: Path) -> None:
    again = development_sm2(signing_dir / "sm2", ORGAN)
    assert again.certificate.dump() == credentials.certificate.dump()
    assert again.seal.dump() == credentials.seal.dump()


def test_the_seal_carries_the_organs_picture_and_who_may_use_it_signed_by_its_maker(
    credentials: Sm2Credentials, signing_dir: Path
) -> None:
    seal = credentials.seal
    info = seal["e_seal_info"]
    assert info["header"].native == {"id": "ES", "version": 4, "vid": "Shuniu"}
    assert info["property"]["name"].native == ORGAN
    assert info["property"]["type"].native == 1  # 单位印章
    assert info["property"]["cert_list"].native == [credentials.certificate.dump()]
    picture = info["picture"]
    assert picture["type"].native == "png"
    assert picture["data"].native == seal_image(ORGAN, png=True)  # the seal the PDF shows, as a picture
    assert (picture["width"].native, picture["height"].native) == (SEAL_DIAMETER, SEAL_DIAMETER)
    maker = x509.Certificate.load(seal["cert"].native)
    assert maker.subject == credentials.certificate.issuer  # the CA made it
    assert gmssl_verifies(maker, seal["signed_value"].native, info.dump())


# ── the OFD signed ──────────────────────────────────────────────────────────────────────────


def test_ofdrw_finds_the_sealed_ofd_valid_and_a_changed_byte_on_a_page_breaks_it(
    sealed: bytes, written_by_ofdrw: bytes, credentials: Sm2Credentials, signing_dir: Path, tmp_path: Path
) -> None:
    on_ofdrws = seal_ofd(written_by_ofdrw, SealPlace(page=1, x=PLACE.x, y=PLACE.y), credentials, SIGNED_AT)
    content = read(sealed, "Doc_0/Pages/Page_1/Content.xml")
    at = content.index("妥否".encode())
    tampered_page = replaced(
        sealed, {"Doc_0/Pages/Page_1/Content.xml": content[:at] + b"X" + content[at + 1 :]}
    )
    # a forger who changes the page and writes its new digest into Signature.xml: the SM2 signature,
    # over Signature.xml's digest, no longer matches
    signature_xml = read(sealed, "Doc_0/Signs/Sign_0/Signature.xml")
    changed = content.replace("妥否".encode(), "同意".encode())
    old = base64.b64encode(gmssl_hash(content))
    new = base64.b64encode(gmssl_hash(changed))
    assert old in signature_xml
    forged = replaced(
        sealed,
        {
            "Doc_0/Pages/Page_1/Content.xml": changed,
            "Doc_0/Signs/Sign_0/Signature.xml": signature_xml.replace(old, new),
        },
    )
    said = ofdrw_says(
        signing_dir / "sm2" / "ca.pem",
        tmp_path,
        sealed=sealed,
        tampered=tampered_page,
        forged=forged,
        on_ofdrws=on_ofdrws,
    )
    assert said["sealed"].startswith("valid"), said
    assert f"CN={ORGAN}" in said["sealed"] and said["sealed"].endswith(f"| {ORGAN}")
    assert said["on_ofdrws"].startswith("valid"), said  # an OFD Shuniu did not write takes the seal too
    assert said["tampered"].startswith("invalid") and "Content.xml" in said["tampered"], said
    assert said["forged"].startswith("invalid") and "Signature.xml" in said["forged"], said


def test_gmssl_verifies_the_signature_over_the_digests_of_every_file(
    sealed: bytes, credentials: Sm2Credentials
) -> None:
    ses = SESSignature.load(read(sealed, "Doc_0/Signs/Sign_0/SignedValue.dat"))
    to_sign = ses["to_sign"]
    signature_xml = read(sealed, "Doc_0/Signs/Sign_0/Signature.xml")
    assert to_sign["data_hash"].native == gmssl_hash(signature_xml)
    assert to_sign["property_info"].native == "/Doc_0/Signs/Sign_0/Signature.xml"
    assert to_sign["time_info"].native == SIGNED_AT
    assert to_sign["eseal"].dump() == read(sealed, "Doc_0/Signs/Sign_0/Seal.esl") == credentials.seal.dump()
    signer = x509.Certificate.load(ses["cert"].native)
    assert gmssl_verifies(signer, ses["signature"].native, to_sign.dump())

    info = ElementTree.fromstring(signature_xml).find("ofd:SignedInfo", OFD_NS)
    assert info is not None
    references = {
        ref.get("FileRef"): base64.b64decode(ref.findtext("ofd:CheckValue", "", OFD_NS))
        for ref in info.findall("ofd:References/ofd:Reference", OFD_NS)
    }
    original = zipfile.ZipFile(io.BytesIO(two_page_ofd()))
    # every file of the document as it was, but OFD.xml, which gains the pointer to the signatures
    assert set(references) == {f"/{name}" for name in original.namelist() if name != "OFD.xml"}
    for name in original.namelist():
        if name != "OFD.xml":
            assert references[f"/{name}"] == gmssl_hash(original.read(name))
    entry = ElementTree.fromstring(read(sealed, "OFD.xml"))
    assert entry.findtext("ofd:DocBody/ofd:Signatures", None, OFD_NS) == "/Doc_0/Signs/Signatures.xml"


def test_the_seal_is_pressed_where_the_pdfs_is_centred_on_the_signature_and_date(sealed: bytes) -> None:
    info = ElementTree.fromstring(read(sealed, "Doc_0/Signs/Sign_0/Signature.xml")).find(
        "ofd:SignedInfo", OFD_NS
    )
    assert info is not None
    stamp = info.find("ofd:StampAnnot", OFD_NS)
    assert stamp is not None and stamp.get("PageRef") == "2"  # the page the 署名 is on
    left, top, width, height = (float(v) for v in stamp.get("Boundary", "").split())
    assert (width, height) == (SEAL_DIAMETER, SEAL_DIAMETER)
    centre_x, centre_y = left + width / 2, top + height / 2
    assert centre_x == pytest.approx(PLACE.x / MM, abs=0.01)  # 居中: on the 署名's axis
    # 下压: the 署名's top a quarter line below the seal's centre, and the 署名 and the date (a line
    # and an em, 16 mm) inside the seal's lower half
    assert PLACE.y / MM - centre_y == pytest.approx(SEAL_ABOVE / MM, abs=0.01)
    assert centre_y < PLACE.y / MM < PLACE.y / MM + 16 < centre_y + SEAL_DIAMETER / 2


def test_ofdrws_renderer_draws_the_seals_picture_where_the_stamp_says(sealed: bytes, tmp_path: Path) -> None:
    (path := tmp_path / "sealed.ofd").write_bytes(sealed)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = ARTIFACTS / "sm2-sealed-ofd-page-2.png"  # kept, to be looked at
    subprocess.run(
        [
            "java",
            "-cp",
            f"{ensure_ofdrw_jars()}/*",
            str(RENDERER),
            str(path),
            "1",
            str(PIXELS_PER_MM),
            str(png),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    image = Image.open(png).convert("RGB")
    assert image.size == (210 * PIXELS_PER_MM, 297 * PIXELS_PER_MM)  # the A4 page
    r, g, b = image.split()
    # the page's red pixels: the seal's, since nothing else on this page is red
    mask = Image.eval(r, lambda v: 255 if v > 180 else 0)
    mask.paste(0, mask=Image.eval(g, lambda v: 255 if v > 100 else 0))
    mask.paste(0, mask=Image.eval(b, lambda v: 255 if v > 100 else 0))
    box = mask.getbbox()
    assert box is not None, "no seal drawn"
    left, top, right, bottom = (edge / PIXELS_PER_MM for edge in box)
    centre_x, centre_y = PLACE.x / MM, (PLACE.y - SEAL_ABOVE) / MM
    assert right - left == pytest.approx(SEAL_DIAMETER, abs=1.5)  # the 42 mm seal, drawn 42 mm across
    assert bottom - top == pytest.approx(SEAL_DIAMETER, abs=1.5)
    assert (left + right) / 2 == pytest.approx(centre_x, abs=1)
    assert (top + bottom) / 2 == pytest.approx(centre_y, abs=1)


# ── what is refused ─────────────────────────────────────────────────────────────────────────


def test_what_is_not_an_ofd_or_cannot_take_the_seal_is_refused_clearly(
    sealed: bytes, credentials: Sm2Credentials
) -> None:
    with pytest.raises(ValueError, match="不是可用的 OFD 文件"):
        seal_ofd(b"%PDF-1.7 not an OFD", PLACE, credentials, SIGNED_AT)
    with pytest.raises(ValueError, match="不是可用的 OFD 文件"):
        seal_ofd(replaced(two_page_ofd(), {"OFD.xml": b"<ofd:OFD"}), PLACE, credentials, SIGNED_AT)
    with pytest.raises(ValueError, match="超出文件页数"):
        seal_ofd(two_page_ofd(), SealPlace(page=3, x=PLACE.x, y=PLACE.y), credentials, SIGNED_AT)
    with pytest.raises(ValueError, match="已有签章"):
        seal_ofd(sealed, PLACE, credentials, SIGNED_AT)


def test_outside_development_the_organisations_own_sm2_key_certificate_and_seal_are_required(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, signing_dir: Path
) -> None:
    for name in (KEY, CERTIFICATE, SEAL):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="生产环境须以"):
        Sm2Credentials.from_environment(tmp_path, ORGAN, development=False)
    assert not (tmp_path / "signing").exists()  # nothing made of Shuniu's own in production
    made = signing_dir / "sm2"
    monkeypatch.setenv(KEY, str(made / "organisation.key"))
    with pytest.raises(ConfigurationError, match="须同时配置"):
        Sm2Credentials.from_environment(tmp_path, ORGAN, development=False)
    monkeypatch.setenv(CERTIFICATE, str(made / "organisation.pem"))
    monkeypatch.setenv(SEAL, str(made / "seal.esl"))
    configured = Sm2Credentials.from_environment(tmp_path, ORGAN, development=False)
    assert configured.certificate.subject.native["common_name"] == ORGAN
    assert configured.seal.dump() == (made / "seal.esl").read_bytes()
    assert SESSeal.load(configured.seal.dump())["e_seal_info"]["property"]["name"].native == ORGAN


# ── at 用印 ─────────────────────────────────────────────────────────────────────────────────


async def test_the_seal_keepers_use_also_seals_the_ofd_which_ofdrw_finds_valid(
    office: Office, tmp_path: Path
) -> None:
    id = await upward_request(office)
    typeset_pdf = (await office.client.get(f"/outgoing/{id}/pdf", headers=office.service.as_("shen"))).content
    sealed_ofd_url = f"/outgoing/{id}/ofd?sealed=true"
    assert (await office.client.get(sealed_ofd_url, headers=office.service.as_("shen"))).status_code == 404
    await use_the_seal(office, seal_used("sealreq-ofd", id, hashlib.sha256(typeset_pdf).hexdigest()))

    async def sealed() -> bool:
        return (
            await office.client.get(sealed_ofd_url, headers=office.service.as_("shen"))
        ).status_code == 200

    await eventually(sealed)
    answer = await office.client.get(sealed_ofd_url, headers=office.service.as_("shen"))
    assert answer.headers["content-type"] == "application/ofd"
    # outside the 发文's audience the sealed OFD is not there, as the document is not
    assert (await office.client.get(sealed_ofd_url, headers=office.service.as_("zhao"))).status_code == 404
    ca = office.service.runtime.settings.var_dir / "signing" / "sm2" / "ca.pem"
    said = ofdrw_says(ca, tmp_path, sealed=answer.content)
    assert said["sealed"].startswith("valid") and said["sealed"].endswith(f"| {ORGAN}"), said
    # the sealed OFD is a file of the 发文: never collected while the 发文 refers to it
    assert hashlib.sha256(answer.content).hexdigest() in await referenced_files(office.service.runtime)
