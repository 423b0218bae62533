"""The registry publishes every version's schema; the clock tells office dates in Asia/Shanghai."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from shuniu_shared.clock import TestClock, office_date
from shuniu_shared.errors import InvalidInput
from shuniu_shared.events import UnknownEventType, split_ce_type

from tests.platform.sample import Closed, registry


def test_every_version_of_every_event_type_has_a_schema():
    schemas = registry.json_schemas()
    assert set(schemas) == {
        "shuniu.sample.tally.opened.v1",
        "shuniu.sample.tally.counted.v1",
        "shuniu.sample.tally.closed.v1",
        "shuniu.sample.tally.closed.v2",
    }
    assert schemas["shuniu.sample.tally.closed.v2"]["required"] == ["reason_code", "remark"]


def test_a_type_name_carries_its_version():
    assert split_ce_type("shuniu.documents.incoming.registered.v12") == (
        "shuniu.documents.incoming.registered",
        12,
    )
    assert Closed.ce_type() == "shuniu.sample.tally.closed.v2"


def test_an_unknown_or_future_type_is_refused_clearly():
    with pytest.raises(UnknownEventType):
        registry.decode("shuniu.sample.tally.reopened.v1", {})
    with pytest.raises(UnknownEventType):
        registry.decode("shuniu.sample.tally.closed.v3", {})
    with pytest.raises(InvalidInput):
        registry.decode("shuniu.sample.tally.counted.v1", {"by": "many"})


def test_an_office_date_is_the_date_in_shanghai_not_in_utc():
    evening_in_utc = datetime(2026, 9, 30, 17, 30, tzinfo=UTC)  # already 1 October in Beijing
    assert office_date(evening_in_utc) == date(2026, 10, 1)


def test_the_test_clock_moves_only_when_told():
    clock = TestClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    assert clock.now() == clock.now()
    clock.advance(timedelta(days=15))
    assert clock.now() == datetime(2026, 12, 12, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        TestClock(datetime(2026, 11, 27))
