"""The numbers operators watch, exposed for Prometheus at `/metrics` (shuniu_shared.web.metrics).

One registry per process, owned by this module rather than prometheus-client's global one, so that
what `/metrics` shows is exactly what Shuniu declares here. The event platform (store, relay,
consumers) imports the domain metrics below and updates them; the HTTP ones are kept by
`RequestContextMiddleware`. Declared here, below both, so that the event platform does not import
the web layer to count what it does.

Labels are chosen to stay few: a route *template* (``/api/documents/incoming/{id}``), never a raw
path, and no user or object ids.
"""

from __future__ import annotations

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
)

REGISTRY = CollectorRegistry()
# The process's own numbers beside Shuniu's: CPU seconds, resident memory, open file descriptors and
# start time (process_*, Linux only), the Python version (python_info), and the garbage collector's
# collections and the objects it freed per generation (python_gc_*). A memory leak or a GC storm
# shows here before it shows as latency.
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)

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
