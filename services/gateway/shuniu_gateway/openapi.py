"""One OpenAPI document for the whole suite: each service's own, under its `/api/<service>` prefix.

Each service's `/openapi.json` is fetched through the same client the proxy uses and kept for a
while; a service that is down keeps its last document (or is listed under `x-unavailable` if it
never answered), so the docs of the others stay usable. Component schemas are renamed
`<service>.<Name>` because two services may well both have an `Error` or a `Page`; operation ids get
the same prefix; security schemes (the one bearer scheme) are shared.
"""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Callable, Sequence
from typing import Any

import structlog

from shuniu_gateway.upstreams import Upstream

log = structlog.get_logger(__name__)

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_SCHEMA_REF = "#/components/schemas/"
_FETCH_SECONDS = 3.0


class OpenApiAggregator:
    def __init__(
        self,
        upstreams: Sequence[Upstream],
        own: Callable[[], dict[str, Any]],
        *,
        ttl_seconds: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._upstreams = upstreams
        self._own = own
        self._ttl = ttl_seconds
        self._monotonic = monotonic
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    async def document(self) -> dict[str, Any]:
        specs = await asyncio.gather(*(self._spec_of(upstream) for upstream in self._upstreams))
        merged = copy.deepcopy(self._own())
        merged["info"]["description"] = (
            "枢纽各服务的接口，经网关统一访问。/ Every Shuniu service's API, through the gateway."
        )
        paths = merged.setdefault("paths", {})
        components = merged.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        security_schemes = components.setdefault("securitySchemes", {})
        tags = merged.setdefault("tags", [])
        unavailable = []
        for upstream, spec in zip(self._upstreams, specs, strict=True):
            if spec is None:
                unavailable.append(upstream.name)
                continue
            prefixed = _prefixed(upstream.name, spec)
            paths.update({upstream.prefix + path: item for path, item in prefixed.get("paths", {}).items()})
            schemas.update(prefixed.get("components", {}).get("schemas", {}))
            security_schemes.update(prefixed.get("components", {}).get("securitySchemes", {}))
            tags.append({"name": upstream.name, "description": spec.get("info", {}).get("title", "")})
        if unavailable:
            merged["x-unavailable"] = unavailable
        return merged

    async def _spec_of(self, upstream: Upstream) -> dict[str, Any] | None:
        cached = self._cache.get(upstream.name)
        if cached is not None and self._monotonic() - cached[0] < self._ttl:
            return cached[1]
        try:
            response = await upstream.client.get("/openapi.json", timeout=_FETCH_SECONDS)
            response.raise_for_status()
            spec: dict[str, Any] = response.json()
        except Exception as exc:  # down, slow or broken: keep what we had, the docs of the others stay
            log.warning("openapi_fetch_failed", upstream=upstream.name, error=type(exc).__name__)
            return cached[1] if cached else None
        self._cache[upstream.name] = (self._monotonic(), spec)
        return spec


def _prefixed(service: str, spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with schemas, references and operation ids named after `service`, and every
    operation tagged with it."""
    renamed = _rename_refs(service, copy.deepcopy(spec))
    components = renamed.get("components", {})
    if "schemas" in components:
        components["schemas"] = {
            f"{service}.{name}": schema for name, schema in components["schemas"].items()
        }
    for item in renamed.get("paths", {}).values():
        for method, operation in item.items():
            if method not in _HTTP_METHODS:
                continue
            if "operationId" in operation:
                operation["operationId"] = f"{service}.{operation['operationId']}"
            operation["tags"] = [service]  # the docs group operations by service
    return renamed


def _rename_refs(service: str, node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_SCHEMA_REF):
                node[key] = f"{_SCHEMA_REF}{service}.{value[len(_SCHEMA_REF) :]}"
            else:
                _rename_refs(service, value)
    elif isinstance(node, list):
        for item in node:
            _rename_refs(service, item)
    return node
