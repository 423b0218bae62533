"""Working days as China works them: weekends, public holidays, and weekends worked instead (调休)."""

from __future__ import annotations

from datetime import date

import pytest
from shuniu_shared.calendar import WorkingCalendar


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


def test_working_days_between_counts_neither_weekends_nor_holidays(calendar):
    assert calendar.working_days_between(date(2025, 12, 31), date(2026, 1, 9)) == 6  # 4 Jan worked, 5–9 Jan


def test_a_year_without_data_still_keeps_weekends(calendar):
    assert calendar.is_working_day(date(2031, 1, 1))  # a Wednesday; that year's holidays are not known
    assert not calendar.is_working_day(date(2031, 1, 4))  # a Saturday


def test_an_operator_s_file_adds_a_year(tmp_path):
    (tmp_path / "cn-2027.toml").write_text('year = 2027\nholidays = ["2027-01-01"]\nworking_days = []\n')
    calendar = WorkingCalendar.china(tmp_path)
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert calendar.is_working_day(date(2026, 10, 10))  # the built-in years are still there
