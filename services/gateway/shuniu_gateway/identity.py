"""Who is calling, as the gateway sees it, and the development identity provider.

Every request under `/api/` and `/auth/` may carry a token: in `Authorization: Bearer`, or — for the
console — in the HttpOnly session cookie, whose value is the same JWT. Cookies are accepted here only:
the gateway verifies the token with
the same `TokenVerifier` the services use (a bad token is refused here, before any service is
called) and forwards it as a bearer token; each service verifies it again, because a service can be
reached without the gateway. A request without a token goes through: the service decides whether
the route needs one (its `/healthz` does not; its commands do) and answers 401 itself.

The development identity provider signs in the demo directory's people with the demo password
(hashes in `demo_users.toml`) and issues HS256 tokens with the claims of docs/gateway.md, plus the `sid`
of the sign-in: short access tokens, refreshed from the session's refresh cookie at `/auth/refresh`,
and ended everywhere at `/auth/logout` (`shuniu_shared.sessions`). It exists only when switched on
(`SHUNIU_DEMO_SIGN_IN`, development only) with a secret configured and no JWKS URL: in production the
organisation's identity provider (Keycloak or any OIDC provider) issues the tokens and the gateway
only verifies them.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

import jwt
import structlog
from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field, ValidationError
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import InvalidInput, Unauthenticated, Unavailable
from shuniu_shared.records import Publisher
from shuniu_shared.sessions import SessionRevocations, revocation_record
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import Principal, TokenVerifier, issue_dev_token

from shuniu_gateway.passwords import DECOY_HASH, DEMO_USERS, verify_password
from shuniu_gateway.signin import SignInThrottle

SESSION_COOKIE = "shuniu_session"  # the current access token (minutes)
REFRESH_COOKIE = "shuniu_refresh"  # the session itself (hours): exchanged at /auth/refresh only

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Caller:
    """A verified token and whom it names."""

    token: str
    principal: Principal
    from_session: bool


def presented_bearer(request: Request) -> str | None:
    """The bearer token of the `Authorization` header, None without one; a header of another
    scheme is a 401."""
    authorization = request.headers.get("authorization")
    if authorization is None:
        return None
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise Unauthenticated(
            "Authorization 头应为 Bearer 令牌", "the Authorization header should carry a Bearer token"
        )
    return credentials.strip()


def presented_token(request: Request) -> tuple[str, bool] | None:
    """The token the request carries and whether it came from the session cookie; a bearer header
    wins over the cookie."""
    bearer = presented_bearer(request)
    if bearer is not None:
        return bearer, False
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
    """Opt-in (`SHUNIU_DEMO_SIGN_IN`, which `make dev` and `make stack` set), with a secret to sign with
    and no identity provider of the organisation's; production refuses to start with it."""
    return settings.demo_sign_in and bool(settings.jwt_secret) and not settings.jwt_jwks_url


@dataclass(frozen=True)
class Session:
    """One sign-in to the console: its id (`sid` in every token issued for it) and its end."""

    id: str
    person: Person
    ends_at: datetime


class DevIdentityProvider:
    """Signs in the demo directory's people; development and demos only.

    A sign-in is a `Session`: a short access token (`SHUNIU_GATEWAY_ACCESS_TOKEN_MINUTES`) and a
    refresh token good for the session's length (`SHUNIU_GATEWAY_SESSION_HOURS`) from which the console
    gets the next access token (`session_of`) until the session ends or is ended (`end`)."""

    def __init__(
        self,
        settings: Settings,
        directory: Directory,
        revocations: SessionRevocations,
        publisher: Publisher | None = None,
        users_file: Path = DEMO_USERS,
    ) -> None:
        if not dev_identity_enabled(settings):
            raise ValueError(
                "the development identity provider needs SHUNIU_DEMO_SIGN_IN, SHUNIU_JWT_SECRET and no JWKS URL"
            )
        self._settings = settings
        self._directory = directory
        self._revocations = revocations
        self._publisher = publisher
        self._publisher_started = False
        self._starting = asyncio.Lock()
        users = tomllib.loads(users_file.read_text(encoding="utf-8"))["users"]
        self._hashes = {user["id"]: user["password_hash"] for user in users}
        self.session_ttl = timedelta(hours=settings.gateway_session_hours)
        self.access_ttl = timedelta(minutes=settings.gateway_access_token_minutes)
        self.throttle = SignInThrottle(
            per_account=settings.gateway_sign_in_attempts_per_account,
            per_address=settings.gateway_sign_in_attempts_per_address,
            longest=settings.gateway_sign_in_lockout_max_seconds,
            known_accounts=directory.people,
        )

    async def sign_in(self, username: str, password: str, address: str) -> Session:
        """A new session; one refusal for a wrong name and a wrong password alike, and 429 while the
        account or the address is locked out after wrong passwords in a row (signin.py)."""
        self.throttle.admit(username, address)
        person = self._directory.people.get(username)
        encoded = self._hashes.get(username) if person is not None else None
        # scrypt takes tens of milliseconds of CPU: off the event loop, so other requests go on.
        matches = await asyncio.to_thread(verify_password, password, encoded or DECOY_HASH)
        if person is None or encoded is None or not matches:
            raise Unauthenticated(
                "用户名或密码错误", "wrong user name or password", code="invalid_credentials"
            )
        self.throttle.succeeded(username, address)
        return Session(secrets.token_urlsafe(18), person, datetime.now(UTC) + self.session_ttl)

    def access_token(self, session: Session) -> str:
        person = session.person
        return issue_dev_token(
            self._settings,
            person.id,
            person.name,
            person.dept,
            person.roles,
            person.clearance,
            ttl=min(self.access_ttl, session.ends_at - datetime.now(UTC)),
            session=session.id,
        )

    def refresh_token(self, session: Session) -> str:
        """Signed like an access token but for another audience, so no service accepts it as one."""
        claims = {
            "sub": session.person.id,
            "sid": session.id,
            "aud": self._refresh_audience,
            "iss": self._settings.jwt_issuer,
            "iat": datetime.now(UTC),
            "exp": session.ends_at,
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def session_of(self, refresh_token: str) -> Session:
        """The live session a refresh token stands for; `Unauthenticated` once it has ended."""
        try:
            claims = jwt.decode(
                refresh_token,
                self._secret,
                algorithms=["HS256"],
                audience=self._refresh_audience,
                issuer=self._settings.jwt_issuer,
                options={"require": ["exp", "sub", "sid"]},
            )
        except jwt.PyJWTError:
            raise Unauthenticated("会话已结束，请重新登录", "the session has ended; sign in again") from None
        if self._revocations.is_revoked(claims["sid"]):
            raise Unauthenticated(
                "已退出登录，请重新登录", "this session has ended; sign in again", code="session_ended"
            )
        person = self._directory.people.get(claims["sub"])
        if person is None:
            raise Unauthenticated(
                "令牌所指的人员不在组织名录中",
                "the token names nobody in the organisation directory",
                code="unknown_person",
            )
        return Session(claims["sid"], person, datetime.fromtimestamp(claims["exp"], UTC))

    async def end(self, session_id: str, actor: str) -> None:
        """Ends the session everywhere: here at once, in every other process through the event (see
        `shuniu_shared.sessions`). Returns once the broker has the event; raises `Unavailable` if not,
        so that the person can try again rather than believe they are signed out everywhere."""
        until = datetime.now(UTC) + self.session_ttl  # no token of the session lives longer than this
        self._revocations.revoke(session_id, until.timestamp())
        if self._publisher is None:
            return
        try:
            async with self._starting:  # once, by the first sign-out; again after a failed start
                if not self._publisher_started:
                    await self._publisher.start()
                    self._publisher_started = True
            await self._publisher.publish([revocation_record(session_id, until, actor)])
        except Exception as exc:
            log.error("session_revocation_not_published", error=repr(exc))
            raise Unavailable(
                "退出登录未能通知所有服务，请重试", "signing out could not reach every service; try again"
            ) from exc

    def session_in(self, token: str) -> tuple[str, str] | None:
        """The `sid` and `sub` of a token this provider signed (access or refresh, expired or not)."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_aud": False},
                issuer=self._settings.jwt_issuer,
            )
        except jwt.PyJWTError:
            return None
        sid = claims.get("sid")
        return (str(sid), str(claims.get("sub", "-"))) if sid is not None else None

    @property
    def _secret(self) -> str:
        assert self._settings.jwt_secret is not None
        return self._settings.jwt_secret

    @property
    def _refresh_audience(self) -> str:
        return f"{self._settings.jwt_audience}/refresh"


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


def _me(sub: str, holder: Principal | Person) -> Me:
    """Who is signed in, from an access token's principal (/auth/me) or from the session's person
    (/auth/login, /auth/refresh): the same answer either way."""
    return Me(
        sub=sub,
        name=holder.name,
        dept=holder.dept,
        roles=sorted(holder.roles),
        clearance=holder.clearance,
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
        return _me(principal.sub, principal)

    return router


def dev_identity_router(provider: DevIdentityProvider) -> APIRouter:
    """The routes of the development identity provider: anyone may call them (that is signing in)."""
    router = APIRouter(prefix="/auth", tags=["identity · 身份"])

    @router.post(
        "/token",
        summary="用户名密码换取令牌（开发环境）/ a token for a user name and password (development)",
    )
    async def token(
        request: Request, credentials: Annotated[Credentials, Depends(read_credentials)]
    ) -> TokenResponse:
        session = await provider.sign_in(credentials.username, credentials.password, _address(request))
        return TokenResponse(
            access_token=provider.access_token(session), expires_in=int(provider.access_ttl.total_seconds())
        )

    @router.post("/login", summary="登录控制台（会话 Cookie）/ sign in to the console (session cookie)")
    async def login(
        request: Request, response: Response, credentials: Annotated[Credentials, Depends(read_credentials)]
    ) -> Me:
        session = await provider.sign_in(credentials.username, credentials.password, _address(request))
        _set_session_cookies(request, response, provider, session)
        return _me(session.person.id, session.person)

    @router.post(
        "/refresh",
        summary="以会话换取新的访问令牌 / a fresh access token from the console's session",
    )
    async def refresh(request: Request, response: Response) -> Me:
        refresh_token = request.cookies.get(REFRESH_COOKIE)
        if not refresh_token:
            raise Unauthenticated("请先登录", "sign in first")
        session = provider.session_of(refresh_token)
        _set_session_cookies(request, response, provider, session, refresh_too=False)
        return _me(session.person.id, session.person)

    @router.post("/logout", status_code=204, summary="退出登录 / sign out")
    async def logout(request: Request) -> Response:
        """Ends the session of the cookies, or of the bearer token's `sid`: no token of it is accepted
        again, by the gateway or by any service."""
        presented = [request.cookies.get(REFRESH_COOKIE), request.cookies.get(SESSION_COOKIE)]
        bearer = presented_bearer(request)
        sessions = {
            found for token in [*presented, bearer] if token and (found := provider.session_in(token))
        }
        for session_id, person_id in sessions:
            await provider.end(session_id, actor=person_id)
        response = Response(status_code=204)
        secure = request.url.scheme == "https"
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=secure)
        response.delete_cookie(REFRESH_COOKIE, path="/auth", httponly=True, samesite="strict", secure=secure)
        return response

    return router


def _set_session_cookies(
    request: Request,
    response: Response,
    provider: DevIdentityProvider,
    session: Session,
    *,
    refresh_too: bool = True,
) -> None:
    secure = request.url.scheme == "https"
    access_seconds = int(min(provider.access_ttl, session.ends_at - datetime.now(UTC)).total_seconds())
    response.set_cookie(
        SESSION_COOKIE,
        provider.access_token(session),
        max_age=access_seconds,
        path="/",
        httponly=True,  # out of reach of scripts: an injected script cannot steal the session
        samesite="strict",  # not sent by another site's page; the guard checks Origin as well
        secure=secure,
    )
    if refresh_too:
        response.set_cookie(
            REFRESH_COOKIE,
            provider.refresh_token(session),
            max_age=int((session.ends_at - datetime.now(UTC)).total_seconds()),
            path="/auth",  # sent only to the identity routes, never with an API call
            httponly=True,
            samesite="strict",
            secure=secure,
        )


def _address(request: Request) -> str:
    return request.client.host if request.client else "-"
