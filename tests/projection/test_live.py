"""实时推送: an open console is told, without asking, of each change to an object it may see — only
once the read models have it (so that re-reading the desk then shows it), and never of an object
its owner did not show the person."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
from shuniu_projection.bootstrap import DEFINITION

from tests.projection.test_document_counts import INSTRUCTED, RECEIVED, REGISTERED
from tests.projection.test_timeline import TASK, deliver, instruction_and_its_task
from tests.services import RunningService, running_service, serving

WAIT_SECONDS = 20.0  # what a broken push would hang for; a working one answers in a fraction of it


@dataclass
class OpenConsole:
    lines: AsyncIterator[str]

    async def next_message(self) -> tuple[str, dict[str, Any]]:
        """The next message of the stream, heartbeats passed over."""
        kind, data = "message", ""
        async for line in self.lines:
            if line.startswith("event:"):
                kind = line.removeprefix("event:").strip()
            elif line.startswith("data:"):
                data = line.removeprefix("data:").strip()
            elif line == "" and data:
                return kind, json.loads(data)
        raise AssertionError("the stream ended")

    async def next_change(self) -> dict[str, Any]:
        kind, change = await self.next_message()
        assert kind == "changed"
        return change


@contextlib.asynccontextmanager
async def console_of(
    http: httpx.AsyncClient, projection: RunningService, person: str
) -> AsyncIterator[OpenConsole]:
    async with http.stream("GET", "/live", headers=projection.as_(person)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = response.aiter_lines()
        async for line in lines:  # up to the blank line after "connected"
            if line == "":
                break
        yield OpenConsole(lines)


async def test_a_change_reaches_the_open_consoles_that_may_see_it_once_the_read_models_have_it(tmp_path):
    async with (
        running_service(DEFINITION, tmp_path) as projection,
        serving(projection.runtime.app()) as url,
        httpx.AsyncClient(base_url=url, timeout=WAIT_SECONDS) as http,
        console_of(http, projection, "feng") as director,  # 办公室主任: the office's documents
        console_of(http, projection, "chen") as finance,  # 财政局: only what a 批示 gives finance
    ):
        await deliver(tmp_path, [RECEIVED, REGISTERED])
        told = await director.next_change()
        assert told == {
            "service": "documents",
            "aggregate": "incoming",
            "id": RECEIVED.subject,
            "version": 1,
            "type": RECEIVED.type,
        }
        # Told after the read models, not before: the history already holds what the push names.
        history = await projection.client.get(
            f"/history/documents/{RECEIVED.subject}", headers=projection.as_("feng")
        )
        assert history.status_code == 200 and len(history.json()["events"]) >= 1
        assert (await director.next_change())["version"] == 2

        await deliver(tmp_path, [INSTRUCTED])  # the 批示 names finance as lead: now chen may see it
        assert (await finance.next_change())["version"] == 3  # and was never told of versions 1 and 2
        assert (await director.next_change())["version"] == 3


async def test_changes_on_two_services_topics_at_once_both_reach_the_console(tmp_path):
    # Each service's topic is read on its own: the supervision topic's task and the documents topic's
    # 收文, published together, are both told to 冯主任, who may see each (the office's document; a task
    # its members may see), whichever topic is read first.
    opened = instruction_and_its_task()[1]
    async with (
        running_service(DEFINITION, tmp_path) as projection,
        serving(projection.runtime.app()) as url,
        httpx.AsyncClient(base_url=url, timeout=WAIT_SECONDS) as http,
        console_of(http, projection, "feng") as director,
    ):
        await deliver(tmp_path, [opened, RECEIVED])
        told = {((change := await director.next_change())["service"], change["id"]) for _ in range(2)}
        assert told == {("supervision", TASK), ("documents", RECEIVED.subject)}
