"""Every failure is an RFC 9457 problem with a stable code, in the language the reader asked for."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from fastapi import FastAPI
from shuniu_shared.web import install_problem_handlers, preferred_language
from starlette.requests import Request

ENGLISH = {"Accept-Language": "en-GB,en;q=0.9,zh-CN;q=0.5"}


def assert_is_problem(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"https://shuniu.dev/problems/{code}"
    assert body["instance"] == response.request.url.path
    assert body["title"]
    assert body["detail"]
    return body


async def test_a_refusal_by_the_domain_is_a_problem_in_chinese_by_default(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/documents/incoming/7/sign")

    body = assert_is_problem(response, 409, "out_of_turn")
    assert body["detail"] == "签发须在审核之后"
    assert body["title"] == "与当前状态冲突"
    assert response.headers["content-language"] == "zh-CN"


async def test_a_reader_who_prefers_english_gets_english(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/documents/incoming/7/sign", headers=ENGLISH)

    body = assert_is_problem(response, 409, "out_of_turn")
    assert body["detail"] == "signing comes after review"
    assert body["title"] == "Conflict"
    assert response.headers["content-language"] == "en"


async def test_a_problem_carries_the_correlation_id_operators_search_for(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/incoming/42", headers={"X-Correlation-ID": "work-2024-0042"})

    body = assert_is_problem(response, 404, "not_found")
    assert body["correlation_id"] == "work-2024-0042"
    assert body["detail"] == "没有编号为 42 的收文"


async def test_a_field_the_domain_blames_is_named(client: httpx.AsyncClient) -> None:
    document = {"title": "关于防汛工作的紧急通知", "urgency": "特急", "pages": 80}

    response = await client.post("/api/documents/incoming", json=document)

    body = assert_is_problem(response, 422, "invalid_input")
    assert body["field"] == "pages"


async def test_a_refusal_carries_the_details_a_client_can_act_on(client: httpx.AsyncClient) -> None:
    body = assert_is_problem(await client.post("/api/meetings/rooms/r1/book"), 409, "room_taken")
    assert body["held_by"] == {"meeting": "m-7", "title": "常务会"}


async def test_a_validation_error_names_every_failing_field(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/documents/incoming", json={"title": "", "pages": "many"})

    body = assert_is_problem(response, 422, "invalid_input")
    fields = {error["field"]: error for error in body["errors"]}
    assert set(fields) == {"body.title", "body.urgency", "body.pages"}
    assert fields["body.title"]["zh"] == "至少 1 个字符"
    assert fields["body.urgency"]["en"] == "this field is required"
    assert body["field"] == body["errors"][0]["field"]
    assert body["detail"].startswith(body["errors"][0]["field"])
    assert "另有 2 处错误" in body["detail"]


async def test_a_validation_error_is_explained_in_english_on_request(client: httpx.AsyncClient) -> None:
    document = {"title": "通知", "urgency": "急", "pages": 1}

    response = await client.post("/api/documents/incoming", json=document, headers=ENGLISH)

    body = assert_is_problem(response, 422, "invalid_input")
    assert body["detail"].startswith("body.urgency: should be one of")


async def test_a_malformed_json_body_is_invalid_input_not_a_crash(client: httpx.AsyncClient) -> None:
    truncated = '{"title": "通知", '.encode()

    response = await client.post(
        "/api/documents/incoming", content=truncated, headers={"Content-Type": "application/json"}
    )

    body = assert_is_problem(response, 422, "invalid_input")
    assert body["field"] == "body"
    assert body["detail"] == "body：不是有效的 JSON"


async def test_a_body_sent_with_the_wrong_content_type_is_invalid_input(client: httpx.AsyncClient) -> None:
    document = json.dumps({"title": "通知", "urgency": "平件", "pages": 1}).encode()

    response = await client.post(
        "/api/documents/incoming", content=document, headers={"Content-Type": "text/plain"}
    )

    body = assert_is_problem(response, 422, "invalid_input")
    assert "application/json" in body["detail"]


async def test_a_bad_path_parameter_is_named(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/incoming/twelve")

    body = assert_is_problem(response, 422, "invalid_input")
    assert body["field"] == "path.document_id"


async def test_an_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/nowhere/to/be/found")

    assert_is_problem(response, 404, "not_found")


async def test_a_wrong_method_is_a_405_problem_that_says_what_is_allowed(client: httpx.AsyncClient) -> None:
    response = await client.delete("/api/documents/incoming")

    assert_is_problem(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "POST"


async def test_a_bug_is_a_500_problem_that_reveals_nothing(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    response = await client.get("/api/documents/broken", headers={"X-Request-ID": "req-500"})

    body = assert_is_problem(response, 500, "internal_error")
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
    assert "RuntimeError" not in response.text
    assert response.headers["x-request-id"] == "req-500"
    logged = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [bug] = [line for line in logged if line["event"] == "unhandled_exception"]
    assert "RuntimeError" in bug["exception"]
    assert "postgresql://shuniu:[redacted]@db/documents" in bug["exception"]
    assert bug["correlation_id"] == body["correlation_id"] == "req-500"


async def test_an_app_without_the_middleware_still_answers_a_bug_with_a_problem(
    client_for: Callable[..., httpx.AsyncClient],
) -> None:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/broken")
    async def broken() -> None:
        raise RuntimeError("hunter2")

    # Starlette re-raises after answering, so that a server can log it; here the answer matters.
    async with client_for(app, raise_app_exceptions=False) as client:
        response = await client.get("/broken")

    body = assert_is_problem(response, 500, "internal_error")
    assert "hunter2" not in response.text
    assert body["correlation_id"] is None


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("", "zh-CN"),
        ("en", "en"),
        ("en-US,en;q=0.9", "en"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"),
        ("zh;q=0.4, en;q=0.6", "en"),
        ("fr-FR, en;q=0.5", "en"),
        ("fr-FR, de", "zh-CN"),
        ("en;q=0", "zh-CN"),
        ("*", "zh-CN"),
        ("en;q=nonsense", "zh-CN"),
    ],
)
def test_the_reader_s_language_follows_accept_language(accept_language: str, language: str) -> None:
    request = Request({"type": "http", "headers": [(b"accept-language", accept_language.encode())]})

    assert preferred_language(request) == language


async def test_a_forwarded_prefix_that_is_not_a_plain_path_is_not_echoed(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/incoming/42", headers={"X-Forwarded-Prefix": "/x<script>"})

    assert_is_problem(response, 404, "not_found")


async def test_behind_the_gateway_a_problem_names_the_gateways_path(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/documents/incoming/42", headers={"X-Forwarded-Prefix": "/gw/"})

    assert response.json()["instance"] == "/gw/api/documents/incoming/42"
