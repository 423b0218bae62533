"""值班与信息看板 on screen: the office director sees who is on duty now and next — the demo's 杨副主任
on call and today's 值班员, with yesterday's handover still waiting on them — and a leader sees a
department's piece adopted into 《政务信息》 and the department scored for it."""

from __future__ import annotations

NAMES = {"li": "李文书", "tang": "唐机要"}  # the demo's 值班员


def test_the_boards_show_who_is_on_duty_and_an_adopted_piece_scoring_for_its_department(sign_in):
    director = sign_in("feng")
    director.go("duty-boards")
    now = director.page.locator("[data-board=on-duty] [data-shift]").first
    # today's shift as the duty service's own roster has it (who is on depends on the weekday: a
    # day off gets two officers, which moves the turn)
    roster = director.call("GET", "/api/dashboards/on-duty")["now"]["roster"]
    today = now.get_attribute("data-shift")
    planned = next(
        s for s in director.call("GET", f"/api/duty/rosters/{roster}")["shifts"] if s["day"] == today
    )
    assert planned["leaders"] == ["yang"] and now.locator("[data-role=leaders]").inner_text() == "杨副主任"
    officers = "、".join(NAMES[person] for person in planned["officers"])
    assert now.locator("[data-role=officers]").inner_text() == officers
    handover = now.locator("[data-handover]")
    assert handover.get_attribute("data-handover") in ("waiting", "overdue"), "nobody acknowledged it"
    assert "城关镇化工厂仓库火灾续报待报" in handover.inner_text()

    title = "县财政压减一般性支出（浏览器测试）"
    piece = sign_in("chen").call("POST", "/api/duty/information", {"title": title, "text": "具体情况如下。"})
    sign_in("shen").call(
        "POST", "/api/duty/information/issues", {"publication": "zhengwu", "pieces": [piece["id"]]}
    )

    leader = sign_in("fang")
    leader.wait_for_after_refresh("duty-boards", f"[data-issues] td:has-text('{title}')")
    issue = leader.page.locator(f"[data-issues] tr:has(td:has-text('{title}'))")
    assert "《政务信息》" in issue.inner_text() and "县财政局" in issue.inner_text()
    month = leader.page.locator("[data-board=information] [data-ranking$='月']")
    assert month.locator("tr:has-text('县财政局')").count() == 1
    assert "本级采用" in month.locator("tr:has-text('县财政局')").inner_text()

    outsider = sign_in("zhao")  # 教育局: neither the roster nor the piece is theirs
    outsider.go("duty-boards")
    assert outsider.page.locator("[data-board=on-duty] [data-gap=true]").count() == 2
    assert title not in outsider.page.locator("[data-board=information]").inner_text()
