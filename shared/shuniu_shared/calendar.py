"""The working-day calendar (工作日历): weekends, China's public holidays and make-up working days.

Statutory clocks count either calendar days or working days (信访: "5 working days" to object to an
item outside the body's remit). Which days are worked is announced each year by the State Council's
notice (国务院办公厅关于YYYY年部分节假日安排的通知): a holiday may be a Monday, and a Saturday may be
worked instead (调休). An installed notice lives in one file per year (``calendars/cn-YYYY.toml``, and
any further directory an operator adds with ``SHUNIU_CALENDAR_DIR``, where ``shuniu calendar install``
puts it), so next year's arrangement is a file, not a release.

A year without a notice does not run out: its statutory days off are computed from the law
(holidays.py) and the year is *provisional* (暂定) — weekends and statutory days only, no 调休 — so a
clock that falls in it can say its date may still move when the notice comes.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import structlog

from shuniu_shared.errors import InvalidInput
from shuniu_shared.holidays import festival_days, statutory_holidays

log = structlog.get_logger(__name__)

BUILT_IN = Path(__file__).parent / "calendars"


@dataclass(frozen=True)
class Notice:
    """One year's holiday arrangement as the State Council announced it (放假安排通知)."""

    year: int
    holidays: frozenset[date]
    working_days: frozenset[date]  # weekends worked instead (调休上班)


def _days(data: dict[str, Any], key: str, year: int) -> frozenset[date]:
    values = data.get(key, [])
    if not isinstance(values, list):
        raise InvalidInput(f"{key} 应为日期列表", f"{key} must be a list of dates", field=key)
    days = set()
    for value in values:
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            raise InvalidInput(
                f"{key} 中的 {value!r} 不是日期（YYYY-MM-DD）",
                f"{value!r} in {key} is not a date (YYYY-MM-DD)",
            ) from None
        if day.year != year:
            raise InvalidInput(
                f"{key} 中的 {day} 不在 {year} 年内", f"{day} in {key} is not in the year {year}", field=key
            )
        days.add(day)
    return frozenset(days)


def read_notice(text: str) -> Notice:
    """A notice file (``cn-YYYY.toml``: year, holidays, working_days), checked against the law."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InvalidInput(f"不是有效的 TOML：{e}", f"not valid TOML: {e}") from None
    year = data.get("year")
    if not isinstance(year, int) or not 1900 < year < 2100:
        raise InvalidInput(
            "year 应为 1901–2099 之间的年份", "year must be a year from 1901 to 2099", field="year"
        )
    notice = Notice(year, _days(data, "holidays", year), _days(data, "working_days", year))
    if both := sorted(notice.holidays & notice.working_days):
        raise InvalidInput(
            f"{both[0]} 既是假日又是调休上班日", f"{both[0]} is both a holiday and a working day"
        )
    if weekdays := sorted(d for d in notice.working_days if d.weekday() < 5):
        raise InvalidInput(
            f"调休上班日 {weekdays[0]} 不是周末", f"the make-up working day {weekdays[0]} is not a weekend"
        )
    # Only the festivals' own days are checked: where the notice puts a 补假 is its own choice.
    festivals = festival_days(year)
    if missing := sorted(set(festivals) - notice.holidays):
        raise InvalidInput(
            f"通知缺少法定假日 {missing[0]}（{festivals[missing[0]]}）",
            f"the notice lacks the statutory holiday {missing[0]}",
        )
    return notice


@cache
@lru_cache(maxsize=512)
def _computed(year: int) -> frozenset[date]:
    """A provisional year's statutory days off, worked out once: each is a lunar computation, and a
    walk over working days asks for its year at every day."""
    return frozenset(statutory_holidays(year))


def provisional_warning(year: int) -> tuple[str, str]:
    """What an operator or the dashboard is told of a provisional year, Chinese and English."""
    return (
        f"{year} 年的放假安排通知尚未安装，该年按法定假日推算（无调休），其中的期限可能变动。",
        f"{year} has no holiday notice installed: its days off are the statutory ones (no 调休), "
        "so deadlines in it may move.",
    )


class WorkingCalendar:
    def __init__(self, notices: Iterable[Notice]) -> None:
        self.notices = {notice.year: notice for notice in notices}
        self._warned: set[int] = set()

    @classmethod
    def china(cls, *extra_directories: Path) -> WorkingCalendar:
        """The built-in notices, overridden or extended by files in `extra_directories`."""
        by_year: dict[int, Notice] = {}
        for directory in (BUILT_IN, *extra_directories):
            for path in sorted(Path(directory).glob("*.toml")):
                try:
                    notice = read_notice(path.read_text(encoding="utf-8"))
                except InvalidInput as e:  # an operator's file: name it, so it can be put right
                    raise InvalidInput(f"{path}：{e.zh}", f"{path}: {e.en}") from None
                by_year[notice.year] = notice
        return cls(by_year.values())

    def is_provisional(self, year: int) -> bool:
        """暂定: no notice installed for `year`, so its days off are the statutory ones only."""
        return year not in self.notices

    def provisional_soon(self, today: date) -> list[int]:
        """This year and next, where either is still provisional: the dashboard's warning."""
        return [year for year in (today.year, today.year + 1) if self.is_provisional(year)]

    def is_working_day(self, day: date) -> bool:
        notice = self.notices.get(day.year)
        if notice is None:
            if day.year not in self._warned:
                self._warned.add(day.year)
                log.warning("calendar_year_provisional", year=day.year)
            return day.weekday() < 5 and day not in _computed(day.year)
        if day in notice.working_days:
            return True
        return day.weekday() < 5 and day not in notice.holidays

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (start itself not counted)."""
        day = start
        while count > 0:
            day += timedelta(days=1)
            count -= self.is_working_day(day)
        return day
