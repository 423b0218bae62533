"""What the gateway's tests stand on: a small service to route to, served on a real loopback socket,
and a gateway in front of it built exactly as `python -m shuniu_gateway` builds one.

The small service (`echo_service`) is built with `create_service_app`, like every real service, so
it verifies tokens itself; it reports what reached it (method, path, headers, body size), and counts
its calls so a test can tell whether the gateway called it at all.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import httpx
import jwt
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import Upstream, http_upstream
from shuniu_shared.directory import Directory
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app
from shuniu_shared.web.auth import Principal, current_principal, issue_dev_token

from tests.services import serving
from tests.services import unused_port_url as unused_port_url  # the gateway tests import it from here

SECRET = "the development secret the gateway tests sign their tokens with, long enough"
DIRECTORY = Directory.load()


@dataclass
class Echo:
    """The small service's memory of what reached it."""

    calls: int = 0
    seen: list[dict[str, Any]] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    status: int = 200
    streamed: int = 0  # bytes of a file upload read so far, as they arrive
    arrived: asyncio.Event = field(default_factory=asyncio.Event)  # set at each chunk of it


def echo_service(settings: Settings, echo: Echo) -> FastAPI:
    app = create_service_app(settings, title="echo")

    @app.api_route(
        "/echo/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False
    )
    async def everything(request: Request, rest: str) -> JSONResponse:
        echo.calls += 1
        body = await request.body()
        seen = {
            "method": request.method,
            "path": request.url.path,
            "raw_path": request.scope["raw_path"].decode(),
            "query": request.url.query,
            "headers": dict(request.headers),
            "body_bytes": len(body),
        }
        echo.seen.append(seen)
        return JSONResponse(seen, status_code=echo.status)

    @app.post("/incoming/{id}/files", include_in_schema=False)
    async def file_upload(request: Request, id: str) -> JSONResponse:
        """A file route, as the documents service has it: the body read as it streams in."""
        echo.calls += 1
        async for chunk in request.stream():
            echo.streamed += len(chunk)
            echo.arrived.set()
        return JSONResponse({"body_bytes": echo.streamed}, status_code=201)

    @app.get("/me")
    async def me(principal: Annotated[Principal, Depends(current_principal)]) -> dict[str, Any]:
        echo.calls += 1
        return {"sub": principal.sub, "dept": principal.dept, "clearance": principal.clearance}

    @app.get("/hang")
    async def hang() -> None:
        echo.calls += 1
        await echo.release.wait()

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"first line\n"
            await echo.release.wait()  # the rest only once the test has seen the first line
            yield b"second line\n"

        return StreamingResponse(chunks(), media_type="text/plain")

    @app.get("/live")
    async def live() -> StreamingResponse:
        """A push that stays open, as the projection's does for each open console."""

        async def pushes() -> AsyncIterator[bytes]:
            yield b"event: hello\ndata: {}\n\n"
            await echo.release.wait()

        return StreamingResponse(pushes(), media_type="text/event-stream")

    @app.get("/stall")
    async def stall() -> StreamingResponse:
        async def half() -> AsyncIterator[bytes]:
            yield b'{"part": '  # the headers promised 100 bytes; the rest never comes in time
            await echo.release.wait()

        return StreamingResponse(half(), media_type="application/json", headers={"Content-Length": "100"})

    return app


def gateway_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "service": "gateway",
        "jwt_secret": SECRET,
        "log_json": False,
        "gateway_connect_timeout_seconds": 0.5,
        "gateway_retries": 1,
    }
    return Settings(**(values | overrides))


def service_settings() -> Settings:
    return Settings(service="documents", jwt_secret=SECRET, log_json=False)


@dataclass
class Gateway:
    client: httpx.AsyncClient
    app: FastAPI

    @property
    def documents(self) -> Upstream:
        upstream: Upstream = self.app.state.upstreams["documents"]
        return upstream


@contextlib.asynccontextmanager
async def gateway_to(upstream_url: str, **overrides: Any) -> AsyncIterator[Gateway]:
    """A routing gateway whose `documents` upstream is at `upstream_url`, called in process."""
    settings = gateway_settings(upstream_documents=upstream_url, **overrides)
    app = build_gateway_app(settings, [http_upstream(settings, "documents")])
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway") as client,
    ):
        yield Gateway(client, app)


@contextlib.asynccontextmanager
async def echo_behind_gateway(**overrides: Any) -> AsyncIterator[tuple[Gateway, Echo]]:
    echo = Echo()
    async with (
        serving(echo_service(service_settings(), echo)) as url,
        gateway_to(url, **overrides) as gateway,
    ):
        yield gateway, echo


def bearer(person_id: str, **claims: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(person_id, **claims)}"}


def token_for(person_id: str, **claims: Any) -> str:
    person = DIRECTORY.person(person_id)
    token = issue_dev_token(
        service_settings(), person.id, person.name, person.dept, person.roles, person.clearance
    )
    if not claims:
        return token
    payload = jwt.decode(token, options={"verify_signature": False}) | claims
    return jwt.encode(payload, SECRET, algorithm="HS256")


def untrustworthy_tokens() -> Iterator[tuple[str, str]]:
    """(what is wrong, token) for every way a token must fail: each gets 401 wherever it is shown."""
    good = token_for("shen")
    claims = jwt.decode(good, options={"verify_signature": False})
    header, payload, signature = good.split(".")
    yield "tampered", f"{header}.{_other_payload(payload)}.{signature}"
    yield (
        "wrong secret",
        jwt.encode(claims, "another secret, as long as the real one is long", algorithm="HS256"),
    )
    past = datetime.now(UTC) - timedelta(hours=1)
    yield (
        "expired",
        jwt.encode(claims | {"exp": past, "iat": past - timedelta(hours=8)}, SECRET, algorithm="HS256"),
    )
    yield "wrong audience", jwt.encode(claims | {"aud": "another-system"}, SECRET, algorithm="HS256")
    # Signed with the right key, yet not to be trusted (issue 17, finding 4):
    yield "nobody in the directory", jwt.encode(claims | {"sub": "ghost"}, SECRET, algorithm="HS256")
    yield (
        "another issuer",
        jwt.encode(claims | {"iss": "https://elsewhere.example"}, SECRET, algorithm="HS256"),
    )
    no_issuer = {name: value for name, value in claims.items() if name != "iss"}
    yield "no issuer", jwt.encode(no_issuer, SECRET, algorithm="HS256")
    yield "alg none", jwt.encode(claims, "", algorithm="none")
    yield "not a JWT", "not-a-token"


def _other_payload(payload: str) -> str:
    """The same claims but 绝密 clearance, re-encoded: what someone editing their own token would do."""
    padded = payload + "=" * (-len(payload) % 4)
    claims = json.loads(base64.urlsafe_b64decode(padded))
    claims["clearance"] = "绝密"
    return base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
