"""A documents service per test, on SQLite and the in-process bus, with the test clock at a Monday 09:00;
its deadlines fire only when a test says so (`Office.later`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from shuniu_documents.bootstrap import DEFINITION

from tests.documents.office import Office
from tests.services import SCHEDULER_OFF, running_service


@pytest.fixture
async def office(tmp_path) -> AsyncIterator[Office]:
    async with running_service(DEFINITION, tmp_path, **SCHEDULER_OFF) as service:
        yield Office(service)
