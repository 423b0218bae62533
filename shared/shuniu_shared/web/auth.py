"""Who is calling: every service verifies the bearer token itself, whatever the gateway already did.

A token is a JWT whose claims name the person (`sub`, `name`), their department (`dept`), their roles
and their clearance. In development the dev identity provider signs tokens with a shared secret
(HS256, `SHUNIU_JWT_SECRET`); in production the organisation's identity provider (Keycloak and the
like) signs them with its private key and publishes the public keys at `SHUNIU_JWT_JWKS_URL` (RS256).
When both are set, the JWKS wins: a production service must not also trust a development secret.

The algorithm is fixed by configuration and never taken from the token, so a token cannot choose
`alg: none`, nor have an RS256 public key used as an HS256 secret. The issuer is pinned too
(`SHUNIU_JWT_ISSUER`, by default the development provider's): a token from any other is refused.

A correctly signed token is still refused when its `sub` is nobody in the organisation directory
(the identity provider and the directory disagree, or the person has left), and when it belongs to a
session that was ended (`sid`, see `shuniu_shared.sessions`) — checked on every request, the
verifier's cache of recent tokens included.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import jwt
import structlog
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification
from shuniu_shared.directory import DEMO as DEMO_DIRECTORY
from shuniu_shared.directory import ROLE_NAMES, Directory
from shuniu_shared.errors import Forbidden, Unauthenticated, Unavailable
from shuniu_shared.sessions import SessionRevocations
from shuniu_shared.settings import Settings

_REQUIRED_CLAIMS = ("sub", "name", "dept", "roles", "clearance")
_CLOCK_SKEW = timedelta(seconds=30)  # tolerated between the identity provider's clock and ours
_REMEMBERED_TOKENS = 4096  # verified tokens kept (least recently used goes first)


@dataclass(frozen=True)
class Principal:
    sub: str
    name: str
    dept: str
    roles: frozenset[str]
    clearance: str
    session: str | None = field(default=None, compare=False)  # the `sid` of a console sign-in

    def __post_init__(self) -> None:
        if not Classification.is_level(self.clearance):
            raise ValueError(f"clearance must be one of {', '.join(Classification)}, not {self.clearance!r}")

    def clearance_reaches(self, level: str) -> bool:
        """Whether this person is cleared for material classified `level` (e.g. "机密")."""
        return Classification.parse(self.clearance).reaches(level)

    def has_any_role(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)

    def sees(self, audience: Audience, directory: Directory) -> bool:
        """Whether the object whose audience this is may be shown to this person."""
        return audience.admits(
            person=self.sub,
            department=self.dept,
            roles=self.roles,
            clearance=self.clearance,
            directory=directory,
        )


class TokenVerifier:
    def __init__(
        self,
        settings: Settings,
        *,
        directory: Directory | None = None,
        revocations: SessionRevocations | None = None,
    ) -> None:
        self.directory = directory or Directory.load(settings.directory_file or DEMO_DIRECTORY)
        self.revocations = revocations or SessionRevocations()
        self._audience = settings.jwt_audience
        self._issuer = settings.jwt_issuer
        self._jwks: jwt.PyJWKClient | None = None
        self._secret: str | None = None
        if settings.jwt_jwks_url:
            # Keeps the key set for five minutes and fetches it again when a token names a key it has
            # not seen (the provider rotated its keys), at most every 30 seconds.
            self._jwks = jwt.PyJWKClient(settings.jwt_jwks_url, cache_keys=True, lifespan=300, timeout=5)
            self._algorithm = "RS256"
        elif settings.jwt_secret:
            self._secret = settings.jwt_secret
            self._algorithm = "HS256"
        else:
            raise ValueError("set SHUNIU_JWT_JWKS_URL (RS256) or SHUNIU_JWT_SECRET (HS256) to verify tokens")
        self._recent: OrderedDict[str, tuple[Principal, float]] = OrderedDict()

    async def verify(self, token: str) -> Principal:
        """The principal the token names; `Unauthenticated` if the token cannot be trusted.

        A browser or a client sends the same token with every request until it expires, and checking
        its signature and claims was a tenth of a command's CPU (pyinstrument): a token already
        verified is trusted again until its ``exp``, from a small bounded memory of recent ones."""
        known = self._recent.get(token)
        if known is not None and time.time() < known[1]:
            self._recent.move_to_end(token)
            principal = known[0]
        else:
            principal, expires = await self._verified(token)
            self._recent[token] = (principal, expires)
            if len(self._recent) > _REMEMBERED_TOKENS:
                self._recent.popitem(last=False)
        # After the cache, not before it: a session ended after its token was first seen is refused.
        if principal.session is not None and self.revocations.is_revoked(principal.session):
            raise Unauthenticated(
                "已退出登录，请重新登录", "this session has ended; sign in again", code="session_ended"
            )
        return principal

    async def _verified(self, token: str) -> tuple[Principal, float]:
        try:
            key = await self._key_for(token)
            claims = jwt.decode(
                token,
                key,
                algorithms=[self._algorithm],
                audience=self._audience,
                issuer=self._issuer,
                leeway=_CLOCK_SKEW,
                options={"require": ["exp", "aud", "iss"]},
            )
        except jwt.PyJWKClientConnectionError as exc:
            raise Unavailable("暂时无法连接身份认证服务", "the identity provider cannot be reached") from exc
        except jwt.PyJWTError as exc:
            raise _refusal(exc) from exc
        principal = _principal_from(claims)
        if principal.sub not in self.directory.people:
            raise Unauthenticated(
                "令牌所指的人员不在组织名录中",
                "the token names nobody in the organisation directory",
                code="unknown_person",
            )
        return principal, float(claims["exp"])

    async def _key_for(self, token: str) -> Any:
        if self._jwks is None:
            return self._secret
        # The key set is fetched over HTTP with urllib, which blocks: keep it off the event loop.
        signing_key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
        return signing_key.key


def _refusal(exc: jwt.PyJWTError) -> Unauthenticated:
    match exc:
        case jwt.ExpiredSignatureError():
            return Unauthenticated("登录已过期，请重新登录", "the token has expired; sign in again")
        case jwt.ImmatureSignatureError():
            return Unauthenticated("令牌尚未生效", "the token is not valid yet")
        case jwt.InvalidAudienceError():
            return Unauthenticated("令牌不是签发给本系统的", "the token was issued for another audience")
        case jwt.InvalidIssuerError():
            return Unauthenticated("令牌的签发者不受信任", "the token comes from an untrusted issuer")
        case jwt.MissingRequiredClaimError():
            return _missing_claim(exc.claim)
        case _:  # bad signature, wrong or no algorithm, unknown key, not a JWT at all
            return Unauthenticated("令牌无效", "the token is invalid")


def _missing_claim(claim: str) -> Unauthenticated:
    return Unauthenticated(f"令牌缺少声明 {claim}", f"the token lacks the `{claim}` claim")


def _principal_from(claims: dict[str, Any]) -> Principal:
    for claim in _REQUIRED_CLAIMS:
        if claim not in claims:
            raise _missing_claim(claim)
    roles = claims["roles"]
    if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
        raise Unauthenticated(
            "令牌的 roles 声明应为字符串列表", "the `roles` claim should be a list of strings"
        )
    if not isinstance(claims["clearance"], str) or not Classification.is_level(claims["clearance"]):
        raise Unauthenticated(
            f"令牌的密级声明无效：{claims['clearance']}",
            f"the `clearance` claim should be one of {', '.join(Classification)}",
        )
    return Principal(
        sub=str(claims["sub"]),
        name=str(claims["name"]),
        dept=str(claims["dept"]),
        roles=frozenset(roles),
        clearance=claims["clearance"],
        session=str(claims["sid"]) if "sid" in claims else None,
    )


_bearer = HTTPBearer(auto_error=False, description="A JWT from the identity provider.")


async def current_principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Principal:
    """The verified caller (FastAPI dependency). Needs `app.state.token_verifier`, which
    `create_service_app` sets up from the settings."""
    if credentials is None:
        raise Unauthenticated(
            "请先登录：请求缺少 Authorization: Bearer 令牌",
            "sign in first: the request has no `Authorization: Bearer` token",
        )
    verifier: TokenVerifier | None = getattr(request.app.state, "token_verifier", None)
    if verifier is None:
        raise RuntimeError("no token verifier: set SHUNIU_JWT_SECRET or SHUNIU_JWT_JWKS_URL")
    principal = await verifier.verify(credentials.credentials)
    structlog.contextvars.bind_contextvars(actor=principal.sub)
    return principal


SignedIn = Annotated[Principal, Depends(current_principal)]
"""A route's verified caller as a `Principal`, for the reads that ask what this person may see."""


def requires(*roles: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency admitting a caller who holds at least one of `roles`; others get 403."""
    if not roles:
        raise ValueError("requires() needs a role; current_principal admits anyone signed in")

    async def principal_with_role(principal: SignedIn) -> Principal:
        if not principal.has_any_role(roles):
            zh = "、".join(ROLE_NAMES.get(role, (role, role))[0] for role in roles)
            en = ", ".join(ROLE_NAMES.get(role, (role, role))[1] for role in roles)
            raise Forbidden(f"需要以下角色之一：{zh}", f"this needs one of the roles: {en}")
        return principal

    return principal_with_role


def issue_dev_token(
    settings: Settings,
    sub: str,
    name: str,
    dept: str,
    roles: Iterable[str] = (),
    clearance: str = "none",
    ttl: timedelta = timedelta(hours=8),
    session: str | None = None,
) -> str:
    """An HS256 token signed with the development secret, as the dev identity provider issues them;
    `session` is the console sign-in it belongs to (the `sid` that signing out revokes)."""
    if not settings.jwt_secret:
        raise ValueError("issuing a development token needs SHUNIU_JWT_SECRET")
    if not Classification.is_level(clearance):
        raise ValueError(f"clearance must be one of {', '.join(Classification)}, not {clearance!r}")
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": sub,
        "name": name,
        "dept": dept,
        "roles": sorted(roles),
        "clearance": clearance,
        "aud": settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + ttl,
        "iss": settings.jwt_issuer,
    }
    if session is not None:
        claims["sid"] = session
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")
