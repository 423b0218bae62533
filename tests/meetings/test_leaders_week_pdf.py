"""The weekly 领导活动安排表 typeset on GB/T 9704-2012's page (docs/rules.md §11): the red 版头 of
the office, the week as its title, one row per activity the caller may see — a classified meeting
only for those cleared, exactly as the JSON week shows it."""

from __future__ import annotations

from datetime import datetime

from shuniu_shared.clock import OFFICE_TZ

from tests.meetings.office import TUESDAY, Office, beijing
from tests.meetings.test_leaders_schedules import week
from tests.supervision.office import until
from tests.typeset_papers import assert_on_the_office_page, rows_of, text_of

TITLE = "2026年3月9日—3月15日"


async def week_pdf(office: Office, as_: str) -> bytes:
    answer = await office.get("/schedules/week", as_, monday="2026-03-09", format="pdf")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    return answer.content


async def test_the_weeks_table_is_a_paper_of_the_office_listing_what_the_caller_may_see(office: Office):
    await office.schedule(
        by="feng", chair="luo", title="县委常委会专题会议", classification="机密", starts=beijing(TUESDAY, 15)
    )
    await office.schedule(chair="luo", title="全县安全生产会", starts=beijing(TUESDAY, 9))

    async def both_on_the_week() -> bool:
        return len(await week(office, as_="feng")) == 2

    await until(both_on_the_week)

    for_wu = await week_pdf(office, "wu")  # 吴科长 is not cleared for 机密
    assert_on_the_office_page(for_wu, mark="领导活动安排表", title=TITLE)
    rows = rows_of(for_wu)
    assert rows[0] == ["日期", "时间", "领导", "活动", "地点"]
    assert (
        [row[3] for row in rows[1:]]
        == [f"会议：{a['title']}" for a in await week(office, as_="wu")]
        == ["会议：全县安全生产会"]
    )
    [safety] = await week(office, as_="wu")
    ends = datetime.fromisoformat(safety["ends_at"]).astimezone(OFFICE_TZ)
    assert rows[1] == [
        "3月10日（周二）",
        f"09:00—{ends:%H:%M}",
        "罗县长",
        "会议：全县安全生产会",
        safety["place"],
    ]
    assert "县委常委会专题会议" not in text_of(for_wu) and "机密" not in text_of(for_wu)

    for_feng = await week_pdf(office, "feng")  # 冯主任 is: the paper then carries its 密级
    assert [row[3] for row in rows_of(for_feng)[1:]] == ["会议：全县安全生产会", "会议：县委常委会专题会议"]
    assert text_of(for_feng).splitlines()[0] == "机密"
    assert "县政府办公室" in text_of(for_feng)


async def test_an_empty_week_is_still_printed_and_a_week_not_starting_on_monday_is_refused(office: Office):
    empty = await office.get("/schedules/week", "shen", monday="2026-03-16", format="pdf")
    assert "本周无安排" in text_of(empty.content)
    bad = await office.get("/schedules/week", "shen", monday="2026-03-10", format="pdf")
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"
