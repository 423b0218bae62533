"""The content store on a real S3-compatible server (SeaweedFS, started by the tests): what the
directory backend does, the object store does — and when the store is away, an upload is a 503 the
client retries, and nothing half-stored is referenced."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiobotocore.session import get_session
from shuniu_shared.content import (
    ContentStore,
    S3Backend,
    StoredFile,
    StoreUnavailable,
    TooLarge,
    UnacceptableType,
)

from tests.content.test_content_store import ELF, PDF, PNG, chunks, read_all

pytestmark = pytest.mark.object_store


@pytest.fixture
async def s3_store(object_store, tmp_path) -> AsyncIterator[ContentStore]:
    backend = S3Backend(
        object_store.endpoint,
        f"shuniu-{uuid.uuid4().hex[:8]}",
        object_store.access_key,
        object_store.secret_key,
    )
    await backend.create_bucket()
    yield ContentStore(backend, "documents", max_bytes=30 << 20, spool_dir=tmp_path / "spool")
    await backend.aclose()


async def test_the_same_bytes_stored_twice_are_one_object_in_the_bucket(s3_store):
    first = await s3_store.put(chunks(PDF), "扫描件.pdf")
    second = await s3_store.put(chunks(PDF), "again.pdf")
    assert first.sha256 == second.sha256
    keys = await s3_store.backend.keys_older_than("documents", datetime.now(UTC) + timedelta(minutes=1))
    assert keys == [f"documents/{first.sha256}"]
    assert await read_all(s3_store, first.sha256) == PDF


async def test_a_20_mb_scan_goes_up_in_parts_and_comes_back_whole(s3_store):
    data = PDF + os.urandom(20 << 20)
    stored = await s3_store.put(chunks(data), "5MB以上的扫描件.pdf")
    assert stored.size == len(data)
    assert hashlib.sha256(await read_all(s3_store, stored.sha256)).hexdigest() == stored.sha256


async def test_a_20_mb_scan_uploaded_twice_is_stored_once_and_the_second_upload_leaves_nothing(s3_store):
    """A large upload goes to the bucket in parts while it arrives, under a key of its own, and stays
    there: the hash's key maps to it. The same bytes uploaded again are not kept a second time."""
    data = PDF + os.urandom(20 << 20)
    first = await s3_store.put(chunks(data), "扫描件.pdf")
    objects, _ = await everything_in(s3_store)
    second = await s3_store.put(chunks(data), "同一扫描件.pdf")
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert objects == [f"documents/{first.sha256}", upload_key(objects)]
    assert await everything_in(s3_store) == (objects, [])
    assert await mapping_of(s3_store, first.sha256) == upload_key(objects)
    assert await read_all(s3_store, first.sha256) == data


async def test_a_large_scan_nothing_refers_to_is_collected_after_the_grace_mapping_and_object(s3_store):
    orphan = await s3_store.put(chunks(PDF + os.urandom(9 << 20)), "孤儿扫描件.pdf")
    kept = await s3_store.put(chunks(PDF + os.urandom(9 << 20)), "归档扫描件.pdf")
    grace = timedelta(minutes=30)
    assert await s3_store.collect(set(), now=datetime.now(UTC), grace=grace) == []  # within the grace
    assert len((await everything_in(s3_store))[0]) == 4
    later = datetime.now(UTC) + timedelta(hours=1)
    assert await s3_store.collect({kept.sha256}, now=later, grace=grace) == [orphan.sha256]
    objects, uploads = await everything_in(s3_store)
    assert objects == [f"documents/{kept.sha256}", upload_key(objects)] and uploads == []
    assert upload_key(objects) == await mapping_of(s3_store, kept.sha256)


async def test_an_archived_records_large_scan_stays_however_old_its_object_is(s3_store):
    """The object under the upload's key is older than the grace from the start; the mapping of a
    referenced hash keeps it."""
    kept = await s3_store.put(chunks(PDF + os.urandom(9 << 20)), "归档扫描件.pdf")
    years_later = datetime.now(UTC) + timedelta(days=3650)
    for _ in range(2):
        assert await s3_store.collect({kept.sha256}, now=years_later, grace=timedelta(minutes=30)) == []
    assert hashlib.sha256(await read_all(s3_store, kept.sha256)).hexdigest() == kept.sha256


async def test_a_crash_between_the_last_part_and_the_mapping_leaves_nothing_referenced(s3_store):
    """The process died after its upload was complete, before the hash's key said where it is: the
    hash is not stored (a retry stores it again), and the object goes after the grace."""
    data = PDF + os.urandom(1 << 20)
    backend = s3_store.backend
    assert isinstance(backend, S3Backend)
    upload = await backend.begin("documents/uploads/crashed")
    await backend.complete(
        "documents/uploads/crashed",
        upload,
        [await backend.send_part("documents/uploads/crashed", upload, 1, data)],
    )
    sha256 = hashlib.sha256(data).hexdigest()
    assert not await backend.has(f"documents/{sha256}")
    with pytest.raises(Exception, match="NoSuchKey"):
        await read_all(s3_store, sha256)
    await s3_store.collect(set(), now=datetime.now(UTC), grace=timedelta(minutes=30))
    assert await everything_in(s3_store) == (["documents/uploads/crashed"], [])  # within its grace
    await s3_store.collect(set(), now=datetime.now(UTC) + timedelta(hours=1), grace=timedelta(minutes=30))
    assert await everything_in(s3_store) == ([], [])
    again = await s3_store.put(chunks(data), "重传.pdf")  # the retry: stored, whole
    assert await read_all(s3_store, again.sha256) == data


def upload_key(objects: list[str]) -> str:
    """The one upload's own object among the bucket's keys."""
    (key,) = [key for key in objects if key.startswith("documents/uploads/")]
    return key


async def mapping_of(store: ContentStore, sha256: str) -> str | None:
    """Where the hash's key says its bytes are, read with a client of the test's own."""
    backend = store.backend
    assert isinstance(backend, S3Backend)
    async with own_client(backend) as s3:
        head = await s3.head_object(Bucket=backend.bucket, Key=f"documents/{sha256}")
    return head["Metadata"].get("object")


async def test_a_large_upload_that_dies_after_parts_went_up_leaves_nothing_in_the_bucket(s3_store, tmp_path):
    async def broken() -> AsyncIterator[bytes]:
        async for chunk in chunks(PDF + os.urandom(18 << 20)):  # two whole parts sent, then the end
            yield chunk
        raise ConnectionResetError("the client went away")

    with pytest.raises(ConnectionResetError):
        await s3_store.put(broken(), "半截.pdf")
    assert await everything_in(s3_store) == ([], [])
    assert list((tmp_path / "spool").iterdir()) == []


async def test_a_file_over_the_limit_is_refused_while_it_streams_and_nothing_is_kept(s3_store):
    with pytest.raises(TooLarge) as refused:
        await s3_store.put(chunks(PDF + os.urandom(31 << 20)), "太大.pdf")  # the limit is 30 MiB
    assert refused.value.status == 413
    assert await everything_in(s3_store) == ([], [])


async def test_a_large_executable_sent_in_parts_is_refused_by_its_bytes_and_nothing_is_kept(s3_store):
    with pytest.raises(UnacceptableType) as refused:
        await s3_store.put(chunks(ELF + os.urandom(20 << 20)), "扫描件.pdf")
    assert refused.value.status == 415
    assert await everything_in(s3_store) == ([], [])


async def test_the_parts_of_an_upload_a_crash_left_unfinished_are_collected_with_the_orphans(s3_store):
    backend = s3_store.backend
    assert isinstance(backend, S3Backend)
    upload = await backend.begin("documents/uploads/crashed")  # the process died after its first part
    await backend.send_part("documents/uploads/crashed", upload, 1, PDF)
    await s3_store.collect(set(), now=datetime.now(UTC), grace=timedelta(minutes=30))
    assert await everything_in(s3_store) == ([], ["documents/uploads/crashed"])  # within its grace
    await s3_store.collect(set(), now=datetime.now(UTC) + timedelta(hours=1), grace=timedelta(minutes=30))
    assert await everything_in(s3_store) == ([], [])


async def everything_in(store: ContentStore) -> tuple[list[str], list[str]]:
    """The bucket's objects and its multipart uploads not finished, as the server lists them."""
    backend = store.backend
    assert isinstance(backend, S3Backend)
    async with own_client(backend) as s3:
        objects = await s3.list_objects_v2(Bucket=backend.bucket)
        uploads = await s3.list_multipart_uploads(Bucket=backend.bucket)
    return (
        sorted(item["Key"] for item in objects.get("Contents", [])),
        sorted(item["Key"] for item in uploads.get("Uploads", [])),
    )


def own_client(backend: S3Backend) -> Any:
    return get_session().create_client(
        "s3",
        endpoint_url=backend.endpoint,
        region_name=backend.region,
        aws_access_key_id=backend._credentials[0],
        aws_secret_access_key=backend._credentials[1],
    )


async def test_only_old_files_nothing_refers_to_are_collected_from_the_bucket(s3_store):
    kept = await s3_store.put(chunks(PDF), "归档件.pdf")
    orphan = await s3_store.put(chunks(PNG), "孤儿.png")
    later = datetime.now(UTC) + timedelta(hours=1)  # both are older than the grace when seen from then
    collected = await s3_store.collect({kept.sha256}, now=later, grace=timedelta(minutes=30))
    assert collected == [orphan.sha256]
    assert await s3_store.backend.has(f"documents/{kept.sha256}")
    assert not await s3_store.backend.has(f"documents/{orphan.sha256}")


async def test_with_the_store_away_an_upload_is_a_503_to_retry_and_nothing_is_kept(
    s3_store, object_store, tmp_path
):
    object_store.stop()
    try:
        with pytest.raises(StoreUnavailable) as refused:
            await s3_store.put(chunks(PDF), "断线时上传.pdf")
        assert refused.value.status == 503
        assert list((tmp_path / "spool").iterdir()) == []
    finally:
        object_store.start()
    stored = await retried(lambda: s3_store.put(chunks(PDF), "重试.pdf"))  # as a client retries a 503
    assert await read_all(s3_store, stored.sha256) == PDF


async def retried(upload: Callable[[], Awaitable[StoredFile]], seconds: float = 30) -> StoredFile:
    """What a client does with a 503: try again shortly, until the store is back (bounded)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        try:
            return await upload()
        except StoreUnavailable:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.5)


async def test_a_bucket_nobody_made_is_made_by_the_first_file_stored(object_store, tmp_path):
    """A new installation: the operator named a bucket and started the service; the service makes the
    bucket, as it makes its Kafka topics, instead of answering 503 to every upload."""
    backend = S3Backend(
        object_store.endpoint,
        f"shuniu-new-{uuid.uuid4().hex[:8]}",
        object_store.access_key,
        object_store.secret_key,
    )
    store = ContentStore(backend, "documents", max_bytes=1 << 20, spool_dir=tmp_path / "spool")
    stored = await store.put(chunks(PDF), "第一份.pdf")
    assert await read_all(store, stored.sha256) == PDF
    await backend.create_bucket()  # made already: nothing happens
    assert await read_all(store, stored.sha256) == PDF
    await backend.aclose()
