"""文件经前门直接从对象存储下载：服务只核验身份、留痕并签发一分钟有效的地址。A file's bytes go between
the client and the object store through the front door, never through the service: the service checks
the audience, records a classified file's download, and answers `303 See Other` to a URL it presigned
(SigV4) under the front door's ``/objects/``. A real HAProxy (configured by
`shuniu_gateway.front_door`), the documents service on a loopback socket, and a bucket of its own on
the real SeaweedFS."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest
from shuniu_documents.bootstrap import DEFINITION
from shuniu_gateway.front_door import OBJECT_STORE, SERVICES, environment, haproxy_config
from shuniu_infra.haproxy import HAProxyServer
from shuniu_infra.support import free_loopback_port
from shuniu_shared import content
from shuniu_shared.settings import Settings

from tests.content.test_content_store import PDF
from tests.documents.office import Office
from tests.documents.test_files import SECRET as CLASSIFIED
from tests.services import SCHEDULER_OFF, SECRET, RunningService, running_service, serving, unused_port_url

SCAN = PDF + b"%" + bytes(range(256)) * 4096  # 1 MiB: more than one read, less than one part
NAME = "附件一 扫描件（正本）.pdf"


@dataclass
class Door:
    """The front door before the documents service and its bucket."""

    url: str
    office: Office
    haproxy: HAProxyServer

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.url, timeout=30)

    def as_(self, who: str) -> dict[str, str]:
        return self.office.service.as_(who)

    async def upload(self, id: str, data: bytes, name: str) -> dict[str, Any]:
        async with self.client() as client:
            response = await client.post(
                f"/api/documents/incoming/{id}/files",
                params={"role": "原件扫描"},
                content=data,
                headers=self.as_("shen") | {"X-File-Name": quote(name, safe="")},
            )
        assert response.status_code == 201, response.text
        return dict(response.json()["file"])

    async def asked(self, id: str, sha256: str, who: str) -> httpx.Response:
        """The file asked for through the front door, the redirect not followed."""
        async with self.client() as client:
            return await client.get(f"/api/documents/incoming/{id}/files/{sha256}", headers=self.as_(who))


@contextlib.asynccontextmanager
async def front_door(base: Path, service: RunningService, store_endpoint: str) -> AsyncIterator[Door]:
    async with serving(service.runtime.app()) as documents:
        port = free_loopback_port()
        nowhere = unused_port_url().removeprefix("http://")
        addresses = {name: nowhere for name in SERVICES} | {
            "documents": documents.removeprefix("http://"),
            OBJECT_STORE: urlsplit(store_endpoint).netloc,
        }
        settings = Settings(service="gateway", jwt_secret=SECRET)
        haproxy = HAProxyServer(
            base / "haproxy",
            port,
            haproxy_config(settings, object_store=True),
            environment(f"127.0.0.1:{port}", nowhere, addresses, SECRET),
        )
        haproxy.start()
        try:
            yield Door(haproxy.url, Office(service), haproxy)
        finally:
            haproxy.stop()


@pytest.fixture
async def door(object_store, tmp_path, monkeypatch) -> AsyncIterator[Door]:
    for variable, value in {
        "SHUNIU_DOCUMENTS_S3_ENDPOINT": object_store.endpoint,
        "SHUNIU_DOCUMENTS_S3_BUCKET": f"documents-{uuid.uuid4().hex[:8]}",
        "SHUNIU_DOCUMENTS_S3_ACCESS_KEY": object_store.access_key,
        "SHUNIU_DOCUMENTS_S3_SECRET_KEY": object_store.secret_key,
    }.items():
        monkeypatch.setenv(variable, value)
    async with (
        running_service(DEFINITION, tmp_path, **SCHEDULER_OFF) as service,
        front_door(tmp_path, service, object_store.endpoint) as door,
    ):
        yield door


async def test_the_download_is_a_redirect_to_the_store_through_the_front_door_same_bytes_name_and_type(
    door: Door,
):
    id = await door.office.received(**CLASSIFIED)
    scan = await door.upload(id, SCAN, NAME)

    asked = await door.asked(id, scan["sha256"], "shen")
    async with door.client() as client:
        fetched = await client.get(asked.headers["location"])  # no token: the URL is the permission

    assert asked.status_code == 303
    assert asked.headers["location"].startswith(f"{door.url}/objects/")
    assert asked.headers["cache-control"] == "private, no-store"
    assert fetched.status_code == 200, fetched.text
    assert hashlib.sha256(fetched.content).hexdigest() == scan["sha256"] == hashlib.sha256(SCAN).hexdigest()
    assert fetched.headers["content-type"] == "application/pdf"
    disposition = fetched.headers["content-disposition"]
    assert disposition.startswith("inline;") and f"filename*=UTF-8''{quote(NAME, safe='')}" in disposition
    # Shown in the console's <iframe>, as the service's own answer is; never cached.
    assert fetched.headers["x-frame-options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in fetched.headers["content-security-policy"]
    assert fetched.headers["cache-control"] == "private, no-store"
    # The download of a classified document's file is recorded before the URL is handed out.
    audit = [d for t, d in await door.office.events(id) if t.endswith("incoming.file_downloaded.v1")]
    assert [(a["downloaded_by"], a["sha256"], a["name"]) for a in audit] == [("shen", scan["sha256"], NAME)]


async def test_the_uninvolved_get_404_and_no_url(door: Door):
    id = await door.office.instructed()
    scan = await door.upload(id, SCAN, NAME)

    asked = await door.asked(id, scan["sha256"], "zhao")  # 教育局 takes no part in it

    assert asked.status_code == 404
    assert asked.json()["code"] == "not_found"
    assert "location" not in asked.headers and "X-Amz-Signature" not in asked.text


async def test_a_presigned_url_expires_and_a_tampered_one_is_refused(door: Door, monkeypatch):
    id = await door.office.received()
    scan = await door.upload(id, SCAN, NAME)
    location = (await door.asked(id, scan["sha256"], "shen")).headers["location"]
    monkeypatch.setattr(content, "PRESIGNED_SECONDS", 1)
    short = (await door.asked(id, scan["sha256"], "shen")).headers["location"]
    # The type the browser is told is part of what was signed: a page's script cannot make it HTML.
    retyped = location.replace("application%2Fpdf", "text%2Fhtml")

    async with door.client() as client:
        tampered = await client.get(retyped)
        await asyncio.sleep(2)  # real time: the store checks the expiry against its own clock
        expired = await client.get(short)
        fresh = await client.get(location)  # a minute's URL, a few seconds old

    assert retyped != location and tampered.status_code == 403
    assert expired.status_code == 403 and b"expired" in expired.content.lower()
    assert fresh.status_code == 200 and fresh.content == SCAN


async def test_the_store_down_is_503_problem_json_from_the_front_door(door: Door, object_store):
    id = await door.office.received()
    scan = await door.upload(id, SCAN, NAME)
    location = (await door.asked(id, scan["sha256"], "shen")).headers["location"]

    object_store.stop()
    try:
        async with door.client() as client:
            fetched = await client.get(location)
        asked = await door.asked(id, scan["sha256"], "shen")
    finally:
        object_store.start()

    for refused in (fetched, asked):
        assert refused.status_code == 503
        assert refused.headers["content-type"] == "application/problem+json"
    assert asked.json()["code"] == "content_store_unavailable"
    assert fetched.json()["code"] == "upstream_unavailable"
