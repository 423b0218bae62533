"""督办情况通报 on its screen: 周督查 finds last month's bulletin of the demo, reads each lead
department's lights and its evaluation with the working as the service gives them, is refused a
period not yet over in the service's words, and issues one for an earlier month."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")


def two_months_ago() -> tuple[str, str]:
    first_of_this = datetime.now(BEIJING).date().replace(day=1)
    end = (first_of_this - timedelta(days=1)).replace(day=1) - timedelta(days=1)
    return end.replace(day=1).isoformat(), end.isoformat()


def test_the_office_reads_a_bulletin_with_its_lights_and_working_and_issues_another(sign_in):
    office = sign_in("zhou")
    office.go("bulletins")
    [listed] = office.call("GET", "/api/supervision/bulletins")["items"]
    office.page.click(f"[data-bulletins] a[href='#/bulletin/{quote(listed['id'], safe='')}']")
    office.page.wait_for_selector("[data-screen=bulletin]")
    bulletin = office.call("GET", f"/api/supervision/bulletins/{listed['id']}")
    assert office.page.locator("h1").inner_text() == bulletin["title"]
    for section in bulletin["departments"]:
        code = section["department"]
        for colour, count in section["lights"].items():
            shown = office.page.locator(f"[data-lights='{code}'] [data-light={colour}]").inner_text()
            assert shown.strip().endswith(str(count))
        assert office.page.locator(f"[data-score='{code}']").inner_text() == f"{section['score']:g}"
        working = office.page.locator(f"[data-working='{code}']").inner_text()
        assert all(line["rule"] in working for line in section["working"])
    office.shot("51-bulletin-lights-and-working")

    office.go("bulletins")
    today = datetime.now(BEIJING).date()
    office.act(
        "bulletin", redraw=False, period_start=today.replace(day=1).isoformat(), period_end=today.isoformat()
    )
    office.page.wait_for_selector("[role=alert]:has-text('通报期间尚未结束')")
    start, end = two_months_ago()
    office.act("bulletin", redraw=False, period_start=start, period_end=end)
    office.page.wait_for_selector("[data-screen=bulletin]")
    newest = office.call("GET", "/api/supervision/bulletins?limit=1")["items"][0]
    assert (newest["number"], newest["period_start"]) == (2, start)
    assert office.page.locator("h1").inner_text() == newest["title"]
    assert not office.requests.outside() and not office.errors


def test_everyone_reads_the_bulletins_but_only_the_office_issues_them(sign_in):
    teacher = sign_in("zhao")
    teacher.go("bulletins")
    teacher.page.wait_for_selector("[data-bulletins] a")
    assert teacher.page.locator("form[data-form=bulletin]").count() == 0
    assert not teacher.requests.outside() and not teacher.errors
