"""Cross-site request forgery (issue 17, finding 5): a change made with the session cookie must come
from the console's own pages — `Origin` the gateway's own or `Sec-Fetch-Site: same-origin` — not from
SameSite alone."""

from __future__ import annotations

import httpx
from shuniu_gateway.passwords import DEMO_PASSWORD

from tests.gateway.support import bearer, echo_behind_gateway

OWN_ORIGIN = "http://gateway"  # the base URL the gateway is called at in these tests
A_COMMAND = "/api/documents/echo/seal-requests/1/approve"


async def a_signed_in_console(client: httpx.AsyncClient) -> None:
    login = await client.post("/auth/login", json={"username": "wu", "password": DEMO_PASSWORD})
    assert login.status_code == 200


async def test_a_body_less_form_post_from_a_foreign_site_with_the_session_cookie_is_refused():
    async with echo_behind_gateway() as (gateway, echo):
        await a_signed_in_console(gateway.client)
        forged = await gateway.client.post(
            A_COMMAND,
            headers={"Origin": "https://evil.example", "Content-Type": "application/x-www-form-urlencoded"},
        )
    assert forged.status_code == 403
    assert forged.json()["code"] == "cross_site_request"
    assert echo.calls == 0, "the service never saw it"


async def test_a_cookie_borne_command_without_any_origin_is_refused():
    async with echo_behind_gateway() as (gateway, echo):
        await a_signed_in_console(gateway.client)
        bare = await gateway.client.post(A_COMMAND)
        cross_site = await gateway.client.post(A_COMMAND, headers={"Sec-Fetch-Site": "cross-site"})
        logout = await gateway.client.post("/auth/logout", headers={"Origin": "https://evil.example"})
    assert [bare.status_code, cross_site.status_code, logout.status_code] == [403, 403, 403]
    assert echo.calls == 0


async def test_the_consoles_own_pages_and_scripts_with_a_bearer_token_go_through():
    async with echo_behind_gateway(gateway_cors_origins=["https://oa.county.example"]) as (gateway, echo):
        await a_signed_in_console(gateway.client)
        same_origin = await gateway.client.post(A_COMMAND, headers={"Origin": OWN_ORIGIN})
        fetch_metadata = await gateway.client.post(A_COMMAND, headers={"Sec-Fetch-Site": "same-origin"})
        allowed_origin = await gateway.client.post(A_COMMAND, headers={"Origin": "https://oa.county.example"})
        reading = await gateway.client.get(A_COMMAND, headers={"Origin": "https://evil.example"})
        gateway.client.cookies.clear()
        script = await gateway.client.post(A_COMMAND, headers=bearer("wu"))
    for passed in (same_origin, fetch_metadata, allowed_origin, reading, script):
        assert passed.status_code == 200, passed.text
    assert echo.calls == 5
