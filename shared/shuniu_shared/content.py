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
3. The spool is moved (a rename in a directory) or uploaded (S3, multipart above 8 MiB) to the key
   of its hash — the caller reading it meanwhile, if it asked to (`put_and_read`). A key that exists
   already holds the same bytes: it is left as it is, but its age starts again (`refresh`) — it may
   be an old object nothing refers to any more, which a collection pass would otherwise delete just
   as this upload is about to be recorded as referring to it.
4. Only then does the caller record the file's use (its row and its event), in its own transaction.

A crash between 3 and 4 leaves an object nothing refers to; `collect` deletes such objects once they
are older than a grace period (long enough for any upload still in flight to be recorded). The
caller says which hashes are referenced — an archived record's files always are — so a referenced
file is never collected.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

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
                await self._save(stored, spool)
            except BaseException:
                reading.cancel()
                with contextlib.suppress(BaseException):
                    await reading
                raise
            return stored, await reading
        finally:
            await asyncio.to_thread(spool.unlink, missing_ok=True)

    async def _save(self, stored: StoredFile, spool: Path) -> None:
        key = self.key(stored.sha256)
        try:
            if not await self.backend.refresh(key):
                await self.backend.save(key, spool, stored.size)
        except OSError as exc:
            raise StoreUnavailable(
                "文件存储暂不可用，请稍后重试", "the file store is unavailable; try again shortly"
            ) from exc

    def open(self, sha256: str) -> AsyncIterator[bytes]:
        """The file's bytes, chunk by chunk."""
        return self.backend.read(self.key(sha256))

    async def collect(self, referenced: set[str], *, now: datetime, grace: timedelta) -> list[str]:
        """Delete the objects older than `grace` whose hash is not in `referenced`; their hashes."""
        collected = []
        for key in await self.backend.keys_older_than(self.prefix, now - grace):
            sha256 = key.rsplit("/", 1)[-1]
            if sha256 not in referenced:
                await self.backend.delete(key)
                collected.append(sha256)
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
        # Clients stay per call: they are bound to the event loop that makes them.
        self._session = get_session()
        self._config = Config(
            connect_timeout=2,
            read_timeout=30,
            retries={"max_attempts": 2},
            s3={"addressing_style": "path"},
            # No CRC32 of every part, a third pass over it in the event loop: over plain HTTP the
            # SHA-256 that signs the part has the server check its bytes, over HTTPS TLS does.
            request_checksum_calculation="when_required",
        )

    @contextlib.asynccontextmanager
    async def _client(self) -> AsyncIterator[Any]:
        try:
            async with self._session.create_client(
                "s3",
                endpoint_url=self.endpoint,
                region_name=self.region,
                aws_access_key_id=self._credentials[0],
                aws_secret_access_key=self._credentials[1],
                config=self._config,
            ) as client:
                yield client
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
        # S3 has no touch: an object copied onto itself with its metadata replaced is modified now.
        async with self._client() as s3:
            try:
                await s3.copy_object(
                    Bucket=self.bucket,
                    Key=key,
                    CopySource={"Bucket": self.bucket, "Key": key},
                    MetadataDirective="REPLACE",
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

    async def read(self, key: str) -> AsyncIterator[bytes]:
        async with self._client() as s3:
            response = await s3.get_object(Bucket=self.bucket, Key=key)
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
