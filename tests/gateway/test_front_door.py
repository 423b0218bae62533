"""The front door (HAProxy) in front of the gateway and a service, as `make stack` runs it: a real
HAProxy, configured by `shuniu_gateway.front_door`, before a real service process on a loopback socket
and a real gateway on another. A bearer call for a service goes straight to it, checked by HAProxy
on the way; everything else goes to the gateway (docs/gateway.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.front_door import environment, haproxy_config
from shuniu_gateway.identity import SESSION_COOKIE
from shuniu_gateway.upstreams import http_upstream
from shuniu_infra.haproxy import HAProxyServer
from shuniu_infra.support import free_loopback_port
from shuniu_shared.sessions import SessionRevocations

from tests.gateway.support import (
    SECRET,
    Echo,
    bearer,
    echo_service,
    gateway_settings,
    service_settings,
    token_for,
    untrustworthy_tokens,
    unused_port_url,
)
from tests.services import serving

BURST = 8  # requests a person may make at once through the front door in these tests
BODY_LIMIT = 4096
FILE_LIMIT = 64 * 1024  # a file upload's: the documents service's largest file, larger than any JSON body
TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@dataclass
class FrontDoor:
    client: httpx.AsyncClient
    haproxy: HAProxyServer
    echo: Echo
    revocations: SessionRevocations  # the service's: what its follower of the sessions topic fills


def _address(url: str) -> str:
    return url.removeprefix("http://")


@contextlib.asynccontextmanager
async def front_door(base_dir: Path) -> AsyncIterator[FrontDoor]:
    echo = Echo()
    # The front door's limits and timeouts are the gateway's settings, small enough to reach here.
    service = echo_service(service_settings(), echo)
    async with serving(service) as documents_url:
        settings = gateway_settings(
            upstream_documents=documents_url,
            gateway_rate_limit_burst=BURST,
            gateway_rate_limit_per_second=0.5,
            gateway_body_limit_bytes=BODY_LIMIT,
            gateway_file_body_limit_bytes=FILE_LIMIT,
            gateway_timeout_seconds=1.0,
        )
        gateway_app = build_gateway_app(settings, [http_upstream(settings, "documents")])
        async with serving(gateway_app) as gateway_url:
            stopped = _address(unused_port_url())  # every other service is down
            addresses = {
                name: stopped
                for name in ("meetings", "supervision", "reception", "projection", "notifications", "duty")
            }
            addresses["documents"] = _address(documents_url)
            port = free_loopback_port()
            haproxy = HAProxyServer(
                base_dir,
                port,
                haproxy_config(settings),
                environment(f"127.0.0.1:{port}", _address(gateway_url), addresses, SECRET),
            )
            await asyncio.to_thread(haproxy.start)
            try:
                async with httpx.AsyncClient(base_url=haproxy.url, timeout=10) as client:
                    yield FrontDoor(client, haproxy, echo, service.state.token_verifier.revocations)
            finally:
                haproxy.stop()


@pytest.fixture
async def door(tmp_path: Path) -> AsyncIterator[FrontDoor]:
    async with front_door(tmp_path) as opened:
        yield opened


def _is_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    return body


async def test_a_command_with_a_valid_token_reaches_the_service_through_the_front_door(
    door: FrontDoor,
) -> None:
    response = await door.client.post(
        "/api/documents/echo/incoming", json={"title": "关于做好防汛工作的通知"}, headers=bearer("shen")
    )
    assert response.status_code == 200, response.text
    seen = response.json()
    assert seen["method"] == "POST"
    assert seen["path"] == "/echo/incoming"  # the prefix is the front door's, not the service's
    assert seen["headers"]["x-forwarded-prefix"] == "/api/documents"
    assert "cookie" not in seen["headers"]
    # The service verified the token itself too: it knows who called.
    me = await door.client.get("/api/documents/me", headers=bearer("shen"))
    assert me.json()["sub"] == "shen"


async def test_no_token_and_every_untrustworthy_token_get_401_problem_json(door: FrontDoor) -> None:
    refused = await door.client.get("/api/documents/echo/x")
    body = _is_problem(refused, 401, "invalid_token")
    assert body["detail"] == "身份令牌无效或已过期，请重新登录"
    assert refused.headers["www-authenticate"] == 'Bearer realm="shuniu"'

    english = await door.client.get("/api/documents/echo/x", headers={"Accept-Language": "en"})
    assert _is_problem(english, 401, "invalid_token")["detail"].startswith("the token is invalid")

    calls_before = door.echo.calls
    for what, token in untrustworthy_tokens():
        response = await door.client.get("/api/documents/me", headers={"Authorization": f"Bearer {token}"})
        # A signed token for someone not in the directory passes HAProxy (it has no directory) and
        # is refused by the service, which checks every token again.
        assert response.status_code == 401, what
        assert response.headers["content-type"].startswith("application/problem+json"), what
    assert door.echo.calls == calls_before  # no refused token reached a route


async def test_a_session_ended_at_sign_out_is_refused_behind_the_front_door(door: FrontDoor) -> None:
    token = token_for("shen", sid="session-of-shen")
    headers = {"Authorization": f"Bearer {token}"}
    assert (await door.client.get("/api/documents/me", headers=headers)).status_code == 200
    # What the service's follower of `shuniu.gateway.sessions` records when the sign-out's event
    # arrives (tests/gateway/test_sessions.py follows it over Kafka): HAProxy still lets the token
    # through, since its signature and time are good, and the service refuses it.
    door.revocations.revoke("session-of-shen", until=time.time() + 3600)
    refused = await door.client.get("/api/documents/me", headers=headers)
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")


async def test_a_body_over_the_limit_gets_413_before_the_service_sees_it(door: FrontDoor) -> None:
    calls_before = door.echo.calls
    response = await door.client.post(
        "/api/documents/echo/incoming", content=b"x" * (BODY_LIMIT + 1), headers=bearer("li")
    )
    body = _is_problem(response, 413, "body_too_large")
    assert body["detail"] == "请求体过大：上限为 4 KiB"
    assert door.echo.calls == calls_before


async def test_a_file_goes_straight_to_the_service_past_the_json_limit_up_to_the_file_limit(
    door: FrontDoor,
) -> None:
    """A scan is larger than any command: HAProxy holds a file route to the file limit, not the JSON
    one, and carries it to the documents service itself, not through the Python gateway."""
    files = "/api/documents/incoming/in-1/files"
    uploaded = await door.client.post(files, content=b"%PDF" * BODY_LIMIT, headers=bearer("shen"))
    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json() == {"body_bytes": 4 * BODY_LIMIT}
    calls_before = door.echo.calls
    refused = await door.client.post(files, content=b"x" * (FILE_LIMIT + 1), headers=bearer("shen"))
    _is_problem(refused, 413, "body_too_large")
    assert door.echo.calls == calls_before
    # The front door's own access line says which backend it went to.
    carried = '"path":"/api/documents/incoming/in-1/files","status":201,"backend":"documents"'
    assert await _eventually(lambda: carried in door.haproxy.log())


async def test_a_burst_past_the_limit_gets_429_with_retry_after(door: FrontDoor) -> None:
    answers = [
        await door.client.get("/api/documents/echo/x", headers=bearer("zhou")) for _ in range(BURST + 3)
    ]
    assert [answer.status_code for answer in answers[:BURST]] == [200] * BURST
    refused = answers[-1]
    _is_problem(refused, 429, "rate_limited")
    assert int(refused.headers["retry-after"]) >= 1
    # The limit is a person's: another person is not held back by it.
    assert (await door.client.get("/api/documents/echo/x", headers=bearer("li"))).status_code == 200


async def test_a_stopped_service_gets_503_problem_json(door: FrontDoor) -> None:
    response = await door.client.get("/api/meetings/meetings", headers=bearer("shen"))
    body = _is_problem(response, 503, "upstream_unavailable")
    assert body["service"] == "meetings"
    assert body["detail"] == "meetings 服务暂时不可用，请稍后重试"
    assert response.headers["retry-after"] == "1"


async def test_a_service_that_does_not_answer_in_time_gets_504_problem_json(door: FrontDoor) -> None:
    response = await door.client.get("/api/documents/hang", headers=bearer("shen"))
    door.echo.release.set()
    body = _is_problem(response, 504, "upstream_timeout")
    assert body["service"] == "documents"


async def test_the_request_id_and_traceparent_reach_the_service_and_its_log(door: FrontDoor) -> None:
    response = await door.client.get(
        "/api/documents/echo/x", headers=bearer("shen") | {"traceparent": TRACEPARENT}
    )
    seen = response.json()["headers"]
    request_id = seen["x-request-id"]
    assert request_id and response.headers["x-request-id"] == request_id
    assert seen["traceparent"] == TRACEPARENT  # passed through: the service continues the caller's trace
    # The front door's own access line names the same request.
    assert await _eventually(lambda: request_id in door.haproxy.log())

    chosen = await door.client.get(
        "/api/documents/echo/x", headers=bearer("shen") | {"X-Request-ID": "req-from-the-caller"}
    )
    assert chosen.json()["headers"]["x-request-id"] == "req-from-the-caller"


async def test_the_console_and_its_session_cookie_go_to_the_gateway(door: FrontDoor) -> None:
    page = await door.client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    me = await door.client.get("/auth/me", headers=bearer("shen"))
    assert me.status_code == 200 and me.json()["sub"] == "shen"
    # A console call: no bearer token, the session cookie; the gateway turns it into one.
    door.client.cookies.set(SESSION_COOKIE, token_for("shen"))
    try:
        through_gateway = await door.client.get("/api/documents/echo/x")
    finally:
        door.client.cookies.clear()
    assert through_gateway.status_code == 200
    assert through_gateway.json()["headers"]["authorization"].startswith("Bearer ")
    assert "cookie" not in through_gateway.json()["headers"]


async def _eventually(condition: Any, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True
