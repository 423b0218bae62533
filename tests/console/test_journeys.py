"""The office's day in a real browser, as the issue's acceptance tells it: a clerk signs for,
registers and routes a document; the leader gives a 批示 naming a lead department; that department
finds the resulting supervision task on its desk and on the board. A meeting is booked, an invitee
asks for leave, the chair sees it. All in Chinese, with the English switch, at desk and phone width,
and not one request leaves the suite's own address."""

from __future__ import annotations

from datetime import timedelta

from tests.console.conftest import CJK, office_today


def test_a_document_goes_from_the_clerk_to_the_leader_to_the_lead_department(sign_in):
    title = "关于做好冬季供暖保障工作的通知（浏览器测试）"
    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.act(
        "sign-for", title=title, sender="市住房和城乡建设局", sender_number="市建发〔2026〕31号", copies="2"
    )
    clerk.page.wait_for_selector("[data-screen=incoming] form[data-form=register]")
    document_url = clerk.page.url
    clerk.shot("01-clerk-signed-for")
    clerk.act("register")
    clerk.act("accept", handling="批办件")
    clerk.page.wait_for_selector("text=县府办收〔")
    clerk.shot("02-clerk-registered-and-accepted")
    # The history shows 签收, 登记, 初审: waited for, since the screen redraws it as the steps arrive.
    clerk.page.locator("[data-history] li").nth(2).wait_for()

    director = sign_in("feng")
    director.page.goto(document_url)
    director.act("propose", opinion="建议请方副县长阅示，财政局牵头办理。")

    leader = sign_in("fang")
    leader.go("desk")
    leader.page.click(f"[data-desk] a:has-text('{title}')")
    leader.act(
        "instruct",
        instruction="请财政局牵头，十二月底前落实供暖补贴资金。",
        lead_department="finance",
        deadline=(office_today() + timedelta(days=30)).isoformat(),
    )
    leader.page.wait_for_selector("text=请财政局牵头，十二月底前落实供暖补贴资金。")
    leader.shot("03-leader-instructed")

    finance = sign_in("chen")
    finance.wait_for_after_refresh("desk", f"[data-desk] li[data-item^='supervision/'] a:has-text('{title}')")
    finance.shot("04-finance-desk")
    finance.wait_for_after_refresh(
        "supervision?department=finance", f"[data-board=tasks] a:has-text('{title}')"
    )
    finance.shot("05-finance-board")
    finance.page.click(f"[data-board=tasks] a:has-text('{title}')")
    finance.act("acknowledge")
    finance.act("progress", text="已拟定补贴发放方案。", percent="30")
    finance.page.wait_for_selector("[data-history] li:has-text('30%')")
    finance.shot("06-finance-task-progress")

    for desk in (clerk, director, leader, finance):
        assert not desk.requests.outside(), desk.requests.outside()
        assert not desk.errors, desk.errors


def test_a_meeting_is_booked_an_invitee_asks_for_leave_and_the_chair_sees_it(sign_in):
    title = "冬季供暖保障协调会（浏览器测试）"
    # The Tuesday after next: the demo office's meetings fill this week and next Tuesday morning (on a
    # Monday, three days on was Thursday afternoon, when the demo holds the second room)
    day = office_today() + timedelta(days=15 - office_today().weekday())
    organiser = sign_in("shen")
    organiser.go("meetings")
    organiser.act(
        "schedule",
        title=title,
        kind="协调会",
        chair="feng",
        room_id="room-second",
        day=day.isoformat(),
        start="15:00",
        end="16:00",
        invitees=["chen", "zhou"],
    )
    organiser.page.wait_for_selector(f"[data-screen=meeting] h1:has-text('{title}')")
    meeting_url = organiser.page.url
    organiser.shot("07-meeting-scheduled")

    invitee = sign_in("chen")
    invitee.page.goto(meeting_url)
    invitee.act("leave", reason="同日赴市财政局汇报")
    invitee.page.wait_for_selector("[data-leave=chen]")
    invitee.shot("08-invitee-asked-for-leave")

    chair = sign_in("feng")
    chair.go("meetings")
    leave = chair.page.locator("[data-todo] li[data-kind=leave_request]", has_text=title)
    assert "同日赴市财政局汇报" in leave.inner_text()
    chair.wait_for_after_refresh("desk", f"[data-desk] li:has-text('{title}')")
    chair.shot("09-chair-sees-leave")

    for desk in (organiser, invitee, chair):
        assert not desk.requests.outside(), desk.requests.outside()
        assert not desk.errors, desk.errors


def test_the_dashboards_draw_their_charts_and_the_chronicle_exports(sign_in):
    director = sign_in("feng")
    director.go("overview")
    for chart in ("lights", "documents", "petitions", "meetings"):
        director.page.wait_for_selector(f"[data-chart={chart}] canvas")
    # A year without its holiday notice (暂定) is said above the charts, in Chinese first.
    warnings = director.page.request.get(director.base + "/api/dashboards/overview").json()[
        "calendar_warnings"
    ]
    shown = director.page.locator("[data-calendar-warning]")
    assert shown.all_inner_texts() == [w["zh"] for w in warnings]
    director.shot("10-overview")
    director.go("supervision")
    director.page.wait_for_selector("[data-chart=board-lights] canvas")
    assert director.page.locator(".light.red").count() >= 1
    director.shot("11-supervision-board")
    director.go("stats")
    director.page.wait_for_selector("[data-chart=rooms] canvas")
    director.shot("12-statistics")
    director.go("chronicle")
    markdown = director.page.locator("[data-export=markdown]").get_attribute("href")
    answer = director.page.request.get(director.base + markdown)
    assert answer.ok and "大事记" in answer.text()
    director.shot("13-chronicle")
    assert not director.requests.outside(), director.requests.outside()
    assert not director.errors, director.errors


def test_an_outgoing_document_shows_its_gbt_9704_header_block(sign_in):
    clerk = sign_in("shen")
    clerk.go("outgoing")
    clerk.page.click("a:has-text('关于做好2026年度保密工作的通知')")
    preview = clerk.page.locator("[data-preview=gbt9704]")
    preview.wait_for()
    assert preview.locator("[data-field=copy-number]").inner_text() == "000001"
    assert preview.locator("[data-field=marking]").inner_text() == "秘密★1年"
    assert "〔2026〕" in preview.locator("[data-field=number]").inner_text()
    organ_colour = preview.locator("[data-field=organ]").evaluate("e => getComputedStyle(e).color")
    assert organ_colour == "rgb(200, 22, 29)", "the 发文机关标志 is red"
    clerk.shot("14-outgoing-header-block")


def test_english_switch_the_services_refusal_in_the_chosen_language_and_signing_out(sign_in):
    clerk = sign_in("shen")
    clerk.page.click("#lang")
    clerk.page.wait_for_selector("[data-nav=overview]:has-text('Dashboards')")
    clerk.go("outgoing")
    clerk.page.click("a:has-text('关于加强县级财政资金监管的通知')")
    clerk.page.wait_for_selector("[data-screen=outgoing] [data-history]")
    assert not clerk.page.locator("form[data-form=approve]").count(), "a clerk is not offered the review"
    # Were she to send it anyway (an old page), the refusal is the service's own words, no code.
    clerk.page.evaluate(
        """async () => {
          const ui = await import("/console/ui.js");
          const id = decodeURIComponent(location.hash.split("/")[2]);
          try { await ui.api("POST", `/api/documents/outgoing/${id}/review`, { approve: true, opinion: "" }); }
          catch (error) { document.getElementById("view").prepend(ui.problemBox(error)); }
        }"""
    )
    problem = clerk.page.locator(".problem")
    problem.wait_for()
    words = problem.inner_text()
    assert "office director" in words and "office_director" not in words and "forbidden" not in words, words
    assert not CJK.search(words), words
    clerk.shot("15-english-refusal")
    clerk.page.reload()
    clerk.page.wait_for_selector("[data-nav=desk]:has-text('My desk')")  # the choice is remembered
    clerk.page.click("#lang")
    clerk.page.wait_for_selector("[data-nav=desk]:has-text('我的待办')")
    clerk.page.click("#logout")
    clerk.page.wait_for_selector("form[data-form=login]")
    assert clerk.page.request.get(f"{clerk.base}/auth/me").status == 401, "signed out at the gateway too"


def test_at_phone_width(sign_in):
    phone = sign_in("chen", width=390, height=844)
    phone.go("overview")
    phone.page.wait_for_selector("[data-chart=lights] canvas")
    assert phone.page.evaluate("document.scrollingElement.scrollWidth") <= 390, "nothing wider than the phone"
    assert not phone.page.locator("#nav").is_visible(), "the menu folds away"
    phone.page.click("#menu")
    phone.page.click("[data-nav=desk]")
    phone.page.wait_for_selector("[data-screen=desk]")
    phone.shot("16-phone-desk")
    phone.go("overview")
    phone.page.wait_for_selector("[data-chart=lights] canvas")
    phone.shot("17-phone-overview")
    assert not phone.requests.outside(), phone.requests.outside()


def test_the_console_renews_its_short_access_token_from_the_session_and_signing_out_ends_both(sign_in):
    clerk = sign_in("shen")
    context = clerk.page.context
    cookies = {cookie["name"]: cookie for cookie in context.cookies()}
    old_access = cookies["shuniu_session"]["value"]
    assert cookies["shuniu_refresh"]["path"] == "/auth" and cookies["shuniu_refresh"]["httpOnly"]
    # Fifteen minutes later the browser has dropped the access token; the session cookie is still there.
    context.clear_cookies(name="shuniu_session")
    with clerk.page.expect_response(lambda r: r.url.endswith("/auth/refresh")) as refreshed:
        clerk.go("outgoing")
    assert refreshed.value.status == 200
    clerk.page.wait_for_selector("a:has-text('关于加强县级财政资金监管的通知')")
    assert "shuniu_session" in {cookie["name"] for cookie in context.cookies()}

    clerk.page.click("#logout")
    clerk.page.wait_for_selector("form[data-form=login]")
    replayed = clerk.page.request.get(
        f"{clerk.base}/api/documents/outgoing", headers={"Authorization": f"Bearer {old_access}"}
    )
    assert replayed.status == 401, "the access token of the ended session opens nothing"
    context.add_cookies([cookies["shuniu_refresh"]])  # a copy of the session cookie, kept from before
    renewal = clerk.page.request.post(f"{clerk.base}/auth/refresh", headers={"Origin": clerk.base})
    assert renewal.status == 401 and renewal.json()["code"] == "session_ended"
    assert not clerk.errors
