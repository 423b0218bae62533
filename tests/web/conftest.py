"""A small office service built the way every real one is, and ways to call it: in process through
httpx's ASGI transport, or over a real loopback socket when the test is about the wire."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from typing import Annotated, Literal

import httpx
import pytest
from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field
from shuniu_shared.errors import InvalidInput, NotFound, OutOfTurn
from shuniu_shared.settings import Settings
from shuniu_shared.web import Principal, create_service_app, current_principal, request_context, requires

from tests.services import serving, unused_port_url

SECRET = "a development secret that is long enough for HS256"


class IncomingDocument(BaseModel):  # 收文
    title: str = Field(min_length=1)
    urgency: Literal["平件", "加急", "特急"]
    pages: int = Field(gt=0)


def office_service(settings: Settings) -> FastAPI:
    app = create_service_app(settings, title="收文服务")

    @app.post("/api/documents/incoming", status_code=201)
    async def register(document: IncomingDocument) -> IncomingDocument:
        if document.urgency == "特急" and document.pages > 50:
            raise InvalidInput(
                "特急件不宜超过 50 页", "an extra-urgent document should not exceed 50 pages", field="pages"
            )
        return document

    @app.get("/api/documents/incoming/{document_id}")
    async def read(document_id: int) -> dict[str, int]:
        raise NotFound(f"没有编号为 {document_id} 的收文", f"there is no incoming document {document_id}")

    @app.post("/api/documents/incoming/{document_id}/sign")
    async def sign(document_id: int) -> None:
        raise OutOfTurn("签发须在审核之后", "signing comes after review")

    @app.post("/api/meetings/rooms/{room}/book")
    async def book(room: str) -> None:
        raise OutOfTurn(
            "会议室已被占用",
            "the room is taken",
            code="room_taken",
            held_by={"meeting": "m-7", "title": "常务会"},
        )

    @app.get("/api/documents/broken")
    async def broken() -> None:
        raise RuntimeError("connection to postgresql://shuniu:hunter2@db/documents refused")

    @app.get("/api/me")
    async def me(principal: Annotated[Principal, Depends(current_principal)]) -> dict[str, object]:
        return {
            "sub": principal.sub,
            "dept": principal.dept,
            "roles": sorted(principal.roles),
            "clearance": principal.clearance,
        }

    @app.get("/api/documents/registry")
    async def registry(principal: Annotated[Principal, Depends(requires("registrar", "director"))]) -> str:
        return principal.sub

    @app.get("/api/context")
    async def context() -> dict[str, str | None]:
        ids = request_context()
        assert ids is not None
        return {
            "request_id": ids.request_id,
            "correlation_id": ids.correlation_id,
            "traceparent": ids.traceparent,
        }

    return app


@pytest.fixture(name="office_service")
def office_service_fixture() -> Callable[[Settings], FastAPI]:
    """For a test that needs the office service under other settings."""
    return office_service


@pytest.fixture
def settings() -> Settings:
    return Settings(
        service="documents",
        jwt_secret=SECRET,
        jwt_jwks_url=None,
        jwt_audience="shuniu",
        log_level="INFO",
        log_json=True,
    )


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return office_service(settings)


def in_process(app: FastAPI, *, raise_app_exceptions: bool = True) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app, raise_app_exceptions=raise_app_exceptions)
    return httpx.AsyncClient(transport=transport, base_url="http://documents.test")


@pytest.fixture
def client_for() -> Callable[..., httpx.AsyncClient]:
    """An in-process client for an app a test builds itself."""
    return in_process


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with in_process(app) as client:
        yield client


Serve = Callable[[FastAPI], AbstractAsyncContextManager[str]]


@pytest.fixture
def serve() -> Serve:
    """Serve an app with uvicorn on a free loopback port for the length of a block; yields its URL."""
    return serving


@pytest.fixture
def unreachable_url() -> str:
    """A loopback URL where nothing listens (the port was free a moment ago and is closed again)."""
    return f"{unused_port_url()}/.well-known/jwks.json"
