"""The development identity provider: the demo county's people sign in with the demo password, get a
token with the claims of docs/gateway.md, and the console keeps its session in an HttpOnly cookie that
the gateway turns into a bearer token for the services."""

from __future__ import annotations

import tomllib

import jwt
from shuniu_gateway.passwords import DEMO_PASSWORD, DEMO_USERS, hash_password, verify_password

from tests.gateway.support import DIRECTORY, SECRET, echo_behind_gateway


def same_origin(client) -> dict[str, str]:
    """What a browser adds to the console's own requests."""
    return {"Origin": str(client.base_url).rstrip("/")}


async def sign_in(client, username: str, password: str = DEMO_PASSWORD, path: str = "/auth/token", **kw):
    return await client.post(path, json={"username": username, "password": password}, **kw)


async def test_every_person_of_the_demo_directory_has_a_demo_user_and_no_password_is_stored_in_clear():
    users = tomllib.loads(DEMO_USERS.read_text(encoding="utf-8"))["users"]
    assert {user["id"] for user in users} == set(DIRECTORY.people)
    assert all(user["password_hash"].startswith("scrypt$") for user in users)
    assert DEMO_PASSWORD not in DEMO_USERS.read_text(encoding="utf-8")
    assert len({user["password_hash"] for user in users}) == len(users), "each hash has its own salt"


def test_a_password_verifies_only_against_its_own_hash():
    stored = hash_password("正确的密码 correct horse")
    assert verify_password("正确的密码 correct horse", stored)
    assert not verify_password("正确的密码 correct horse!", stored)
    assert not verify_password("anything", "md5$not-a-hash-we-accept")


async def test_a_demo_user_signs_in_and_the_token_carries_their_department_roles_and_clearance():
    async with echo_behind_gateway() as (gateway, _):
        response = await sign_in(gateway.client, "feng")
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 15 * 60
    claims = jwt.decode(body["access_token"], SECRET, algorithms=["HS256"], audience="shuniu")
    assert (claims["sub"], claims["name"], claims["dept"], claims["clearance"]) == (
        "feng",
        "冯主任",
        "office",
        "机密",
    )
    assert claims["roles"] == ["department_head", "office_director"]


async def test_the_token_endpoint_takes_the_oauth2_password_form():
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.post(
            "/auth/token", data={"grant_type": "password", "username": "zheng", "password": DEMO_PASSWORD}
        )
        other_grant = await gateway.client.post(
            "/auth/token", data={"grant_type": "client_credentials", "username": "zheng", "password": "x"}
        )
    assert response.status_code == 200
    assert jwt.decode(response.json()["access_token"], options={"verify_signature": False})["sub"] == "zheng"
    assert other_grant.status_code == 422 and other_grant.json()["field"] == "grant_type"


async def test_a_wrong_password_and_an_unknown_user_get_the_same_401():
    async with echo_behind_gateway() as (gateway, _):
        wrong_password = await sign_in(gateway.client, "luo", "luo123")
        unknown_user = await sign_in(gateway.client, "nobody")
    for refused in (wrong_password, unknown_user):
        assert refused.status_code == 401
        assert refused.json()["code"] == "invalid_credentials"
    assert wrong_password.json()["detail"] == unknown_user.json()["detail"]


async def test_missing_credentials_are_a_422_naming_the_field():
    async with echo_behind_gateway() as (gateway, _):
        response = await gateway.client.post("/auth/token", json={"username": "luo"})
    assert response.status_code == 422
    assert response.json()["field"] == "password"


async def test_the_console_session_is_an_httponly_strict_cookie_that_reaches_services_as_a_bearer_token():
    async with echo_behind_gateway() as (gateway, _):
        login = await sign_in(gateway.client, "shen", path="/auth/login")
        assert login.json()["name"] == "沈秘书"
        cookie = login.headers["set-cookie"].lower()
        assert "shuniu_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie

        me = await gateway.client.get("/auth/me")
        assert me.json()["sub"] == "shen"
        seen = (await gateway.client.get("/api/documents/echo/x")).json()["headers"]
        assert seen["authorization"].startswith("Bearer ")
        assert "cookie" not in seen, "the session cookie stays at the gateway"
        assert (await gateway.client.get("/api/documents/me")).json()["sub"] == "shen"

        logout = await gateway.client.post("/auth/logout", headers=same_origin(gateway.client))
        assert logout.status_code == 204
        assert (await gateway.client.get("/auth/me")).status_code == 401


async def test_signing_in_again_works_with_a_stale_session_cookie_in_the_browser():
    async with echo_behind_gateway() as (gateway, _):
        gateway.client.cookies.set("shuniu_session", "expired-or-garbage")
        assert (await gateway.client.get("/auth/me")).status_code == 401
        assert (await sign_in(gateway.client, "li", path="/auth/login")).status_code == 200
        assert (await gateway.client.get("/auth/me")).json()["sub"] == "li"


async def test_the_demo_sign_in_is_off_unless_switched_on():
    async with echo_behind_gateway(demo_sign_in=False) as (gateway, _):
        for path in ("/auth/login", "/auth/token"):
            response = await sign_in(gateway.client, "luo", path=path)
            assert response.status_code == 404, f"{path} exists without SHUNIU_DEMO_SIGN_IN"
