"""The content store keeps each file once by its SHA-256, refuses what is too large or of a type the
office does not take before keeping anything, and collects only what nothing refers to."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import zipfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from shuniu_shared.content import (
    ContentStore,
    DirectoryBackend,
    StoredFile,
    StoreUnavailable,
    TooLarge,
    UnacceptableType,
)

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 120


def zipped(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


async def chunks(data: bytes, size: int = 1 << 16) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def read_all(store: ContentStore, sha256: str) -> bytes:
    return b"".join([chunk async for chunk in store.open(sha256)])


@pytest.fixture
def store(tmp_path) -> ContentStore:
    return ContentStore(
        DirectoryBackend(tmp_path / "content"), "documents", max_bytes=30 << 20, spool_dir=tmp_path / "spool"
    )


def stored_objects(tmp_path: Path) -> list[str]:
    return (
        sorted(p.name for p in (tmp_path / "content" / "documents").glob("*"))
        if (tmp_path / "content" / "documents").exists()
        else []
    )


async def test_the_same_bytes_stored_twice_are_one_object(store, tmp_path):
    first = await store.put(chunks(PDF), "扫描件.pdf")
    second = await store.put(chunks(PDF), "另一个名字.pdf")
    assert first.sha256 == second.sha256 == hashlib.sha256(PDF).hexdigest()
    assert (first.size, first.media_type) == (len(PDF), "application/pdf")
    assert stored_objects(tmp_path) == [first.sha256]
    assert await read_all(store, first.sha256) == PDF


async def test_a_20_mb_file_goes_in_and_out_in_chunks_and_comes_back_whole(store):
    data = PDF + os.urandom(20 << 20)
    stored = await store.put(chunks(data), "大文件.pdf")
    assert stored.size == len(data)
    assert hashlib.sha256(await read_all(store, stored.sha256)).hexdigest() == stored.sha256


async def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(tmp_path):
    small = ContentStore(
        DirectoryBackend(tmp_path / "content"), "documents", max_bytes=1 << 20, spool_dir=tmp_path / "spool"
    )
    with pytest.raises(TooLarge) as refused:
        await small.put(chunks(PDF + b"0" * (2 << 20)), "太大.pdf")
    assert refused.value.status == 413
    assert stored_objects(tmp_path) == []
    assert list((tmp_path / "spool").iterdir()) == [], "the spool is gone too"


async def test_a_renamed_executable_is_refused_naming_the_type_its_bytes_say(store, tmp_path):
    with pytest.raises(UnacceptableType) as refused:
        await store.put(chunks(ELF), "收文扫描.pdf")
    assert refused.value.status == 415
    assert refused.value.details["detected"] == "application/x-executable"
    assert "application/x-executable" in refused.value.zh
    assert stored_objects(tmp_path) == []


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (PDF, "application/pdf"),
        (PNG, "image/png"),
        (zipped("OFD.xml", "Doc_0/Document.xml"), "application/ofd"),
        (
            zipped("[Content_Types].xml", "word/document.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
    ids=["pdf", "png", "ofd", "docx"],
)
async def test_the_type_is_read_from_the_bytes_not_the_name(store, data, media_type):
    stored = await store.put(chunks(data), "名字不说明任何问题.bin")
    assert stored.media_type == media_type


async def test_a_plain_zip_is_not_a_document_the_office_takes(store):
    with pytest.raises(UnacceptableType):
        await store.put(chunks(zipped("readme.txt")), "附件.docx")


async def test_an_upload_that_dies_midway_leaves_nothing(store, tmp_path):
    async def broken() -> AsyncIterator[bytes]:
        yield PDF
        raise ConnectionResetError("the client went away")

    with pytest.raises(ConnectionResetError):
        await store.put(broken(), "半截.pdf")
    assert stored_objects(tmp_path) == []
    assert list((tmp_path / "spool").iterdir()) == []


async def test_the_caller_reads_the_upload_from_its_spool_while_it_is_stored(store, tmp_path):
    async def first_bytes(file: StoredFile, spool: Path) -> bytes:
        return await asyncio.to_thread(lambda: spool.read_bytes()[:8])

    stored, read = await store.put_and_read(chunks(PDF), "扫描件.pdf", first_bytes)
    assert read == PDF[:8] and stored.sha256 == hashlib.sha256(PDF).hexdigest()
    assert stored_objects(tmp_path) == [stored.sha256]
    assert list((tmp_path / "spool").iterdir()) == []


async def test_a_store_that_fails_stops_the_reading_and_answers_unavailable(tmp_path):
    (tmp_path / "content").write_text("a file where the store's directory should be")
    store = ContentStore(
        DirectoryBackend(tmp_path / "content"), "documents", max_bytes=1 << 20, spool_dir=tmp_path / "spool"
    )
    reading = asyncio.Event()

    async def forever(file: StoredFile, spool: Path) -> None:
        reading.set()
        await asyncio.Event().wait()

    with pytest.raises(StoreUnavailable):
        await asyncio.wait_for(store.put_and_read(chunks(PDF), "扫描件.pdf", forever), 30)
    assert reading.is_set()
    assert list((tmp_path / "spool").iterdir()) == []


async def test_only_old_files_nothing_refers_to_are_collected(store, tmp_path):
    kept = await store.put(chunks(PDF), "归档件.pdf")
    orphan = await store.put(chunks(PNG), "孤儿.png")
    young = await store.put(chunks(PNG + b"young"), "刚传.png")
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).timestamp()
    for stored in (kept, orphan):
        os.utime(tmp_path / "content" / "documents" / stored.sha256, (an_hour_ago, an_hour_ago))
    collected = await store.collect({kept.sha256}, now=datetime.now(UTC), grace=timedelta(minutes=30))
    assert collected == [orphan.sha256]
    assert stored_objects(tmp_path) == sorted([kept.sha256, young.sha256])


async def test_an_old_orphan_uploaded_again_starts_its_grace_again_and_is_not_collected(store, tmp_path):
    """The upload that finds its bytes stored already is about to refer to them: a collection pass
    must not take them from under it."""
    orphan = await store.put(chunks(PNG), "孤儿.png")
    an_hour_ago = (datetime.now(UTC) - timedelta(hours=1)).timestamp()
    os.utime(tmp_path / "content" / "documents" / orphan.sha256, (an_hour_ago, an_hour_ago))
    again = await store.put(chunks(PNG), "重新上传.png")
    assert again.sha256 == orphan.sha256
    assert await store.collect(set(), now=datetime.now(UTC), grace=timedelta(minutes=30)) == []
    assert stored_objects(tmp_path) == [orphan.sha256]
