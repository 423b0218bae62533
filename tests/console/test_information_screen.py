"""政务信息 on screen (docs/rules.md §8): 县财政局 submits a 信息稿; 谢编辑 of the 信息科 edits it into a
second version while the first stays shown; 沈秘书 publishes it in the next 第N期 of 《政务信息》,
reports it up and records the city's adoption and a leader's 批示; the ranking counts each step by
the office's rules, this month and this year. 县总工会 never sees 财政局's piece, and a department
is offered none of the 信息科's steps."""

from __future__ import annotations

from typing import Any


def _ranked(ranking: dict[str, Any], department: str) -> dict[str, Any]:
    [found] = [d for d in ranking["departments"] if d["department"] == department]
    return found


def test_a_piece_is_submitted_edited_published_reported_up_adopted_above_and_instructed_and_scores(sign_in):
    title, edited = "县财政局盘活存量资金（浏览器测试）", "县财政盘活存量资金3000万元（浏览器测试）"
    department = sign_in("chen")
    department.go("information")
    assert not department.page.locator("form[data-form=publish-issue]").count(), "出刊 is the 信息科's"
    department.act("submit-piece", title=title, text="县财政局清理收回结转结余资金。")
    department.page.wait_for_selector(f"[data-screen=piece] h1:has-text('{title}')")
    piece_url = department.page.url
    assert department.page.locator("[data-screen=piece] h1 [data-stage=submitted]").inner_text() == "已报送"
    assert not department.page.locator("form[data-form=edit]").count(), "a department does not edit"

    second_editor = sign_in("xie")
    second_editor.page.goto(piece_url)
    second_editor.act(
        "edit",
        title=edited,
        text="县财政局清理收回结转结余资金3000万元，统筹用于民生项目。",
        note="标题突出数据",
    )
    second_editor.page.wait_for_selector(f"[data-screen=piece] h1:has-text('{edited}')")
    versions = second_editor.page.locator("[data-versions] tbody tr")
    assert versions.count() == 2
    assert "标题突出数据" in versions.nth(0).inner_text() and "谢编辑" in versions.nth(0).inner_text()
    assert (
        title in versions.nth(1).inner_text() and "陈局长" in versions.nth(1).inner_text()
    )  # kept as written

    editor = sign_in("shen")
    editor.go("information")
    piece_id = piece_url.rsplit("/", 1)[1]
    editor.act("publish-issue", publication="zhengwu", pieces=[piece_id])
    editor.page.wait_for_selector(f"[data-pieces] tr:has([data-piece='{edited}']) [data-stage=adopted]")
    [adoption] = editor.call("GET", f"/api/duty/information/{piece_id}")["adoptions"]
    assert adoption["piece_version"] == 2, "the issue prints the version current when it was published"

    editor.page.goto(piece_url)
    issue = f"《政务信息》{adoption['year']}年第{adoption['issue']}期"
    editor.page.wait_for_selector(f"[data-screen=piece] dd:has-text('{issue}')")
    editor.act("report-up", to="市政府办公室")
    editor.act("adopted-above", where="《政务信息》（市）第20期")  # 采用单位 offered: the one it went to
    assert (
        editor.page.locator("[data-screen=piece] h1 [data-stage=adopted_above]").inner_text() == "上级已采用"
    )
    assert not editor.page.locator("form[data-form=edit]").count(), "adopted above: no more edits"
    editor.act("instruction", leader="罗县长", instruction="盘活存量资金的做法很好，请财政局继续抓好落实")
    editor.page.wait_for_selector("[data-instructions] li:has-text('罗县长：盘活存量资金的做法很好')")
    editor.shot("40-information-piece")

    editor.go("information")
    year, month = (
        adoption["year"],
        editor.page.evaluate(
            "new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(5, 7)"
        ),
    )
    for name, query in (("month", f"year={year}&month={int(month)}"), ("year", f"year={year}")):
        answer = _ranked(editor.call("GET", f"/api/duty/information/ranking/departments?{query}"), "finance")
        row = editor.page.locator(f"[data-ranking={name}] tr:has([data-department=finance])")
        assert row.locator("[data-points]").inner_text() == str(answer["points"])
        for line in ("本级采用 1", "上级采用 3", "领导批示 5"):  # the default rules (docs/rules.md §8)
            assert f"{line} · {edited}" in row.inner_text(), line
    editor.shot("41-information-ranking")

    union = sign_in("sun")
    union.go("information")
    assert not union.page.locator(f"[data-piece='{edited}']").count(), "总工会 sees its own pieces only"
    union.page.goto(piece_url)
    union.page.wait_for_selector("[role=alert]")  # the same 404 as a piece that does not exist
    for desk in (department, second_editor, editor, union):
        assert not desk.requests.outside() and not desk.errors
