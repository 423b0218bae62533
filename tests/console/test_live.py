"""实时推送 in the browser: a console left open on the desk shows new work the moment it exists, and
the unread badge counts the notice that came with it — nobody presses refresh (issue 22's acceptance:
a 批示 naming 财政局 reaches chen's open console without a reload)."""

from __future__ import annotations

from datetime import timedelta

from tests.console.conftest import office_today

LIVE_WAIT_MS = 15_000  # what a broken push would hang for; the page is not reloaded meanwhile


def test_a_task_from_a_leaders_instruction_appears_on_the_open_desk_and_in_the_unread_badge(sign_in):
    title = "关于做好春节前农民工工资支付工作的通知（实时推送测试）"
    finance = sign_in("chen")  # 财政局: the desk stays open from here on
    finance.page.evaluate("window.__notReloaded = true")
    badge_before = finance.page.locator("#unread").inner_text() or "0"

    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.act(
        "sign-for",
        title=title,
        sender="市人力资源和社会保障局",
        sender_number="市人社发〔2026〕9号",
        copies="1",
    )
    clerk.page.wait_for_selector("[data-screen=incoming] form[data-form=register]")
    document_url = clerk.page.url
    clerk.act("register")
    clerk.act("accept", handling="批办件")
    director = sign_in("feng")
    director.page.goto(document_url)
    director.act("propose", opinion="建议请方副县长阅示，财政局牵头。")
    leader = sign_in("fang")
    leader.page.goto(document_url)
    leader.act(
        "instruct",
        instruction="请财政局牵头，春节前全面结清。",
        lead_department="finance",
        deadline=(office_today() + timedelta(days=20)).isoformat(),
    )

    finance.page.wait_for_selector(
        f"[data-screen=desk] [data-desk] li[data-item^='supervision/'] a:has-text('{title}')",
        timeout=LIVE_WAIT_MS,
    )
    assert finance.page.evaluate("window.__notReloaded === true"), "the desk was redrawn, not reloaded"
    finance.page.wait_for_function(
        "before => { const b = document.getElementById('unread'); "
        "return !b.hidden && Number(b.textContent) > before; }",
        arg=int(badge_before),
        timeout=LIVE_WAIT_MS,
    )
    finance.shot("live-01-desk-updated-by-itself")

    finance.page.click("#inbox")
    finance.page.wait_for_selector("[data-screen=notices] [data-notices] li.unread")
    newest = finance.page.locator("[data-notices] li.unread a").first
    link = newest.get_attribute("href") or ""
    assert "#/" in link, link
    screen = link.split("#/")[1].split("/")[0]  # the deep link: the screen to act on
    newest.click()
    finance.page.wait_for_selector(f"[data-screen={screen}]")
    finance.shot("live-02-notice-opens-the-task")
    for desk in (finance, clerk, director, leader):
        assert not desk.errors, desk.errors
        assert not desk.requests.outside(), desk.requests.outside()


def test_a_change_never_redraws_a_form_someone_is_typing_in_it_says_so_instead(sign_in):
    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.page.fill("form[data-form=sign-for] [name=title]", "正在填写的来文标题")
    other = sign_in("li")  # another clerk signs for a document: the list changes under shen's hands
    other.go("incoming")
    other.act(
        "sign-for",
        title="另一份来文（实时推送测试）",
        sender="市财政局",
        sender_number="市财发〔2026〕3号",
        copies="1",
    )
    clerk.page.wait_for_selector("[data-live-changed]", timeout=LIVE_WAIT_MS)
    assert clerk.page.input_value("form[data-form=sign-for] [name=title]") == "正在填写的来文标题"
    clerk.page.click("[data-live-changed] button")
    clerk.page.wait_for_selector("[data-screen=incoming] :text('另一份来文（实时推送测试）')")
