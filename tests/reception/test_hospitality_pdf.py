"""The 接待清单 printed from the record (docs/rules.md §9): under the host's red 版头, the 公函, the
guests with their posts, every item with its time, place and cost, and the bills reconciled — the
rows recorded and nothing else; a guest erased from the record is erased from the paper."""

from __future__ import annotations

from tests.reception.office import ok
from tests.reception.test_hospitality import GUESTS, an_approved_reception, the_list
from tests.typeset_papers import assert_on_the_office_page, rows_of, text_of


async def the_paper(svc, reception: str, as_: str) -> bytes:
    answer = await svc.client.get(f"/hospitality/{reception}/list/pdf", headers=svc.as_(as_))
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    return answer.content


async def test_the_接待清单_is_printed_with_exactly_the_guests_and_items_recorded(reception):
    reception_id = await an_approved_reception(reception)
    pdf = await the_paper(reception, reception_id, "zheng")

    assert_on_the_office_page(pdf, mark="F县人民政府", title="公务接待清单")
    text = text_of(pdf)
    assert "来宾单位：G市审计局（公函G审函〔2026〕3号）" in text
    assert "公务活动：县级财政预算执行情况审计调研" in text
    rows = rows_of(pdf)
    kinds = [item["kind_name"] for item in (await the_list(reception, reception_id))["items"]]
    assert [row[1:] for row in rows if row[0].isdigit()] == [
        ["G市审计局", guest["name"], guest["post"]] for guest in GUESTS
    ]
    assert [row for row in rows if row[0] in kinds] == [
        [kinds[0], "3月10日09:30—11:30", "县政府三楼会议室", "审计调研座谈会", "0.00"],
        [kinds[1], "3月10日12:00—13:00", "县政府机关食堂", "家常菜，陪餐4人", "1280.00"],
        [kinds[2], "3月10日14:00—17:00", "县财政局", "中巴车一辆往返县财政局", "300.00"],
        [kinds[3], "3月10日20:00—3月11日08:00", "城关镇迎宾路1号", "F县人民政府招待所6间", "1560.00"],
    ]
    assert "预计费用合计3140.00元" in text
    assert "票据核对" not in text  # no bills yet
    assert "13700001111" not in text  # a phone number is not part of the list


async def test_the_paper_shows_the_bills_reconciled_and_seals_guests_as_the_list_does(reception):
    reception_id = await an_approved_reception(reception)
    bills = [
        {"item": 1, "amount_fen": 120000, "receipt": "发票 No.00112233"},
        {"item": 2, "amount_fen": 30000, "receipt": "发票 No.00112234"},
        {"item": 3, "amount_fen": 182000, "receipt": "发票 No.00112235"},
    ]
    settled = await reception.client.post(
        f"/hospitality/{reception_id}/settle", json={"bills": bills}, headers=reception.as_("zheng")
    )
    ok(settled)
    rows = rows_of(await the_paper(reception, reception_id, "zheng"))
    items = (await the_list(reception, reception_id))["items"]
    meal, lodging = items[1]["kind_name"], items[3]["kind_name"]
    assert [meal, "1280.00", "1200.00", "-80.00"] in rows
    assert [lodging, "1560.00", "1820.00", "260.00"] in rows

    host = await the_list(reception, reception_id, as_="fang")  # the host reads whom he receives
    assert [
        row[2:] for row in rows_of(await the_paper(reception, reception_id, "fang")) if row[0].isdigit()
    ] == [[g["name"], g["post"]] for g in host["guests"]]
    ok(
        await reception.client.post(
            f"/people/{host['guests'][-1]['person_id']}/forget", headers=reception.as_("wang")
        )
    )
    forgotten = await the_paper(reception, reception_id, "fang")  # erased from the record, so from the paper
    assert [row for row in rows_of(forgotten) if row[0] == "12"] == [
        ["12", "G市审计局", "[已删除/erased]", "[已删除/erased]"]
    ]
    assert "高明远" not in text_of(forgotten)

    hidden = await reception.client.get(
        f"/hospitality/{reception_id}/list/pdf", headers=reception.as_("chen")
    )
    assert hidden.status_code == 404 and hidden.headers["content-type"] == "application/problem+json"
