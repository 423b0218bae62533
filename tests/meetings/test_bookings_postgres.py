"""On PostgreSQL many people booking one room and slot at once: exactly one wins, every other is told
which meeting holds the room, and only the winner's booking exists as an event."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
from shuniu_meetings.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock
from shuniu_shared.eventstore import events_table
from sqlalchemy import func, select

from tests.meetings.office import TUESDAY, Office, beijing, ok
from tests.services import MONDAY_MORNING, running_service

pytestmark = pytest.mark.postgres

BOOKERS = ["shen", "li", "feng", "yang", "chen", "luo", "fang", "wu"]


@pytest.fixture
async def office_on_postgres(postgres, tmp_path) -> AsyncIterator[Office]:
    url = postgres.create_database(f"meetings_{uuid.uuid4().hex[:10]}")
    async with running_service(
        DEFINITION, tmp_path, clock=TestClock(MONDAY_MORNING), database_url=url
    ) as service:
        office = Office(service)
        await office.given_room()
        yield office


async def booked_events(office: Office) -> int:
    async with office.service.runtime.store.engine.connect() as connection:
        query = select(func.count()).where(events_table.c.type == "shuniu.meetings.meeting.room_booked.v1")
        return int(await connection.scalar(query) or 0)


async def test_concurrent_bookings_of_one_room_and_slot_exactly_one_wins(office_on_postgres: Office):
    office = office_on_postgres
    attempts = [
        office.post(
            "/meetings",
            BOOKERS[n % len(BOOKERS)],
            office.plan(
                title=f"会议{n}",
                starts=beijing(TUESDAY, 9, n % 30),
                room="room-first",
                department="finance" if BOOKERS[n % len(BOOKERS)] == "chen" else "office",
            ),
        )
        for n in range(24)
    ]
    responses = await asyncio.gather(*attempts)
    won = [r for r in responses if r.status_code == 201]
    lost = [r for r in responses if r.status_code != 201]
    assert len(won) == 1, [r.text for r in won]
    winner = won[0].json()["id"]
    assert {r.status_code for r in lost} == {409}, [r.text for r in lost if r.status_code != 409]
    assert all(r.json()["code"] == "room_taken" and winner in r.json()["detail"] for r in lost)
    assert await booked_events(office) == 1


async def test_a_weekly_series_racing_a_single_booking_reports_the_lost_week(office_on_postgres: Office):
    office = office_on_postgres
    weekly = {**office.plan(starts=beijing(TUESDAY, 9)), "weeks": 3}
    single = office.plan(title="专题会", starts=beijing(TUESDAY + 7, 9, 30))
    series, one = await asyncio.gather(
        office.post("/meetings/series", "shen", weekly), office.post("/meetings", "yang", single)
    )
    result = ok(series)
    if one.status_code == 201:  # the single meeting won its week: the series reports it and books the rest
        assert [c["held_by"] for c in result["conflicts"]] == [one.json()["id"]]
        assert len(result["booked"]) == 2
    else:  # the series won every week: the single meeting is told which occurrence holds the room
        assert len(result["booked"]) == 3 and result["booked"][1]["id"] in one.json()["detail"]
    assert await booked_events(office) == 3


async def test_rescheduling_onto_a_slot_taken_meanwhile_is_refused_on_postgres(office_on_postgres: Office):
    office = office_on_postgres
    first = await office.schedule(starts=beijing(TUESDAY, 9))
    second = await office.schedule(starts=beijing(TUESDAY, 14))
    slot = office.plan(starts=beijing(TUESDAY, 9, 30))
    body = {"starts_at": slot["starts_at"], "ends_at": slot["ends_at"], "reason": "提前"}
    refused = await office.post(f"/meetings/{second}/reschedule", "shen", body)
    assert refused.status_code == 409 and first in refused.json()["detail"]
    # the refused reschedule left the second meeting's own booking in place
    assert (
        await office.post("/meetings", "shen", office.plan(starts=beijing(TUESDAY, 14)))
    ).status_code == 409
