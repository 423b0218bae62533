"""How many 登记 (registrations with a 发文字号) per second the documents service sustains on PostgreSQL.

Starts a *durable* PostgreSQL (fsync on), runs the documents service's runtime on a fresh database,
prepares N documents ready for registration (drafted, reviewed, signed, rechecked), then registers
them all through the HTTP API (`POST /outgoing/{id}/register`, token check, idempotency-free path,
event + counter + number row + read model in one transaction) with C concurrent clerks, and prints
the rate. Every registration of one (代字, year) queues on the counter row (adapters/numbers.py), so
the figure for one 代字 is the service's ceiling for one numbering sequence; the figure for one 代字
per clerk shows what the row lock costs. Afterwards it checks the numbers are exactly 1…N.

`uv run --frozen python -m bench.documents_registrations [--documents N]`
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

import httpx
from shuniu_documents.bootstrap import DEFINITION
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.outgoing import Draft
from shuniu_infra.postgres import create_database
from shuniu_shared.bus import InProcessBus
from shuniu_shared.eventstore import outbox_table
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token
from sqlalchemy import func, select

from bench.common import bench_directory, durable_postgres
from tests.documents.test_numbers_postgres import ready_for_registration

SECRET = "the benchmark's development secret, long enough for HS256 signing"
DRAFT = Draft(
    title="关于做好2026年度防汛抗旱工作的通知",
    doc_type="通知",
    direction="下行文",
    classification="none",
    secrecy_period=None,
    urgency=None,
    main_recipients=["education", "agriculture"],
    copied_recipients=[],
    co_issuers=[],
    body=DocumentBody.from_text("关于做好2026年度防汛抗旱工作的通知", "各乡镇人民政府，县直各部门：……" * 20),
)


async def _prepare(runtime: ServiceRuntime, count: int) -> list[str]:
    ids: list[str] = []
    for start in range(0, count, 50):
        ids += await asyncio.gather(
            *(ready_for_registration(runtime, draft=DRAFT) for _ in range(min(50, count - start)))
        )
    return ids


async def _outbox_drained(runtime: ServiceRuntime) -> None:
    while True:
        async with runtime.store.engine.connect() as connection:
            if not await connection.scalar(select(func.count()).select_from(outbox_table)):
                return
        await asyncio.sleep(0.1)


async def _register_all(
    client: httpx.AsyncClient, token: str, ids: list[str], clerks: int, codes: list[str]
) -> float:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for id in ids:
        queue.put_nowait(id)

    async def clerk(n: int) -> None:
        code = codes[n % len(codes)]
        while not queue.empty():
            id = queue.get_nowait()
            response = await client.post(
                f"/outgoing/{id}/register",
                json={"code": code, "copies": 2},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 200, response.text

    began = time.perf_counter()
    await asyncio.gather(*(clerk(n) for n in range(clerks)))
    return len(ids) / (time.perf_counter() - began)


async def measure(url: str, base: Path, documents: int) -> list[tuple[str, float]]:
    settings = Settings(
        service="documents",
        database_url=url,
        var_dir=base,
        jwt_secret=SECRET,
        log_level="WARNING",
        log_json=False,
    )
    runtime = ServiceRuntime(
        DEFINITION, settings, bus=InProcessBus(f"sqlite+aiosqlite:///{base / 'bus.sqlite3'}")
    )
    app = runtime.app()
    token = issue_dev_token(settings, "shen", "沈秘书", "office.secretariat", ["clerk"], "秘密")
    figures = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://documents") as client,
    ):
        for label, clerks, codes in (
            ("1 clerk, one 代字", 1, ["一号发"]),
            ("16 clerks, one 代字", 16, ["十六发"]),
            ("16 clerks, one 代字 each", 16, [f"县{stem}发" for stem in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"]),
        ):
            ids = await _prepare(runtime, documents)
            await _outbox_drained(runtime)  # the preparation's events published: not timed below
            rate = await _register_all(client, token, ids, clerks, codes)
            figures.append((label, rate))
            for code in codes[:1]:
                given = await client.get(
                    "/numbers",
                    params={"code": code, "year": runtime.store.clock.now().year},
                    headers={"Authorization": f"Bearer {token}"},
                )
                sequences = [n["sequence"] for n in given.json()]
                assert sequences == list(range(1, len(sequences) + 1)), "a gap or a duplicate"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000, help="registrations per measurement")
    documents = parser.parse_args().documents
    with bench_directory() as base, durable_postgres(base) as postgres:
        url = create_database(postgres.url(), "documents_bench")
        figures = asyncio.run(measure(url, base, documents))
    print(f"documents: registrations (登记 with 发文字号) per second on durable PostgreSQL, {documents} each")
    for label, rate in figures:
        print(f"  {label:<28} {rate:8.1f} /s")


if __name__ == "__main__":
    main()
