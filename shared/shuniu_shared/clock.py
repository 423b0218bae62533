"""Time comes from a clock that can be injected, so tests move it instead of sleeping."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Shanghai")  # deadlines are civil dates in China


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware instant in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class TestClock:
    """A clock that stands still until a test moves it."""

    __test__ = False  # not a pytest class

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("TestClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        self._now += delta
        return self._now

    def set(self, instant: datetime) -> None:
        self._now = instant.astimezone(UTC)


def office_date(instant: datetime) -> date:
    """The civil date in Asia/Shanghai on which `instant` falls."""
    return instant.astimezone(OFFICE_TZ).date()
