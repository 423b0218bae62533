"""Who caused what, and in which trace: a request's ids reach its events, and a reaction's events
name the event they answer — so a chain from a leader's 批示 to the task it opened can be followed."""

from __future__ import annotations

import asyncio

import httpx
from fastapi import APIRouter
from shuniu_shared.bus import InProcessBus
from shuniu_shared.consumer import Consumer
from shuniu_shared.eventstore import EventContext
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.settings import Settings
from shuniu_shared.web.app import create_service_app

from tests.platform.sample import Counted, Tally, TallyOpened, sqlite_store

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
CALLER = f"00-{TRACE_ID}-00f067aa0ba902b7-01"


async def test_a_request_s_correlation_id_and_trace_reach_the_events_it_appends(tmp_path):
    store = await sqlite_store(tmp_path / "s.sqlite3")
    router = APIRouter()

    @router.post("/tallies/{id}")
    async def open_tally(id: str) -> dict:
        async with store.unit_of_work() as uow:
            written = await uow.save(Tally(id), Tally.open("收文登记簿"))
        return {"version": written.version, "position": written.position}

    app = create_service_app(Settings(service="sample"), title="sample")
    app.include_router(router)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        response = await client.post(
            "/tallies/t-1", headers={"X-Correlation-ID": "corr-7", "traceparent": CALLER}
        )
    assert response.json() == {"version": 1, "position": 1}

    async with store.engine.connect() as connection:
        [stored] = await store.read_stream(connection, "t-1")
    assert stored.context["correlation_id"] == "corr-7"
    assert stored.context["traceparent"].split("-")[1] == TRACE_ID  # the caller's trace ...
    assert stored.context["traceparent"] != CALLER  # ... in a span of this service's own
    await store.engine.dispose()


async def test_a_reaction_names_the_event_it_answers_and_stays_in_its_trace(tmp_path):
    source, reactor = (
        await sqlite_store(tmp_path / "source.sqlite3"),
        await sqlite_store(tmp_path / "r.sqlite3"),
    )
    bus = InProcessBus(f"sqlite+aiosqlite:///{tmp_path / 'bus.sqlite3'}")
    await bus.start()
    leader = EventContext(actor="leader-1", correlation_id="corr-9", traceparent=CALLER)
    async with source.unit_of_work(leader) as uow:
        await uow.save(Tally("instruction-1"), [TallyOpened(title="批示")])
    relay = OutboxRelay(source, bus.publisher)
    await relay.relay_once()

    async def open_follow_up(envelope, uow) -> None:
        await uow.save(Tally(f"task-for-{envelope.subject}"), [Counted(by=1)])

    consumer = Consumer(
        group="reactor",
        store=reactor,
        handler=open_follow_up,
        source=bus.source("reactor", [source.topic]),
        dead_letters=bus.publisher(),
    )
    stopping = asyncio.Event()
    running = asyncio.create_task(consumer.run(stopping, poll_seconds=0.05))
    while consumer.applied < 1:
        await asyncio.sleep(0.01)
    stopping.set()
    await running

    async with source.engine.connect() as connection:
        [cause] = await source.read_stream(connection, "instruction-1")
    async with reactor.engine.connect() as connection:
        [reaction] = await reactor.read_stream(connection, "task-for-instruction-1")
    assert reaction.context["causation_id"] == cause.event_id
    assert reaction.context["correlation_id"] == "corr-9"
    assert reaction.context["actor"] == "leader-1"
    assert reaction.context["traceparent"].split("-")[1] == TRACE_ID
    for store in (source, reactor):
        await store.engine.dispose()
    await bus.close()
