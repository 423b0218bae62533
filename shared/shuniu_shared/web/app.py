"""A service's FastAPI application with everything every service has, wired the same way.

A service adds its own routers to what this returns; logging, request ids and traces, problem+json
errors (and an OpenAPI document that declares them, contract.py), a limit on how deeply a JSON body
nests, a refusal of U+0000 (which PostgreSQL cannot store) in the path, query or JSON body, token
verification, `/healthz`, `/readyz` and `/metrics` come already wired.

`/healthz` answers "is the process alive?" — always 200 while it runs, so an orchestrator restarts
only a process that is truly stuck. `/readyz` answers "can it do its work right now?" — each
readiness check (database reachable, broker reachable …) gets a couple of seconds, and one failure
makes it 503, so a load balancer stops sending requests without the process being killed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType

import structlog
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import Lifespan

from shuniu_shared.sessions import SessionRevocations
from shuniu_shared.settings import Settings
from shuniu_shared.tracing import configure_tracing
from shuniu_shared.web.auth import TokenVerifier
from shuniu_shared.web.contract import declare_contract
from shuniu_shared.web.logging import configure_logging
from shuniu_shared.web.metrics import metrics_router
from shuniu_shared.web.middleware import InputGuard, RequestContextMiddleware
from shuniu_shared.web.problems import install_problem_handlers, problem_response

ReadinessCheck = Callable[[], Awaitable[None]]

READINESS_TIMEOUT_SECONDS = 2.0
_NO_CHECKS: Mapping[str, ReadinessCheck] = MappingProxyType({})

log = structlog.get_logger(__name__)


def create_service_app(
    settings: Settings,
    *,
    title: str,
    version: str = "0.1.0",
    lifespan: Lifespan[FastAPI] | None = None,
    readiness_checks: Mapping[str, ReadinessCheck] = _NO_CHECKS,
    readiness_timeout: float = READINESS_TIMEOUT_SECONDS,
    revocations: SessionRevocations | None = None,
) -> FastAPI:
    """`readiness_checks` maps a name (shown in `/readyz`) to a coroutine function that raises, or
    takes longer than `readiness_timeout` seconds, when the dependency it checks is not usable.
    `revocations` are the ended sessions the token verifier refuses (`shuniu_shared.sessions`).

    Outside development, settings with a development secret or switch raise `UnsafeSettings` here,
    before anything is served."""
    settings.refuse_development_secrets()
    configure_logging(settings)
    configure_tracing(settings)
    app = FastAPI(title=title, version=version, lifespan=lifespan)
    app.state.settings = settings
    app.state.token_verifier = _token_verifier(settings, revocations)
    install_problem_handlers(app)
    declare_contract(app)
    app.add_middleware(InputGuard)  # inside the request context: its refusals carry the ids
    app.add_middleware(RequestContextMiddleware)
    app.include_router(metrics_router)
    checks = dict(readiness_checks)  # the caller's mapping may change later; the app's must not

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": settings.service}

    @app.get("/readyz", include_in_schema=False)
    async def readyz(request: Request) -> JSONResponse:
        runs = (_run(name, check, readiness_timeout) for name, check in checks.items())
        outcomes = await asyncio.gather(*runs)
        results = dict(zip(checks, outcomes, strict=True))
        failed = [name for name, outcome in results.items() if outcome != "ok"]
        if failed:
            return problem_response(
                request,
                503,
                "not_ready",
                f"服务尚未就绪：{'、'.join(failed)}",
                f"the service is not ready: {', '.join(failed)}",
                checks=results,
            )
        return JSONResponse({"status": "ok", "service": settings.service, "checks": results})

    return app


def _token_verifier(settings: Settings, revocations: SessionRevocations | None) -> TokenVerifier | None:
    """None when no key is configured; an authenticated route then fails as the server error it is."""
    if settings.jwt_secret or settings.jwt_jwks_url:
        return TokenVerifier(settings, revocations=revocations)
    return None


async def _run(name: str, check: ReadinessCheck, seconds: float) -> str:
    """ "ok", "timeout" or "failed". The reason goes to the log, not to whoever polls `/readyz`: it may
    name hosts or credentials."""
    try:
        async with asyncio.timeout(seconds):
            await check()
    except TimeoutError:
        log.warning("readiness_check_timed_out", check=name, seconds=seconds)
        return "timeout"
    except Exception:
        log.warning("readiness_check_failed", check=name, exc_info=True)
        return "failed"
    return "ok"
