"""The numbers operators watch, exposed for Prometheus at `/metrics`.

One registry per process, owned by this module rather than prometheus-client's global one, so that
what `/metrics` shows is exactly what Shuniu declares here. The event platform (store, relay,
consumers) imports the domain metrics below and updates them; the HTTP ones are kept by
`RequestContextMiddleware`.

Who may read them: in development anyone; otherwise only a scraper presenting
`Authorization: Bearer <SHUNIU_METRICS_TOKEN>` — the figures tell an outsider what the office is doing
and when — and without a configured token production serves no metrics at all (403 says which
setting to give).

Labels are chosen to stay few: a route *template* (``/api/documents/incoming/{id}``), never a raw
path, and no user or object ids.
"""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from shuniu_shared.errors import Forbidden, Unauthenticated

REGISTRY = CollectorRegistry()

HTTP_REQUESTS = Counter(
    "shuniu_http_requests_total",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_LATENCY = Histogram(
    "shuniu_http_request_duration_seconds",
    "Time from receiving a request to sending the last byte of its response.",
    ["method", "route"],
    registry=REGISTRY,
)

EVENTS_APPENDED = Counter(
    "shuniu_events_appended_total",
    "Events appended to a service's event store.",
    ["service"],
    registry=REGISTRY,
)
EVENTS_PUBLISHED = Counter(
    "shuniu_events_published_total",
    "Events the outbox relay has published to the broker.",
    ["service", "topic"],
    registry=REGISTRY,
)
EVENTS_CONSUMED = Counter(
    "shuniu_events_consumed_total",
    "Events a consumer group has handled (including those sent to its dead-letter topic).",
    ["group", "topic"],
    registry=REGISTRY,
)
CONSUMER_LAG = Gauge(
    "shuniu_consumer_lag",
    "Events on a partition that a consumer group has not handled yet.",
    ["group", "topic", "partition"],
    registry=REGISTRY,
)
DLQ = Counter(
    "shuniu_dlq_total",
    "Events a consumer group gave up on and sent to its dead-letter topic.",
    ["group"],
    registry=REGISTRY,
)
OUTBOX_PENDING = Gauge(
    "shuniu_outbox_pending",
    "Events appended but not yet published by the outbox relay.",
    ["service"],
    registry=REGISTRY,
)

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
