"""时限的日期：临近提醒按工作日倒数（节假日、调休照算），逾期自时限次日起，亮灯随日期变化。"""

from __future__ import annotations

from datetime import date

from shuniu_shared.calendar import WorkingCalendar
from shuniu_supervision.domain.clockwork import (
    Light,
    approaching_on,
    default_deadline,
    light,
    next_report_due,
    overdue_on,
)

CHINA = WorkingCalendar.china()


def test_the_reminder_comes_three_working_days_before_the_deadline():
    assert approaching_on(CHINA, date(2026, 3, 20), 3) == date(2026, 3, 17)  # Friday → Tuesday


def test_the_weekend_is_not_counted_before_a_monday_deadline():
    assert approaching_on(CHINA, date(2026, 3, 23), 3) == date(2026, 3, 18)


def test_the_qingming_holiday_is_not_counted():
    # 4–6 April 2026 are 清明节: three working days before Wednesday 8 April reach back to 2 April.
    assert approaching_on(CHINA, date(2026, 4, 8), 3) == date(2026, 4, 2)


def test_a_make_up_saturday_counts_as_a_working_day():
    # Saturday 10 October 2026 is worked (调休) after National Day.
    assert approaching_on(CHINA, date(2026, 10, 12), 1) == date(2026, 10, 10)
    assert approaching_on(CHINA, date(2026, 10, 12), 3) == date(2026, 10, 8)


def test_the_number_of_working_days_is_configurable():
    assert approaching_on(CHINA, date(2026, 3, 20), 5) == date(2026, 3, 13)


def test_an_instruction_without_a_deadline_gets_ten_working_days_from_its_date():
    assert default_deadline(CHINA, date(2026, 3, 9), 10) == date(2026, 3, 23)
    # Over the Spring Festival: 14 and 28 February are worked, 15–23 February are not.
    assert default_deadline(CHINA, date(2026, 2, 12), 3) == date(2026, 2, 24)


def test_a_task_is_overdue_from_the_day_after_its_deadline():
    assert overdue_on(date(2026, 3, 20)) == date(2026, 3, 21)


def test_the_light_is_green_then_yellow_near_the_deadline_then_red_after_it():
    deadline, yellow = date(2026, 3, 20), date(2026, 3, 17)
    assert light(deadline=deadline, yellow_from=yellow, today=date(2026, 3, 16)) is Light.GREEN
    assert light(deadline=deadline, yellow_from=yellow, today=date(2026, 3, 17)) is Light.YELLOW
    assert light(deadline=deadline, yellow_from=yellow, today=date(2026, 3, 20)) is Light.YELLOW
    assert light(deadline=deadline, yellow_from=yellow, today=date(2026, 3, 21)) is Light.RED


def test_reports_fall_due_every_week_or_on_the_same_day_each_month():
    assert next_report_due("weekly", date(2026, 3, 9)) == date(2026, 3, 16)
    assert next_report_due("monthly", date(2026, 1, 31)) == date(2026, 2, 28)
    assert next_report_due("monthly", date(2026, 12, 15)) == date(2027, 1, 15)
    assert next_report_due("none", date(2026, 3, 9)) is None


def test_a_default_deadline_across_new_years_day_2027_skips_it():
    # 2027 has no notice yet; 元旦 is off by the 办法 all the same: 29, 30, 31 December, 4 and 5 January.
    assert default_deadline(CHINA, date(2026, 12, 28), 5) == date(2027, 1, 5)


def test_the_reminder_before_a_deadline_after_spring_festival_2027_skips_the_festival_and_its_make_up_days():
    # 除夕 5 February to 初三 8 February, and 9–10 February for the two that fall on the weekend (补假).
    assert approaching_on(CHINA, date(2027, 2, 12), 3) == date(2027, 2, 3)
