"""值班表、交接班和值班记录 on screen (docs/rules.md §7), on the demo county's duty week: the 值班员 logs a
call and finds it in the day's log; the shift on duty hands over with its open items and the next day's
shift acknowledges it; a swap asked for stands once the office director approves it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")


def _today() -> str:
    return datetime.now(BEIJING).date().isoformat()


def _tomorrow() -> str:
    return (datetime.now(BEIJING).date() + timedelta(days=1)).isoformat()


def test_the_duty_officer_logs_a_call_and_finds_it_in_the_days_log(sign_in):
    caller = "县应急局值班室（浏览器测试）"
    officer = sign_in("li")
    officer.go("roster")
    officer.act(
        "log-call",
        caller=caller,
        organisation="县应急局",
        said="气象台发布暴雨黄色预警",
        done="已转告带班领导，通知各乡镇做好防范",
        told=["yang"],
    )
    row = officer.page.locator(f"[data-log] tr:has([data-caller='{caller}'])")
    row.wait_for()
    assert "县应急局" in row.inner_text() and "杨副主任" in row.inner_text()
    assert "已转告带班领导" in row.inner_text()
    logged = officer.call("GET", f"/api/duty/duty-log?date={_today()}&limit=100")["items"]
    assert [e["told"] for e in logged if e["caller"] == caller] == [["yang"]]
    officer.shot("50-duty-log-call")

    petitions = sign_in("wang")  # 信访局, not told: the call is not in its list
    petitions.go("roster")
    assert not petitions.page.locator(f"[data-caller='{caller}']").count()
    for desk in (officer, petitions):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_the_shift_hands_over_its_open_items_and_the_incoming_shift_acknowledges(sign_in):
    leader = sign_in("yang")  # 杨副主任, the leader on call every day of the demo week
    leader.go("roster")
    leader.act("hand-over", open_items="化工厂火灾续报待报\n群众来电待回复")
    handover = leader.page.locator(f"[data-handover='{_today()}']")
    assert "化工厂火灾续报待报" in handover.inner_text() and "群众来电待回复" in handover.inner_text()
    assert handover.locator("[data-unacknowledged]").count() == 1

    [week] = leader.call("GET", f"/api/duty/rosters?from={_tomorrow()}&to={_tomorrow()}")
    incoming = sign_in(week["days"][0]["officers"][0])  # tomorrow's 值班员
    incoming.go("roster")
    incoming.act(f"acknowledge-{_today()}")
    taken = incoming.page.locator(f"[data-handover='{_today()}'] [data-acknowledged]")
    assert taken.count() == 1, incoming.page.locator("[data-handovers]").inner_text()
    [listed] = [h for h in incoming.call("GET", f"/api/duty/handovers?date={_today()}")]
    assert listed["acknowledged_by"] == incoming.person
    incoming.shot("51-handover-acknowledged")
    for desk in (leader, incoming):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_a_swap_asked_for_stands_once_the_office_director_approves_it(sign_in):
    officer = sign_in("li")
    officer.go("roster")
    day = officer.page.locator("form[data-form=swap] [name=day] option").first.get_attribute("value")
    officer.act("swap", day=day, substitute="shen", reason="外出培训")
    swap = officer.page.locator(f"[data-week] tr:has([data-day='{day}']) [data-swap-state]")
    assert swap.get_attribute("data-swap-state") == "asked"
    assert not officer.page.locator("form[data-form^=approve-swap]").count(), "approval is the director's"

    director = sign_in("feng")
    director.go("roster")
    [form] = director.page.locator(f"form[data-form^='approve-swap-{day}-']").all()
    director.act(form.get_attribute("data-form"))
    row = director.page.locator(f"[data-week] tr:has([data-day='{day}'])")
    assert row.locator("[data-swap-state]").get_attribute("data-swap-state") == "approved"
    assert "沈秘书" in row.locator("[data-officers]").inner_text()
    assert "李文书" not in row.locator("[data-officers]").inner_text()
    director.shot("52-swap-approved")
    for desk in (officer, director):
        assert not desk.requests.outside() and not desk.errors, desk.errors
