"""The content store: files kept once by their SHA-256, streamed in and out, never held whole in memory.

Events and rows refer to a file by its hash, size, media type and name (`StoredFile`); the bytes live
here — in a directory under ``var/`` for `make dev`, in S3-compatible object storage in production.
The same bytes uploaded twice are one object.

How an upload goes, and why nothing half-stored is ever referenced:

1. The bytes are spooled to a temporary file while they are hashed and counted. Past the size limit
   the upload stops at once (`TooLarge`): nothing is kept. The spool is what keeps memory flat
   whatever the size, and it lets the type be read from the bytes before anything is stored.
2. The type is detected from the bytes (`detect_media_type`), never from the name; a type the
   office does not accept is refused (`UnacceptableType`) and nothing is kept.
3. The spool is moved (a rename in a directory) or uploaded (S3) to the key of its hash — the caller
   reading it meanwhile, if it asked to (`put_and_read`). A key that exists already holds the same
   bytes: it is left as it is, but its age starts again (`refresh`) — it may be an old object nothing
   refers to any more, which a collection pass would otherwise delete just as this upload is about to
   be recorded as referring to it. A file past one 8 MiB part goes to S3 while it arrives: each part
   as the spool passes its end, under the upload's own key (``<prefix>/uploads/<random>``, which
   nothing refers to), and stays there: once the hash is known, the hash's key records where its
   bytes are (a mapping — an empty object whose metadata names the upload's key, `Parts.point`).
   Copying 20 MB inside the server to the hash's key cost 0.2–0.3 s after the last byte (SeaweedFS
   has no rename); writing the mapping costs one small request, and a download one more lookup.
   Bytes already known are still stored once: the second upload refreshes the hash's key and deletes
   its own object. An upload that dies, is too large or of a refused type aborts its parts.
4. Only then does the caller record the file's use (its row and its event), in its own transaction.

A crash between 3 and 4 leaves an object nothing refers to; `collect` deletes such objects once they
are older than a grace period (long enough for any upload still in flight to be recorded) — an
upload's own object left by a crash before its mapping was written too (no mapping points at it),
and the parts of an upload a crash left unfinished. The caller says which hashes are referenced — an
archived record's files always are — so a referenced file is never collected: neither its hash's key
nor the upload's object its mapping points at, however old.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import tempfile
import uuid
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

import filetype

from shuniu_shared.errors import ShuniuError
from shuniu_shared.settings import ConfigurationError

CHUNK = 1 << 20  # 1 MiB: the unit files are read, hashed and sent in
MULTIPART_THRESHOLD = 8 << 20
T = TypeVar("T")

# What the office stores: scans and documents (PDF, OFD, images), Word files for import and export.
ACCEPTED_TYPES = frozenset(
    {
        "application/pdf",
        "application/ofd",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "image/png",
        "image/jpeg",
        "image/tiff",
    }
)


class TooLarge(ShuniuError):
    status = 413
    code = "file_too_large"


class UnacceptableType(ShuniuError):
    status = 415
    code = "unsupported_media_type"


class StoreUnavailable(ShuniuError):
    status = 503
    code = "content_store_unavailable"


@dataclass(frozen=True)
class StoredFile:
    """What an event or a row says of a file: never its bytes."""

    sha256: str
    size: int
    media_type: str
    name: str


def detect_media_type(path: Path) -> str | None:
    """The media type the file's bytes say it is; None for a type nobody recognises.

    OFD (GB/T 33190) and .docx are ZIP archives: which one is told by the entries inside (OFD.xml
    at the root; word/document.xml), read from the archive's directory without unpacking it."""
    kind = filetype.guess(str(path))
    if kind is None:
        return None
    if kind.mime == "application/zip" or kind.extension in {"docx", "zip"}:
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return None
        if "OFD.xml" in names:
            return "application/ofd"
        if "word/document.xml" in names:
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return "application/zip"
    return str(kind.mime)


class Backend(Protocol):
    """Where the bytes are kept, by key (`<prefix>/<sha256>`)."""

    async def has(self, key: str) -> bool: ...
    async def refresh(self, key: str) -> bool: ...  # whether it is there; if so, its age starts again
    async def save(self, key: str, spool: Path, size: int) -> None: ...
    def read(self, key: str) -> AsyncIterator[bytes]: ...
    async def delete(self, key: str) -> None: ...
    async def keys_older_than(self, prefix: str, before: datetime) -> list[str]: ...


@runtime_checkable
class Parts(Protocol):
    """A backend that takes an upload in parts as it arrives (S3's multipart upload), under the
    upload's own key, and then records under the hash's key that the hash's bytes are there."""

    async def begin(self, key: str) -> str: ...  # the upload's id
    async def send_part(self, key: str, upload_id: str, number: int, body: bytes) -> str: ...  # ETag
    async def complete(self, key: str, upload_id: str, etags: list[str]) -> None: ...
    async def abort(self, key: str, upload_id: str) -> None: ...
    # `key` (the hash's) maps to the object `staged`, unless it holds the bytes already: then `staged`
    # is deleted. Whether `staged` was kept.
    async def point(self, key: str, staged: str) -> bool: ...
    async def targets(self, prefix: str) -> set[str]: ...  # the objects the mappings point at
    async def delete(self, key: str) -> None: ...
    async def abort_older_than(self, prefix: str, before: datetime) -> None: ...  # unfinished uploads


UPLOADS = "uploads"  # under a service's prefix: the objects of uploads that went in parts
MAPPED = "object"  # a mapping's metadata (x-amz-meta-object): the key of the object holding its bytes


class _PartSender:
    """An upload's parts sent one after another as the spool passes each part's end. Each part is
    read back from the spool when it is sent, so an upload holds one part in memory whatever its size.
    Until `stored_as`, the bytes are only under the upload's own key, which nothing refers to: an
    upload that dies is aborted (`abandon`), and one whose process dies is collected as any orphan."""

    def __init__(self, backend: Parts, key: str, spool: Path) -> None:
        self.backend, self.key, self.spool = backend, key, spool
        self.offered = 0  # bytes of the spool handed to the sender
        self._ends: asyncio.Queue[int | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._upload_id: str | None = None
        self._completed = False
        self._abandoned = False

    @property
    def started(self) -> bool:
        return self._task is not None

    def offer(self, size: int) -> None:
        """The spool holds `size` bytes: send each whole part not yet sent. A sender that failed
        stops the upload here, rather than after all its bytes have come in."""
        if self._task is not None and self._task.done() and self._task.exception() is not None:
            raise StoreUnavailable(
                "文件存储暂不可用，请稍后重试", "the file store is unavailable; try again shortly"
            ) from self._task.exception()
        while size - self.offered >= MULTIPART_THRESHOLD:
            self.offered += MULTIPART_THRESHOLD
            self._queue(self.offered)

    def close(self, size: int) -> None:
        """All `size` bytes are in: the last part, shorter, if the upload went in parts at all (a
        file within one part is stored whole, as a backend without parts stores it)."""
        if self._task is None:
            return
        if size > self.offered:
            self._queue(size)
            self.offered = size
        self._ends.put_nowait(None)

    def _queue(self, end: int) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._send())
        self._ends.put_nowait(end)

    async def _send(self) -> None:
        self._upload_id = await self.backend.begin(self.key)
        etags: list[str] = []
        start = 0
        with self.spool.open("rb") as source:
            while (end := await self._ends.get()) is not None:
                body = await asyncio.to_thread(os.pread, source.fileno(), end - start, start)
                etags.append(await self.backend.send_part(self.key, self._upload_id, len(etags) + 1, body))
                start = end
        if not self._abandoned:
            await self.backend.complete(self.key, self._upload_id, etags)
            self._completed = True

    async def stored_as(self, key: str) -> None:
        """Wait for the last part, then have `key` say the bytes are the upload's object."""
        assert self._task is not None, "stored_as after close, for an upload that went in parts"
        await self._task
        await self.backend.point(key, self.key)
        # Kept, it is the hash's object now; not kept, `point` deleted it: abandoning leaves it be.
        self._completed = False

    async def abandon(self) -> None:
        """Nothing of the upload kept: the sending stopped, the parts sent or the object made deleted.
        The request in flight is let finish rather than cancelled: a multipart upload cancelled while
        it is being created would be made on the server without our knowing its id to abort it."""
        if self._task is None:
            return
        self._abandoned = True
        self._ends.put_nowait(None)
        with contextlib.suppress(Exception):
            await self._task
        with contextlib.suppress(Exception):  # the store away: the upload's parts stay until collected
            if self._completed:
                await self.backend.delete(self.key)
            elif self._upload_id is not None:
                await self.backend.abort(self.key, self._upload_id)


async def _unavailable_on_os_error(work: Awaitable[None]) -> None:
    try:
        await work
    except OSError as exc:
        raise StoreUnavailable(
            "文件存储暂不可用，请稍后重试", "the file store is unavailable; try again shortly"
        ) from exc


class ContentStore:
    """One service's files in a backend, under the service's own prefix (its keys are its own to
    collect)."""

    def __init__(
        self, backend: Backend, prefix: str, *, max_bytes: int, spool_dir: Path | None = None
    ) -> None:
        self.backend = backend
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.spool_dir = spool_dir

    def key(self, sha256: str) -> str:
        return f"{self.prefix}/{sha256}"

    async def put(
        self, chunks: AsyncIterator[bytes], name: str, accepted: Iterable[str] = ACCEPTED_TYPES
    ) -> StoredFile:
        """Store the bytes `chunks` yields; what to record of them. See the module's docstring."""
        stored, _ = await self.put_and_read(chunks, name, _unread, accepted)
        return stored

    async def put_and_read(
        self,
        chunks: AsyncIterator[bytes],
        name: str,
        read: Callable[[StoredFile, Path], Awaitable[T]],
        accepted: Iterable[str] = ACCEPTED_TYPES,
    ) -> tuple[StoredFile, T]:
        """`put`, and `read` given the spooled bytes while they are sent to the store: a caller that
        reads the file (the documents service extracts its text) needs no copy fetched back from the
        store, and the reading costs no time of its own as long as the sending takes longer. A store
        that fails stops the reading; a reading that fails leaves the file stored, unreferenced."""
        if self.spool_dir is not None:
            self.spool_dir.mkdir(parents=True, exist_ok=True)
        descriptor, spool_name = tempfile.mkstemp(prefix="upload-", dir=self.spool_dir)
        spool = Path(spool_name)
        # A backend that takes parts is sent each part as the upload passes its end, under a key of
        # the upload's own: the bytes go on to the store while the rest arrive, instead of after.
        sender = (
            _PartSender(self.backend, f"{self.prefix}/{UPLOADS}/{uuid.uuid4().hex}", spool)
            if isinstance(self.backend, Parts)
            else None
        )
        try:
            digest, size = hashlib.sha256(), 0
            # File I/O runs in a worker thread, chunk by chunk: the event loop serves other
            # requests while a 20 MB scan is written.
            with os.fdopen(descriptor, "wb") as out:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise TooLarge(
                            f"文件超过 {self.max_bytes // (1 << 20)} MiB 的上限",
                            f"the file is larger than the limit of {self.max_bytes // (1 << 20)} MiB",
                        )
                    digest.update(chunk)
                    await asyncio.to_thread(out.write, chunk)
                    if sender is not None and size - sender.offered >= MULTIPART_THRESHOLD:
                        await asyncio.to_thread(out.flush)  # the sender reads the part back from the spool
                        sender.offer(size)
            if sender is not None:
                sender.close(size)
            media_type = await asyncio.to_thread(detect_media_type, spool)
            if media_type not in set(accepted):
                seen = media_type or "无法识别 / unrecognised"
                raise UnacceptableType(
                    f"不接受此类文件（按内容识别为 {seen}）",
                    f"this kind of file is not accepted (its bytes say {seen})",
                    detected=media_type,
                )
            stored = StoredFile(digest.hexdigest(), size, media_type, name)
            reading = asyncio.ensure_future(read(stored, spool))
            try:
                if sender is not None and sender.started:
                    await _unavailable_on_os_error(sender.stored_as(self.key(stored.sha256)))
                else:
                    await self._save(stored, spool)
            except BaseException:
                reading.cancel()
                with contextlib.suppress(BaseException):
                    await reading
                raise
            return stored, await reading
        except BaseException:
            if sender is not None:
                await sender.abandon()
            raise
        finally:
            await asyncio.to_thread(spool.unlink, missing_ok=True)

    async def _save(self, stored: StoredFile, spool: Path) -> None:
        key = self.key(stored.sha256)
        await _unavailable_on_os_error(self._refresh_or_save(key, spool, stored.size))

    async def _refresh_or_save(self, key: str, spool: Path, size: int) -> None:
        if not await self.backend.refresh(key):
            await self.backend.save(key, spool, size)

    async def aclose(self) -> None:
        """Let go of the backend's connections, if it holds any."""
        if isinstance(self.backend, S3Backend):
            await self.backend.aclose()

    def open(self, sha256: str) -> AsyncIterator[bytes]:
        """The file's bytes, chunk by chunk."""
        return self.backend.read(self.key(sha256))

    async def collect(self, referenced: set[str], *, now: datetime, grace: timedelta) -> list[str]:
        """Delete the objects older than `grace` whose hash is not in `referenced`; their hashes.

        An upload's own object (``<prefix>/uploads/…``) goes when it is older than `grace` and no
        mapping left points at it: its hash was collected (the mapping deleted first, here), or a crash
        came before its mapping was written, or two uploads of the same bytes raced and the other's
        mapping won. A mapping is never older than the object it points at (it is written after the
        last part), so an object whose mapping is young is never taken from under it."""
        collected = []
        uploads = f"{self.prefix}/{UPLOADS}/"
        if isinstance(self.backend, Parts):
            await self.backend.abort_older_than(self.prefix, now - grace)
        old = await self.backend.keys_older_than(self.prefix, now - grace)
        for key in old:
            sha256 = key.rsplit("/", 1)[-1]
            if not key.startswith(uploads) and sha256 not in referenced:
                await self.backend.delete(key)
                collected.append(sha256)
        old_uploads = [key for key in old if key.startswith(uploads)]
        if old_uploads:
            pointed = await self.backend.targets(self.prefix) if isinstance(self.backend, Parts) else set()
            for key in old_uploads:
                if key not in pointed:
                    await self.backend.delete(key)
        return collected


class DirectoryBackend:
    """Files under a directory (`make dev`): written by rename, so a key holds all its bytes or none."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key

    async def has(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).exists)

    async def refresh(self, key: str) -> bool:
        try:
            await asyncio.to_thread(os.utime, self._path(key))
        except FileNotFoundError:
            return False
        return True

    async def save(self, key: str, spool: Path, size: int) -> None:
        await asyncio.to_thread(self._save, key, spool)

    def _save(self, key: str, spool: Path) -> None:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = target.with_name(f".{target.name}.partial")
        # Copied beside the target first (the spool may be on another file system), then renamed.
        with spool.open("rb") as source, staged.open("wb") as out:
            while chunk := source.read(CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        staged.replace(target)

    async def read(self, key: str) -> AsyncIterator[bytes]:
        source = await asyncio.to_thread(self._path(key).open, "rb")
        try:
            while chunk := await asyncio.to_thread(source.read, CHUNK):
                yield chunk
        finally:
            source.close()

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, missing_ok=True)

    async def keys_older_than(self, prefix: str, before: datetime) -> list[str]:
        return await asyncio.to_thread(self._keys_older_than, prefix, before)

    def _keys_older_than(self, prefix: str, before: datetime) -> list[str]:
        folder = self.root / prefix
        if not folder.exists():
            return []
        return [
            f"{prefix}/{path.name}"
            for path in folder.iterdir()
            if not path.name.startswith(".") and datetime.fromtimestamp(path.stat().st_mtime, UTC) < before
        ]


class S3Backend:
    """An S3-compatible bucket (production): spooled files uploaded whole or in parts, read back in
    chunks. Any S3 error that is not "no such key" is the store being unavailable (an OSError), which
    the content store reports as 503 so the client retries."""

    def __init__(
        self, endpoint: str, bucket: str, access_key: str, secret_key: str, region: str = "us-east-1"
    ) -> None:
        from aiobotocore.session import get_session
        from botocore.config import Config

        self.endpoint, self.bucket, self.region = endpoint, bucket, region
        self._credentials = (access_key, secret_key)
        # One session for the backend's life: a session loads and parses S3's service model (some
        # megabytes of JSON) on its first client, which was 0.14 s of CPU per call when each call
        # made a session of its own — most of an upload's time in the service (bench.files' profile).
        self._session = get_session()
        self._config = Config(
            connect_timeout=2,
            read_timeout=30,
            retries={"max_attempts": 2},
            s3={"addressing_style": "path"},
            # No CRC32 of every part, a third pass over it in the event loop: over plain HTTP the
            # SHA-256 that signs the part has the server check its bytes, over HTTPS TLS does.
            request_checksum_calculation="when_required",
            max_pool_connections=32,  # eight uploads at once, each with a part in flight, and reads
        )
        # One client for the backend's life on each event loop (a client is bound to the loop that
        # made it): making one per call was ≈ a quarter of an upload's time in the service, five
        # calls per upload (bench.files' profile).
        self._clients: dict[asyncio.AbstractEventLoop, tuple[contextlib.AsyncExitStack, Any]] = {}

    async def _connected(self) -> Any:
        loop = asyncio.get_running_loop()
        held = self._clients.get(loop)
        if held is None:
            for other in [other for other in self._clients if other.is_closed()]:
                del self._clients[other]  # its connections went with its loop
            stack = contextlib.AsyncExitStack()
            client = await stack.enter_async_context(
                self._session.create_client(
                    "s3",
                    endpoint_url=self.endpoint,
                    region_name=self.region,
                    aws_access_key_id=self._credentials[0],
                    aws_secret_access_key=self._credentials[1],
                    config=self._config,
                )
            )
            held = self._clients.setdefault(loop, (stack, client))
            if held[1] is not client:  # another task made one meanwhile: keep one
                await stack.aclose()
        return held[1]

    async def aclose(self) -> None:
        """Let go of this loop's client and its connections (the service stopping)."""
        held = self._clients.pop(asyncio.get_running_loop(), None)
        if held is not None:
            await held[0].aclose()

    @contextlib.asynccontextmanager
    async def _client(self) -> AsyncIterator[Any]:
        try:
            yield await self._connected()
        except OSError:
            raise
        except Exception as exc:  # botocore's errors: endpoint down, timeouts, 5xx
            if _is_missing(exc):
                raise
            raise OSError(f"S3 at {self.endpoint}: {type(exc).__name__}") from exc

    async def create_bucket(self) -> None:
        """Idempotent: a bucket that is there already (ours) is left as it is."""
        async with self._client() as s3:
            try:
                await s3.create_bucket(Bucket=self.bucket)
            except s3.exceptions.BucketAlreadyOwnedByYou:
                pass

    async def has(self, key: str) -> bool:
        async with self._client() as s3:
            try:
                await s3.head_object(Bucket=self.bucket, Key=key)
                return True
            except Exception as exc:
                if _is_missing(exc) or _no_bucket(exc):  # no bucket yet: nothing in it (save makes it)
                    return False
                raise

    async def refresh(self, key: str) -> bool:
        # S3 has no touch: an object copied onto itself with its metadata replaced is modified now. The
        # metadata given is the object's own, so a mapping still says where its bytes are.
        async with self._client() as s3:
            try:
                head = await s3.head_object(Bucket=self.bucket, Key=key)
                if MAPPED in head["Metadata"]:
                    # A mapping whose object is gone (a collection raced an upload of the same bytes)
                    # holds nothing: the upload in hand must not be deleted for it.
                    await s3.head_object(Bucket=self.bucket, Key=head["Metadata"][MAPPED])
                await s3.copy_object(
                    Bucket=self.bucket,
                    Key=key,
                    CopySource={"Bucket": self.bucket, "Key": key},
                    MetadataDirective="REPLACE",
                    Metadata=head["Metadata"],
                )
                return True
            except Exception as exc:
                if _is_missing(exc) or _no_bucket(exc):
                    return False
                raise

    async def save(self, key: str, spool: Path, size: int) -> None:
        try:
            await self._save(key, spool, size)
        except OSError as exc:
            if not _no_bucket(exc.__cause__):
                raise
            # A new installation's bucket nobody has made yet: the service makes it, as it makes its
            # Kafka topics, and stores the file (credentials without CreateBucket keep the 503).
            await self.create_bucket()
            await self._save(key, spool, size)

    async def _save(self, key: str, spool: Path, size: int) -> None:
        async with self._client() as s3:
            if size <= MULTIPART_THRESHOLD:
                body = await asyncio.to_thread(spool.read_bytes)
                await s3.put_object(Bucket=self.bucket, Key=key, Body=body)
                return
            upload = await s3.create_multipart_upload(Bucket=self.bucket, Key=key)
            parts = []
            try:
                with spool.open("rb") as source:
                    number = 1
                    while chunk := await asyncio.to_thread(source.read, MULTIPART_THRESHOLD):
                        part = await s3.upload_part(
                            Bucket=self.bucket,
                            Key=key,
                            UploadId=upload["UploadId"],
                            PartNumber=number,
                            Body=chunk,
                        )
                        parts.append({"ETag": part["ETag"], "PartNumber": number})
                        number += 1
                await s3.complete_multipart_upload(
                    Bucket=self.bucket, Key=key, UploadId=upload["UploadId"], MultipartUpload={"Parts": parts}
                )
            except BaseException:
                with contextlib.suppress(Exception):
                    await s3.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload["UploadId"])
                raise

    # ── an upload sent in parts as it arrives (`Parts`) ──

    async def begin(self, key: str) -> str:
        """A multipart upload to `key`: its id."""
        try:
            return await self._begin(key)
        except OSError as exc:
            if not _no_bucket(exc.__cause__):
                raise
            await self.create_bucket()  # as `save` does, for a new installation's first file
            return await self._begin(key)

    async def _begin(self, key: str) -> str:
        async with self._client() as s3:
            return str((await s3.create_multipart_upload(Bucket=self.bucket, Key=key))["UploadId"])

    async def send_part(self, key: str, upload_id: str, number: int, body: bytes) -> str:
        """Part `number` of the upload; its ETag."""
        async with self._client() as s3:
            part = await s3.upload_part(
                Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=body
            )
            return str(part["ETag"])

    async def complete(self, key: str, upload_id: str, etags: list[str]) -> None:
        parts = [{"ETag": etag, "PartNumber": number} for number, etag in enumerate(etags, 1)]
        async with self._client() as s3:
            await s3.complete_multipart_upload(
                Bucket=self.bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts}
            )

    async def abort(self, key: str, upload_id: str) -> None:
        async with self._client() as s3:
            await s3.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)

    async def abort_older_than(self, prefix: str, before: datetime) -> None:
        async with self._client() as s3:
            paginator = s3.get_paginator("list_multipart_uploads")
            async for page in paginator.paginate(Bucket=self.bucket, Prefix=f"{prefix}/"):
                for upload in page.get("Uploads", []):
                    if upload["Initiated"] < before:
                        await s3.abort_multipart_upload(
                            Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                        )

    async def point(self, key: str, staged: str) -> bool:
        """`key` maps to the staged object (an empty object, the staged key in its metadata), unless
        `key` holds the bytes already: then its age starts again and the staged object is deleted —
        the same bytes are kept once. Whether the staged object was kept. A failure leaves the staged
        object to the caller (who deletes it: nothing will be recorded as referring to it)."""
        if await self.refresh(key):
            await self.delete(staged)
            return False
        async with self._client() as s3:
            await s3.put_object(Bucket=self.bucket, Key=key, Body=b"", Metadata={MAPPED: staged})
        return True

    async def targets(self, prefix: str) -> set[str]:
        """The objects the mappings under `prefix` point at: one HEAD per mapping (an empty object
        outside ``uploads/``; a file stored whole under its hash is never empty, its type is read
        from its bytes), since a listing does not show an object's metadata."""
        pointed = set()
        async with self._client() as s3:
            paginator = s3.get_paginator("list_objects_v2")
            async for page in paginator.paginate(Bucket=self.bucket, Prefix=f"{prefix}/"):
                for item in page.get("Contents", []):
                    if item["Size"] == 0 and not item["Key"].startswith(f"{prefix}/{UPLOADS}/"):
                        head = await s3.head_object(Bucket=self.bucket, Key=item["Key"])
                        if MAPPED in head["Metadata"]:
                            pointed.add(head["Metadata"][MAPPED])
        return pointed

    async def read(self, key: str) -> AsyncIterator[bytes]:
        async with self._client() as s3:
            response = await s3.get_object(Bucket=self.bucket, Key=key)
            mapped = response["Metadata"].get(MAPPED)
            if mapped is not None:  # a mapping: the bytes are under the upload's key it names
                async with response["Body"]:
                    pass
                response = await s3.get_object(Bucket=self.bucket, Key=mapped)
            # A larger read than CHUNK changes nothing: aiohttp gives what it holds, at most 256 KiB
            # (78 reads per 20 MB, CHUNK 1 or 4 MiB alike, measured against SeaweedFS).
            async with response["Body"] as body:
                while chunk := await body.read(CHUNK):
                    yield chunk

    async def delete(self, key: str) -> None:
        async with self._client() as s3:
            await s3.delete_object(Bucket=self.bucket, Key=key)

    async def keys_older_than(self, prefix: str, before: datetime) -> list[str]:
        keys = []
        async with self._client() as s3:
            paginator = s3.get_paginator("list_objects_v2")
            async for page in paginator.paginate(Bucket=self.bucket, Prefix=f"{prefix}/"):
                keys += [item["Key"] for item in page.get("Contents", []) if item["LastModified"] < before]
        return keys


async def _unread(stored: StoredFile, spool: Path) -> None:
    """What `put` reads of the spool: nothing."""


def _no_bucket(exc: BaseException | None) -> bool:
    response = getattr(exc, "response", None)
    return str((response or {}).get("Error", {}).get("Code", "")) == "NoSuchBucket"


def _is_missing(exc: BaseException) -> bool:
    response = getattr(exc, "response", None)
    code = str((response or {}).get("Error", {}).get("Code", ""))
    return code in {"404", "NoSuchKey", "NotFound"}


# ── one service's store, from its own settings ──────────────────────────────────────────────────

DEFAULT_MAX_FILE_MB = 50


def content_variables(service: str) -> frozenset[str]:
    """The settings a service's store reads, ``SHUNIU_<SERVICE>_…``: the directory backend's root
    (unset: ``<var_dir>/content``), the largest file taken in MiB, and the S3-compatible bucket that
    replaces the directory when its endpoint is set."""
    own = f"SHUNIU_{service.upper()}_"
    names = ("CONTENT_DIR", "MAX_FILE_MB", "S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY", "S3_SECRET_KEY")
    return frozenset({*(own + n for n in names), own + "S3_REGION"})


def from_environment(service: str, var_dir: Path) -> ContentStore:
    """The service's store under its own prefix (``<service>/<sha256>``), as its settings say."""
    own = f"SHUNIU_{service.upper()}_"
    max_file_mb, endpoint = own + "MAX_FILE_MB", own + "S3_ENDPOINT"
    try:
        max_bytes = int(os.environ.get(max_file_mb, DEFAULT_MAX_FILE_MB)) << 20
    except ValueError:
        raise ConfigurationError(f"{max_file_mb} must be a whole number of MiB / 须为整数（MiB）") from None
    backend: Backend
    if os.environ.get(endpoint):
        bucket, access, secret = own + "S3_BUCKET", own + "S3_ACCESS_KEY", own + "S3_SECRET_KEY"
        missing = [v for v in (bucket, access, secret) if not os.environ.get(v)]
        if missing:
            raise ConfigurationError(
                f"{endpoint} is set but {', '.join(missing)} is not"
                f" / 已设置 {endpoint}，缺少 {'、'.join(missing)}"
            )
        backend = S3Backend(
            os.environ[endpoint],
            os.environ[bucket],
            os.environ[access],
            os.environ[secret],
            os.environ.get(own + "S3_REGION", "us-east-1"),
        )
    else:
        backend = DirectoryBackend(Path(os.environ.get(own + "CONTENT_DIR") or var_dir / "content"))
    return ContentStore(backend, service, max_bytes=max_bytes, spool_dir=var_dir / "spool")
