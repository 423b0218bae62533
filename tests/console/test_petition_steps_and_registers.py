"""The petition's steps after routing and the front desk's registers, each done on its screen by the
person whose step it is: a department's objection (异议) sends the petition back to be routed again;
a 复查 is asked, heard (听证) and decided, and then a 复核 may be asked; a walk-in visitor is signed
in, a car added to the pool and a seal taken into keeping."""

from __future__ import annotations

from tests.console.conftest import office_today


def test_an_objection_sends_the_petition_back_to_be_routed_again(sign_in):
    petitions = sign_in("wang")
    petitions.go("reception")
    petitions.act(
        "petition",
        name="周秀英",
        channel="letter",
        received_on=office_today().isoformat(),
        content="反映村道路灯损坏，夜间出行不便。",
    )
    petitions.act("route", to_department="finance")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('已转送')")
    petitions.act("object", reason="路灯维护属住建部门职权，不属本局职权范围")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('已提出异议')")
    screen = petitions.page.locator("[data-screen=petition]")
    assert screen.locator("dd:has-text('路灯维护属住建部门职权')").count() == 1, "the objection's reason"
    screen.locator("[data-history] li:has-text('提出异议')").wait_for()
    assert "不予受理" not in screen.locator("[data-history]").inner_text(), "an objection is not a refusal"
    assert screen.locator("form[data-form=route]").count() == 1, "routed again, to the right body"
    assert screen.locator("form[data-form=object]").count() == 0
    petitions.shot("26-petition-objected")

    petition_id = petitions.page.url.rsplit("/", 1)[1]
    held = petitions.call("GET", f"/api/reception/petitions/{petition_id}")
    assert held["stage"] == "objected"
    assert held["objection"] == "路灯维护属住建部门职权，不属本局职权范围"
    assert not petitions.requests.outside() and not petitions.errors


def test_a_review_is_asked_heard_and_decided_and_then_a_second_review_is_offered(sign_in):
    """《信访工作条例》§35: the demo's replied petition; 复查 after the reply, 复核 after the 复查."""
    today = office_today().isoformat()
    petitions = sign_in("wang")
    petitions.go("petition/petition-demo-5")
    screen = petitions.page.locator("[data-screen=petition]")
    assert "请求复查" in screen.locator("form[data-form=review-request]").inner_text()
    petitions.act("review-request", grounds="对施工时间的答复不服，请求复查")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('复查中')")

    # A hearing that ends before it begins is refused in words, not codes.
    petitions.act("hearing", redraw=False, from_on=today, to_on="2020-01-01")
    refusal = petitions.page.locator("form[data-form=hearing] ~ .status [role=alert]")
    refusal.filter(has_text="早于").wait_for()
    assert "date_before_previous_step" not in refusal.inner_text()

    petitions.act("hearing", from_on=today, to_on=today)
    petitions.act("review-decision", outcome="upheld", opinion="原答复事实清楚，维持原处理意见。")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('已复查')")
    assert screen.locator("dd:has-text('维持原处理意见')").count() == 1, "the 复查 opinion"
    steps = screen.locator("[data-history]")
    steps.locator("li:has-text('复查意见')").wait_for()
    assert "请求复查" in steps.inner_text() and "听证" in steps.inner_text()
    assert "请求复核" in screen.locator("form[data-form=review-request]").inner_text(), "复核 comes next"
    assert screen.locator("form[data-form=review-decision]").count() == 0
    petitions.shot("27-petition-reviewed")

    held = petitions.call("GET", "/api/reception/petitions/petition-demo-5")
    assert held["stage"] == "reviewed"
    assert held["review_opinion"] == "原答复事实清楚，维持原处理意见。"

    petitions.act("review-request", grounds="对复查意见不服，请求复核")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('复核中')")
    assert "复核意见" in screen.locator("form[data-form=review-decision]").inner_text()
    petitions.act("review-decision", outcome="upheld", opinion="复查意见正确，予以维持。")
    petitions.page.wait_for_selector("[data-screen=petition] h1 .tag:has-text('已复核，终结')")
    steps.locator("li:has-text('复核意见')").wait_for()
    assert screen.locator("form[data-form=review-request], form[data-form=hearing]").count() == 0, (
        "after 复核 the same facts are not reviewed again"
    )
    assert petitions.call("GET", "/api/reception/petitions/petition-demo-5")["stage"] == "final"
    assert not petitions.requests.outside() and not petitions.errors


def test_the_front_desk_signs_in_a_walk_in_and_the_pool_registers_a_car_and_a_seal(sign_in):
    reception = sign_in("zheng")
    reception.go("reception")
    assert reception.page.locator("form[data-form=vehicle], form[data-form=seal-register]").count() == 0, (
        "the cars and seals are registered by their keepers"
    )
    reception.act(
        "walk-in",
        name="赵志强",
        organisation="县供电公司",
        host_department="office.affairs",
        host_person="wu",
        purpose="协调停电检修通知",
        badge="C-12",
    )
    reception.page.wait_for_selector("[data-screen=visit] h1 .tag:has-text('在楼')")
    assert reception.page.locator("[data-screen=visit] dd:has-text('C-12')").count() == 1
    visit = reception.call("GET", f"/api/reception/visits/{reception.page.url.rsplit('/', 1)[1]}")
    assert visit["stage"] == "in_building" and visit["badge"] == "C-12"
    reception.shot("28-walk-in-signed-in")

    keeper = sign_in("wu")  # 车辆调度 and 监印人
    keeper.go("reception")
    assert keeper.page.locator("form[data-form=walk-in]").count() == 0, "walk-ins are the front desk's"
    keeper.act("vehicle", plate="冀F·D0866", model="比亚迪 汉", seats="5")
    keeper.page.wait_for_selector("[data-vehicles] td:has-text('冀F·D0866')")
    keeper.act("seal-register", name="F县人民政府办公室合同专用章", kind="合同专用章")
    keeper.page.wait_for_selector("[data-seals] td:has-text('F县人民政府办公室合同专用章')")
    choices = keeper.page.locator("form[data-form=seal] select[name=seal_id]").inner_text()
    assert "F县人民政府办公室合同专用章" in choices, "the new seal may be asked for"
    keeper.shot("29-car-and-seal-registered")

    cars = keeper.call("GET", "/api/reception/vehicles")["items"]
    assert {"plate": "冀F·D0866", "model": "比亚迪 汉", "seats": 5} in [
        {k: car[k] for k in ("plate", "model", "seats")} for car in cars
    ]
    seals = keeper.call("GET", "/api/reception/seals")["items"]
    assert {"name": "F县人民政府办公室合同专用章", "kind": "合同专用章"} in [
        {k: seal[k] for k in ("name", "kind")} for seal in seals
    ]
    for desk in (reception, keeper):
        assert not desk.requests.outside() and not desk.errors
