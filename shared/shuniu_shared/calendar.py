"""The working-day calendar (工作日历): weekends, China's public holidays and make-up working days.

Statutory clocks count either calendar days or working days (信访: "5 working days" to object to an
item outside the body's remit). Which days are worked is not a rule but data, announced each year by
the State Council: a holiday may be a Monday, and a Saturday may be worked instead (调休). The data
lives in one file per year (``calendars/cn-YYYY.toml``, and any further directory an operator adds
with ``SHUNIU_CALENDAR_DIR``), so next year's arrangement is a file, not a release.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

import structlog

log = structlog.get_logger(__name__)

BUILT_IN = Path(__file__).parent / "calendars"


class WorkingCalendar:
    def __init__(self, holidays: Iterable[date], working_days: Iterable[date], years: Iterable[int]) -> None:
        self.holidays = frozenset(holidays)
        self.working_days = frozenset(working_days)
        self.years = frozenset(years)
        self._warned: set[int] = set()

    @classmethod
    def china(cls, *extra_directories: Path) -> WorkingCalendar:
        """The built-in years, overridden or extended by files in `extra_directories`."""
        by_year: dict[int, dict] = {}
        for directory in (BUILT_IN, *extra_directories):
            for path in sorted(Path(directory).glob("*.toml")):
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                by_year[int(data["year"])] = data
        return cls(
            holidays=(date.fromisoformat(d) for data in by_year.values() for d in data.get("holidays", [])),
            working_days=(
                date.fromisoformat(d) for data in by_year.values() for d in data.get("working_days", [])
            ),
            years=by_year,
        )

    def is_working_day(self, day: date) -> bool:
        if day.year not in self.years and day.year not in self._warned:
            self._warned.add(day.year)  # weekends still count; holidays of that year are unknown
            log.warning("calendar_year_missing", year=day.year)
        if day in self.working_days:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (start itself not counted)."""
        day = start
        while count > 0:
            day += timedelta(days=1)
            count -= self.is_working_day(day)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`."""
        return sum(self.is_working_day(start + timedelta(days=n)) for n in range(1, (end - start).days + 1))
