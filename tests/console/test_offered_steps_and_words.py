"""What acceptance testing found on screen: a person is offered only the steps their roles may take;
each object's steps are named in the office's own words (a petition is 受理, a car 归还); the
history says a 批示 once; and in English the desk's detail lines are English."""

from __future__ import annotations

from datetime import timedelta

from tests.console.conftest import CJK, office_today


def test_each_person_is_offered_only_the_steps_their_roles_may_take(sign_in):
    title = "关于春节前安全生产大检查的通知（浏览器测试）"
    instruction = "请应急管理局牵头，春节前完成检查。"
    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.act("sign-for", title=title, sender="市应急管理局", sender_number="市应急发〔2026〕9号")
    document_url = clerk.page.url
    clerk.act("register")
    clerk.act("accept", handling="批办件")
    clerk.page.wait_for_selector("text=县府办收〔")
    assert not clerk.page.locator("form[data-form=propose]").count(), "拟办 is the office director's"

    director = sign_in("feng")
    director.page.goto(document_url)
    director.act("propose", opinion="建议请罗县长阅示。")

    leader = sign_in("luo")
    leader.page.goto(document_url)
    leader.page.wait_for_selector("form[data-form=instruct]")
    leader.act(
        "instruct",
        instruction=instruction,
        lead_department="finance",
        deadline=(office_today() + timedelta(days=20)).isoformat(),
    )
    leader.page.wait_for_selector(f"[data-history] li:has-text('{instruction}')")
    assert not leader.page.locator("form[data-form=circulate]").count(), "传阅 is the clerk's"
    assert not leader.page.locator("form[data-form=urge]").count()
    instructed = leader.page.locator(f"[data-history] li:has-text('{instruction}')").inner_text()
    assert instructed.count(instruction) == 1, instructed

    clerk.page.reload()
    clerk.page.wait_for_selector("form[data-form=circulate]")
    for desk in (clerk, director, leader):
        assert not desk.errors, desk.errors


def test_a_petition_is_accepted_and_a_car_returned_in_their_own_words(sign_in):
    director = sign_in("feng")
    director.go("petition/petition-demo-2")
    director.page.wait_for_selector("[data-history] li")
    steps = director.page.locator("[data-history]").inner_text()
    assert "受理" in steps and "初审" not in steps, steps
    # the 督办 task opened for it is named as supervised, not by its task id
    director.wait_for_after_refresh(
        "petition/petition-demo-2", "[data-screen=petition] dd a[href^='#/task/']"
    )
    task_link = director.page.locator("[data-screen=petition] dd a[href^='#/task/']").inner_text()
    assert task_link == "督办中", task_link

    director.go("petition/petition-demo-6")
    director.page.wait_for_selector("[data-history] li")
    assert "请求复查" in director.page.locator("[data-history]").inner_text()

    director.go("trip/trip-demo-3")
    director.page.wait_for_selector("[data-history] li")
    assert director.page.locator("[data-screen=trip] h1 .tag").inner_text() == "已归还"
    steps = director.page.locator("[data-history]").inner_text()
    assert "归还" in steps and "派车" in steps, steps
    assert "核发" not in steps and "退回" not in steps, steps

    director.go("reception")
    channels = director.page.locator("form[data-form=petition] select[name=channel]").inner_text()
    assert "来信" in channels and "letter" not in channels, channels


def test_the_desk_detail_lines_follow_the_language(sign_in):
    clerk = sign_in("shen")
    details = clerk.page.locator("[data-desk] [data-detail]")
    assert details.count(), "shen's desk has work in the demo"
    assert not any(
        CJK.search(line) and any(word in line for word in (" countersign", " preliminary review", " sign"))
        for line in details.all_inner_texts()
    ), details.all_inner_texts()
    clerk.page.click("#lang")
    clerk.page.wait_for_selector("[data-nav=desk]:has-text('My desk')")
    clerk.go("desk")
    lines = clerk.page.locator("[data-desk] [data-detail]").all_inner_texts()
    office_words = (
        "印制、核发",
        "会签",
        "签发",
        "初审",
        "传阅",
        "复核",
        "批示",
        "拟办意见",
        "签收督办事项",
        "用印",
    )
    assert not [line for line in lines if any(word in line for word in office_words)], lines
    assert any(not CJK.search(line) for line in lines), lines


def test_a_rider_whose_car_went_elsewhere_reads_the_cars_free_by_their_plates(sign_in):
    tomorrow = (office_today() + timedelta(days=1)).isoformat()
    rider, other, director, dispatcher = sign_in("luo"), sign_in("fang"), sign_in("feng"), sign_in("wu")
    promised = rider.call(
        "POST",
        "/api/reception/trips",
        {
            "destination": "市委",
            "purpose": "汇报",
            "starts_at": f"{tomorrow}T13:00:00+08:00",
            "ends_at": f"{tomorrow}T17:00:00+08:00",
        },
    )["id"]
    urgent = other.call(
        "POST",
        "/api/reception/trips",
        {
            "destination": "省城",
            "purpose": "急件",
            "starts_at": f"{tomorrow}T14:00:00+08:00",
            "ends_at": f"{tomorrow}T16:00:00+08:00",
        },
    )["id"]
    for trip in (promised, urgent):
        director.call("POST", f"/api/reception/trips/{trip}/approve", {})
    dispatcher.call("POST", f"/api/reception/trips/{promised}/dispatch", {"vehicle_id": "vehicle-demo-1"})
    dispatcher.call(
        "POST",
        f"/api/reception/trips/{urgent}/dispatch",
        {"vehicle_id": "vehicle-demo-1", "reassign_from": promised, "reason": "副县长急用"},
    )
    rider.wait_for_after_refresh("desk", f"[data-desk] li[data-item='reception/{promised}'] [data-detail]")
    details = rider.page.locator(
        f"[data-desk] li[data-item='reception/{promised}'] [data-detail]"
    ).all_inner_texts()
    assert any("可选车辆" in line and "F·0000" in line for line in details), details
    assert not any("vehicle-" in line for line in details), details
