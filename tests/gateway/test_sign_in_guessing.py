"""Password guessing at the sign-in (issue 17, finding 6): wrong passwords in a row lock the account
and the address out for a doubling wait (429 with `Retry-After`), counted as they arrive so a burst
cannot slip past, with an audit line; `X-Forwarded-For` is believed only from configured proxies."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from shuniu_gateway.app import build_gateway_app
from shuniu_gateway.passwords import DEMO_PASSWORD
from shuniu_gateway.upstreams import http_upstream
from shuniu_shared.runtime import server_config
from shuniu_shared.web.metrics import REGISTRY

from tests.gateway.support import echo_behind_gateway, gateway_settings, unused_port_url

NO_RATE_LIMIT = {"gateway_rate_limit_burst": 1_000_000, "gateway_rate_limit_per_second": 1_000_000.0}
FREE_ATTEMPTS = 5  # SHUNIU_GATEWAY_SIGN_IN_ATTEMPTS_PER_ACCOUNT's default
FREE_PER_ADDRESS = 20


async def guess(
    client: httpx.AsyncClient, username: str, password: str = "guess", **headers: str
) -> httpx.Response:
    return await client.post(
        "/auth/token", json={"username": username, "password": password}, headers=headers
    )


def lockouts(key: str) -> float:
    return REGISTRY.get_sample_value("shuniu_gateway_sign_in_lockouts_total", {"key": key}) or 0.0


async def test_wrong_passwords_in_a_row_lock_the_account_with_a_clear_429(caplog: pytest.LogCaptureFixture):
    before = lockouts("account")
    async with echo_behind_gateway(**NO_RATE_LIMIT) as (gateway, _):
        with caplog.at_level(logging.WARNING):
            answers = [await guess(gateway.client, "luo") for _ in range(30)]
        right_password_meanwhile = await guess(gateway.client, "luo", DEMO_PASSWORD)
        someone_else = await guess(gateway.client, "shen", DEMO_PASSWORD)

    statuses = [answer.status_code for answer in answers]
    assert statuses[: FREE_ATTEMPTS + 1] == [401] * (FREE_ATTEMPTS + 1)
    assert set(statuses[FREE_ATTEMPTS + 1 :]) == {429}
    locked = answers[-1]
    assert locked.headers["content-type"] == "application/problem+json"
    assert locked.json()["code"] == "sign_in_locked"
    assert int(locked.headers["retry-after"]) >= 1
    assert locked.json()["retry_after_seconds"] == int(locked.headers["retry-after"])
    assert right_password_meanwhile.status_code == 429, "no password is checked while the account is locked"
    assert someone_else.status_code == 200, "another account from the same address is not locked yet"
    audit = [
        r.msg for r in caplog.records if isinstance(r.msg, dict) and r.msg.get("event") == "sign_in_locked"
    ]
    assert audit and audit[0]["account"] == "luo" and audit[0]["locked"] == "account"
    assert lockouts("account") > before


async def test_the_audit_line_does_not_repeat_a_name_that_is_nobody(caplog: pytest.LogCaptureFixture):
    """A 'user name' that is nobody is often a password typed into the wrong field."""
    async with echo_behind_gateway(**NO_RATE_LIMIT) as (gateway, _):
        with caplog.at_level(logging.WARNING):
            for _ in range(FREE_ATTEMPTS + 1):
                await guess(gateway.client, "MySecretPassw0rd")
    assert "MySecretPassw0rd" not in caplog.text


async def test_four_hundred_guesses_at_once_are_not_all_checked():
    async with echo_behind_gateway(**NO_RATE_LIMIT) as (gateway, _):
        answers = await asyncio.gather(*(guess(gateway.client, "fang") for _ in range(400)))
    statuses = [answer.status_code for answer in answers]
    # The free attempts and the one that locks; and, if admitting the burst takes seconds on a busy
    # machine, one more each time the doubling wait (1 s, 2 s, 4 s) runs out meanwhile.
    checked = statuses.count(401)
    assert FREE_ATTEMPTS + 1 <= checked <= FREE_ATTEMPTS + 4
    assert statuses.count(429) == 400 - checked


async def test_one_address_guessing_many_accounts_is_locked_out_too():
    async with echo_behind_gateway(**NO_RATE_LIMIT) as (gateway, _):
        answers = [await guess(gateway.client, f"name-{n}") for n in range(FREE_PER_ADDRESS + 5)]
    statuses = [answer.status_code for answer in answers]
    assert statuses[: FREE_PER_ADDRESS + 1] == [401] * (FREE_PER_ADDRESS + 1)
    assert set(statuses[FREE_PER_ADDRESS + 1 :]) == {429}


@contextlib.asynccontextmanager
async def gateway_on_a_socket(**overrides: Any) -> AsyncIterator[str]:
    """The gateway served as `serve` serves it (`server_config`), on a free loopback port."""
    settings = gateway_settings(upstream_documents=unused_port_url(), **NO_RATE_LIMIT, **overrides)
    app: FastAPI = build_gateway_app(settings, [http_upstream(settings, "documents")])
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    host, port = listener.getsockname()
    config = server_config(app, settings)
    config.log_config = None
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[listener]))
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        await task
        listener.close()


async def test_a_forwarded_for_header_from_loopback_does_not_make_a_new_address_per_guess():
    async with gateway_on_a_socket() as url, httpx.AsyncClient(base_url=url) as client:
        answers = [
            await guess(client, f"name-{n}", **{"X-Forwarded-For": f"203.0.113.{n}"})
            for n in range(FREE_PER_ADDRESS + 5)
        ]
    assert [a.status_code for a in answers].count(429) == 4


async def test_a_configured_proxy_is_believed_about_the_client_address():
    async with (
        gateway_on_a_socket(trusted_proxies=["127.0.0.1"]) as url,
        httpx.AsyncClient(base_url=url) as client,
    ):
        answers = [
            await guess(client, f"name-{n}", **{"X-Forwarded-For": f"203.0.113.{n}"})
            for n in range(FREE_PER_ADDRESS + 5)
        ]
    assert {a.status_code for a in answers} == {401}, "each guess came from another client behind the proxy"
