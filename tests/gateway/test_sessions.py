"""Signing out ends a session at once, everywhere (issue 17, finding 4): the gateway and every service
refuse its tokens, cached or not; access tokens are short and the console refreshes them from its
session; a token that is correctly signed but names nobody of the directory, or comes from another
issuer, is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import jwt
from fastapi import FastAPI
from shuniu_gateway.identity import REFRESH_COOKIE, SESSION_COOKIE
from shuniu_gateway.passwords import DEMO_PASSWORD
from shuniu_shared.settings import DEVELOPMENT_ISSUER

from tests.gateway.support import SECRET, echo_behind_gateway, token_for, unused_port_url

Suite = tuple[httpx.AsyncClient, FastAPI]
SUPERVISION_TASKS = "/api/supervision/tasks"


def a_console(app: FastAPI) -> httpx.AsyncClient:
    """A browser tab on the console: its own cookies, and the Origin a browser adds to its requests."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://shuniu", headers={"Origin": "http://shuniu"}
    )


async def signed_in(console: httpx.AsyncClient, person: str) -> tuple[str, str]:
    """Signs in; the session's access token and refresh token, as the browser now holds them."""
    login = await console.post("/auth/login", json={"username": person, "password": DEMO_PASSWORD})
    assert login.status_code == 200, login.text
    return console.cookies[SESSION_COOKIE], console.cookies[REFRESH_COOKIE]


def supervision_itself(app: FastAPI) -> httpx.AsyncClient:
    """The supervision service called directly, the gateway bypassed."""
    return app.state.upstreams["supervision"].client


async def test_after_signing_out_the_old_cookie_opens_nothing_for_reads_or_commands(embedded: Suite):
    _, app = embedded
    async with a_console(app) as console:
        access, refresh = await signed_in(console, "zhou")
        assert (await console.get(SUPERVISION_TASKS)).status_code == 200
        assert (await console.post("/auth/logout")).status_code == 204

    async with a_console(app) as replay:  # someone who kept a copy of the cookies
        replay.cookies.set(SESSION_COOKIE, access)
        read = await replay.get(SUPERVISION_TASKS)
        command = await replay.post(SUPERVISION_TASKS, json={})
        who = await replay.get("/auth/me")
        replay.cookies.set(REFRESH_COOKIE, refresh, path="/auth")
        refreshed = await replay.post("/auth/refresh")
    for refused in (read, command, who, refreshed):
        assert refused.status_code == 401, refused.text
        assert refused.json()["code"] == "session_ended"


async def test_a_service_reached_directly_refuses_the_ended_session_even_after_caching_its_token(
    embedded: Suite,
):
    _, app = embedded
    async with a_console(app) as console:
        access, _ = await signed_in(console, "zhou")
        service = supervision_itself(app)
        bearer = {"Authorization": f"Bearer {access}"}
        assert (await service.get("/tasks", headers=bearer)).status_code == 200  # now in its cache
        assert (await console.post("/auth/logout")).status_code == 204
        after = await service.get("/tasks", headers=bearer)
    assert after.status_code == 401
    assert after.json()["code"] == "session_ended"


async def test_a_script_ends_its_bearer_token_by_signing_out_with_it(embedded: Suite):
    _, app = embedded
    async with a_console(app) as script:
        issued = await script.post("/auth/token", json={"username": "feng", "password": DEMO_PASSWORD})
        bearer = {"Authorization": f"Bearer {issued.json()['access_token']}"}
        assert (await script.get("/auth/me", headers=bearer)).status_code == 200
        assert (await script.post("/auth/logout", headers=bearer)).status_code == 204
        assert (await script.get("/auth/me", headers=bearer)).status_code == 401


async def test_the_console_holds_a_short_access_token_and_refreshes_it_from_its_session(embedded: Suite):
    _, app = embedded
    async with a_console(app) as console:
        access, refresh = await signed_in(console, "shen")
        claims = jwt.decode(access, SECRET, algorithms=["HS256"], audience="shuniu")
        assert claims["exp"] - claims["iat"] == 15 * 60
        assert claims["iss"] == DEVELOPMENT_ISSUER and claims["sid"]
        refresh_claims = jwt.decode(refresh, SECRET, algorithms=["HS256"], audience="shuniu/refresh")
        assert refresh_claims["exp"] - refresh_claims["iat"] == 8 * 3600
        assert refresh_claims["sid"] == claims["sid"]

        console.cookies.delete(SESSION_COOKIE)  # the browser dropped the access token when it expired
        assert (await console.get("/auth/me")).status_code == 401
        renewed = await console.post("/auth/refresh")
        assert renewed.status_code == 200 and renewed.json()["sub"] == "shen"
        assert (await console.get("/auth/me")).json()["sub"] == "shen"
        new_claims = jwt.decode(
            console.cookies[SESSION_COOKIE], SECRET, algorithms=["HS256"], audience="shuniu"
        )
        assert new_claims["sid"] == claims["sid"]


async def test_the_refresh_token_is_no_access_token(embedded: Suite):
    client, app = embedded
    async with a_console(app) as console:
        _, refresh = await signed_in(console, "shen")
    refused = await client.get("/auth/me", headers={"Authorization": f"Bearer {refresh}"})
    assert refused.status_code == 401


async def test_a_correctly_signed_token_for_someone_not_in_the_directory_is_refused(embedded: Suite):
    client, app = embedded
    # Signed with the right key, with every claim, and the roles and clearance to do anything.
    ghost = token_for("luo", sub="ghost", name="不存在的人")
    bearer = {"Authorization": f"Bearer {ghost}"}
    through_the_gateway = await client.post(SUPERVISION_TASKS, json={}, headers=bearer)
    at_the_service = await supervision_itself(app).post("/tasks", json={}, headers=bearer)
    for refused in (through_the_gateway, at_the_service):
        assert refused.status_code == 401
        assert refused.json()["code"] == "unknown_person"


async def test_the_issuer_is_pinned_by_default(embedded: Suite):
    client, _ = embedded
    good = jwt.decode(token_for("luo"), options={"verify_signature": False})
    assert good["iss"] == DEVELOPMENT_ISSUER
    unpinned = {name: value for name, value in good.items() if name != "iss"}
    for claims in (good | {"iss": "https://any-issuer.example"}, unpinned):
        claims["exp"] = datetime.now(UTC) + timedelta(minutes=5)
        token = jwt.encode(claims, SECRET, algorithm="HS256")
        refused = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 401


async def test_with_the_broker_away_signing_out_says_so_and_the_gateway_refuses_the_session_anyway():
    """The gateway starts and routes without the broker; a sign-out it cannot announce is a 503 (the
    person tries again) — and the gateway itself refuses the session from that moment."""
    broker_away = unused_port_url().removeprefix("http://")
    async with echo_behind_gateway(kafka_bootstrap=broker_away) as (gateway, _):
        console = gateway.client
        login = await console.post("/auth/login", json={"username": "zhou", "password": DEMO_PASSWORD})
        assert login.status_code == 200
        access = console.cookies[SESSION_COOKIE]
        logout = await console.post("/auth/logout", headers={"Origin": "http://gateway"})
        assert logout.status_code == 503
        assert "set-cookie" not in logout.headers, "the cookies stay, so signing out can be tried again"
        again = await console.get("/auth/me", headers={"Authorization": f"Bearer {access}"})
    assert again.status_code == 401 and again.json()["code"] == "session_ended"
