"""修改痕迹: between two versions, each element and paragraph is unchanged, inserted, deleted or changed."""

from __future__ import annotations

from datetime import date

from shuniu_documents.domain.body import DocumentBody, Level, Paragraph
from shuniu_documents.domain.redline import inline, redline


def body(*paragraphs: Paragraph, **fields) -> DocumentBody:
    return DocumentBody(title=fields.pop("title", "关于春耕的通知"), paragraphs=paragraphs, **fields)


def marks(result) -> list[str]:
    return [p["mark"] for p in result["paragraphs"]]


def test_a_reviewers_edit_of_one_paragraph_shows_only_that_paragraph_changed_with_its_inline_difference():
    before = body(Paragraph("各乡镇："), Paragraph("请于3月底前完成。"), Paragraph("特此通知。"))
    after = body(Paragraph("各乡镇："), Paragraph("请于3月20日前完成。"), Paragraph("特此通知。"))
    result = redline(before, after)
    assert marks(result) == ["unchanged", "changed", "unchanged"]
    changed = result["paragraphs"][1]
    assert (changed["old"]["text"], changed["new"]["text"]) == ("请于3月底前完成。", "请于3月20日前完成。")
    assert changed["inline"] == [
        {"op": "equal", "text": "请于3月"},
        {"op": "delete", "text": "底"},
        {"op": "insert", "text": "20日"},
        {"op": "equal", "text": "前完成。"},
    ]
    assert all(e["mark"] == "unchanged" for e in result["elements"])


def test_a_heading_inserted_renumbers_the_rest_without_marking_them_changed():
    before = body(Paragraph("总体要求", Level.FIRST), Paragraph("保障措施", Level.FIRST))
    after = body(
        Paragraph("总体要求", Level.FIRST),
        Paragraph("重点任务", Level.FIRST),
        Paragraph("保障措施", Level.FIRST),
    )
    result = redline(before, after)
    assert marks(result) == ["unchanged", "inserted", "unchanged"]
    assert (
        result["paragraphs"][2]["old"]["number"] == "二、"
        and result["paragraphs"][2]["new"]["number"] == "三、"
    )


def test_a_deleted_paragraph_is_shown_where_it_stood():
    before = body(Paragraph("甲"), Paragraph("乙"), Paragraph("丙"))
    result = redline(before, body(Paragraph("甲"), Paragraph("丙")))
    assert marks(result) == ["unchanged", "deleted", "unchanged"]
    assert result["paragraphs"][1] == {
        "mark": "deleted",
        "from": 1,
        "to": None,
        "old": {"number": "", "text": "乙", "level": 0},
    }


def test_a_paragraph_raised_to_a_heading_is_changed_though_its_text_is_not():
    result = redline(body(Paragraph("工作要求")), body(Paragraph("工作要求", Level.FIRST)))
    assert marks(result) == ["changed"]
    assert result["paragraphs"][0]["inline"] == [{"op": "equal", "text": "工作要求"}]


def test_the_other_elements_are_marked_too():
    before = body(Paragraph("甲"), attachments=("预算表",), note="（联系人：张三）")
    after = body(
        Paragraph("甲"),
        attachments=("预算表", "分配表"),
        signatory="县人民政府",
        written_on=date(2026, 3, 10),
        note="（联系人：李四）",
    )
    elements = {e["element"]: e for e in redline(before, after)["elements"]}
    assert elements["title"]["mark"] == "unchanged"
    assert elements["signatory"] == {"element": "signatory", "mark": "inserted", "text": "县人民政府"}
    assert elements["written_on"]["mark"] == "inserted"
    assert elements["note"]["mark"] == "changed"
    assert (elements["attachments[0]"]["mark"], elements["attachments[1]"]["mark"]) == (
        "unchanged",
        "inserted",
    )


def test_the_same_version_against_itself_shows_nothing_changed():
    same = body(Paragraph("甲"), Paragraph("乙", Level.SECOND))
    result = redline(same, same)
    assert set(marks(result)) == {"unchanged"} and {e["mark"] for e in result["elements"]} == {"unchanged"}
    assert inline("", "") == []
