"""U+0000 (空字符) cannot be stored: PostgreSQL holds none in text or jsonb, so a filter or a field
carrying one was a 500 from the database. Every service refuses it where it comes in — the path, a
query parameter, the text of a JSON body — with one 422 that names where it was, and stores nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from fastapi import FastAPI
from pydantic import BaseModel
from shuniu_meetings.bootstrap import DEFINITION as MEETINGS
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.runtime import ServiceDefinition
from shuniu_shared.web import create_service_app

from tests.reception.office import VISITOR
from tests.services import SCHEDULER_OFF, RunningService, running_service


@asynccontextmanager
async def a_service(definition: ServiceDefinition, tmp_path) -> AsyncIterator[RunningService]:
    async with running_service(definition, tmp_path / definition.name, **SCHEDULER_OFF) as service:
        yield service


def refused_for_its_nul(answer, field: str) -> None:
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["code"] == "invalid_character" and problem["field"] == field
    assert problem["detail"].startswith("请求中含有无法保存的字符")  # Chinese unless English is asked for


A_VISIT = {
    "visitor": VISITOR,
    "organisation": "F县第一中学",
    "host_department": "education",
    "host_person": "zhao",
    "expected_at": "2026-03-09T02:00:00Z",
    "purpose": "商谈校舍维修\u0000",
}
A_MEETING = {
    "title": "县政府办公会\u0000",
    "kind": "办公会",
    "organiser_department": "office",
    "chair": "luo",
    "starts_at": "2026-03-10T09:00:00+08:00",
    "ends_at": "2026-03-10T11:00:00+08:00",
    "room_id": None,
    "classification": "none",
}


async def test_reception_refuses_a_nul_in_a_filter_and_in_a_visit_and_stores_nothing(tmp_path):
    async with a_service(RECEPTION, tmp_path) as reception:
        signed = reception.as_("zheng")
        in_filter = await reception.client.get(
            "/petitions", params={"stage": "registered\x00"}, headers=signed
        )
        in_body = await reception.client.post("/visits", json=A_VISIT, headers=signed)
        nothing_stored = await reception.runtime.store.is_empty()

    refused_for_its_nul(in_filter, "query.stage")
    refused_for_its_nul(in_body, "body")
    assert nothing_stored


async def test_meetings_refuses_a_nul_in_a_filter_a_path_and_a_meeting_and_stores_nothing(tmp_path):
    async with a_service(MEETINGS, tmp_path) as meetings:
        signed = meetings.as_("shen", **{"Accept-Language": "en"})
        in_filter = await meetings.client.get("/meetings", params={"from": "\x00"}, headers=signed)
        in_path = await meetings.client.get("/meetings/m-1%00", headers=signed)
        in_body = await meetings.client.post("/meetings", json=A_MEETING, headers=signed)
        nothing_stored = await meetings.runtime.store.is_empty()

    for answer, field in ((in_filter, "query.from"), (in_path, "path"), (in_body, "body")):
        assert answer.status_code == 422, answer.text
        assert answer.json()["code"] == "invalid_character" and answer.json()["field"] == field
        assert "cannot be stored (U+0000)" in answer.json()["detail"]  # English when asked for
    assert nothing_stored


class Note(BaseModel):
    text: str


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


@pytest.mark.parametrize(
    "parts",
    [
        ('{"text": "a\\u0000"}',),
        ('{"text": "a\\', 'u0000"}'),  # the escape split after its backslash
        ('{"text": "a\\u0', "0", '00"}'),  # and inside its digits, over three chunks
    ],
    ids=["whole", "split-after-backslash", "split-in-digits"],
)
async def test_a_nul_written_in_a_json_string_is_found_across_chunks(notes, client_for, parts):
    async with client_for(notes) as client:
        answer = await client.post(
            "/notes", content=chunked(*parts), headers={"Content-Type": "application/json"}
        )
    refused_for_its_nul(answer, "body")


async def test_text_that_only_looks_like_a_nul_is_taken_as_it_is(notes, client_for):
    async with client_for(notes) as client:
        escaped_backslash = await client.post(
            "/notes",
            content=chunked('{"text": "C:\\\\', 'u0000"}'),
            headers={"Content-Type": "application/json"},
        )
        other_escape = await client.post(
            "/notes",
            content=chunked('{"text": "\\u00', '41\\u0001"}'),
            headers={"Content-Type": "application/json"},
        )
        percent_sign = await client.post("/notes?q=%2500", json={"text": "百分之00"})
    assert escaped_backslash.status_code == 200 and escaped_backslash.json()["text"] == "C:\\u0000"
    assert other_escape.status_code == 200 and other_escape.json()["text"] == "A\u0001"
    assert percent_sign.status_code == 200
