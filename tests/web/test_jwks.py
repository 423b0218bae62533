"""In production the organisation's identity provider signs tokens (RS256) and publishes its public
keys as a JWKS; here a real one runs on a loopback port with a freshly generated RSA key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from jwt.algorithms import RSAAlgorithm
from shuniu_shared.settings import Settings

ISSUER = "https://idp.office.example/realms/office"
KEY_ID = "office-2024"


@dataclass
class IdentityProvider:
    """Signs tokens with its private key and serves the public half at `jwks_url`."""

    jwks_url: str
    private_key: rsa.RSAPrivateKey
    fetches: list[str] = field(default_factory=list)

    def token(self, **overrides: Any) -> str:
        now = datetime.now(UTC)
        claims = {
            "sub": "zhao",
            "name": "赵老师",
            "dept": "dcs",
            "roles": ["supervisor"],
            "clearance": "绝密",
            "aud": "shuniu",
            "iss": ISSUER,
            "iat": now,
            "exp": now + timedelta(minutes=5),
            **overrides,
        }
        return jwt.encode(claims, self.private_key, algorithm="RS256", headers={"kid": KEY_ID})

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
async def identity_provider(
    serve: Callable[[FastAPI], AbstractAsyncContextManager[str]],
) -> AsyncIterator[IdentityProvider]:
    private_key = new_rsa_key()
    idp_app = FastAPI()
    fetches: list[str] = []

    @idp_app.get("/.well-known/jwks.json")
    async def jwks() -> dict[str, Any]:
        fetches.append(KEY_ID)
        public = RSAAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
        return {"keys": [{**public, "kid": KEY_ID, "use": "sig", "alg": "RS256"}]}

    async with serve(idp_app) as base_url:
        yield IdentityProvider(f"{base_url}/.well-known/jwks.json", private_key, fetches)


@pytest.fixture
async def production_client(
    identity_provider: IdentityProvider,
    settings: Settings,
    office_service: Callable[[Settings], FastAPI],
    client_for: Callable[..., httpx.AsyncClient],
) -> AsyncIterator[httpx.AsyncClient]:
    production = settings.model_copy(
        update={"jwt_secret": None, "jwt_jwks_url": identity_provider.jwks_url, "jwt_issuer": ISSUER}
    )
    async with client_for(office_service(production)) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_a_token_from_the_identity_provider_is_accepted(
    production_client: httpx.AsyncClient, identity_provider: IdentityProvider
) -> None:
    response = await production_client.get("/api/me", headers=bearer(identity_provider.token()))

    assert response.status_code == 200
    assert response.json()["sub"] == "zhao"
    assert response.json()["clearance"] == "绝密"


async def test_the_key_set_is_fetched_once_and_kept(
    production_client: httpx.AsyncClient, identity_provider: IdentityProvider
) -> None:
    for _ in range(3):
        response = await production_client.get("/api/me", headers=bearer(identity_provider.token()))
        assert response.status_code == 200

    assert len(identity_provider.fetches) == 1


async def test_a_token_signed_with_another_key_is_refused(
    production_client: httpx.AsyncClient, identity_provider: IdentityProvider
) -> None:
    impostor = IdentityProvider(identity_provider.jwks_url, new_rsa_key())

    response = await production_client.get("/api/me", headers=bearer(impostor.token()))

    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"


async def test_a_token_from_another_issuer_is_refused(
    production_client: httpx.AsyncClient, identity_provider: IdentityProvider
) -> None:
    token = identity_provider.token(iss="https://idp.elsewhere.example")

    response = await production_client.get("/api/me", headers=bearer(token))

    assert response.status_code == 401
    assert response.json()["detail"] == "令牌的签发者不受信任"


async def test_the_public_key_used_as_an_hmac_secret_is_refused(
    production_client: httpx.AsyncClient, identity_provider: IdentityProvider
) -> None:
    # The classic confusion attack: the public key is public, so a forger signs HS256 with it.
    def encode(part: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()

    claims = jwt.decode(identity_provider.token(roles=["director"]), options={"verify_signature": False})
    signing_input = f"{encode({'alg': 'HS256', 'typ': 'JWT', 'kid': KEY_ID})}.{encode(claims)}"
    mac = hmac.new(identity_provider.public_pem(), signing_input.encode(), hashlib.sha256).digest()
    forged = f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"

    response = await production_client.get("/api/me", headers=bearer(forged))

    assert response.status_code == 401


async def test_an_unreachable_identity_provider_is_unavailable_not_a_refusal(
    settings: Settings,
    office_service: Callable[[Settings], FastAPI],
    client_for: Callable[..., httpx.AsyncClient],
    identity_provider: IdentityProvider,
    unreachable_url: str,
) -> None:
    cut_off = settings.model_copy(
        update={"jwt_secret": None, "jwt_jwks_url": unreachable_url, "jwt_issuer": ISSUER}
    )

    async with client_for(office_service(cut_off)) as client:
        response = await client.get("/api/me", headers=bearer(identity_provider.token()))

    assert response.status_code == 503
    assert response.json()["code"] == "unavailable"
