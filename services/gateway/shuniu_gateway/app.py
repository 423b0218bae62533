"""The gateway's application: one front door for every service, the same code in both modes.

    request ─▶ SecurityHeaders ─▶ RequestContext (ids, trace, metrics, access line)
            ─▶ CORS ─▶ GatewayGuard (token, rate, size) ─▶ route:
                 /api/<service>/…   forwarded to the service (proxy.py)
                 /auth/…            who am I; the development identity provider
                 /openapi.json      every service's API under its prefix; /docs explores it
                 /api/events/catalogue   every service's events in one AsyncAPI document (catalogue.py)
                 /, /console/…      the web console (console/)
                 /healthz /readyz /metrics

`build_gateway_app` takes the upstreams ready-made: HTTP clients for services in their own
processes (`build_routing_app`), in-process transports in the embedded mode (embedded.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from importlib.resources import files
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from shuniu_shared.bus import BusTail, InProcessBus
from shuniu_shared.directory import DEMO as DEMO_DIRECTORY
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.kafka import KafkaPublisher, KafkaTail
from shuniu_shared.records import Publisher
from shuniu_shared.sessions import SESSIONS_TOPIC, SessionRevocations, Tail
from shuniu_shared.settings import SERVICE_PORTS, Settings
from shuniu_shared.web.app import READINESS_TIMEOUT_SECONDS, create_service_app
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route
from starlette.types import Lifespan

from shuniu_gateway.catalogue import EventCatalogue
from shuniu_gateway.console import console_router
from shuniu_gateway.guard import GatewayGuard
from shuniu_gateway.headers import SecurityHeaders
from shuniu_gateway.identity import (
    DevIdentityProvider,
    dev_identity_enabled,
    dev_identity_router,
    identity_router,
)
from shuniu_gateway.openapi import OpenApiAggregator
from shuniu_gateway.proxy import forward
from shuniu_gateway.ratelimit import RateLimiter
from shuniu_gateway.upstreams import Upstream, http_upstream

UPSTREAM_NAMES = [name for name in SERVICE_PORTS if name != "gateway"]
_PROXIED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
# FastAPI's own docs load Swagger UI from a CDN, and its /openapi.json and the shared /readyz
# describe the gateway alone: the gateway serves its own versions of all four.
_REPLACED_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc", "/openapi.json", "/readyz"})
_STATIC = files("shuniu_gateway") / "static"
_CORS_HEADERS = [
    "Authorization",
    "Content-Type",
    "Accept-Language",
    "Idempotency-Key",
    "If-Match",
    "X-Request-ID",
    "X-Correlation-ID",
    "traceparent",
]
_EXPOSED_HEADERS = ["X-Request-ID", "X-Correlation-ID", "traceparent", "Retry-After", "Location", "ETag"]


def build_routing_app(settings: Settings) -> FastAPI:
    """The gateway in front of the services' own processes (`make stack`, compose)."""
    return build_gateway_app(settings, [http_upstream(settings, name) for name in UPSTREAM_NAMES])


def build_gateway_app(
    settings: Settings,
    upstreams: Sequence[Upstream],
    *,
    lifespan: Lifespan[FastAPI] | None = None,
    title: str = "枢纽 Shuniu",
    bus: InProcessBus | None = None,
    revocations: SessionRevocations | None = None,
) -> FastAPI:
    """`lifespan` runs inside the gateway's own (the embedded mode starts its services there).

    Ended sessions travel on `shuniu.gateway.sessions` (`shuniu_shared.sessions`): on Kafka when a
    bootstrap is configured, else on the embedded mode's `bus`; a gateway with neither (a test in front
    of stand-in services) ends sessions for itself only."""
    revocations = revocations or SessionRevocations()
    publisher, tail = _session_channel(settings, bus)
    if tail is None:
        revocations.caught_up.set()  # nothing to read: what this process ends is all there is

    @contextlib.asynccontextmanager
    async def gateway_lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            for upstream in upstreams:
                stack.push_async_callback(upstream.aclose)
            if lifespan is not None:
                await stack.enter_async_context(lifespan(app))
            if publisher is not None:
                # Started by the first sign-out (identity.py), so a gateway starts and routes while
                # the broker is away; stopped here if it was.
                stack.push_async_callback(publisher.stop)
            if tail is not None:
                stopping = asyncio.Event()
                following = asyncio.create_task(
                    revocations.follow(tail, stopping), name="session-revocations"
                )
                stack.push_async_callback(asyncio.wait_for, following, 10)
                stack.callback(stopping.set)
                await revocations.settle()
            yield

    app = create_service_app(settings, title=title, lifespan=gateway_lifespan, revocations=revocations)
    app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) not in _REPLACED_PATHS]
    app.state.upstreams = {upstream.name: upstream for upstream in upstreams}
    _install_middleware(app, settings)

    directory = Directory.load(settings.directory_file or DEMO_DIRECTORY)
    app.include_router(identity_router())
    if dev_identity_enabled(settings):
        provider = DevIdentityProvider(settings, directory, revocations, publisher)
        app.include_router(dev_identity_router(provider))
    _add_docs_and_probes(app, settings, upstreams)
    # The web console (办公平台) at `/`, its files under /console/ (console/__init__.py).
    app.include_router(console_router(directory))
    app.router.routes += [_proxy_route(upstream, upstream.prefix) for upstream in upstreams]
    return app


def _session_channel(settings: Settings, bus: InProcessBus | None) -> tuple[Publisher | None, Tail | None]:
    if settings.kafka_bootstrap:
        return (
            KafkaPublisher(settings.kafka_bootstrap, client_id="shuniu-gateway-sessions"),
            KafkaTail(settings.kafka_bootstrap, SESSIONS_TOPIC, client_id="shuniu-gateway-sessions"),
        )
    if bus is not None:
        return bus.publisher(), BusTail(bus, SESSIONS_TOPIC)
    return None, None


def _install_middleware(app: FastAPI, settings: Settings) -> None:
    # `create_service_app` added RequestContextMiddleware; Starlette runs `user_middleware` outermost
    # first. Security headers go outside it (even a 500 gets them); CORS and the guard go inside it,
    # so their refusals carry the request's ids and are counted, and a refusal carries CORS headers
    # the browser needs to show it.
    app.add_middleware(SecurityHeaders)
    if settings.gateway_cors_origins:
        app.user_middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=settings.gateway_cors_origins,
                allow_methods=_PROXIED_METHODS,
                allow_headers=_CORS_HEADERS,
                expose_headers=_EXPOSED_HEADERS,
                allow_credentials=True,
                max_age=600,
            )
        )
    limiter = RateLimiter(settings.gateway_rate_limit_per_second, settings.gateway_rate_limit_burst)
    app.user_middleware.append(
        Middleware(
            GatewayGuard,
            limiter=limiter,
            body_limit=settings.gateway_body_limit_bytes,
            file_body_limit=settings.gateway_file_body_limit_bytes,
            allowed_origins=frozenset(settings.gateway_cors_origins),
        )
    )


def _proxy_route(upstream: Upstream, prefix: str) -> Route:
    async def endpoint(request: Request) -> Response:
        # FastAPI's router records in the scope only the routes it made itself; this one records
        # itself, so that a forwarded request is counted and traced as `/api/documents/{path}`
        # rather than `<unmatched>` (RequestContextMiddleware reads the route from the scope).
        request.scope["route"] = route
        caller = getattr(request.state, "caller", None)
        # A console session's token becomes the bearer token; a bearer token travels as it came.
        bearer = caller.token if caller is not None and caller.from_session else None
        return await forward(request, upstream, bearer, prefix)

    route = Route(f"{prefix}/{{path:path}}", endpoint, methods=_PROXIED_METHODS)
    return route


def _add_docs_and_probes(app: FastAPI, settings: Settings, upstreams: Sequence[Upstream]) -> None:
    aggregator = OpenApiAggregator(upstreams, app.openapi)

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi() -> JSONResponse:
        return JSONResponse(await aggregator.document())

    catalogue = EventCatalogue(upstreams)

    # Analytics consumers find the events here (docs/contracts.md): no one service owns them all.
    @app.get("/api/events/catalogue", include_in_schema=False)
    async def event_catalogue() -> JSONResponse:
        return JSONResponse(await catalogue.document())

    @app.get("/api/events/catalogue/{ce_type}", include_in_schema=False)
    async def event_schema(request: Request, ce_type: str) -> Response:
        publisher = catalogue.publisher_of(ce_type)
        if publisher is None:
            raise NotFound(
                f"没有事件类型 {ce_type}", f"there is no event type {ce_type}", code="unknown_event_type"
            )
        # /api/events/catalogue/<type> becomes the publisher's own /events/catalogue/<type>.
        return await forward(request, publisher, None, "/api")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def docs() -> str:
        return (_STATIC / "docs.html").read_text(encoding="utf-8")

    @app.get("/docs/explorer.js", include_in_schema=False)
    async def explorer_script() -> Response:
        return Response((_STATIC / "explorer.js").read_bytes(), media_type="text/javascript")

    @app.get("/docs/explorer.css", include_in_schema=False)
    async def explorer_style() -> Response:
        return Response((_STATIC / "explorer.css").read_bytes(), media_type="text/css")

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> dict[str, Any]:
        """Each service's readiness, and its breaker. The gateway itself stays ready while some
        services are not: it still routes to the others and answers a fast 503 for the rest, whereas
        taking it out of the load balancer would turn one service's outage into everyone's."""
        outcomes = await asyncio.gather(*(_readiness(upstream) for upstream in upstreams))
        report = {
            upstream.name: {"status": outcome, "breaker": upstream.breaker.state.name.lower()}
            for upstream, outcome in zip(upstreams, outcomes, strict=True)
        }
        everything_ready = all(outcome == "ok" for outcome in outcomes)
        return {
            "status": "ok" if everything_ready else "degraded",
            "service": settings.service,
            "upstreams": report,
        }


async def _readiness(upstream: Upstream) -> str:
    try:
        response = await upstream.client.get("/readyz", timeout=READINESS_TIMEOUT_SECONDS)
    except httpx.TimeoutException:
        return "timeout"
    except httpx.TransportError:
        return "unavailable"
    return "ok" if response.status_code == 200 else "not_ready"
