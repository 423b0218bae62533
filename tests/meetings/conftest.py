from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from shuniu_meetings.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from tests.meetings.office import Office
from tests.services import MONDAY_MORNING, SCHEDULER_OFF, running_service


@pytest.fixture
async def office(tmp_path) -> AsyncIterator[Office]:
    """The meetings service on SQLite and the in-process bus, on Monday 09:00, with 第一会议室; its
    deadlines fire only when a test says so (`Office.fire_deadlines`)."""
    clock = TestClock(MONDAY_MORNING)
    async with running_service(DEFINITION, tmp_path, clock=clock, **SCHEDULER_OFF) as service:
        county = Office(service)
        await county.given_room()
        yield county
