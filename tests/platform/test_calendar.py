"""Working days as China works them: weekends, public holidays, and weekends worked instead (调休)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from shuniu_shared.calendar import WorkingCalendar, _computed, read_notice
from shuniu_shared.errors import InvalidInput
from shuniu_shared.holidays import NATIONAL_DAY, SPRING_FESTIVAL, qingming, statutory_holidays


@pytest.fixture(scope="module")
def calendar() -> WorkingCalendar:
    return WorkingCalendar.china()


def test_national_day_is_a_holiday_and_its_make_up_saturday_is_worked(calendar):
    assert not calendar.is_working_day(date(2026, 10, 1))
    assert not calendar.is_working_day(date(2026, 10, 7))
    assert calendar.is_working_day(date(2026, 10, 10))  # a Saturday, worked in exchange
    assert calendar.is_working_day(date(2026, 9, 20))  # a Sunday, likewise


def test_five_working_days_from_the_eve_of_national_day(calendar):
    # 1–7 Oct off; 8, 9, 10 (make-up Saturday), then 12 and 13.
    assert calendar.add_working_days(date(2026, 9, 30), 5) == date(2026, 10, 13)


def test_the_day_after_work_stops_for_spring_festival_is_the_make_up_saturday(calendar):
    assert calendar.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert calendar.add_working_days(date(2026, 2, 14), 1) == date(2026, 2, 24)  # 15–23 Feb off


def test_working_days_are_counted_past_neither_weekends_nor_holidays(calendar):
    assert calendar.add_working_days(date(2025, 12, 31), 6) == date(2026, 1, 9)  # 4 Jan worked, 5–9 Jan


def test_a_walk_through_provisional_years_works_each_years_holidays_out_once(calendar):
    """A deadline decades ahead is walked to day by day; each year's lunar holidays are computed once."""
    _computed.cache_clear()
    calendar.add_working_days(date(2040, 1, 1), 3 * 250)
    assert _computed.cache_info().misses <= 4 and _computed.cache_info().hits > 700


NOTICE_2027 = """year = 2027
holidays = ["2027-01-01", "2027-01-02", "2027-01-03", "2027-02-05", "2027-02-06", "2027-02-07",
    "2027-02-08", "2027-02-09", "2027-02-10", "2027-04-05", "2027-05-01", "2027-05-02", "2027-05-03",
    "2027-05-04", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04",
    "2027-10-05"]
working_days = ["2027-02-20"]
"""


def test_new_years_day_2027_is_a_holiday_and_provisional(calendar):
    assert not calendar.is_working_day(date(2027, 1, 1))  # a Friday, 元旦 by the 办法
    assert calendar.is_provisional(2027)
    assert not calendar.is_provisional(2026)  # the notice of 2025-11-04 is installed


def test_spring_festival_2027_runs_from_chuxi_for_four_days_where_the_lunar_calendar_puts_it(calendar):
    # 腊月 of 丙午 has 29 days, so 除夕 is 腊月廿九, 5 Feb; 正月初一 is Saturday 6 Feb.
    spring_festival = [day for day, name in statutory_holidays(2027).items() if name == SPRING_FESTIVAL]
    assert spring_festival == [date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)]
    assert not any(calendar.is_working_day(day) for day in spring_festival)
    # Two of the four fall on the weekend: made up on Tuesday and Wednesday (补假).
    assert not calendar.is_working_day(date(2027, 2, 9)) and not calendar.is_working_day(date(2027, 2, 10))
    assert calendar.is_working_day(date(2027, 2, 11))
    assert calendar.is_provisional(2027)


def test_qingming_is_the_day_of_the_solar_term():
    assert [qingming(year) for year in (2025, 2026, 2027)] == [
        date(2025, 4, 4),
        date(2026, 4, 5),
        date(2027, 4, 5),
    ]


def test_the_year_end_eve_is_the_last_day_of_the_twelfth_month_whether_29th_or_30th():
    assert min(d for d, n in statutory_holidays(2026).items() if n == SPRING_FESTIVAL) == date(
        2026, 2, 16
    )  # 腊月廿九
    assert min(d for d, n in statutory_holidays(2025).items() if n == SPRING_FESTIVAL) == date(
        2025, 1, 28
    )  # 腊月廿九
    assert min(d for d, n in statutory_holidays(2028).items() if n == SPRING_FESTIVAL) == date(
        2028, 1, 25
    )  # 腊月三十


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_installed_notices_give_the_statutory_days_and_repay_every_bridge_day_with_a_weekend(
    calendar, year
):
    """What the law gives is a subset of what the notice gives; the rest of the notice's weekdays off
    are bridge days, each paid for by one weekend worked (调休) — which is why they cannot be computed."""
    notice = calendar.notices[year]
    computed = set(statutory_holidays(year))
    assert computed <= notice.holidays
    bridge_days = [day for day in notice.holidays - computed if day.weekday() < 5]
    assert len(bridge_days) == len(notice.working_days)


def test_a_computed_year_has_no_make_up_working_days(calendar):
    saturdays_2027 = [date(2027, 1, 2) + timedelta(weeks=n) for n in range(52)]
    assert not any(calendar.is_working_day(day) for day in saturdays_2027)


def test_mid_autumn_within_national_day_is_one_day_off_not_two():
    holidays_2028 = statutory_holidays(2028)
    assert holidays_2028[date(2028, 10, 3)] == "中秋节、国庆节"
    assert sum(NATIONAL_DAY in name and "补假" not in name for name in holidays_2028.values()) == 3


def test_an_installed_notice_overrides_the_computed_year(tmp_path):
    (tmp_path / "cn-2027.toml").write_text(NOTICE_2027, encoding="utf-8")
    calendar = WorkingCalendar.china(tmp_path)
    assert not calendar.is_provisional(2027)
    assert calendar.is_working_day(date(2027, 2, 20))  # a Saturday worked by the notice
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert calendar.is_working_day(date(2026, 10, 10))  # the built-in years are still there


def test_a_notice_without_a_statutory_holiday_is_refused():
    with pytest.raises(InvalidInput, match="2027-02-05"):
        read_notice(NOTICE_2027.replace('"2027-02-05", ', ""))


def test_a_notice_that_works_a_weekday_in_exchange_is_refused():
    with pytest.raises(InvalidInput, match="not a weekend"):
        read_notice(NOTICE_2027.replace('["2027-02-20"]', '["2027-02-22"]'))


def test_a_notice_with_a_day_of_another_year_is_refused():
    with pytest.raises(InvalidInput, match="not in the year 2027"):
        read_notice(NOTICE_2027.replace('"2027-09-15"', '"2027-09-15", "2028-01-01"'))


def test_the_dashboard_is_warned_of_this_year_and_next_when_provisional(calendar):
    assert calendar.provisional_soon(date(2026, 12, 2)) == [2027]
    assert calendar.provisional_soon(date(2025, 12, 2)) == []
    assert calendar.provisional_soon(date(2027, 3, 1)) == [2027, 2028]


def test_a_service_refuses_to_start_on_a_broken_notice_and_names_the_file(tmp_path):
    (tmp_path / "cn-2027.toml").write_text(NOTICE_2027.replace('"2027-10-03", ', ""), encoding="utf-8")
    with pytest.raises(
        InvalidInput, match=r"cn-2027\.toml: the notice lacks the statutory holiday 2027-10-03"
    ):
        WorkingCalendar.china(tmp_path)


def test_a_notice_may_put_a_make_up_day_off_elsewhere_than_the_computed_one():
    # 补假 for 劳动节 2027 (1–2 May, a weekend) given on Friday 30 April and Monday 3 May instead.
    moved = NOTICE_2027.replace('"2027-05-04", ', '"2027-04-30", ')
    assert date(2027, 4, 30) in read_notice(moved).holidays


def test_before_2025_the_2013_revision_gave_three_days_of_spring_festival_and_one_of_labour_day():
    # 2024: 正月初一 was Saturday 10 February; 除夕 (9 February) was not yet a statutory day off.
    holidays_2024 = statutory_holidays(2024)
    assert [d for d, n in holidays_2024.items() if n == SPRING_FESTIVAL] == [
        date(2024, 2, 10),
        date(2024, 2, 11),
        date(2024, 2, 12),
    ]
    assert date(2024, 2, 9) not in holidays_2024 and date(2024, 5, 2) not in holidays_2024
