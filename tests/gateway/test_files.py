"""A file goes through the gateway as it goes to the documents service: its bytes streamed both ways,
never held whole, under a limit of its own (a 20 MB scan is an ordinary 收文), while every other body
keeps the general limit of a JSON command."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import httpx
from shuniu_documents.bootstrap import DEFINITION as DOCUMENTS
from shuniu_gateway.app import build_routing_app
from shuniu_shared.bus import InProcessBus
from shuniu_shared.runtime import ServiceRuntime
from shuniu_shared.settings import Settings

from tests.content.test_content_store import PDF
from tests.gateway.support import SECRET, Echo, bearer, echo_behind_gateway, gateway_settings, serving
from tests.services import sqlite_url

MIB = 2**20
SCAN = PDF + os.urandom(20 * 10**6)  # a 20 MB scan of the paper original
PROBLEM = "application/problem+json"


def scan_headers(who: str, name: str) -> dict[str, str]:
    return bearer(who) | {"X-File-Name": quote(name, safe=""), "Content-Type": "application/octet-stream"}


async def signed_for(client: httpx.AsyncClient) -> str:
    response = await client.post(
        "/api/documents/incoming",
        json={
            "sender": "市人民政府办公室",
            "sender_number": "市政办发〔2026〕12号",
            "title": "关于做好春季农业生产工作的通知",
            "doc_type": "通知",
            "copies": 1,
        },
        headers=bearer("shen"),
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def stored(var_dir: Path) -> list[str]:
    return sorted(path.name for path in (var_dir / "content").rglob("*") if path.is_file())


async def test_a_20_mb_scan_goes_up_and_comes_back_through_the_gateway_and_one_over_the_limit_is_not_kept(
    tmp_path: Path,
):
    settings = Settings(
        service="documents",
        database_url=sqlite_url(tmp_path, "documents"),
        var_dir=tmp_path,
        jwt_secret=SECRET,
        log_json=False,
    )
    bus = InProcessBus(sqlite_url(tmp_path, "bus"))
    service = ServiceRuntime(DOCUMENTS, settings, bus=bus).app()
    async with service.router.lifespan_context(service), serving(service) as service_url:
        gateway = build_routing_app(
            gateway_settings(upstream_documents=service_url, gateway_file_body_limit_bytes=21 * MIB)
        )
        async with (
            gateway.router.lifespan_context(gateway),
            serving(gateway) as gateway_url,
            httpx.AsyncClient(base_url=gateway_url, timeout=120) as clerk,
        ):
            id = await signed_for(clerk)
            files = f"/api/documents/incoming/{id}/files"
            uploaded = await clerk.post(
                files, params={"role": "原件扫描"}, content=SCAN, headers=scan_headers("shen", "来文扫描.pdf")
            )
            assert uploaded.status_code == 201, uploaded.text
            digest = hashlib.sha256(SCAN).hexdigest()
            assert uploaded.json()["file"]["sha256"] == digest
            assert uploaded.json()["file"]["size"] == len(SCAN) > settings.gateway_body_limit_bytes

            async with clerk.stream("GET", f"{files}/{digest}", headers=bearer("shen")) as download:
                assert download.status_code == 200
                assert download.headers["content-type"] == "application/pdf"
                assert download.headers["content-length"] == str(len(SCAN))
                assert download.headers["content-disposition"].startswith("inline;")
                received = hashlib.sha256()
                async for chunk in download.aiter_bytes():
                    received.update(chunk)
            assert received.hexdigest() == digest

            declared = await clerk.post(
                files,
                params={"role": "附件1"},
                content=PDF + bytes(21 * MIB),
                headers=scan_headers("shen", "太大的附件.pdf"),
            )
            assert declared.status_code == 413
            assert declared.headers["content-type"] == PROBLEM
            assert declared.json()["code"] == "body_too_large"

            async def unannounced() -> AsyncIterator[bytes]:
                yield PDF
                for _ in range(22):
                    yield bytes(MIB)

            streamed = await clerk.post(
                files,
                params={"role": "附件1"},
                content=unannounced(),
                headers=scan_headers("shen", "附件.pdf"),
            )
            assert streamed.status_code == 413
            assert streamed.json()["code"] == "body_too_large"

            listed = await clerk.get(files, headers=bearer("shen"))
            assert [f["sha256"] for f in listed.json()["items"]] == [digest]
    await bus.close()
    assert stored(tmp_path) == [digest], "only the scan is kept: nothing of the refused uploads"


async def chunks_the_service_reads_as_they_come(echo: Echo, count: int) -> AsyncIterator[bytes]:
    """`count` MiB, each sent only once the service has read all but the last few: were the gateway
    to gather the body before forwarding it, the service would see nothing and this would stop."""
    in_flight = 4 * MIB  # what the sockets' buffers between here and the service may hold
    for sent in range(count):
        yield bytes(MIB)
        async with asyncio.timeout(60):  # a guard against hanging, not a speed
            while echo.streamed < (sent + 1) * MIB - in_flight:
                echo.arrived.clear()
                await echo.arrived.wait()


async def test_a_file_upload_streams_through_the_gateway_past_the_general_limit_and_only_a_file_route_may():
    async with echo_behind_gateway(gateway_body_limit_bytes=MIB) as (gateway, echo):
        response = await gateway.client.post(
            "/api/documents/incoming/in-1/files",
            content=chunks_the_service_reads_as_they_come(echo, 24),
            headers=bearer("shen"),
        )
        assert response.status_code == 201, response.text
        assert response.json()["body_bytes"] == 24 * MIB

        elsewhere = await gateway.client.post(
            "/api/documents/echo/upload", content=bytes(2 * MIB), headers=bearer("shen")
        )
        assert elsewhere.status_code == 413
        assert elsewhere.json()["detail"] == "请求体过大：上限为 1024 KiB"
