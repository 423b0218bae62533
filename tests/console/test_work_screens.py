"""The daily flows beyond the acceptance journey, each on its own work screen: an upward report from
draft to dispatch with its 发文字号 and 签发人 in the header block; a visitor and a petition with its
statutory clocks; a car requested and dispatched; a seal requested, approved and used."""

from __future__ import annotations

from datetime import timedelta

from tests.console.conftest import office_today


def test_an_upward_report_from_draft_to_dispatch_shows_its_number_and_signer(sign_in):
    title = "关于冬季安全生产大检查情况的报告（浏览器测试）"
    drafter = sign_in("chen")
    drafter.go("outgoing")
    drafter.act(
        "draft",
        title=title,
        doc_type="报告",
        direction="上行文",
        other_recipients="市人民政府",
        body="市人民政府：\n一、检查情况",
    )
    drafter.page.wait_for_selector(f"[data-screen=outgoing] h1:has-text('{title}')")
    shown = drafter.page.locator("[data-field=body] p")
    assert shown.all_inner_texts() == ["市人民政府：", "一、检查情况"], "the 正文 as its paragraphs, numbered"
    document_url = drafter.page.url

    director = sign_in("feng")
    director.page.goto(document_url)
    director.act("edit", body="市人民政府：\n一、检查情况\n二、整改要求", note="补充整改要求")
    redline = director.page.locator("[data-redline] p")
    assert redline.all_inner_texts() == ["市人民政府：", "一、检查情况", "二、整改要求"]
    assert director.page.locator("[data-redline] [data-mark=inserted] ins").inner_text() == "二、整改要求"
    director.act("approve", opinion="同意，请县长签发。")

    leader = sign_in("luo")  # a 上行文 is signed by the principal leader
    leader.page.goto(document_url)
    leader.act("sign", opinion="同意上报")

    clerk = sign_in("shen")
    clerk.page.goto(document_url)
    clerk.act("recheck", note="格式无误")
    clerk.act("register", code="县府办发", copies="2")
    preview = clerk.page.locator("[data-preview=gbt9704]")
    number = preview.locator("[data-field=number]").inner_text()
    assert number.startswith("县府办发〔") and number.endswith("号")
    assert preview.locator("[data-field=signer]").inner_text() == "签发人：罗县长", (
        "a 上行文 shows its 签发人"
    )
    assert preview.locator(".numline.upward").count() == 1, "number left, 签发人 right"
    clerk.act("print")
    clerk.act("dispatch")
    clerk.page.wait_for_selector("[data-screen=outgoing] h1 .tag:has-text('已核发')")
    clerk.shot("20-upward-report-dispatched")
    # 起草, 审核, 签发, 复核, 编号, 印制, 核发, 全部核发: waited for, as the screen redraws the history.
    clerk.page.locator("[data-history] li").nth(7).wait_for()
    for desk in (drafter, director, leader, clerk):
        assert not desk.requests.outside() and not desk.errors


def test_a_visitor_a_petition_with_its_clocks_a_car_and_a_seal(sign_in):
    reception = sign_in("zheng")
    reception.go("reception")
    reception.act(
        "visit",
        name="李建国",
        organisation="市应急管理局",
        host_department="office.affairs",
        host_person="wu",
        day=office_today().isoformat(),
        time="15:00",
        purpose="冬季安全检查对接",
    )
    reception.act("arrive", badge="C-07")
    reception.page.wait_for_selector("[data-screen=visit] h1 .tag:has-text('在楼')")
    reception.shot("21-visitor-in-building")

    petitions = sign_in("wang")
    petitions.go("reception")
    petitions.act(
        "petition",
        name="刘桂兰",
        channel="visit",
        received_on=office_today().isoformat(),
        content="反映小区冬季供暖温度不达标，请协调处理。",
    )
    clocks = petitions.page.locator("[data-clocks] tbody tr")
    clocks.first.wait_for()
    assert clocks.count() >= 1 and "15" in clocks.first.inner_text(), "the 15-day routing clock runs"
    petitions.shot("22-petition-clocks")

    staff = sign_in("chen")
    staff.go("reception")
    staff.act(
        "trip",
        destination="市财政局",
        purpose="汇报供暖补贴",
        day=(office_today() + timedelta(days=1)).isoformat(),
        start="09:00",
        end="12:00",
    )
    trip_url = staff.page.url
    staff.go("reception")
    staff.act(
        "seal",
        seal_id="seal-demo-office",
        document="县财函〔2026〕12号",
        reason="报送供暖补贴方案",
        impressions="2",
    )
    seal_url = staff.page.url

    director = sign_in("feng")
    director.page.goto(trip_url)
    director.act("approve")
    director.page.goto(seal_url)
    director.act("approve")

    dispatcher = sign_in("wu")
    dispatcher.page.goto(trip_url)
    dispatcher.act("dispatch", vehicle_id="vehicle-demo-3")
    dispatcher.page.wait_for_selector("[data-screen=trip] h1 .tag:has-text('已派车')")
    dispatcher.shot("23-car-dispatched")
    dispatcher.page.goto(seal_url)
    dispatcher.act("use", impressions="2")
    dispatcher.page.wait_for_selector("[data-screen=seal] dd:has-text('2/2')")
    dispatcher.shot("24-seal-used")
    for desk in (reception, petitions, staff, director, dispatcher):
        assert not desk.requests.outside() and not desk.errors


def test_a_county_leader_approves_a_petitions_extension_and_the_office_tells_the_petitioner(sign_in):
    """《信访工作条例》§34: the demo's petition near its deadline has an extension asked; the approval
    is 方副县长's own step on the petition's screen, and the petitions office then tells the petitioner."""
    leader = sign_in("fang")
    leader.go("petition/petition-demo-3")
    leader.page.wait_for_selector("[data-screen=petition] dd:has-text('待负责人批准')")
    leader.act("extension-approve")
    leader.page.wait_for_selector("[data-screen=petition] dd:has-text('已批准')")
    leader.shot("25-petition-extension-approved")

    petitions = sign_in("wang")
    petitions.go("petition/petition-demo-3")
    assert petitions.page.locator("form[data-form=extension-approve]").count() == 0, (
        "only the leader approves"
    )
    petitions.act("extension-notice")
    petitions.page.wait_for_selector("[data-screen=petition] dd:has-text('已告知信访人')")
    for desk in (leader, petitions):
        assert not desk.requests.outside() and not desk.errors
