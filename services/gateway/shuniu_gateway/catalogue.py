"""The suite's event catalogue at /api/events/catalogue: every service's own part merged into one
AsyncAPI 3 document, the way the OpenAPI documents are merged (openapi.py).

Each service serves its part from its own event registry (`/events/catalogue`, shuniu_shared.catalogue),
so the gateway knows the events without importing any service's code, and a service deployed anew is
described anew within the cache's lifetime. One event type's JSON Schema is asked of the service its
type names (`shuniu.<service>.…`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from shuniu_shared.catalogue import merged

from shuniu_gateway.documents import UpstreamDocuments
from shuniu_gateway.upstreams import Upstream


class EventCatalogue:
    def __init__(self, upstreams: Sequence[Upstream]) -> None:
        self._upstreams = upstreams
        self._parts = UpstreamDocuments("/events/catalogue")

    async def document(self) -> dict[str, Any]:
        parts = await self._parts.of(self._upstreams)
        document = merged(part for part in parts if part is not None)
        unavailable = [u.name for u, part in zip(self._upstreams, parts, strict=True) if part is None]
        if unavailable:
            document["x-unavailable"] = unavailable
        return document

    def publisher_of(self, ce_type: str) -> Upstream | None:
        """The service whose events are of this type, if it is one of the gateway's."""
        prefix, _, rest = ce_type.partition(".")
        service = rest.partition(".")[0]
        if prefix != "shuniu":
            return None
        return next((upstream for upstream in self._upstreams if upstream.name == service), None)
