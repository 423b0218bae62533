"""The documents service's content store (shuniu_shared.content), wired from its own settings once
per runtime: a directory under ``var/`` by default (`make dev`, the tests), an S3-compatible bucket
when ``SHUNIU_DOCUMENTS_S3_ENDPOINT`` names one."""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from shuniu_shared.content import Backend, ContentStore, DirectoryBackend, S3Backend
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import ConfigurationError

PREFIX = "documents"  # the service's keys in a store it may share: `documents/<sha256>`
CONTENT_DIR = "SHUNIU_DOCUMENTS_CONTENT_DIR"  # the directory backend's root; unset: <var_dir>/content
MAX_FILE_MB = "SHUNIU_DOCUMENTS_MAX_FILE_MB"  # the largest file taken, in MiB
S3_ENDPOINT = "SHUNIU_DOCUMENTS_S3_ENDPOINT"  # e.g. http://seaweedfs:8333; unset: the directory
S3_BUCKET = "SHUNIU_DOCUMENTS_S3_BUCKET"
S3_ACCESS_KEY = "SHUNIU_DOCUMENTS_S3_ACCESS_KEY"
S3_SECRET_KEY = "SHUNIU_DOCUMENTS_S3_SECRET_KEY"
S3_REGION = "SHUNIU_DOCUMENTS_S3_REGION"
VARIABLES = frozenset(
    {CONTENT_DIR, MAX_FILE_MB, S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION}
)
DEFAULT_MAX_FILE_MB = 50

_stores: weakref.WeakKeyDictionary[ServiceRuntime, ContentStore] = weakref.WeakKeyDictionary()


def content_store(runtime: ServiceRuntime) -> ContentStore:
    """The runtime's store, made from the environment the first time it is asked for."""
    store = _stores.get(runtime)
    if store is None:
        store = _stores[runtime] = from_environment(runtime.settings.var_dir)
    return store


def from_environment(var_dir: Path) -> ContentStore:
    try:
        max_bytes = int(os.environ.get(MAX_FILE_MB, DEFAULT_MAX_FILE_MB)) << 20
    except ValueError:
        raise ConfigurationError(f"{MAX_FILE_MB} must be a whole number of MiB / 须为整数（MiB）") from None
    backend: Backend
    endpoint = os.environ.get(S3_ENDPOINT)
    if endpoint:
        missing = [v for v in (S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY) if not os.environ.get(v)]
        if missing:
            raise ConfigurationError(
                f"{S3_ENDPOINT} is set but {', '.join(missing)} is not"
                f" / 已设置 {S3_ENDPOINT}，缺少 {'、'.join(missing)}"
            )
        backend = S3Backend(
            endpoint,
            os.environ[S3_BUCKET],
            os.environ[S3_ACCESS_KEY],
            os.environ[S3_SECRET_KEY],
            os.environ.get(S3_REGION, "us-east-1"),
        )
    else:
        backend = DirectoryBackend(Path(os.environ.get(CONTENT_DIR) or var_dir / "content"))
    return ContentStore(backend, PREFIX, max_bytes=max_bytes, spool_dir=var_dir / "spool")
