"""Who is calling, as the gateway sees it, and the development identity provider.

Every request under `/api/` and `/auth/` may carry a token: in `Authorization: Bearer`, or — for the
console — in the HttpOnly session cookie, whose value is the same JWT. The gateway verifies it with
the same `TokenVerifier` the services use (a bad token is refused here, before any service is
called) and forwards it as a bearer token; each service verifies it again, because a service can be
reached without the gateway. A request without a token goes through: the service decides whether
the route needs one (its `/healthz` does not; its commands do) and answers 401 itself.

The development identity provider signs in the demo directory's people with the demo password
(hashes in `demo_users.toml`) and issues HS256 tokens with the claims of CONVENTIONS. It exists only
when a development secret is configured and no JWKS URL: in production the organisation's identity
provider (Keycloak or any OIDC provider) issues the tokens and the gateway only verifies them.
"""

from __future__ import annotations

import asyncio
import json
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field, ValidationError
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import InvalidInput, Unauthenticated
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import Principal, TokenVerifier, issue_dev_token

from shuniu_gateway.passwords import DECOY_HASH, DEMO_USERS, verify_password

SESSION_COOKIE = "shuniu_session"


@dataclass(frozen=True)
class Caller:
    """A verified token and whom it names."""

    token: str
    principal: Principal
    from_session: bool


def presented_token(request: Request) -> tuple[str, bool] | None:
    """The token the request carries and whether it came from the session cookie; a bearer header
    wins over the cookie."""
    authorization = request.headers.get("authorization")
    if authorization is not None:
        scheme, _, credentials = authorization.partition(" ")
        if scheme.lower() != "bearer" or not credentials.strip():
            raise Unauthenticated(
                "Authorization 头应为 Bearer 令牌", "the Authorization header should carry a Bearer token"
            )
        return credentials.strip(), False
    cookie = request.cookies.get(SESSION_COOKIE)
    return (cookie, True) if cookie else None


async def identify(request: Request, verifier: TokenVerifier | None) -> Caller | None:
    """The verified caller, None for a request without a token; `Unauthenticated` for a bad token."""
    presented = presented_token(request)
    if presented is None:
        return None
    if verifier is None:
        raise RuntimeError("no token verifier: set SHUNIU_JWT_SECRET or SHUNIU_JWT_JWKS_URL")
    token, from_session = presented
    return Caller(token, await verifier.verify(token), from_session)


def dev_identity_enabled(settings: Settings) -> bool:
    return bool(settings.jwt_secret) and not settings.jwt_jwks_url


class DevIdentityProvider:
    """Signs in the demo directory's people; development and demos only."""

    def __init__(self, settings: Settings, directory: Directory, users_file: Path = DEMO_USERS) -> None:
        if not dev_identity_enabled(settings):
            raise ValueError("the development identity provider needs SHUNIU_JWT_SECRET and no JWKS URL")
        self._settings = settings
        self._directory = directory
        users = tomllib.loads(users_file.read_text(encoding="utf-8"))["users"]
        self._hashes = {user["id"]: user["password_hash"] for user in users}
        self.session_ttl = timedelta(hours=settings.gateway_session_hours)

    async def sign_in(self, username: str, password: str) -> tuple[Person, str]:
        """The person and a fresh token; one refusal for a wrong name and a wrong password alike."""
        person = self._directory.people.get(username)
        encoded = self._hashes.get(username) if person is not None else None
        # scrypt takes tens of milliseconds of CPU: off the event loop, so other requests go on.
        matches = await asyncio.to_thread(verify_password, password, encoded or DECOY_HASH)
        if person is None or encoded is None or not matches:
            raise Unauthenticated(
                "用户名或密码错误", "wrong user name or password", code="invalid_credentials"
            )
        token = issue_dev_token(
            self._settings,
            person.id,
            person.name,
            person.dept,
            person.roles,
            person.clearance,
            ttl=self.session_ttl,
        )
        return person, token


class Credentials(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


async def read_credentials(request: Request) -> Credentials:
    """The OAuth2 password form (`application/x-www-form-urlencoded`) or the same fields as JSON.

    The form is parsed here rather than by FastAPI's `Form`, which needs python-multipart, a
    dependency the project does not have; a urlencoded body needs only the standard library."""
    body = await request.body()
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fields: Any
    if media_type == "application/x-www-form-urlencoded":
        form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
        grant_type = form.get("grant_type", ["password"])[0]
        if grant_type != "password":
            raise InvalidInput(
                "仅支持 grant_type=password", "only grant_type=password is supported", field="grant_type"
            )
        fields = {name: values[0] for name, values in form.items()}
    else:
        try:
            fields = json.loads(body or b"null")
        except ValueError:
            fields = None
    try:
        return Credentials.model_validate(fields)
    except ValidationError as exc:
        location = exc.errors()[0]["loc"]
        field = str(location[0]) if location else "body"
        raise InvalidInput(
            "请提供用户名（username）和密码（password）",
            "give a username and a password (form or JSON)",
            field=field,
        ) from None


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class Me(BaseModel):
    sub: str
    name: str
    dept: str
    roles: list[str]
    clearance: str


def _me(principal: Principal) -> Me:
    return Me(
        sub=principal.sub,
        name=principal.name,
        dept=principal.dept,
        roles=sorted(principal.roles),
        clearance=principal.clearance,
    )


async def signed_in(request: Request) -> Principal:
    """The caller the gateway's guard verified (bearer or session cookie); 401 for nobody."""
    caller: Caller | None = getattr(request.state, "caller", None)
    if caller is None:
        raise Unauthenticated("请先登录", "sign in first")
    return caller.principal


def identity_router() -> APIRouter:
    router = APIRouter(prefix="/auth", tags=["identity · 身份"])

    @router.get("/me", summary="当前登录用户 / who is signed in")
    async def me(principal: Annotated[Principal, Depends(signed_in)]) -> Me:
        return _me(principal)

    return router


def dev_identity_router(provider: DevIdentityProvider) -> APIRouter:
    """The routes of the development identity provider: anyone may call them (that is signing in)."""
    router = APIRouter(prefix="/auth", tags=["identity · 身份"])

    @router.post(
        "/token",
        summary="用户名密码换取令牌（开发环境）/ a token for a user name and password (development)",
    )
    async def token(credentials: Annotated[Credentials, Depends(read_credentials)]) -> TokenResponse:
        _, issued = await provider.sign_in(credentials.username, credentials.password)
        return TokenResponse(access_token=issued, expires_in=int(provider.session_ttl.total_seconds()))

    @router.post("/login", summary="登录控制台（会话 Cookie）/ sign in to the console (session cookie)")
    async def login(
        request: Request, response: Response, credentials: Annotated[Credentials, Depends(read_credentials)]
    ) -> Me:
        person, issued = await provider.sign_in(credentials.username, credentials.password)
        response.set_cookie(
            SESSION_COOKIE,
            issued,
            max_age=int(provider.session_ttl.total_seconds()),
            path="/",
            httponly=True,  # out of reach of scripts: an injected script cannot steal the session
            samesite="strict",  # never sent by another site's page: no cross-site request forgery
            secure=request.url.scheme == "https",
        )
        return Me(
            sub=person.id,
            name=person.name,
            dept=person.dept,
            roles=sorted(person.roles),
            clearance=person.clearance,
        )

    @router.post("/logout", status_code=204, summary="退出登录 / sign out")
    async def logout(request: Request) -> Response:
        response = Response(status_code=204)
        response.delete_cookie(
            SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=request.url.scheme == "https"
        )
        return response

    return router
