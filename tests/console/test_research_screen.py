"""调研 on its screen: 罗县长 assigns a topic on rural bridges, the office forms the 交通局-led team,
高局长 plans a visit 罗县长 goes on tomorrow — it is on the topic's screen and on his week — and a
report before any visit was made is refused in the service's words. 赵老师 (教育局) sees none of it,
and the demo's classified topic is not shown to 何股长, who is not cleared for it."""

from __future__ import annotations

from datetime import date, timedelta

from playwright.sync_api import Page

from tests.console.conftest import office_today

TOPIC = "全县农村公路桥梁安全状况调研"


def _open_topic(page: Page, title: str) -> None:
    page.locator(f"[data-screen=research] a:has-text('{title}')").first.click()
    page.wait_for_selector(f"[data-screen=research] h1:has-text('{title}')")


def test_a_topic_is_assigned_its_team_formed_and_a_visit_planned_on_the_screen(sign_in, tmp_path):
    tomorrow = (office_today() + timedelta(days=1)).isoformat()
    luo = sign_in("luo")
    luo.go("research")
    luo.act(
        "research",
        redraw=False,
        title=TOPIC,
        purpose="摸清危桥底数",
        due_on=(office_today() + timedelta(days=30)).isoformat(),
    )
    luo.page.wait_for_selector(f"[data-screen=research] h1:has-text('{TOPIC}')")
    topic_url = luo.page.url

    office = sign_in("zhou")
    office.page.goto(topic_url)
    office.act("team", lead_department="transport", members=["gao", "he"])
    office.page.wait_for_selector("[data-screen=research] h1 .tag:has-text('调研中')")

    lead = sign_in("gao")
    lead.page.goto(topic_url)
    lead.act(
        "visit",
        place="石门大桥",
        day=tomorrow,
        starts="09:00",
        ends="11:00",
        members=["gao"],
        leaders=["luo"],
    )
    lead.page.wait_for_selector("[data-visits] td:has-text('石门大桥')")

    pdf = tmp_path / "调研报告.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    lead.page.locator("form[data-form=report] [name=file]").set_input_files(str(pdf))
    lead.page.locator("form[data-form=report] button[type=submit]").click()
    lead.page.wait_for_selector("[role=alert]:has-text('尚无实地调研记录')")
    lead.shot("40-research-visit-planned")

    # The visit reaches 罗县长's week through meetings' consumer, a moment later.
    luo.page.wait_for_function(
        """async ([path, title]) => (await (await import("/console/ui.js")).api("GET", path))
            .activities.some((a) => a.leader === "luo" && a.title === title && a.place === "石门大桥")""",
        arg=[
            f"/api/meetings/schedules/week?monday={_monday_of(office_today() + timedelta(days=1))}",
            f"调研：{TOPIC}",
        ],
        polling=200,
    )

    outsider = sign_in("zhao")
    outsider.go("research")
    assert outsider.page.locator(f"[data-screen=research] a:has-text('{TOPIC}')").count() == 0
    uncleared = sign_in("he")
    uncleared.go("research")
    _open_topic(uncleared.page, "全县农村公路建设与养护情况调研")  # the demo's, which he is on
    uncleared.go("research")
    assert uncleared.page.locator("[data-screen=research] a:has-text('重点路段安全隐患调研')").count() == 0
    for desk in (luo, office, lead, outsider, uncleared):
        assert not desk.requests.outside() and not desk.errors


def _monday_of(day: date) -> str:
    return (day - timedelta(days=day.weekday())).isoformat()
