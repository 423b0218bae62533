"""办公用品与固定资产 (issue 24 item 3, docs/rules.md §10), on Monday 7 December 2026: the affairs
officer 吴科长 keeps the stock and the register, departments requisition, 冯主任 approves the
movement of assets, and a count (盘点) reconciles the register with what is found."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from shuniu_reception.bootstrap import DEFINITION
from shuniu_shared.clock import TestClock
from shuniu_shared.eventstore import events_table
from sqlalchemy import select

from tests.reception.office import ok
from tests.reception.test_on_the_real_stack import fresh
from tests.services import running_service

AFFAIRS = "wu"  # 吴科长, 行政事务科: 事务管理员
EN = {"Accept-Language": "en"}


@pytest.fixture
def clock() -> TestClock:
    return TestClock(datetime(2026, 12, 7, 1, 0, tzinfo=UTC))  # Monday 7 December 2026, 09:00 in Beijing


async def paper(svc, quantity: int = 20, threshold: int = 10) -> str:
    body = {"name": "A4复印纸", "unit": "包", "quantity": quantity, "threshold": threshold}
    return ok(await svc.client.post("/supplies", json=body, headers=svc.as_(AFFAIRS)), 201)["id"]


async def requisition(svc, item: str, quantity: int, by: str) -> str:
    body = {"item_id": item, "quantity": quantity, "purpose": "打印年度预算材料"}
    return ok(await svc.client.post("/requisitions", json=body, headers=svc.as_(by)), 201)["id"]


async def approved_and_issued(svc, item: str, quantity: int, by: str) -> str:
    req = await requisition(svc, item, quantity, by)
    ok(await svc.client.post(f"/requisitions/{req}/approve", headers=svc.as_(AFFAIRS)))
    ok(await svc.client.post(f"/requisitions/{req}/issue", headers=svc.as_(AFFAIRS)))
    return req


async def stock_of(svc, item: str, by: str = AFFAIRS) -> dict:
    items = ok(await svc.client.get("/supplies", headers=svc.as_(by)))["items"]
    return next(i for i in items if i["id"] == item)


async def event_types(svc, stream: str) -> list[str]:
    async with svc.runtime.store.engine.connect() as connection:
        rows = await connection.execute(
            select(events_table.c.type)
            .where(events_table.c.stream_id == stream)
            .order_by(events_table.c.position)
        )
        return [t.split(".", 2)[2] for t in rows.scalars()]


async def test_a_requisition_that_would_take_stock_below_the_threshold_is_issued_and_raises_one_purchase_request(
    reception,
):
    item = await paper(reception, quantity=20, threshold=10)
    req = await approved_and_issued(reception, item, 12, by="chen")  # 县财政局 asks for 12 of 20
    stock = await stock_of(reception, item)
    assert (stock["quantity"], stock["below_threshold"]) == (8, True)
    assert stock["purchase_request"]["raised_at"] == "2026-12-07T01:00:00+00:00"
    assert await event_types(reception, item) == [
        "supply.registered.v1",
        "supply.issued.v1",
        "supply.purchase_requested.v1",
    ]
    issued = ok(await reception.client.get(f"/requisitions/{req}", headers=reception.as_("chen")))
    assert (issued["stage"], issued["department"], issued["approved_by"]) == ("issued", "finance", AFFAIRS)


async def test_a_second_issue_below_the_threshold_raises_no_second_request_while_the_first_is_open(reception):
    item = await paper(reception, quantity=20, threshold=10)
    await approved_and_issued(reception, item, 12, by="chen")
    first = (await stock_of(reception, item))["purchase_request"]["id"]
    await approved_and_issued(reception, item, 3, by="zhao")  # 县教育局, the stock now 5
    stock = await stock_of(reception, item)
    assert (stock["quantity"], stock["purchase_request"]["id"]) == (5, first)
    assert (await event_types(reception, item)).count("supply.purchase_requested.v1") == 1

    # 入库 raises the stock and closes the request; the next shortage is a new one.
    ok(
        await reception.client.post(
            f"/supplies/{item}/receipts", json={"quantity": 50}, headers=reception.as_(AFFAIRS)
        )
    )
    stock = await stock_of(reception, item)
    assert (stock["quantity"], stock["purchase_request"], stock["below_threshold"]) == (55, None, False)
    await approved_and_issued(reception, item, 50, by="chen")
    assert (await stock_of(reception, item))["purchase_request"]["id"] not in (None, first)


async def test_two_issues_below_the_threshold_at_once_on_postgresql_raise_one_purchase_request(
    postgres, tmp_path, clock
):
    """Both issues are decided on the item's stream: the one that loses the race is decided again on
    the stock the other left, which already has its purchase request open."""
    async with running_service(
        DEFINITION, tmp_path, database_url=fresh(postgres, "stock"), clock=clock
    ) as svc:
        item = await paper(svc, quantity=20, threshold=15)  # either issue alone goes below it
        asked = []
        for by in ("chen", "zhao"):
            req = await requisition(svc, item, 6, by)
            ok(await svc.client.post(f"/requisitions/{req}/approve", headers=svc.as_(AFFAIRS)))
            asked.append(req)
        issued = await asyncio.gather(
            *(svc.client.post(f"/requisitions/{req}/issue", headers=svc.as_(AFFAIRS)) for req in asked)
        )
        assert [r.status_code for r in issued] == [200, 200], [r.text for r in issued]
        assert (await stock_of(svc, item))["quantity"] == 8
        assert (await event_types(svc, item)).count("supply.purchase_requested.v1") == 1


async def test_a_requisition_larger_than_the_stock_is_refused_clearly(reception):
    item = await paper(reception, quantity=20)
    body = {"item_id": item, "quantity": 21, "purpose": "打印年度预算材料"}
    refused = await reception.client.post("/requisitions", json=body, headers=reception.as_("chen"))
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["code"] == "insufficient_stock"
    assert refused.json()["detail"] == "库存不足：A4复印纸现有 20 包，申领 21 包"
    in_english = await reception.client.post("/requisitions", json=body, headers=reception.as_("chen", **EN))
    assert in_english.json()["detail"].startswith("not enough in stock: 20 包 of A4复印纸")
    assert ok(await reception.client.get("/requisitions", headers=reception.as_(AFFAIRS)))["items"] == []


async def test_supplies_are_issued_only_after_approval_by_the_affairs_officer(reception):
    item = await paper(reception)
    req = await requisition(reception, item, 2, by="chen")
    early = await reception.client.post(f"/requisitions/{req}/issue", headers=reception.as_(AFFAIRS))
    assert (early.status_code, early.json()["code"]) == (409, "not_approved")
    by_a_department = await reception.client.post(
        f"/requisitions/{req}/approve", headers=reception.as_("chen")
    )
    assert by_a_department.status_code == 403
    assert (await stock_of(reception, item))["quantity"] == 20


async def test_departments_see_their_own_requisitions_and_the_office_all(reception):
    item = await paper(reception)
    finance = await requisition(reception, item, 2, by="chen")
    education = await requisition(reception, item, 1, by="zhao")

    def ids(response) -> set[str]:
        return {r["id"] for r in ok(response)["items"]}

    assert ids(await reception.client.get("/requisitions", headers=reception.as_("chen"))) == {finance}
    assert ids(await reception.client.get("/requisitions", headers=reception.as_(AFFAIRS))) == {
        finance,
        education,
    }
    hidden = await reception.client.get(f"/requisitions/{education}", headers=reception.as_("chen"))
    missing = await reception.client.get("/requisitions/requisition-nothing", headers=reception.as_("chen"))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["detail"] == missing.json()["detail"]


async def register(svc, tag: str, name: str, custodian: str, location: str, department: str) -> str:
    body = {"tag": tag, "name": name, "custodian": custodian, "location": location, "department": department}
    return ok(await svc.client.post("/assets", json=body, headers=svc.as_(AFFAIRS)), 201)["id"]


async def test_a_count_finding_one_asset_missing_records_the_difference(reception):
    laptop = await register(reception, "FA-2026-001", "笔记本电脑", "chen", "财政局302室", "finance")
    await register(reception, "FA-2026-002", "投影仪", "zhao", "教育局会议室", "education")
    await register(reception, "FA-2026-003", "打印机", "chen", "财政局301室", "finance")
    count = ok(await reception.client.post("/asset-counts", headers=reception.as_(AFFAIRS)), 201)["id"]
    for tag, location, custodian in [
        ("FA-2026-002", "教育局会议室", "zhao"),
        ("FA-2026-003", "财政局301室", "chen"),
    ]:
        ok(
            await reception.client.post(
                f"/asset-counts/{count}/findings",
                json={"tag": tag, "location": location, "custodian": custodian},
                headers=reception.as_(AFFAIRS),
            )
        )
    ok(await reception.client.post(f"/asset-counts/{count}/close", headers=reception.as_(AFFAIRS)))

    closed = ok(await reception.client.get(f"/asset-counts/{count}", headers=reception.as_("qian")))
    assert (closed["open"], closed["found"]) == (False, 2)
    [listed] = ok(await reception.client.get("/asset-counts", headers=reception.as_("feng")))["items"]
    assert (listed["id"], listed["opened_on"], listed["differences"]) == (count, "2026-12-07", 1)
    assert (await reception.client.get("/asset-counts", headers=reception.as_("chen"))).status_code == 403
    assert closed["differences"] == [
        {
            "tag": "FA-2026-001",
            "kind": "missing",
            "registered_location": "财政局302室",
            "found_location": None,
            "registered_custodian": "chen",
            "found_custodian": None,
        }
    ]
    assert await event_types(reception, count) == [
        "asset_count.opened.v1",
        "asset_count.found.v1",
        "asset_count.found.v1",
        "asset_count.missing.v1",
        "asset_count.closed.v1",
    ]
    register_now = ok(await reception.client.get("/assets", headers=reception.as_(AFFAIRS)))["items"]
    assert {a["tag"]: a["count"] for a in register_now} == {
        "FA-2026-001": {"id": count, "finding": "missing"},
        "FA-2026-002": None,
        "FA-2026-003": None,
    }
    assert ok(await reception.client.get(f"/assets/{laptop}", headers=reception.as_("chen")))["count"][
        "finding"
    ] == ("missing")


async def test_a_count_records_an_asset_in_the_wrong_place_and_one_not_in_the_register(reception):
    await register(reception, "FA-2026-001", "笔记本电脑", "chen", "财政局302室", "finance")
    count = ok(await reception.client.post("/asset-counts", headers=reception.as_(AFFAIRS)), 201)["id"]
    for tag, location, custodian in [("FA-2026-001", "财政局305室", "chen"), ("FA-2026-099", "档案室", "")]:
        ok(
            await reception.client.post(
                f"/asset-counts/{count}/findings",
                json={"tag": tag, "location": location, "custodian": custodian},
                headers=reception.as_(AFFAIRS),
            )
        )
    ok(await reception.client.post(f"/asset-counts/{count}/close", headers=reception.as_(AFFAIRS)))
    closed = ok(await reception.client.get(f"/asset-counts/{count}", headers=reception.as_(AFFAIRS)))
    assert [(d["tag"], d["kind"], d["found_location"]) for d in closed["differences"]] == [
        ("FA-2026-001", "misplaced", "财政局305室"),
        ("FA-2026-099", "unregistered", "档案室"),
    ]
    late = await reception.client.post(
        f"/asset-counts/{count}/findings",
        json={"tag": "FA-2026-001", "location": "财政局302室"},
        headers=reception.as_(AFFAIRS),
    )
    assert (late.status_code, late.json()["code"]) == (409, "count_closed")


async def test_a_transfer_is_only_done_after_approval(reception):
    laptop = await register(reception, "FA-2026-001", "笔记本电脑", "chen", "财政局302室", "finance")
    transfer = {
        "custodian": "zhao",
        "location": "教育局201室",
        "department": "education",
        "reason": "支援教育局",
    }
    ok(
        await reception.client.post(
            f"/assets/{laptop}/transfer", json=transfer, headers=reception.as_(AFFAIRS)
        )
    )
    pending = ok(await reception.client.get(f"/assets/{laptop}", headers=reception.as_(AFFAIRS)))
    assert (pending["custodian"], pending["department"], pending["stage"]) == (
        "chen",
        "finance",
        "transfer_proposed",
    )
    not_the_director = await reception.client.post(
        f"/assets/{laptop}/transfer/approve", headers=reception.as_(AFFAIRS)
    )
    assert not_the_director.status_code == 403

    ok(await reception.client.post(f"/assets/{laptop}/transfer/approve", headers=reception.as_("feng")))
    moved = ok(await reception.client.get(f"/assets/{laptop}", headers=reception.as_("zhao")))
    assert (moved["custodian"], moved["location"], moved["stage"]) == ("zhao", "教育局201室", "in_use")
    gone = await reception.client.get(f"/assets/{laptop}", headers=reception.as_("sun"))
    assert gone.status_code == 404  # 县总工会 neither holds it nor keeps the register
    trail = ok(await reception.client.get(f"/assets/{laptop}/history", headers=reception.as_("qian")))[
        "events"
    ]
    assert [(e["type"].split(".")[2:4], e["actor"]) for e in trail] == [
        (["asset", "registered"], AFFAIRS),
        (["asset", "transfer_proposed"], AFFAIRS),
        (["asset", "transferred"], "feng"),
    ]


async def test_a_disposed_asset_cannot_be_transferred(reception):
    printer = await register(reception, "FA-2019-007", "打印机", "chen", "财政局301室", "finance")
    ok(
        await reception.client.post(
            f"/assets/{printer}/disposal",
            json={"reason": "硒鼓组件损坏，维修不经济"},
            headers=reception.as_(AFFAIRS),
        )
    )
    ok(await reception.client.post(f"/assets/{printer}/disposal/approve", headers=reception.as_("feng")))
    transfer = {
        "custodian": "zhao",
        "location": "教育局201室",
        "department": "education",
        "reason": "调剂使用",
    }
    refused = await reception.client.post(
        f"/assets/{printer}/transfer", json=transfer, headers=reception.as_(AFFAIRS, **EN)
    )
    assert (refused.status_code, refused.json()["code"]) == (422, "asset_disposed")
    assert refused.json()["detail"] == "asset FA-2019-007 has been disposed of and cannot be transferred"
    assert (
        ok(await reception.client.get(f"/assets/{printer}", headers=reception.as_(AFFAIRS)))["stage"]
        == "disposed"
    )


async def test_departments_see_their_own_assets_and_the_office_all(reception):
    await register(reception, "FA-2026-001", "笔记本电脑", "chen", "财政局302室", "finance")
    await register(reception, "FA-2026-002", "投影仪", "zhao", "教育局会议室", "education")

    def tags(response) -> list[str]:
        return [a["tag"] for a in ok(response)["items"]]

    assert tags(await reception.client.get("/assets", headers=reception.as_("chen"))) == ["FA-2026-001"]
    assert tags(await reception.client.get("/assets", headers=reception.as_("feng"))) == [
        "FA-2026-001",
        "FA-2026-002",
    ]
    assert tags(await reception.client.get("/assets", headers=reception.as_("sun"))) == []


async def test_bad_input_to_the_register_is_refused_naming_the_field(reception):
    body = {
        "tag": "FA 2026/1",
        "name": "椅子",
        "custodian": "chen",
        "location": "302室",
        "department": "finance",
    }
    bad_tag = await reception.client.post("/assets", json=body, headers=reception.as_(AFFAIRS))
    assert (bad_tag.status_code, bad_tag.json()["field"]) == (422, "tag")
    body |= {"tag": "FA-2026-010", "custodian": "nobody"}
    unknown = await reception.client.post("/assets", json=body, headers=reception.as_(AFFAIRS))
    assert (unknown.status_code, unknown.json()["field"]) == (422, "custodian")
    body |= {"custodian": "chen"}
    ok(await reception.client.post("/assets", json=body, headers=reception.as_(AFFAIRS)), 201)
    twice = await reception.client.post("/assets", json=body, headers=reception.as_(AFFAIRS))
    assert (twice.status_code, twice.json()["detail"]) == (422, "资产编号 FA-2026-010 已登记")
    no_quantity = await reception.client.post(
        "/supplies",
        json={"name": "订书钉", "unit": "盒", "quantity": -1, "threshold": 5},
        headers=reception.as_(AFFAIRS),
    )
    assert no_quantity.status_code == 422 and no_quantity.json()["field"] == "body.quantity"
