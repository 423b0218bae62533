"""The event catalogue served live (the same rendering as docs/events/): for analytics consumers."""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import APIRouter
from shuniu_shared.errors import NotFound

from shuniu_projection.catalogue import asyncapi, schemas, suite_consumer_groups, suite_registries

# Reached as /api/events/catalogue (and /api/dashboards/catalogue) through the gateway.
router = APIRouter(prefix="/catalogue", tags=["events 事件目录"])
_registries = suite_registries()


@cache
def _consumer_groups() -> list[str]:
    """At the first request: the services' definitions, this one's included, are complete only then."""
    return suite_consumer_groups()


@router.get("", summary="AsyncAPI 3 文档：主题与事件 / the topics and their events")
async def catalogue() -> dict[str, Any]:
    return asyncapi(_registries, _consumer_groups())


@router.get("/{ce_type}", summary="某一事件类型及版本的 JSON Schema / one event type's schema")
async def schema(ce_type: str) -> dict[str, Any]:
    found = schemas(_registries).get(ce_type)
    if found is None:
        raise NotFound(
            f"没有事件类型 {ce_type}", f"there is no event type {ce_type}", code="unknown_event_type"
        )
    return found
