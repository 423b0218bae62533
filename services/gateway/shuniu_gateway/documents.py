"""What each service says about itself, fetched and kept for a while: its OpenAPI document, its part of
the event catalogue.

Fetched through the same client the proxy uses; a service that is down keeps its last document (or
has none if it never answered, and the merged document lists it under `x-unavailable`), so the
documents of the others stay usable.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from typing import Any

import structlog

from shuniu_gateway.upstreams import Upstream

log = structlog.get_logger(__name__)

_FETCH_SECONDS = 3.0


class UpstreamDocuments:
    def __init__(
        self,
        path: str,
        *,
        ttl_seconds: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._path = path
        self._ttl = ttl_seconds
        self._monotonic = monotonic
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    async def of(self, upstreams: Sequence[Upstream]) -> list[dict[str, Any] | None]:
        """Each upstream's document, in order; None for one that never answered."""
        return list(await asyncio.gather(*(self._document_of(upstream) for upstream in upstreams)))

    async def _document_of(self, upstream: Upstream) -> dict[str, Any] | None:
        cached = self._cache.get(upstream.name)
        if cached is not None and self._monotonic() - cached[0] < self._ttl:
            return cached[1]
        try:
            response = await upstream.client.get(self._path, timeout=_FETCH_SECONDS)
            response.raise_for_status()
            document: dict[str, Any] = response.json()
        except Exception as exc:  # down, slow or broken: keep what we had, the documents of the others stay
            log.warning(
                "document_fetch_failed", upstream=upstream.name, path=self._path, error=type(exc).__name__
            )
            return cached[1] if cached else None
        self._cache[upstream.name] = (self._monotonic(), document)
        return document
