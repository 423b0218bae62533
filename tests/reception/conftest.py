from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from shuniu_reception.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock

from tests.services import MONDAY_MORNING, SCHEDULER_OFF, RunningService, running_service


@pytest.fixture
def clock() -> TestClock:
    return TestClock(MONDAY_MORNING)  # Monday 9 March 2026, 09:00 in Beijing


@pytest.fixture
async def reception(tmp_path, clock) -> AsyncIterator[RunningService]:
    """The reception service on SQLite; its deadlines fire only when a test calls `fire_due()`."""
    async with running_service(DEFINITION, tmp_path, clock=clock, **SCHEDULER_OFF) as svc:
        yield svc
