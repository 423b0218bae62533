"""Official hospitality (公务接待) as 《党政机关国内公务接待管理规定》 has it (docs/rules.md §9), on
Tuesday 10 March 2026: twelve auditors of G市审计局 come for two days on the 公函 G审函〔2026〕3号.

No 公函, no reception; one working meal at most, its hosts bounded by the guests; what the rules
forbid cannot be entered; the 接待清单 lists exactly what was recorded and is reconciled with the bills.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from shuniu_reception.domain.hospitality import most_hosts
from shuniu_shared.eventstore import events_table
from sqlalchemy import select

from tests.reception.office import ok

LETTER = {
    "sending_body": "G市审计局",
    "reference": "G审函〔2026〕3号",
    "business": "县级财政预算执行情况审计调研",
    "itinerary": "3月10日抵达，座谈、赴县财政局调研，3月11日返回",
    "people": 12,
}
GUESTS = [{"name": f"审计员{i:02d}", "post": "审计员"} for i in range(1, 12)] + [
    {"name": "高明远", "post": "副局长", "phone": "13700001111"}
]
MEETING = {
    "kind": "meeting",
    "starts_at": "2026-03-10T09:30:00+08:00",
    "ends_at": "2026-03-10T11:30:00+08:00",
    "place": "县政府三楼会议室",
    "description": "审计调研座谈会",
}
MEAL = {
    "kind": "working_meal",
    "starts_at": "2026-03-10T12:00:00+08:00",
    "ends_at": "2026-03-10T13:00:00+08:00",
    "place": "县政府机关食堂",
    "description": "家常菜",
    "per_person_fen": 8000,
}
LODGING = {
    "kind": "lodging",
    "starts_at": "2026-03-10T20:00:00+08:00",
    "ends_at": "2026-03-11T08:00:00+08:00",
    "place": "城关镇迎宾路1号",
    "hotel": "F县人民政府招待所",
    "rooms": 6,
}
TRANSPORT = {
    "kind": "transport",
    "starts_at": "2026-03-10T14:00:00+08:00",
    "ends_at": "2026-03-10T17:00:00+08:00",
    "place": "县财政局",
    "description": "中巴车一辆往返县财政局",
    "cost_fen": 30000,
}


def a_plan(*items: dict[str, Any], hosts: int = 4, **changes: Any) -> dict[str, Any]:
    meal = MEAL | {"hosts": hosts}
    return {
        "letter": LETTER,
        "guests": GUESTS,
        "business": LETTER["business"],
        "host_department": "gov",
        "host_person": "fang",
        "arrives_at": "2026-03-10T09:00:00+08:00",
        "departs_at": "2026-03-11T17:00:00+08:00",
        "items": list(items) if items else [MEETING, meal, TRANSPORT, LODGING],
        "transport": "来宾自行乘高铁往返，县内由接待办派中巴车",
    } | changes


async def plan(svc, body: dict[str, Any], as_: str = "zheng"):
    return await svc.client.post("/hospitality", json=body, headers=svc.as_(as_))


async def an_approved_reception(svc) -> str:
    reception = ok(await plan(svc, a_plan()), 201)["id"]
    ok(await svc.client.post(f"/hospitality/{reception}/approve", headers=svc.as_("feng")))
    return reception


async def the_list(svc, reception: str, as_: str = "zheng") -> dict[str, Any]:
    return ok(await svc.client.get(f"/hospitality/{reception}/list", headers=svc.as_(as_)))


async def test_a_plan_for_12_guests_is_refused_with_5_hosts_at_the_working_meal_and_accepted_with_4(
    reception,
):
    refused = await plan(reception, a_plan(hosts=5))
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert (problem["code"], problem["field"], problem["most_hosts"]) == (
        "too_many_hosts",
        "items[1].hosts",
        4,
    )
    assert problem["detail"].startswith("接待对象 12 人，陪餐人数不得超过 4 人")

    accepted = ok(await plan(reception, a_plan(hosts=4)), 201)
    assert accepted["stage"] == "planned"
    seen = ok(await reception.client.get(f"/hospitality/{accepted['id']}", headers=reception.as_("zheng")))
    assert seen["items"][1]["hosts"] == 4


@pytest.mark.parametrize(("guests", "hosts"), [(1, 3), (10, 3), (11, 3), (12, 4), (30, 10), (31, 10)])
def test_the_hosts_at_the_table_are_three_up_to_ten_guests_and_a_third_beyond(guests, hosts):
    assert most_hosts(guests) == hosts


async def test_a_plan_without_a_公函_is_refused_and_nothing_is_recorded(reception):
    refused = await plan(reception, a_plan(letter=None))
    assert refused.status_code == 422, refused.text
    assert (refused.json()["code"], refused.json()["field"]) == ("no_official_letter", "letter")
    assert refused.json()["detail"] == "无公函的公务活动和来访人员一律不予接待"
    in_english = await reception.client.post(
        "/hospitality", json=a_plan(letter=None), headers=reception.as_("zheng", **{"Accept-Language": "en"})
    )
    assert in_english.json()["detail"].startswith("no reception without an official letter")
    assert ok(await reception.client.get("/hospitality", headers=reception.as_("zheng")))["items"] == []
    async with reception.runtime.store.engine.connect() as connection:
        assert (await connection.execute(select(events_table))).first() is None  # not even the guests


async def test_a_plan_for_more_guests_than_the_公函_names_is_refused(reception):
    refused = await plan(reception, a_plan(letter=LETTER | {"people": 10}))
    assert refused.status_code == 422
    assert refused.json()["code"] == "guests_beyond_letter"


@pytest.mark.parametrize(
    ("kind", "rule"),
    [
        ("gift", "不得赠送现金、有价证券、纪念品和土特产品"),
        ("sightseeing", "不得安排与公务无关的参观游览"),
        ("entertainment", "不得安排娱乐、健身活动或进入娱乐健身场所"),
        ("luxury_dishes", "工作餐不得提供鱼翅、燕窝等高档菜肴"),
        ("premium_liquor", "工作餐不得提供香烟和高档酒水"),
    ],
)
async def test_what_the_rules_forbid_cannot_be_entered(reception, kind, rule):
    forbidden = MEETING | {"kind": kind, "description": "县城风景区一日游"}
    refused = await plan(reception, a_plan(MEETING, forbidden))
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert (problem["code"], problem["field"], problem["kind"]) == (
        "forbidden_by_rules",
        "items[1].kind",
        kind,
    )
    assert problem["detail"].startswith(rule)


async def test_an_item_outside_the_vocabulary_is_refused_naming_what_a_plan_may_hold(reception):
    refused = await plan(reception, a_plan(MEETING | {"kind": "karaoke"}))
    assert refused.status_code == 422
    assert refused.json()["code"] == "unknown_item_kind"
    assert refused.json()["allowed"] == ["meeting", "inspection", "working_meal", "lodging", "transport"]


async def test_the_host_may_arrange_one_working_meal_not_two(reception):
    dinner = MEAL | {
        "hosts": 2,
        "starts_at": "2026-03-10T18:00:00+08:00",
        "ends_at": "2026-03-10T19:00:00+08:00",
    }
    refused = await plan(reception, a_plan(MEETING, MEAL | {"hosts": 2}, dinner))
    assert refused.status_code == 422
    assert (refused.json()["code"], refused.json()["field"]) == ("one_working_meal", "items[2].kind")


async def test_lodging_is_at_an_agreed_hotel_at_its_agreed_price(reception):
    refused = await plan(reception, a_plan(LODGING | {"hotel": "F县金碧辉煌大酒店"}))
    assert refused.status_code == 422
    assert refused.json()["code"] == "not_an_agreed_hotel"
    assert refused.json()["hotels"] == ["F县人民政府招待所", "F县迎宾馆"]

    accepted = ok(await plan(reception, a_plan(LODGING)), 201)
    item = ok(await reception.client.get(f"/hospitality/{accepted['id']}", headers=reception.as_("zheng")))[
        "items"
    ][0]
    assert (item["room_price_fen"], item["cost_fen"]) == (26000, 6 * 26000)  # six rooms, one night


async def test_the_per_person_standard_of_the_working_meal_is_the_office_s_setting(
    reception, tmp_path, monkeypatch
):
    assert ok(await plan(reception, a_plan(MEETING, MEAL | {"per_person_fen": 10000, "hosts": 3})), 201)
    standards = tmp_path / "hospitality.toml"
    standards.write_text('meal_per_person_fen = 6000\n[hotels]\n"F县迎宾馆" = 30000\n', encoding="utf-8")
    monkeypatch.setenv("SHUNIU_RECEPTION_HOSPITALITY_FILE", str(standards))
    refused = await plan(reception, a_plan(MEETING, MEAL | {"per_person_fen": 8000, "hosts": 3}))
    assert refused.status_code == 422
    assert (refused.json()["code"], refused.json()["standard_fen"]) == ("above_meal_standard", 6000)
    shown = ok(await reception.client.get("/hospitality/standards", headers=reception.as_("chen")))
    assert shown["meal_per_person_fen"] == 6000
    assert shown["hotels"] == [{"name": "F县迎宾馆", "room_price_fen": 30000}]


async def test_the_接待清单_lists_exactly_what_was_recorded(reception):
    reception_id = await an_approved_reception(reception)
    listed = await the_list(reception, reception_id)

    assert listed["sending_body"] == "G市审计局"
    assert listed["business"] == "县级财政预算执行情况审计调研"
    assert listed["letter"]["reference"] == "G审函〔2026〕3号"
    assert [(g["organisation"], g["name"], g["post"]) for g in listed["guests"]] == [
        ("G市审计局", guest["name"], guest["post"]) for guest in GUESTS
    ]
    assert [
        (i["kind"], i["starts_at"], i["ends_at"], i["place"], i["cost_fen"]) for i in listed["items"]
    ] == [
        ("meeting", "2026-03-10T09:30:00+08:00", "2026-03-10T11:30:00+08:00", "县政府三楼会议室", 0),
        (
            "working_meal",
            "2026-03-10T12:00:00+08:00",
            "2026-03-10T13:00:00+08:00",
            "县政府机关食堂",
            8000 * 16,
        ),
        ("transport", "2026-03-10T14:00:00+08:00", "2026-03-10T17:00:00+08:00", "县财政局", 30000),
        ("lodging", "2026-03-10T20:00:00+08:00", "2026-03-11T08:00:00+08:00", "城关镇迎宾路1号", 6 * 26000),
    ]
    assert listed["planned_fen"] == 8000 * 16 + 30000 + 6 * 26000
    assert listed["reconciliation"] is None  # no bills yet


async def test_the_bills_are_reconciled_with_the_接待清单_and_the_differences_shown(reception):
    reception_id = await an_approved_reception(reception)
    bills = [
        {"item": 1, "amount_fen": 120000, "receipt": "发票 No.00112233"},  # the meal: 1,200.00 of 1,280.00
        {"item": 2, "amount_fen": 30000, "receipt": "发票 No.00112234"},
        {"item": 3, "amount_fen": 156000, "receipt": "发票 No.00112235"},
        {"item": 3, "amount_fen": 26000, "receipt": "发票 No.00112236"},  # a seventh room
    ]
    ok(
        await reception.client.post(
            f"/hospitality/{reception_id}/settle", json={"bills": bills}, headers=reception.as_("zheng")
        )
    )
    reconciled = (await the_list(reception, reception_id))["reconciliation"]
    assert [
        (line["item"], line["planned_fen"], line["billed_fen"], line["difference_fen"])
        for line in reconciled["lines"]
    ] == [
        (0, 0, 0, 0),
        (1, 128000, 120000, -8000),
        (2, 30000, 30000, 0),
        (3, 156000, 182000, 26000),
    ]
    assert (reconciled["billed_fen"], reconciled["difference_fen"]) == (332000, 18000)
    again = await reception.client.post(
        f"/hospitality/{reception_id}/settle", json={"bills": bills}, headers=reception.as_("zheng")
    )
    assert again.status_code == 409


async def test_a_bill_without_its_receipt_or_for_no_item_of_the_plan_is_refused(reception):
    reception_id = await an_approved_reception(reception)
    for bill, field in (
        ({"item": 9, "amount_fen": 100, "receipt": "No.1"}, "bills[0].item"),
        ({"item": 1, "amount_fen": 100, "receipt": "  "}, "bills[0].receipt"),
    ):
        refused = await reception.client.post(
            f"/hospitality/{reception_id}/settle", json={"bills": [bill]}, headers=reception.as_("zheng")
        )
        assert (refused.status_code, refused.json()["field"]) == (422, field)


async def test_tickets_and_rooms_are_booked_as_tasks_with_their_confirmations(reception):
    planned = ok(await plan(reception, a_plan()), 201)["id"]
    too_early = await reception.client.post(
        f"/hospitality/{planned}/bookings",
        json={"kind": "room", "details": "招待所 6 间", "assignee": "wu"},
        headers=reception.as_("zheng"),
    )
    assert (too_early.status_code, too_early.json()["code"]) == (409, "not_approved")

    reception_id = await an_approved_reception(reception)
    booking = ok(
        await reception.client.post(
            f"/hospitality/{reception_id}/bookings",
            json={"kind": "ticket", "details": "3月11日 F县站—G市站 高铁票 12 张", "assignee": "wu"},
            headers=reception.as_("zheng"),
        ),
        201,
    )["booking_id"]
    todos = ok(await reception.client.get("/todos", headers=reception.as_("wu")))["items"]
    assert [t["text"] for t in todos] == ["订票：3月11日 F县站—G市站 高铁票 12 张（G市审计局来宾接待）"]
    # The person booking sees the reception they book for; someone uninvolved does not.
    assert ok(await reception.client.get(f"/hospitality/{reception_id}", headers=reception.as_("wu")))
    assert (
        await reception.client.get(f"/hospitality/{reception_id}", headers=reception.as_("zhao"))
    ).status_code == 404
    stranger = await reception.client.post(
        f"/hospitality/{reception_id}/bookings/{booking}/confirm",
        json={"confirmation": "E12345678"},
        headers=reception.as_("zhao"),
    )
    assert stranger.status_code == 404

    ok(
        await reception.client.post(
            f"/hospitality/{reception_id}/bookings/{booking}/confirm",
            json={"confirmation": "E12345678"},
            headers=reception.as_("wu"),
        )
    )
    seen = ok(await reception.client.get(f"/hospitality/{reception_id}", headers=reception.as_("zheng")))
    assert [(b["kind"], b["assignee"], b["confirmation"]) for b in seen["bookings"]] == [
        ("ticket", "wu", "E12345678")
    ]
    assert seen["bookings"][0]["confirmed_at"] == "2026-03-09T09:00:00+08:00"
    assert ok(await reception.client.get("/todos", headers=reception.as_("wu")))["items"] == []


async def test_guests_are_sealed_as_visitors_are_and_forgotten_from_the_接待清单(reception):
    reception_id = await an_approved_reception(reception)
    async with reception.runtime.store.engine.connect() as connection:
        written = json.dumps(
            [row.data for row in await connection.execute(select(events_table))], ensure_ascii=False
        )
    assert "高明远" not in written and "副局长" not in written and "13700001111" not in written

    host = await the_list(reception, reception_id, as_="fang")  # the host must know whom he receives
    assert host["guests"][-1]["name"] == "高明远"
    assert (
        await reception.client.get(f"/hospitality/{reception_id}/list", headers=reception.as_("chen"))
    ).status_code == 404

    guest = host["guests"][-1]["person_id"]
    ok(await reception.client.post(f"/people/{guest}/forget", headers=reception.as_("wang")))
    forgotten = (await the_list(reception, reception_id))["guests"][-1]
    assert (forgotten["name"], forgotten["post"]) == ("[已删除 / erased]", "[已删除 / erased]")
