"""值班 · 突发事件信息报送 on screen: the 值班员 takes an incident and drafts its 电话初报, the 带班领导
approves it and only then may it go up; a report past its time goes up only with its 迟报原因; a
leader's 批示 opens a supervision task; and a 内部 incident stays out of an uninvolved department's list."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")


def _learned(minutes_ago: int) -> str:
    """A 获悉时间 as the form's datetime-local field takes it: Beijing's wall clock."""
    return (datetime.now(BEIJING) - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M")


def _incident_row(desk, title: str):
    return desk.page.locator(f"[data-incidents] tr:has([data-incident='{title}'])")


def test_a_phone_report_is_approved_by_the_leader_on_call_before_it_goes_up_and_an_instruction_opens_a_task(
    sign_in,
):
    title = "城东水库泄洪道塌方（浏览器测试）"
    officer = sign_in("li")
    officer.go("duty")
    officer.act(
        "report-incident",
        title=title,
        level="较大",
        category="自然灾害",
        place="城东水库",
        learned_at=_learned(5),
        injured="1",
        measures="已封闭下游道路",
    )
    officer.page.wait_for_selector(f"[data-screen=incident] h1:has-text('{title}')")
    incident_url = officer.page.url
    assert officer.page.locator("[data-screen=incident] h1 .light.green").count() == 1, (
        "a 较大 incident's 电话初报 is due in 30 minutes: green"
    )
    assert "内部" in officer.page.locator("[data-screen=incident] h1").inner_text(), "内部 by default"
    assert not officer.page.locator("form[data-form=approve-1]").count()
    officer.act("draft", kind="phone", text="城东水库泄洪道塌方，1人受伤，下游道路已封闭")
    drafted = officer.page.locator("[data-reports] [data-stage=drafted]")
    assert drafted.inner_text() == "待带班领导审核"
    assert not officer.page.locator("form[data-form=submit-1]").count(), "nothing goes up unapproved"
    assert "待审核 1" in officer.page.locator("[data-screen=incident] h1").inner_text()

    leader_on_call = sign_in("yang")
    leader_on_call.page.goto(incident_url)
    assert not leader_on_call.page.locator("form[data-form=draft]").count(), "拟稿 is the 值班员's"
    leader_on_call.act("approve-1")
    assert (
        leader_on_call.page.locator("[data-reports] [data-stage=approved]").inner_text() == "已审核，待报送"
    )
    assert leader_on_call.page.locator("[data-reports] td:has-text('杨副主任')").count() == 1

    officer.page.reload()
    officer.page.wait_for_selector("form[data-form=submit-1]")
    assert not officer.page.locator("form[data-form=submit-1] [name=late_reason]").count(), "in time"
    officer.act("submit-1")
    assert officer.page.locator("[data-reports] [data-stage=submitted]").inner_text() == "已报送"
    assert officer.page.locator("[data-screen=incident] h1 .light.green").count() == 1, (
        "the 书面报告's clock still runs"
    )
    officer.go("duty")
    row = _incident_row(officer, title)
    assert "较大" in row.inner_text() and row.locator(".light.green").count() == 1
    assert not row.locator("[data-badge=awaiting]").count()
    officer.shot("40-incident-phone-report-up")

    county_head = sign_in("luo")
    county_head.page.goto(incident_url)
    county_head.act(
        "instruct-1", instruction="请农业农村局立即组织排查下游农田受灾情况", lead_department="agriculture"
    )
    instructions = county_head.page.locator("[data-instructions] tbody tr")
    assert "罗县长" in instructions.inner_text() and "农业农村局" in instructions.inner_text()
    county_head.page.locator("[data-history] li").nth(4).wait_for()
    steps = county_head.page.locator("[data-history] li strong").all_inner_texts()
    assert steps == ["接报", "拟稿", "带班领导审核", "报送", "领导批示"], steps
    county_head.shot("42-incident-instructed")

    office = sign_in("feng")
    office.wait_for_after_refresh("supervision", f"[data-board=tasks] a:has-text('{title}')")
    office.page.locator(f"[data-board=tasks] a:has-text('{title}')").click()
    office.page.wait_for_selector("[data-screen=task] dd:has-text('农业农村局')")
    assert office.page.locator("[data-screen=task] dd a[href^='#/incident/']").inner_text() == "突发事件批示"
    for desk in (officer, leader_on_call, county_head, office):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_a_late_written_report_asks_for_its_reason_and_a_wrong_step_is_refused_in_words(sign_in):
    title = "南山林区小面积山火（浏览器测试）"
    officer = sign_in("li")
    officer.go("duty")
    officer.act(
        "report-incident",
        title=title,
        level="一般",
        category="自然灾害",
        place="南山林区",
        learned_at=_learned(150),
    )
    officer.page.wait_for_selector(f"[data-screen=incident] h1:has-text('{title}')")
    incident_url = officer.page.url
    assert officer.page.locator("[data-screen=incident] h1 .light.red").count() == 1, (
        "a 一般 incident's 书面报告 is due two hours after it was learned of: past, red"
    )
    officer.act("draft", redraw=False, kind="phone", text="南山林区起火")
    refusal = officer.page.locator("form[data-form=draft] + .status .problem")
    refusal.wait_for()
    assert "一般突发事件无需电话初报，请直接书面报告" in refusal.inner_text(), refusal.inner_text()
    officer.act("draft", kind="written", text="南山林区起火约2亩，已扑灭，无人员伤亡")

    leader_on_call = sign_in("yang")
    leader_on_call.page.goto(incident_url)
    leader_on_call.act("approve-1")

    officer.page.reload()
    reason = officer.page.locator("form[data-form=submit-1] [name=late_reason]")
    reason.wait_for()
    assert "迟报原因" in officer.page.locator("form[data-form=submit-1]").inner_text()
    officer.act("submit-1", late_reason="林区无信号，现场核实耗时")
    late = officer.page.locator("[data-reports] [data-late]")
    assert "迟报" in late.inner_text() and "林区无信号，现场核实耗时" in late.inner_text()
    officer.go("duty")
    assert _incident_row(officer, title).locator("[data-badge=late]").inner_text() == "迟报"
    officer.shot("41-incident-late-written-report")
    for desk in (officer, leader_on_call):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_a_department_not_involved_does_not_see_an_internal_incident(sign_in):
    title = "县看守所周边群体性聚集（浏览器测试）"
    officer = sign_in("li")
    officer.go("duty")
    officer.act(
        "report-incident",
        title=title,
        level="较大",
        category="社会安全事件",
        place="县看守所",
        learned_at=_learned(2),
        departments_involved=["agriculture"],
    )
    officer.page.wait_for_selector(f"[data-screen=incident] h1:has-text('{title}')")
    incident_url = officer.page.url

    finance = sign_in("chen")
    finance.go("duty")
    listed = finance.page.locator("[data-incidents]").inner_text()
    assert "G318国道三车追尾事故" in listed, "a circulated incident is everyone's"
    assert title not in listed and "城关镇化工厂仓库火灾" not in listed, "内部: need to know only"
    # The duty board counts what its reader may see: the circulated 一般 accident, no 内部 较大 one.
    finance.wait_for_after_refresh("duty", "[data-board=by-level] td:has-text('一般')")
    assert "较大" not in finance.page.locator("[data-board=by-level]").inner_text()
    finance.page.goto(incident_url)
    finance.page.wait_for_selector("#view .problem")
    assert title not in finance.page.locator("#view").inner_text()
    for desk in (officer, finance):
        assert not desk.requests.outside() and not desk.errors, desk.errors
