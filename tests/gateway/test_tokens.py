"""A token that cannot be trusted gets 401 at the gateway — before any service is called — and at a
service reached directly; production tokens come from the identity provider's JWKS (RS256)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.upstreams import http_upstream
from shuniu_shared.settings import Settings

from tests.gateway.support import (
    Echo,
    echo_behind_gateway,
    echo_service,
    service_settings,
    serving,
    token_for,
    untrustworthy_tokens,
)

UNTRUSTWORTHY = list(untrustworthy_tokens())


@pytest.mark.parametrize(("flaw", "token"), UNTRUSTWORTHY, ids=[flaw for flaw, _ in UNTRUSTWORTHY])
async def test_an_untrustworthy_token_gets_401_at_the_gateway_and_no_service_is_called(flaw, token):
    async with echo_behind_gateway() as (gateway, echo):
        # Even on a route the service would answer without a token: a bad token is never passed on.
        response = await gateway.client.get(
            "/api/documents/healthz", headers={"Authorization": f"Bearer {token}"}
        )
        cookie = await gateway.client.get(
            "/api/documents/healthz", headers={"Cookie": f"shuniu_session={token}"}
        )
    for refused in (response, cookie):
        assert refused.status_code == 401, flaw
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.headers["www-authenticate"].startswith("Bearer")
    assert echo.calls == 0


@pytest.mark.parametrize(("flaw", "token"), UNTRUSTWORTHY, ids=[flaw for flaw, _ in UNTRUSTWORTHY])
async def test_an_untrustworthy_token_gets_401_at_a_service_called_directly(flaw, token):
    app = echo_service(service_settings(), Echo())
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://documents"
    ) as service:
        response = await service.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401, flaw


async def test_a_service_reached_directly_without_a_token_answers_401():
    app = echo_service(service_settings(), Echo())
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://documents"
    ) as service:
        assert (await service.get("/me")).status_code == 401
        signed = await service.get("/me", headers={"Authorization": f"Bearer {token_for('zhou')}"})
    assert signed.json() == {"sub": "zhou", "dept": "office.supervision", "clearance": "秘密"}


async def test_a_valid_token_passes_the_gateway_and_the_service_sees_the_same_person():
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.get(
            "/api/documents/me", headers={"Authorization": f"Bearer {token_for('luo')}"}
        )
    assert response.json() == {"sub": "luo", "dept": "gov", "clearance": "绝密"}


def identity_provider(key: rsa.RSAPrivateKey) -> FastAPI:
    """An OIDC provider's JWKS endpoint, as Keycloak publishes one."""
    app = FastAPI()
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))

    @app.get("/realms/county/protocol/openid-connect/certs")
    async def certs() -> dict[str, object]:
        return {"keys": [public | {"kid": "county-1", "use": "sig", "alg": "RS256"}]}

    return app


async def test_in_production_tokens_signed_by_the_identity_provider_pass_and_the_dev_provider_is_off():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    claims = {
        "sub": "chen",
        "name": "陈局长",
        "dept": "finance",
        "roles": ["department_head", "staff"],
        "clearance": "秘密",
        "aud": "shuniu",
        "iss": "https://idp.county.example/realms/county",
        "exp": now + timedelta(minutes=5),
    }
    token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": "county-1"})
    echo = Echo()
    async with serving(identity_provider(key)) as idp:
        jwks = f"{idp}/realms/county/protocol/openid-connect/certs"
        production: dict[str, Any] = {
            "jwt_secret": None,
            "jwt_jwks_url": jwks,
            "jwt_issuer": claims["iss"],
            "log_json": False,
        }
        async with serving(echo_service(Settings(service="documents", **production), echo)) as url:
            settings = Settings(service="gateway", upstream_documents=url, **production)
            app = build_gateway_app(settings, [http_upstream(settings, "documents")])
            async with (
                app.router.lifespan_context(app),
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app), base_url="http://gateway"
                ) as client,
            ):
                me = await client.get("/api/documents/me", headers={"Authorization": f"Bearer {token}"})
                assert me.json() == {"sub": "chen", "dept": "finance", "clearance": "秘密"}
                assert (
                    await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
                ).status_code == 200

                dev_token = await client.post(
                    "/auth/token", json={"username": "chen", "password": "shuniu-demo"}
                )
                assert dev_token.status_code in (404, 405), "no development sign-in in production"
                forged = jwt.encode(claims, "a guessed development secret, long enough", algorithm="HS256")
                refused = await client.get("/api/documents/me", headers={"Authorization": f"Bearer {forged}"})
                assert refused.status_code == 401
