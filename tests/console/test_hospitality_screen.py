"""公务接待 on its screen: the receptionist plans a reception for twelve guests on their 公函 — five hosts
at the working meal are refused in the service's words, four accepted — the director approves it,
the return tickets go to wu as a task he confirms, and the bills show their difference in the 接待清单."""

from __future__ import annotations

from datetime import timedelta

from tests.console.conftest import office_today

GUESTS = "\n".join([f"审计员{i:02d}，审计员" for i in range(1, 12)] + ["高明远，副局长"])


def test_a_reception_is_planned_on_its_letter_approved_booked_and_settled(sign_in):
    tomorrow = (office_today() + timedelta(days=1)).isoformat()
    after = (office_today() + timedelta(days=2)).isoformat()
    plan = {
        "sending_body": "G市审计局",
        "reference": "G审函〔2026〕3号",
        "business": "县级财政预算执行情况审计调研",
        "itinerary": "座谈、赴县财政局调研",
        "people": "12",
        "guests": GUESTS,
        "host_department": "gov",
        "host_person": "fang",
        "arrive_day": tomorrow,
        "depart_day": after,
        "meeting_place": "县政府三楼会议室",
        "meal_place": "县政府机关食堂",
        "per_person": "80",
        "hotel": "F县人民政府招待所",
        "rooms": "6",
    }
    reception = sign_in("zheng")
    reception.go("hospitality")
    reception.act("hospitality", redraw=False, **plan, hosts="5")
    reception.page.wait_for_selector("[role=alert]:has-text('陪餐人数不得超过 4 人')")
    reception.act("hospitality", **plan, hosts="4")
    reception.page.wait_for_selector("[data-screen=hospitality] [data-list] td:has-text('高明远')")
    reception_url = reception.page.url

    director = sign_in("feng")
    director.page.goto(reception_url)
    director.act("approve")
    director.page.wait_for_selector("[data-screen=hospitality] h1 .tag:has-text('接待中')")

    reception.page.goto(reception_url)
    reception.page.wait_for_selector("form[data-form=book]")
    reception.act("book", kind="ticket", details="返程高铁票 12 张", assignee="wu")

    booker = sign_in("wu")
    booker.page.goto(reception_url)
    booker.act("confirm", confirmation="E12345678")
    booker.page.wait_for_selector("[data-screen=hospitality] td:has-text('E12345678')")

    reception.page.goto(reception_url)
    reception.page.wait_for_selector("form[data-form=settle]")
    reception.act(
        "settle", amount_1="1200", receipt_1="No.00112233", amount_2="1560", receipt_2="No.00112234"
    )
    listed = reception.page.locator("[data-list]")
    listed.locator("td:has-text('-80.00')").wait_for()  # the meal: 1,200.00 of 16 × 80.00
    reception.shot("31-hospitality-reconciled")
    for desk in (reception, director, booker):
        assert not desk.requests.outside() and not desk.errors
