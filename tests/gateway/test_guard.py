"""Before any service is called the gateway limits the body's size and each user's rate, and every
answer carries the security headers (and, for configured origins only, CORS)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from shuniu_gateway.ratelimit import RateLimiter

from tests.gateway.support import bearer, echo_behind_gateway

PROBLEM = "application/problem+json"


async def test_a_body_declared_larger_than_the_limit_gets_413_and_the_service_is_not_called():
    async with echo_behind_gateway(gateway_body_limit_bytes=1024) as (gateway, echo):
        response = await gateway.client.post("/api/documents/echo/upload", content=b"x" * 1025)
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == "body_too_large"
    assert echo.calls == 0


async def test_a_chunked_body_that_grows_past_the_limit_gets_413_and_the_service_never_sees_more():
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(8):
            yield b"y" * 512  # 4 KiB in all, without a Content-Length

    async with echo_behind_gateway(gateway_body_limit_bytes=1024) as (gateway, echo):
        response = await gateway.client.post("/api/documents/echo/upload", content=chunks())
    assert response.status_code == 413
    assert response.json()["code"] == "body_too_large"
    assert all(seen["body_bytes"] <= 1024 for seen in echo.seen)


async def test_a_body_within_the_limit_goes_through():
    async with echo_behind_gateway(gateway_body_limit_bytes=1024) as (gateway, _):
        response = await gateway.client.post("/api/documents/echo/upload", content=b"x" * 1024)
    assert response.status_code == 200
    assert response.json()["body_bytes"] == 1024


async def test_each_user_has_a_rate_limit_of_their_own_and_429_says_when_to_retry():
    async with echo_behind_gateway(gateway_rate_limit_burst=3, gateway_rate_limit_per_second=0.5) as (
        gateway,
        _,
    ):
        shen = bearer("shen")
        for _ in range(3):
            assert (await gateway.client.get("/api/documents/echo/x", headers=shen)).status_code == 200
        refused = await gateway.client.get("/api/documents/echo/x", headers=shen)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == PROBLEM
        assert refused.json()["code"] == "rate_limited"
        assert refused.headers["retry-after"] == "2"  # one request's worth at 0.5 per second
        other = await gateway.client.get("/api/documents/echo/x", headers=bearer("li"))
        assert other.status_code == 200, "沈秘书's burst does not use up 李文书's"


async def test_a_bucket_refills_with_time():
    now = [0.0]
    limiter = RateLimiter(per_second=2, burst=2, monotonic=lambda: now[0])
    assert limiter.take("shen") is None and limiter.take("shen") is None
    assert limiter.take("shen") == 0.5
    now[0] += 0.5
    assert limiter.take("shen") is None


async def test_signing_in_is_rate_limited_by_address_so_passwords_cannot_be_guessed_fast():
    async with echo_behind_gateway(gateway_rate_limit_burst=2, gateway_rate_limit_per_second=0.1) as (
        gateway,
        _,
    ):
        statuses = [
            (
                await gateway.client.post("/auth/token", json={"username": "shen", "password": f"guess-{n}"})
            ).status_code
            for n in range(3)
        ]
    assert statuses == [401, 401, 429]


async def test_every_answer_carries_the_security_headers():
    async with echo_behind_gateway() as (gateway, _):
        for path in ("/api/documents/echo/x", "/docs", "/healthz", "/api/nonesuch"):
            response = await gateway.client.get(path)
            assert response.headers["x-content-type-options"] == "nosniff", path
            assert response.headers["x-frame-options"] == "DENY", path
            assert "default-src 'self'" in response.headers["content-security-policy"], path
            assert response.headers["referrer-policy"] == "no-referrer", path


async def test_cors_admits_the_configured_origins_and_no_other():
    origin = "https://oa.county.example"
    async with echo_behind_gateway(gateway_cors_origins=[origin]) as (gateway, _):
        preflight = await gateway.client.options(
            "/api/documents/echo/x",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "Authorization, Idempotency-Key",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == origin
        assert preflight.headers["access-control-allow-credentials"] == "true"

        allowed = await gateway.client.get("/api/documents/echo/x", headers={"Origin": origin})
        assert allowed.headers["access-control-allow-origin"] == origin
        assert "x-request-id" in allowed.headers["access-control-expose-headers"].lower()

        foreign = await gateway.client.get(
            "/api/documents/echo/x", headers={"Origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in foreign.headers
