"""A JSON body nested deeper than any the office sends is refused before it is parsed: a 422 that
says why, never the parser's RecursionError (a 500). Bodies are scanned as they stream, so the
levels are counted right across chunk boundaries and inside strings."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from shuniu_shared.web import create_service_app
from shuniu_shared.web.middleware import MAX_JSON_DEPTH

from tests.gateway.support import bearer, echo_behind_gateway


class Note(BaseModel):
    text: str
    tags: list[list[str]] = []


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.fixture
def notes(settings) -> FastAPI:
    app = create_service_app(settings, title="notes")

    @app.post("/notes")
    async def add(note: Note) -> Note:
        return note

    return app


async def chunked(*parts: str):
    for part in parts:
        yield part.encode()


async def test_a_body_nested_a_thousand_deep_is_refused_before_parsing(notes, client_for):
    async with client_for(notes) as client:
        deep = await client.post(
            "/notes",
            content=f'{{"text": "x", "tags": {nested(5000)}}}',
            headers={"Content-Type": "application/json", "Accept-Language": "en"},
        )
    assert deep.status_code == 422
    assert deep.headers["content-type"] == "application/problem+json"
    problem = deep.json()
    assert problem["code"] == "json_too_deep" and problem["field"] == "body"
    assert f"at most {MAX_JSON_DEPTH} levels" in problem["detail"]
    assert problem["correlation_id"] == deep.headers["X-Correlation-ID"]


async def test_without_a_content_type_the_body_is_json_to_fastapi_and_is_scanned_too(notes, client_for):
    async with client_for(notes) as client:
        deep = await client.post("/notes", content=nested(2000), headers={"Content-Type": ""})
    assert deep.status_code == 422 and deep.json()["code"] == "json_too_deep"


async def test_levels_are_counted_across_chunks_and_brackets_in_strings_do_not_count(notes, client_for):
    # Quotes and backslashes escaped, as JSON writes them.
    brackets_in_text = '"' + '[[[[{{{{ \\" [[[[ \\\\ ' * 40 + '"'
    async with client_for(notes) as client:
        shallow = await client.post(
            "/notes",
            content=chunked('{"text": ', brackets_in_text, ', "tags": [["公文", "督办"]]}'),
            headers={"Content-Type": "application/json"},
        )
        # The escape of a quote split over two chunks: the string goes on, its brackets do not count.
        split_escape = await client.post(
            "/notes",
            content=chunked('{"text": "a\\', '"' + "[" * 100 + '", "tags": []}'),
            headers={"Content-Type": "application/json"},
        )
        deep_over_chunks = await client.post(
            "/notes",
            content=chunked('{"text": "x", "tags": ', *["[" for _ in range(MAX_JSON_DEPTH)], "]" * 40, "}"),
            headers={"Content-Type": "application/json"},
        )
    assert shallow.status_code == 200, shallow.text
    assert shallow.json()["tags"] == [["公文", "督办"]]
    assert split_escape.status_code == 200, split_escape.text
    assert split_escape.json()["text"] == 'a"' + "[" * 100
    assert deep_over_chunks.status_code == 422 and deep_over_chunks.json()["code"] == "json_too_deep"


async def test_a_body_at_the_limit_is_parsed_as_usual(notes, client_for):
    # {"tags": [[ … ]]} is 3 levels at its innermost list; the limit leaves room for 29 more inside.
    async with client_for(notes) as client:
        at_limit = await client.post(
            "/notes",
            content='{"text": "x", "tags": [[' + nested(MAX_JSON_DEPTH - 3) + "]]}",
            headers={"Content-Type": "application/json"},
        )
    assert at_limit.status_code == 422
    assert at_limit.json()["code"] == "invalid_input"  # parsed, and refused by the model instead


async def test_through_the_gateway_a_deep_body_is_the_same_422_and_the_service_acts_on_nothing():
    """The gateway streams a body on as it arrives, so the service has begun to receive it when the
    chunk that goes too deep comes: the forwarding breaks off there (it was a 500 at the gateway)."""
    async with echo_behind_gateway() as (gateway, echo):
        answer = await gateway.client.post(
            "/api/documents/echo/anything",
            content=nested(5000),
            headers={**bearer("shen"), "content-type": "application/json"},
        )
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["code"] == "json_too_deep"
    assert echo.seen == [], "the service got a request that broke off mid-body, and acted on nothing"
