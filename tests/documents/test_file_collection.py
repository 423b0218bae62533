"""文件清理：无公文引用的文件过了宽限期才删除，已归档公文的文件永不删除；上传中途断开，什么也不留。
A stored file no document refers to is collected once past its grace period, by the service itself;
a file of an archived record never is; an upload that breaks off midway leaves nothing referenced
and nothing kept. Dated with the service's injectable clock (set to the wall clock's now, as the
stored objects' ages are the store's own)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from shuniu_documents.app.files import collect_unreferenced
from shuniu_documents.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from tests.content.test_content_store import PDF, PNG
from tests.documents.office import Office
from tests.documents.test_files import download, stored_objects, upload
from tests.services import SCHEDULER_OFF, running_service, serving

ORPHAN = PNG + b"uploaded while the document moved on"


async def uploaded_but_not_attached(office: Office, id: str) -> str:
    """An upload whose bytes were stored but whose attaching then failed: sent with a version of the
    document that is no longer its own, so the command is refused (412) after the store kept it."""
    refused = await upload(
        office, id, "shen", ORPHAN, "迟到的附件.png", "附件1", status=412, **{"If-Match": '"1"'}
    )
    assert refused["code"] == "precondition_failed"
    return hashlib.sha256(ORPHAN).hexdigest()


async def archived_with_its_scan(office: Office) -> tuple[str, str]:
    id = await office.registered()
    scan = (await upload(office, id, "shen", PDF, "原件扫描.pdf", "原件扫描"))["file"]["sha256"]
    await office.post(f"/incoming/{id}/review", "shen", {"accept": False, "reason": "非本机关主管事项"})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})
    return id, scan


async def test_an_orphan_goes_after_the_grace_and_an_archived_records_scan_stays_for_good(tmp_path: Path):
    clock = TestClock(datetime.now(UTC))
    async with running_service(DEFINITION, tmp_path, clock=clock, **SCHEDULER_OFF) as service:
        office = Office(service)
        id, scan = await archived_with_its_scan(office)
        orphan = await uploaded_but_not_attached(office, await office.registered())
        assert await stored_objects(office) == sorted([scan, orphan])

        clock.advance(timedelta(hours=23))
        assert await collect_unreferenced(service.runtime) == [], "within the grace of 24 hours"
        clock.advance(timedelta(hours=2))
        assert await collect_unreferenced(service.runtime) == [orphan]
        assert await stored_objects(office) == [scan]

        clock.advance(timedelta(days=3650))
        assert await collect_unreferenced(service.runtime) == []
        kept = await download(office, id, scan, "shen")
        assert kept.status_code == 200 and kept.content == PDF


async def test_the_grace_is_the_services_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SHUNIU_DOCUMENTS_FILE_GRACE_HOURS", "2")
    clock = TestClock(datetime.now(UTC))
    async with running_service(DEFINITION, tmp_path, clock=clock, **SCHEDULER_OFF) as service:
        office = Office(service)
        orphan = await uploaded_but_not_attached(office, await office.registered())
        clock.advance(timedelta(hours=1))
        assert await collect_unreferenced(service.runtime) == []
        clock.advance(timedelta(hours=1, minutes=1))
        assert await collect_unreferenced(service.runtime) == [orphan]


async def test_the_service_collects_by_itself_as_part_of_its_housekeeping(tmp_path: Path):
    clock = TestClock(datetime.now(UTC))
    async with running_service(
        DEFINITION, tmp_path, clock=clock, housekeeping_every_seconds=0.05, **SCHEDULER_OFF
    ) as service:
        office = Office(service)
        id = await office.registered()
        attached = (await upload(office, id, "shen", PDF, "原件扫描.pdf", "原件扫描"))["file"]["sha256"]
        orphan = await uploaded_but_not_attached(office, id)
        clock.advance(timedelta(hours=25))
        async with asyncio.timeout(30):  # a guard against hanging: the worker passes every 0.05 s
            while orphan in await stored_objects(office):
                await asyncio.sleep(0.05)
        assert await stored_objects(office) == [attached]


async def test_an_upload_that_breaks_off_midway_leaves_nothing_kept_and_nothing_referenced(tmp_path: Path):
    async with running_service(DEFINITION, tmp_path, **SCHEDULER_OFF) as service:
        office = Office(service)
        id = await office.registered()
        app = service.client._transport.app  # type: ignore[attr-defined]  # the same app, on a socket
        async with serving(app) as url, httpx.AsyncClient(base_url=url) as client:

            async def scan_then_the_line_drops() -> AsyncIterator[bytes]:
                yield PDF + bytes(1 << 20)
                raise ConnectionResetError("the scanner's laptop lost its network")

            with pytest.raises(ConnectionResetError):
                await client.post(
                    f"/incoming/{id}/files",
                    params={"role": "原件扫描"},
                    content=scan_then_the_line_drops(),
                    headers=service.as_("shen", **{"X-File-Name": quote("半截扫描.pdf")}),
                )
        # The service learns of the broken line a moment later: once it has begun its spool and
        # cleared it again, the upload is over for it.
        spool = tmp_path / "spool"
        async with asyncio.timeout(30):
            while not spool.exists() or any(spool.iterdir()):
                await asyncio.sleep(0.05)
        assert (await office.get(f"/incoming/{id}/files", "shen"))["items"] == []
        assert await stored_objects(office) == []
