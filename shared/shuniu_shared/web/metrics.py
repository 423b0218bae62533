"""`/metrics`: the process's registry (`shuniu_shared.metrics`) for Prometheus.

Who may read them: in development anyone; otherwise only a scraper presenting
`Authorization: Bearer <SHUNIU_METRICS_TOKEN>` — the figures tell an outsider what the office is doing
and when — and without a configured token production serves no metrics at all (403 says which
setting to give).
"""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from shuniu_shared.errors import Forbidden, Unauthenticated

# The metrics themselves, under the web layer's name too, where the services have imported them.
from shuniu_shared.metrics import (
    CONSUMER_LAG,
    DLQ,
    EVENTS_APPENDED,
    EVENTS_CONSUMED,
    EVENTS_PUBLISHED,
    HTTP_LATENCY,
    HTTP_REQUESTS,
    OUTBOX_PENDING,
    REGISTRY,
)

__all__ = [
    "CONSUMER_LAG",
    "DLQ",
    "EVENTS_APPENDED",
    "EVENTS_CONSUMED",
    "EVENTS_PUBLISHED",
    "HTTP_LATENCY",
    "HTTP_REQUESTS",
    "OUTBOX_PENDING",
    "REGISTRY",
    "metrics_router",
]

metrics_router = APIRouter()


@metrics_router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    _admit_scraper(request)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def _admit_scraper(request: Request) -> None:
    settings = request.app.state.settings
    if not settings.metrics_token:
        if settings.development:
            return
        raise Forbidden(
            "生产环境的指标需要令牌：请设置 SHUNIU_METRICS_TOKEN",
            "metrics need a token in production: set SHUNIU_METRICS_TOKEN",
            code="metrics_token_required",
        )
    scheme, _, presented = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        presented.strip().encode(), settings.metrics_token.encode()
    ):
        raise Unauthenticated("请出示指标令牌", "present the metrics token as a Bearer token")
