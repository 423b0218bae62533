"""Idempotency-Key, If-Match and cursor pagination, as every service's commands and lists use them."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import httpx
import pytest
from fastapi import APIRouter, Depends, Request
from shuniu_shared.bus import InProcessBus
from shuniu_shared.commands import Actor, Command, UnitOfWork, check_version
from shuniu_shared.errors import InvalidInput
from shuniu_shared.eventstore import Written, events_table
from shuniu_shared.migrations import Migrations
from shuniu_shared.runtime import ServiceDefinition, ServiceRuntime
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app
from shuniu_shared.web.commands import (
    MAX_LIMIT,
    Keyset,
    Page,
    PageRequest,
    page_request,
    run_command,
)
from sqlalchemy import func, select

from tests.platform.sample import Tally, registry

CLERK = Actor("clerk-1", "office", frozenset({"clerk"}), "none")

NUMBERS = Keyset(next=int)


@dataclass(frozen=True)
class OpenTally(Command):
    id: str
    title: str


@dataclass(frozen=True)
class Count(Command):
    id: str


@dataclass(frozen=True)
class CountAsItIs(Count):
    """A count that does not depend on the tally's version: it may be decided again on a lost race."""

    may_retry = True


async def open_tally(command: OpenTally, uow: UnitOfWork, actor: Actor) -> Written:
    written = await uow.save(Tally(command.id), Tally.open(command.title))
    await asyncio.sleep(0.05)  # long enough for a racing retry to arrive meanwhile
    return written


class Rendezvous:
    """Holds the first two counts after their load until both have loaded, so that they decide on
    the same version however busy the machine; a third load (a retry) passes straight through."""

    def __init__(self) -> None:
        self.loaded = 0
        self.both = asyncio.Event()

    async def meet(self) -> None:
        self.loaded += 1
        if self.loaded >= 2:
            self.both.set()
        await asyncio.wait_for(self.both.wait(), timeout=10)


def tally_api(rendezvous: Rendezvous | None = None) -> APIRouter:
    router = APIRouter()

    async def count(command: Count, uow: UnitOfWork, actor: Actor) -> Written:
        tally = await uow.load(Tally, command.id)
        check_version(tally, command.expected_version)
        if rendezvous is not None:
            await rendezvous.meet()
        return await uow.save(tally, tally.count(1))

    @router.post("/tallies", status_code=201)
    async def open_(request: Request):
        body = await request.json()
        return await run_command(request, OpenTally(body["id"], body["title"]), open_tally, CLERK, status=201)

    @router.post("/tallies/{id}/count")
    async def count_(id: str, request: Request):
        return await run_command(request, Count(id), count, CLERK)

    @router.post("/tallies/{id}/count-as-it-is")
    async def count_as_it_is(id: str, request: Request):
        return await run_command(request, CountAsItIs(id), count, CLERK)

    @router.get("/numbers", response_model=Page[int])
    async def numbers(page: PageRequest = Depends(page_request)):
        after = NUMBERS.after(page)
        start = after["next"] if after else 0
        items = list(range(start, min(start + page.limit, 1000)))
        more = items and items[-1] < 999
        return Page(items=items, next_cursor=NUMBERS.cursor(next=items[-1] + 1) if more else None)

    return router


@contextlib.asynccontextmanager
async def serving(store, tmp_path, rendezvous: Rendezvous | None = None):
    """The tally routes on a runtime over `store`'s database."""
    settings = Settings(service="sample", database_url=store.engine.url.render_as_string(hide_password=False))
    definition = ServiceDefinition("sample", "sample", registry, migrations=Migrations(()))
    runtime = ServiceRuntime(
        definition, settings, bus=InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus'}")
    )
    app = create_service_app(settings, title="sample")
    app.state.runtime = runtime
    app.include_router(tally_api(rendezvous))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        yield client
    await runtime.engine.dispose()


@pytest.fixture
async def client(store, tmp_path):
    async with serving(store, tmp_path) as client:
        yield client


@pytest.fixture
async def pg_client(pg_store, tmp_path):
    """On PostgreSQL two commands can decide on the same version; SQLite runs writers one at a time."""
    async with serving(pg_store, tmp_path, Rendezvous()) as client:
        yield client


async def event_count(store) -> int:
    async with store.engine.connect() as connection:
        return await connection.scalar(select(func.count()).select_from(events_table))


async def test_a_retried_create_returns_the_first_result_and_creates_nothing_new(client, store):
    headers = {"Idempotency-Key": "reg-2026-0001"}
    first = await client.post("/tallies", json={"id": "t-1", "title": "收文"}, headers=headers)
    again = await client.post("/tallies", json={"id": "t-1", "title": "收文"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert first.headers["ETag"] == '"1"'
    assert await event_count(store) == 1


async def test_two_racing_retries_with_one_key_create_once(client, store):
    headers = {"Idempotency-Key": "reg-2026-0002"}
    responses = await asyncio.gather(
        *(client.post("/tallies", json={"id": "t-2", "title": "收文"}, headers=headers) for _ in range(2))
    )
    assert [r.status_code for r in responses] == [201, 201]
    assert responses[0].json() == responses[1].json()
    assert await event_count(store) == 1


async def test_a_key_reused_for_a_different_request_is_refused(client):
    headers = {"Idempotency-Key": "reg-2026-0003"}
    await client.post("/tallies", json={"id": "t-3", "title": "收文"}, headers=headers)
    other = await client.post("/tallies", json={"id": "t-4", "title": "发文"}, headers=headers)
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused" and other.json()["field"] == "Idempotency-Key"


async def test_without_a_key_each_post_is_its_own_command(client, store):
    await client.post("/tallies", json={"id": "t-5", "title": "收文"})
    refused = await client.post("/tallies", json={"id": "t-5", "title": "收文"})
    assert refused.status_code == 409 and refused.json()["code"] == "concurrency_conflict"
    assert await event_count(store) == 1


async def test_an_update_on_a_version_moved_on_is_refused_with_412(client):
    await client.post("/tallies", json={"id": "t-6", "title": "收文"})
    assert (await client.post("/tallies/t-6/count", headers={"If-Match": '"1"'})).status_code == 200
    stale = await client.post("/tallies/t-6/count", headers={"If-Match": '"1"'})
    assert stale.status_code == 412 and stale.json()["code"] == "precondition_failed"
    assert (await client.post("/tallies/t-6/count", headers={"If-Match": 'W/"2"'})).json()["version"] == 3
    malformed = await client.post("/tallies/t-6/count", headers={"If-Match": "latest"})
    assert malformed.status_code == 422 and malformed.json()["field"] == "If-Match"


async def test_two_counts_racing_on_one_version_one_is_refused_with_409(pg_client):
    await pg_client.post("/tallies", json={"id": "t-7", "title": "收文"})
    racing = await asyncio.gather(*(pg_client.post("/tallies/t-7/count") for _ in range(2)))
    assert sorted(r.status_code for r in racing) == [200, 409]


async def test_a_command_that_may_be_decided_again_wins_its_lost_race_on_the_reloaded_tally(pg_client):
    await pg_client.post("/tallies", json={"id": "t-8", "title": "收文"})
    racing = await asyncio.gather(*(pg_client.post("/tallies/t-8/count-as-it-is") for _ in range(2)))
    assert [r.status_code for r in racing] == [200, 200]
    assert sorted(r.json()["version"] for r in racing) == [2, 3]


async def test_a_command_that_may_be_decided_again_is_not_when_the_caller_named_a_version(pg_client):
    await pg_client.post("/tallies", json={"id": "t-9", "title": "收文"})
    racing = await asyncio.gather(
        *(pg_client.post("/tallies/t-9/count-as-it-is", headers={"If-Match": '"1"'}) for _ in range(2))
    )
    assert sorted(r.status_code for r in racing) == [200, 409]


async def test_a_list_is_read_page_by_page_with_an_opaque_cursor_and_a_capped_limit(client):
    first = (await client.get("/numbers", params={"limit": 3})).json()
    assert first["items"] == [0, 1, 2]
    second = (await client.get("/numbers", params={"limit": 3, "cursor": first["next_cursor"]})).json()
    assert second["items"] == [3, 4, 5]
    assert len((await client.get("/numbers", params={"limit": 5000})).json()["items"]) == MAX_LIMIT
    broken = await client.get("/numbers", params={"cursor": "not-a-cursor"})
    assert broken.status_code == 422 and broken.json()["field"] == "cursor"
    assert (await client.get("/numbers", params={"limit": 0})).status_code == 422


TASKS = Keyset(deadline=date, id=str, position=int, at=datetime)


def cursor_of(position: object) -> PageRequest:
    return PageRequest(base64.b64encode(json.dumps(position).encode()).decode(), 10)


def test_a_cursor_gives_back_the_sort_key_it_was_made_from_with_instants_in_utc():
    beijing = timezone(timedelta(hours=8))
    made = TASKS.cursor(
        deadline=date(2026, 3, 9), id="督办-1", position=42, at=datetime(2026, 3, 9, 9, 0, tzinfo=beijing)
    )
    assert TASKS.after(PageRequest(made, 10)) == {
        "deadline": date(2026, 3, 9),
        "id": "督办-1",
        "position": 42,
        "at": datetime(2026, 3, 9, 1, 0, tzinfo=UTC),
    }
    # SQLite hands instants back without their zone; they are stored in UTC.
    naive = TASKS.cursor(deadline=date(2026, 3, 9), id="t", position=1, at=datetime(2026, 3, 9, 1, 0))
    after = TASKS.after(PageRequest(naive, 10))
    assert after is not None and after["at"] == datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
    assert TASKS.after(PageRequest(None, 10)) is None


GOOD = {"deadline": "2026-03-09", "id": "t-1", "position": 1, "at": "2026-03-09T01:00:00+00:00"}


@pytest.mark.parametrize(
    "position",
    [
        {"before": "abc"},  # another list's cursor
        {k: v for k, v in GOOD.items() if k != "id"},  # a field missing
        {**GOOD, "extra": 1},  # a field too many
        {**GOOD, "position": "abc"},  # text where a number goes
        {**GOOD, "position": True},
        {**GOOD, "position": 2**63},  # past PostgreSQL's bigint
        {**GOOD, "position": 1.5},
        {**GOOD, "id": 7},
        {**GOOD, "id": "t\u0000"},  # PostgreSQL text holds no U+0000
        {**GOOD, "id": "x" * 201},
        {**GOOD, "id": None},
        {**GOOD, "deadline": "abc"},
        {**GOOD, "deadline": "2026-02-30"},
        {**GOOD, "at": "2026-03-09T01:00:00"},  # an instant without its zone
        {**GOOD, "at": "0001-01-01T00:00:00+08:00"},  # before year 1 once in UTC
        {**GOOD, "at": "9999-12-31T23:59:59-01:00"},  # after year 9999 once in UTC
        [GOOD],
        "abc",
    ],
)
def test_a_cursor_not_made_by_its_list_is_invalid_input_naming_the_cursor(position):
    with pytest.raises(InvalidInput) as refused:
        TASKS.after(cursor_of(position))
    assert refused.value.field == "cursor"


@pytest.mark.parametrize("text", ["not-a-cursor", "!!!!", base64.b64encode(b"\xff\xfe").decode(), "e30"])
def test_a_cursor_that_is_not_base64_json_of_an_object_is_invalid_input(text):
    with pytest.raises(InvalidInput):
        TASKS.after(PageRequest(text, 10))
