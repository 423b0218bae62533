"""办公用品与固定资产 on their screen, with the demo county's stock and register: 陈局长 of the finance
bureau asks for more pens than there are (refused in the service's words), then for 160 of the 200;
吴科长 approves and issues them, and the stock shows 40 left, below the threshold of 50, with its
purchase request open; the register and the last count show the laptop missing, and he opens a new
count. Then 吴科长 proposes moving a printer to the education bureau, it stays where it
is until 冯主任 approves, and its history shows both steps."""

from __future__ import annotations

PENS = "supply-demo-pens"


def test_a_requisition_is_approved_and_issued_and_the_stock_shows_its_purchase_request(sign_in):
    finance = sign_in("chen")
    finance.go("supplies")
    finance.act("requisition", redraw=False, item_id=PENS, quantity="500", purpose="年终决算培训")
    finance.page.wait_for_selector("[role=alert]:has-text('库存不足：黑色签字笔现有 200 支')")
    finance.act("requisition", item_id=PENS, quantity="160", purpose="年终决算培训")
    asked = next(
        r for r in finance.call("GET", "/api/reception/requisitions")["items"] if r["quantity"] == 160
    )

    affairs = sign_in("wu")
    affairs.go("supplies")
    affairs.act(f"approve-{asked['id']}")
    affairs.act(f"issue-{asked['id']}")
    affairs.page.wait_for_selector(
        "[data-stock] tr:has-text('黑色签字笔'):has-text('40 支') .tag:has-text('采购中')"
    )
    affairs.page.wait_for_selector("[data-register] tr:has-text('FA-2024-0012') .tag:has-text('盘亏')")
    affairs.page.wait_for_selector("[data-counts] li:has-text('FA-2024-0012') .tag:has-text('盘亏')")
    affairs.act("open-count")
    affairs.page.wait_for_selector("[data-counts] .tag:has-text('盘点中')")
    affairs.shot("40-supplies-issued")
    for desk in (finance, affairs):
        assert not desk.requests.outside() and not desk.errors


def test_a_printer_moves_only_when_the_director_approves_its_transfer(sign_in):
    printer = "asset/asset-FA-2024-0013"
    affairs = sign_in("wu")
    affairs.go(printer)
    affairs.act(
        "transfer", custodian="zhao", location="教育局201室", department="education", reason="调剂使用"
    )
    affairs.page.wait_for_selector("[data-screen=asset] h1 .tag:has-text('调拨待批')")
    assert affairs.call("GET", "/api/reception/assets/asset-FA-2024-0013")["custodian"] == "chen"

    director = sign_in("feng")
    director.go(printer)
    director.act("approve-transfer")
    director.page.wait_for_selector("[data-screen=asset] h1 .tag:has-text('在用')")
    director.page.wait_for_selector("[data-history] li:has-text('提出调拨')")
    director.page.wait_for_selector("[data-history] li strong:text-is('调拨')")
    assert director.call("GET", "/api/reception/assets/asset-FA-2024-0013")["location"] == "教育局201室"
    for desk in (affairs, director):
        assert not desk.requests.outside() and not desk.errors
