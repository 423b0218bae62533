"""Only a token the service can verify names a caller; anything else is a 401 problem."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest
from fastapi import FastAPI
from shuniu_shared.errors import Forbidden
from shuniu_shared.settings import DEVELOPMENT_ISSUER, Settings
from shuniu_shared.web import Principal, issue_dev_token, requires


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def registrar_token(settings: Settings, **overrides: Any) -> str:
    arguments: dict[str, Any] = {
        "sub": "wang",
        "name": "王芳",
        "dept": "bgs",
        "roles": ["registrar"],
        "clearance": "机密",
    }
    return issue_dev_token(settings, **{**arguments, **overrides})


Sign = Callable[[dict[str, Any]], str]


@pytest.fixture
def sign(settings: Settings) -> Sign:
    """Signs whatever claims a test makes up with the service's own secret."""
    secret = settings.jwt_secret
    assert secret is not None
    return lambda claims: jwt.encode(claims, secret, algorithm="HS256")


def valid_claims(**overrides: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    claims = {
        "sub": "wang",
        "name": "王芳",
        "dept": "bgs",
        "roles": ["registrar"],
        "clearance": "秘密",
        "aud": "shuniu",
        "iss": DEVELOPMENT_ISSUER,
        "iat": now,
        "exp": now + timedelta(minutes=10),
    }
    return {**claims, **overrides}


def assert_refused(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["code"] == "unauthenticated"
    return body


async def test_a_valid_token_names_the_caller(client: httpx.AsyncClient, settings: Settings) -> None:
    response = await client.get("/api/me", headers=bearer(registrar_token(settings)))

    assert response.status_code == 200
    assert response.json() == {"sub": "wang", "dept": "bgs", "roles": ["registrar"], "clearance": "机密"}


async def test_a_request_without_a_token_is_refused(client: httpx.AsyncClient) -> None:
    body = assert_refused(await client.get("/api/me", headers={"Accept-Language": "en"}))

    assert "Authorization: Bearer" in body["detail"]


async def test_a_token_under_another_scheme_is_refused(client: httpx.AsyncClient) -> None:
    assert_refused(await client.get("/api/me", headers={"Authorization": "Basic d2FuZzpmYW5n"}))


async def test_a_tampered_token_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    header, payload, signature = registrar_token(settings).split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["roles"] = ["director"]
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()

    body = assert_refused(await client.get("/api/me", headers=bearer(f"{header}.{forged}.{signature}")))

    assert body["detail"] == "令牌无效"


async def test_a_token_signed_with_another_secret_is_refused(client: httpx.AsyncClient) -> None:
    token = jwt.encode(valid_claims(), "the secret of some other system, equally long", algorithm="HS256")

    assert_refused(await client.get("/api/me", headers=bearer(token)))


async def test_an_expired_token_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    token = registrar_token(settings, ttl=timedelta(minutes=-5))

    body = assert_refused(await client.get("/api/me", headers=bearer(token)))

    assert body["detail"] == "登录已过期，请重新登录"


async def test_a_token_not_valid_yet_is_refused(client: httpx.AsyncClient, sign: Sign) -> None:
    token = sign(valid_claims(nbf=datetime.now(UTC) + timedelta(minutes=5)))

    assert_refused(await client.get("/api/me", headers=bearer(token)))


async def test_a_token_for_another_audience_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    other_system = settings.model_copy(update={"jwt_audience": "another-system"})

    body = assert_refused(await client.get("/api/me", headers=bearer(registrar_token(other_system))))

    assert body["detail"] == "令牌不是签发给本系统的"


async def test_an_unsigned_token_is_refused(client: httpx.AsyncClient) -> None:
    token = jwt.encode(valid_claims(), key="", algorithm="none")

    assert_refused(await client.get("/api/me", headers=bearer(token)))


async def test_a_token_that_never_expires_is_refused(client: httpx.AsyncClient, sign: Sign) -> None:
    claims = valid_claims()
    del claims["exp"]

    body = assert_refused(await client.get("/api/me", headers=bearer(sign(claims))))

    assert "exp" in body["detail"]


@pytest.mark.parametrize("claim", ["sub", "name", "dept", "roles", "clearance"])
async def test_a_token_missing_a_claim_is_refused_and_names_it(
    client: httpx.AsyncClient, sign: Sign, claim: str
) -> None:
    claims = valid_claims()
    del claims[claim]

    response = await client.get("/api/me", headers=bearer(sign(claims)) | {"Accept-Language": "en"})

    body = assert_refused(response)

    assert body["detail"] == f"the token lacks the `{claim}` claim"


async def test_a_token_with_an_unknown_clearance_is_refused(client: httpx.AsyncClient, sign: Sign) -> None:
    assert_refused(await client.get("/api/me", headers=bearer(sign(valid_claims(clearance="internal")))))


async def test_roles_that_are_not_a_list_are_refused(client: httpx.AsyncClient, sign: Sign) -> None:
    assert_refused(await client.get("/api/me", headers=bearer(sign(valid_claims(roles="registrar")))))


async def test_a_caller_without_the_role_is_forbidden(client: httpx.AsyncClient, settings: Settings) -> None:
    token = registrar_token(settings, roles=["clerk"])

    response = await client.get("/api/documents/registry", headers=bearer(token))

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "forbidden"
    assert response.json()["detail"] == "需要以下角色之一：registrar、director"


async def test_a_refusal_names_the_roles_in_words_not_codes() -> None:
    shen = Principal(sub="shen", name="沈", dept="office", roles=frozenset({"clerk"}), clearance="none")

    with pytest.raises(Forbidden) as refused:
        await requires("office_director", "leader")(shen)

    assert refused.value.zh == "需要以下角色之一：办公室主任、县领导"
    assert refused.value.en == "this needs one of the roles: office director, county leader"


async def test_one_of_the_roles_is_enough(client: httpx.AsyncClient, settings: Settings) -> None:
    response = await client.get("/api/documents/registry", headers=bearer(registrar_token(settings)))

    assert response.status_code == 200
    assert response.json() == "wang"


async def test_a_configured_issuer_must_sign_the_token(
    client_for: Callable[..., httpx.AsyncClient],
    office_service: Callable[[Settings], FastAPI],
    settings: Settings,
) -> None:
    strict = settings.model_copy(update={"jwt_issuer": "https://idp.office.example"})
    async with client_for(office_service(strict)) as client:
        accepted = await client.get("/api/me", headers=bearer(registrar_token(strict)))
        refused = await client.get("/api/me", headers=bearer(registrar_token(settings)))

    assert accepted.status_code == 200
    assert_refused(refused)


@pytest.mark.parametrize(
    ("clearance", "level", "reaches"),
    [
        ("绝密", "机密", True),
        ("机密", "机密", True),
        ("机密", "绝密", False),
        ("秘密", "none", True),
        ("none", "秘密", False),
    ],
)
def test_a_clearance_reaches_its_own_level_and_those_below(clearance: str, level: str, reaches: bool) -> None:
    principal = Principal(sub="li.ming", name="李明", dept="bgs", roles=frozenset(), clearance=clearance)

    assert principal.clearance_reaches(level) is reaches


def test_a_principal_cannot_hold_an_unknown_clearance() -> None:
    with pytest.raises(ValueError, match="clearance"):
        Principal(sub="li.ming", name="李明", dept="bgs", roles=frozenset(), clearance="top secret")


def test_development_tokens_need_the_development_secret(settings: Settings) -> None:
    production = settings.model_copy(update={"jwt_secret": None, "jwt_jwks_url": "https://idp.example/jwks"})

    with pytest.raises(ValueError, match="SHUNIU_JWT_SECRET"):
        issue_dev_token(production, "li.ming", "李明", "bgs", ["clerk"], "none")
