"""What the gateway adds to `/metrics`: per-service calls, their latency, breakers and refusals.

Registered on the process's one registry (`shuniu_shared.web.metrics.REGISTRY`), next to the HTTP
metrics every app keeps. Labels stay few: the service name and a status class, never a path or a user.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram
from shuniu_shared.web.metrics import REGISTRY

UPSTREAM_REQUESTS = Counter(
    "shuniu_gateway_upstream_requests_total",
    "Requests the gateway forwarded to a service, by service and outcome "
    "(the status class 2xx…5xx, or unavailable, timeout, breaker_open).",
    ["upstream", "outcome"],
    registry=REGISTRY,
)
UPSTREAM_LATENCY = Histogram(
    "shuniu_gateway_upstream_duration_seconds",
    "Time from forwarding a request to receiving the service's response headers.",
    ["upstream"],
    registry=REGISTRY,
)
BREAKER_STATE = Gauge(
    "shuniu_gateway_breaker_state",
    "Each service's circuit breaker: 0 closed (calls go through), 1 half-open (one trial), 2 open.",
    ["upstream"],
    registry=REGISTRY,
)
REFUSED = Counter(
    "shuniu_gateway_refused_total",
    "Requests the gateway refused itself: rate_limited (429), too_large (413), bad_token (401), "
    "cross_site (403), sign_in_locked (429).",
    ["reason"],
    registry=REGISTRY,
)
SIGN_IN_LOCKOUTS = Counter(
    "shuniu_gateway_sign_in_lockouts_total",
    "Times an account or a client address was locked out of signing in after wrong passwords in a row.",
    ["key"],
    registry=REGISTRY,
)
