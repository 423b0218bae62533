"""What PostgreSQL refuses reaches the caller as what it is: text it cannot store is the caller's
input to fix (422), and a database that is shutting down or starting up is an outage to wait out (503)
— never a 500."""

from __future__ import annotations

import httpx
import pytest
from fastapi import Request
from pydantic import BaseModel
from shuniu_shared.database import create_engine
from shuniu_shared.settings import Settings
from shuniu_shared.web import create_service_app
from sqlalchemy import text

pytestmark = pytest.mark.postgres


class Note(BaseModel):
    text: str


async def test_text_postgresql_cannot_store_is_refused_as_bad_input_and_nothing_is_written(postgres):
    engine = create_engine(postgres.create_database("nul_in_text"))
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (body jsonb NOT NULL)"))
    app = create_service_app(Settings(service="notes"), title="notes")

    @app.post("/notes")
    async def add(note: Note, request: Request) -> dict[str, str]:
        async with engine.begin() as connection:
            await connection.execute(
                text("INSERT INTO notes VALUES (CAST(:body AS jsonb))"), {"body": note.model_dump_json()}
            )
        return {"stored": note.text}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notes") as client:
        refused = await client.post("/notes", json={"text": "会议纪要\u0000"})
        stored = await client.post("/notes", json={"text": "会议纪要"})
    async with engine.connect() as connection:
        count = await connection.scalar(text("SELECT count(*) FROM notes"))
    await engine.dispose()

    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "invalid_character"
    assert stored.status_code == 200 and count == 1


async def test_a_database_shutting_down_is_an_outage_not_a_bug(postgres):
    engine = create_engine(postgres.create_database("shutting_down"))
    app = create_service_app(Settings(service="notes"), title="notes")

    @app.get("/notes")
    async def notes() -> dict[str, int]:
        async with engine.connect() as connection:
            # What a backend says while PostgreSQL shuts down (57P01) or starts up (57P03).
            await connection.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'shutting down' USING ERRCODE = '57P03'; END $$")
            )
        return {}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notes") as client:
        answer = await client.get("/notes")
    await engine.dispose()

    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "1"
