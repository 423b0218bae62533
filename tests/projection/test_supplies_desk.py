"""办公用品与固定资产 on the desks: a requisition waits on the affairs officer to approve it, then to
issue it; the purchase request its issue raised waits on him until the supplies are received; a
transfer of an asset waits on the office director until approved — read from reception's own
events, through the bus, as the console's 我的待办 reads them."""

from __future__ import annotations

from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.clock import TestClock

from tests.projection.test_hospitality_desk import desk
from tests.reception.office import ok
from tests.services import MONDAY_MORNING, SCHEDULER_OFF, running_service


async def test_a_requisition_its_purchase_request_and_a_transfer_wait_on_whoever_decides_them(tmp_path):
    clock = TestClock(MONDAY_MORNING)
    async with (
        running_service(RECEPTION, tmp_path, clock=clock, **SCHEDULER_OFF) as reception,
        running_service(PROJECTION, tmp_path, clock=clock, **SCHEDULER_OFF) as projection,
    ):
        post = reception.client.post
        paper = {"name": "A4复印纸", "unit": "包", "quantity": 20, "threshold": 10}
        item = ok(await post("/supplies", json=paper, headers=reception.as_("wu")), 201)["id"]
        asked = {"item_id": item, "quantity": 12, "purpose": "打印年度预算材料"}
        made = ok(await post("/requisitions", json=asked, headers=reception.as_("chen")), 201)
        [waiting] = await desk(projection, "wu", made)
        assert (waiting["kind"], waiting["detail"]) == (
            "approve",
            "申领 12：打印年度预算材料（审批 approve）",
        )
        assert await desk(projection, "zhao", made) == []  # another department's requisition

        approved = ok(await post(f"/requisitions/{made['id']}/approve", headers=reception.as_("wu")))
        assert [i["kind"] for i in await desk(projection, "wu", approved)] == ["issue"]
        issued = ok(await post(f"/requisitions/{made['id']}/issue", headers=reception.as_("wu")))
        assert await desk(projection, "wu", issued) == []
        stocked = {"id": item, "version": 3}  # registered, issued, purchase requested
        [purchase] = await desk(projection, "wu", stocked)
        assert purchase["detail"] == "库存 8 低于阈值 10：采购 purchase and receive"
        received = ok(
            await post(f"/supplies/{item}/receipts", json={"quantity": 40}, headers=reception.as_("wu"))
        )
        assert await desk(projection, "wu", received) == []

        laptop = {
            "tag": "FA-2026-001",
            "name": "笔记本电脑",
            "custodian": "chen",
            "location": "财政局302室",
            "department": "finance",
        }
        asset = ok(await post("/assets", json=laptop, headers=reception.as_("wu")), 201)["id"]
        move = {
            "custodian": "zhao",
            "location": "教育局201室",
            "department": "education",
            "reason": "支援教育局",
        }
        proposed = ok(await post(f"/assets/{asset}/transfer", json=move, headers=reception.as_("wu")))
        [transfer] = await desk(projection, "feng", proposed)
        assert transfer["detail"] == "支援教育局：调拨审批 approve the transfer"
        moved = ok(await post(f"/assets/{asset}/transfer/approve", headers=reception.as_("feng")))
        assert await desk(projection, "feng", moved) == []
