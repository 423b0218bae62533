"""One OpenAPI document for the whole suite: each service's own, under its `/api/<service>` prefix.

Each service's `/openapi.json` is fetched and kept for a while (documents.py); a service that never
answered is listed under `x-unavailable`, so the docs of the others stay usable. Component schemas
are renamed `<service>.<Name>` because two services may well both have an `Error` or a `Page`;
operation ids get the same prefix; security schemes (the one bearer scheme) are shared.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from shuniu_gateway.documents import UpstreamDocuments
from shuniu_gateway.upstreams import Upstream

_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_SCHEMA_REF = "#/components/schemas/"


class OpenApiAggregator:
    def __init__(
        self,
        upstreams: Sequence[Upstream],
        own: Callable[[], dict[str, Any]],
    ) -> None:
        self._upstreams = upstreams
        self._own = own
        self._documents = UpstreamDocuments("/openapi.json")

    async def document(self) -> dict[str, Any]:
        specs = await self._documents.of(self._upstreams)
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
