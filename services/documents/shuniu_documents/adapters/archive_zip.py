"""The archive package as one ZIP (归档包): every file an archived document holds, with a manifest of
their hashes that anyone can check offline with coreutils alone —

    unzip 归档包.zip -d 归档包 && cd 归档包 && sha256sum -c SHA256SUMS

What goes in follows the practice of electronic-document archiving (GB/T 39362-2020 as far as a
system can follow it on its own): the record's metadata and its handling record (处理单) in local
time, each as a readable and a machine-readable file, and the content itself — for a 收文 its scan
and attachments as they were attached; for a 发文 the typeset PDF and the Word file of the final
正文, and every version of the 正文 with the redline from the one before. `manifest.json` names each
file's role, type, size and hash; `SHA256SUMS` repeats the hashes in the format `sha256sum -c`
reads, itself the one file not listed.

Stored files are streamed from the content store into the ZIP as they are read, never held whole;
the ZIP is built in a temporary file, which the route streams out and removes.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import IO, Any

from shuniu_shared.content import ContentStore

MANIFEST, CHECKSUMS = "manifest.json", "SHA256SUMS"


@dataclass(frozen=True)
class Made:
    """A file the package is made of here: the record as text, a typeset PDF, a version as JSON."""

    path: str
    role: str  # what it is, in the office's words
    media_type: str
    content: bytes


@dataclass(frozen=True)
class Stored:
    """A file the content store holds under its hash: a 收文's scan or attachment."""

    path: str
    role: str
    media_type: str
    sha256: str
    size: int
    name: str  # as the uploader gave it: the path is made safe, the name is kept


def as_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str).encode() + b"\n"


async def write_package(
    target: IO[bytes], entries: list[Made | Stored], store: ContentStore, about: dict[str, Any]
) -> dict[str, Any]:
    """Write the ZIP into `target` and return its manifest. A stored file whose bytes do not hash to
    the hash it is kept under is not packed as if it were sound: the store is damaged, and the
    package says so by failing (ValueError) rather than certifying what it cannot."""
    listed: list[dict[str, Any]] = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for entry in entries:
            digest = hashlib.sha256()
            size = 0
            # a PDF or a scan gains next to nothing from deflating, and costs the CPU of a copy
            kind = zipfile.ZIP_STORED if entry.media_type.startswith(("application/pdf", "image/")) else None
            with package.open(_info(entry.path, kind), "w", force_zip64=True) as member:
                chunks = _chunks(entry) if isinstance(entry, Made) else store.open(entry.sha256)
                async for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    member.write(chunk)
            if isinstance(entry, Stored) and digest.hexdigest() != entry.sha256:
                raise ValueError(f"{entry.path}: the stored bytes do not match their hash {entry.sha256}")
            listed.append(
                {
                    "path": entry.path,
                    "role": entry.role,
                    "media_type": entry.media_type,
                    "size": size,
                    "sha256": digest.hexdigest(),
                }
                | ({"name": entry.name} if isinstance(entry, Stored) else {})
            )
        manifest = about | {"files": listed}
        manifest_bytes = as_json(manifest)
        package.writestr(_info(MANIFEST, None), manifest_bytes)
        sums = [(f["sha256"], f["path"]) for f in listed]
        sums.append((hashlib.sha256(manifest_bytes).hexdigest(), MANIFEST))
        package.writestr(_info(CHECKSUMS, None), "".join(f"{h}  {p}\n" for h, p in sums))
    return manifest


def _info(path: str, compression: int | None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))  # the same record, the same bytes
    info.compress_type = zipfile.ZIP_DEFLATED if compression is None else compression
    return info


async def _chunks(entry: Made) -> AsyncIterator[bytes]:
    yield entry.content
