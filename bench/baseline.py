"""The baseline for commands through the gateway: a plain FastAPI + asyncpg endpoint that signs for an
incoming document by inserting the same `documents` row the documents service writes — no aggregate,
no events, no outbox, no Kafka. It checks the bearer token the way every service does (the service
shell of `create_service_app`), so the difference from the real service is the event sourcing alone.

Started by the suite as its own process: `python -m bench.baseline --port P --database URL`.
"""

from __future__ import annotations

import argparse
import uuid
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated

import asyncpg
import uvicorn
from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app
from shuniu_shared.web.auth import Principal, requires

from bench.common import SECRET

CREATE = """
CREATE TABLE IF NOT EXISTS documents (
    id varchar(64) PRIMARY KEY, kind varchar(10) NOT NULL, title varchar(500) NOT NULL,
    doc_type varchar(20) NOT NULL, stage varchar(30) NOT NULL, classification varchar(10) NOT NULL,
    classification_rank integer NOT NULL, urgency varchar(10), year integer NOT NULL,
    number varchar(100), lead_department varchar(100), deadline date,
    circulation_overdue boolean NOT NULL DEFAULT false, under_supervision boolean NOT NULL DEFAULT false,
    finished boolean NOT NULL DEFAULT false, created_position bigserial, created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL, version integer NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_documents_list ON documents (kind, created_position);
"""
INSERT = """
INSERT INTO documents (id, kind, title, doc_type, stage, classification, classification_rank, urgency,
                       year, created_at, updated_at, version)
VALUES ($1, 'incoming', $2, $3, 'received', $4, 0, $5, $6, $7, $7, 1)
"""


Clerk = Annotated[Principal, Depends(requires("clerk"))]


class ReceiveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sender: str
    sender_number: str
    title: str
    doc_type: str
    classification: str = "none"
    secrecy_period: str | None = None
    urgency: str | None = None
    copies: int = 1


def baseline_app(database: str) -> FastAPI:
    dsn = database.replace("postgresql+asyncpg://", "postgresql://")
    pool: dict[str, asyncpg.Pool] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        pool["db"] = await asyncpg.create_pool(dsn, min_size=2, max_size=10)
        async with pool["db"].acquire() as connection:
            await connection.execute(CREATE)
        yield
        await pool["db"].close()

    app = create_service_app(
        Settings(service="documents", jwt_secret=SECRET, log_level="WARNING"),
        title="baseline",
        lifespan=lifespan,
    )

    @app.post("/incoming", status_code=201)
    async def receive(body: ReceiveBody, principal: Clerk) -> JSONResponse:
        id, now = uuid.uuid4().hex, datetime.now(UTC)
        async with pool["db"].acquire() as connection:
            await connection.execute(
                INSERT, id, body.title, body.doc_type, body.classification, body.urgency, now.year, now
            )
        return JSONResponse({"id": id, "version": 1}, status_code=201)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    uvicorn.run(
        baseline_app(args.database),
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        log_config=None,
        access_log=False,
        timeout_keep_alive=75,  # as every service is served (shuniu_shared.runtime.serve)
    )


if __name__ == "__main__":
    main()
