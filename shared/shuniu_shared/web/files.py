"""Files over HTTP, the same for every service that keeps them (documents' scans and attachments,
supervision's research reports): the service's content store, wired once per runtime from its own
settings (`shuniu_shared.content.from_environment`), the uploader's file name read from its header,
the name given back to the browser, and a download that fails while it still can say so."""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote, unquote

from fastapi import Request

from shuniu_shared.content import ContentStore, StoreUnavailable, TooLarge, from_environment
from shuniu_shared.errors import InvalidInput
from shuniu_shared.runtime import ServiceRuntime

LONGEST_NAME = 1000  # characters of a file name as given
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "description": "文件内容 / the file's bytes",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}

_stores: weakref.WeakKeyDictionary[ServiceRuntime, ContentStore] = weakref.WeakKeyDictionary()


def content_store(runtime: ServiceRuntime) -> ContentStore:
    """The runtime's store, made from the service's environment the first time it is asked for."""
    store = _stores.get(runtime)
    if store is None:
        store = _stores[runtime] = from_environment(runtime.definition.name, runtime.settings.var_dir)
        runtime.closing.append(store.aclose)
    return store


def refuse_declared_oversize(request: Request, store: ContentStore) -> None:
    """413 before a byte is read when the body says it is over the limit (the stream is checked too)."""
    length = request.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > store.max_bytes:
        raise TooLarge(
            f"文件超过 {store.max_bytes >> 20} MiB 的上限",
            f"the file is larger than the limit of {store.max_bytes >> 20} MiB",
        )


def file_name_from(header: str) -> str:
    """The name as the uploader gave it, whatever it holds (path separators, control characters, a
    length past what file systems take): it is only ever shown, never used as a path — the bytes are
    kept under their hash. U+0000 alone is refused, as everywhere (PostgreSQL holds none)."""
    try:
        name = unquote(header, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        name = ""
    if not name.strip() or "\x00" in name or len(name) > LONGEST_NAME:
        raise InvalidInput(
            f"X-File-Name 须为百分号编码的 UTF-8 文件名，1 至 {LONGEST_NAME} 个字符，不含 U+0000",
            f"X-File-Name is the file's name as percent-encoded UTF-8, 1 to {LONGEST_NAME} characters, no U+0000",
            code="invalid_file_name",
            field="X-File-Name",
        )
    return name


def content_disposition(kind: str, name: str) -> str:
    """The name for the browser (RFC 6266): exact in ``filename*``, and an ASCII stand-in without
    quotes, backslashes, separators or control characters for clients that read only ``filename``."""
    fallback = "".join(c if " " <= c <= "~" and c not in '"\\/;' else "_" for c in name)[:150]
    return f"{kind}; filename=\"{fallback or 'file'}\"; filename*=UTF-8''{quote(name, safe='')}"


def stored_json(sha256: str, size: int, media_type: str, name: str) -> dict[str, Any]:
    return {"sha256": sha256, "size": size, "media_type": media_type, "name": name}


async def opened(chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """The file's chunks, the first read already: a store that cannot give it is a 503 while the
    answer can still say so, not a response broken off after its headers."""
    try:
        first = await anext(chunks)
    except (OSError, StopAsyncIteration) as exc:
        raise StoreUnavailable(
            "文件存储暂不可用，请稍后重试", "the file store is unavailable; try again shortly"
        ) from exc

    async def rest() -> AsyncIterator[bytes]:
        yield first
        async for chunk in chunks:
            yield chunk

    return rest()
