"""China's statutory holidays (法定节假日), as 《全国年节及纪念日放假办法》 gives them for every year.

The 2024 revision (国务院令第798号, in force since 2025-01-01), article 2, gives every citizen these
days off: 元旦 1 day (1 January); 春节 4 days (农历除夕、正月初一、初二、初三); 清明节 1 day (the day
of the solar term 清明); 劳动节 2 days (1–2 May); 端午节 1 day (农历五月初五); 中秋节 1 day (农历八月
十五); 国庆节 3 days (1–3 October). A day off for all that falls on a Saturday or Sunday is made up
on a working day (补假) — in practice, and here, the first weekdays after the festival. These follow
from the Gregorian and the Chinese lunar calendar alone, so they are known for any year. What is not
known in advance is the State Council's yearly notice: which weekends are worked (调休) so that
holidays join into a week, and which bridge days that buys. A year computed from these rules alone
is therefore *provisional* (暂定) until its notice is installed (calendar.py).

Years before 2025 follow the 2013 revision it replaced (3 days of 春节, 1 of 劳动节).
The lunar dates and the solar term come from lunar-python (寿星天文历's algorithms, 1900–2100).
"""

from __future__ import annotations

from datetime import date, timedelta

from lunar_python import Lunar, Solar

NEW_YEARS_DAY = "元旦"
SPRING_FESTIVAL = "春节"
QINGMING = "清明节"
LABOUR_DAY = "劳动节"
DRAGON_BOAT = "端午节"
MID_AUTUMN = "中秋节"
NATIONAL_DAY = "国庆节"


def _gregorian(solar: Solar) -> date:
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _lunar_day(year: int, month: int, day: int) -> date:
    """The Gregorian date of a lunar month and day of the lunar year that begins in `year`."""
    return _gregorian(Lunar.fromYmd(year, month, day).getSolar())


def qingming(year: int) -> date:
    """The day the sun reaches 15° ecliptic longitude (清明), in China's time; 4 or 5 April."""
    terms = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()
    return _gregorian(terms["清明"])


REVISION_2024_FROM = 2025  # 国务院令第798号 in force from 1 January 2025


def _festivals(year: int) -> list[tuple[str, list[date]]]:
    new_year = _lunar_day(year, 1, 1)  # 正月初一
    # Before 2025 the 2013 revision (国务院令第644号) applied: 春节 初一 to 初三, 劳动节 1 May only.
    revised = year >= REVISION_2024_FROM
    return [
        (NEW_YEARS_DAY, [date(year, 1, 1)]),
        # 除夕 is the last day of the twelfth lunar month, the 29th or the 30th: the eve of 正月初一.
        (SPRING_FESTIVAL, [new_year + timedelta(days=n) for n in range(-1 if revised else 0, 3)]),
        (QINGMING, [qingming(year)]),
        (LABOUR_DAY, [date(year, 5, 1), date(year, 5, 2)] if revised else [date(year, 5, 1)]),
        (DRAGON_BOAT, [_lunar_day(year, 5, 5)]),
        (MID_AUTUMN, [_lunar_day(year, 8, 15)]),
        (NATIONAL_DAY, [date(year, 10, n) for n in (1, 2, 3)]),
    ]


def festival_days(year: int) -> dict[date, str]:
    """The festivals' own days off in `year` (补假 not included), each with its festival's name."""
    days: dict[date, str] = {}
    for name, festival in _festivals(year):
        for day in festival:
            # 中秋 may fall within 1–3 October; the law gives no extra day for that, so it is one day.
            days[day] = f"{days[day]}、{name}" if day in days else name
    return days


def statutory_holidays(year: int) -> dict[date, str]:
    """Every statutory day off in `year`, 补假 included, each with its festival's name."""
    days = festival_days(year)
    for name, festival in _festivals(year):
        owed = sum(day.weekday() >= 5 for day in festival)
        day = max(festival)
        while owed:
            day += timedelta(days=1)
            if day.weekday() < 5 and day not in days:
                days[day] = f"{name}补假"
                owed -= 1
    return days
