"""从 Word 导入正文：按文件的样式和 GB/T 9704 的版式把段落归为标题、层次、附件说明、署名、成文日期、
附注，作为一次正文修改记为新的一版；主送、抄送、印发、表格等不属于正文结构的，逐条说明未导入。
The body imported from a .docx: its paragraphs mapped to the body's elements where the file's styles
and layout allow, recorded as an edit (a new version), and what could not be mapped named."""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import quote

import docx

from tests.documents.files import docx_bomb, pdf_with_text
from tests.documents.office import Office

TITLE = "关于下达2026年县级财政预算的通知"


def word_file(*paragraphs: tuple[str, str], table: list[str] | None = None) -> bytes:
    """A .docx made by python-docx, each paragraph with the style named (Word's built-in names)."""
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        row = document.add_table(rows=1, cols=len(table)).rows[0]
        for cell, text in zip(row.cells, table, strict=True):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def imported(office: Office, id: str, data: bytes, *, who: str = "feng", status: int = 200) -> Any:
    response = await office.client.post(
        f"/outgoing/{id}/body/import",
        content=data,
        headers=office.service.as_(
            who, **{"X-File-Name": quote("预算通知（定稿）.docx"), "Content-Type": "application/octet-stream"}
        ),
    )
    assert response.status_code == status, response.text
    return response.json()


NOTICE = word_file(
    ("Title", TITLE),
    ("Normal", "各乡镇人民政府，县直各部门："),
    ("Normal", "现将2026年县级财政预算下达给你们，请认真执行。"),
    ("Heading 1", "总体要求"),
    ("Normal", "坚持量入为出、收支平衡。"),
    ("Heading 2", "严格预算执行"),
    ("Normal", "（二）加强绩效管理"),  # typed with its number, in the Normal style
    ("Normal", "1.按季度报送绩效自评报告。"),
    ("Normal", "附件：1．县级财政预算表"),
    ("Normal", "2．项目支出明细表"),
    ("Normal", "县人民政府"),
    ("Normal", "2026年3月2日"),
    ("Normal", "（联系人：王明；联系电话：0000-1234567）"),
    ("Normal", "抄送：县委办公室，县人大常委会办公室。"),
    ("Normal", "县人民政府办公室 2026年3月2日印发"),
    table=["科目", "金额"],
)


async def test_a_word_file_becomes_the_next_version_of_the_body_with_its_elements(office: Office):
    id = await office.drafted()
    answer = await imported(office, id, NOTICE)
    assert answer["version"] == 2
    assert answer["import"]["mapped"] == {
        "标题": 1,
        "正文": 2,
        "层次标题": 4,
        "附件说明": 2,
        "署名": 1,
        "成文日期": 1,
        "附注": 1,
    }

    version = await office.get(f"/outgoing/{id}/versions/2", "feng")
    assert (version["step"], version["by"]) == ("审核", "feng")
    body = version["body"]
    assert body["paragraphs"] == [
        {"text": "现将2026年县级财政预算下达给你们，请认真执行。", "level": 0},
        {"text": "总体要求", "level": 1},
        {"text": "坚持量入为出、收支平衡。", "level": 0},
        {"text": "严格预算执行", "level": 2},
        {"text": "加强绩效管理", "level": 2},
        {"text": "按季度报送绩效自评报告。", "level": 3},
    ]
    assert body["attachments"] == ["县级财政预算表", "项目支出明细表"]
    assert (body["signatory"], body["written_on"], body["note"]) == (
        "县人民政府",
        "2026-03-02",
        "（联系人：王明；联系电话：0000-1234567）",
    )
    assert body["title"] == TITLE


async def test_what_is_not_the_bodys_is_named_with_its_paragraph_and_why(office: Office):
    id = await office.drafted()
    not_mapped = (await imported(office, id, NOTICE))["import"]["not_mapped"]
    assert [(n["paragraph"], n["text"]) for n in not_mapped] == [
        (2, "各乡镇人民政府，县直各部门："),
        (14, "抄送：县委办公室，县人大常委会办公室。"),
        (15, "县人民政府办公室 2026年3月2日印发"),
        (16, "科目\t金额"),
    ]
    reasons = [n["reason"] for n in not_mapped]
    assert reasons[0].startswith("主送机关在草稿的主送中设定") and "抄送" in reasons[1]
    assert "登记、印制" in reasons[2] and reasons[3].startswith("表格")


async def test_a_different_title_is_left_to_a_revision_and_the_rest_imported(office: Office):
    id = await office.drafted()
    answer = await imported(
        office, id, word_file(("Title", "关于调整预算的通知"), ("Normal", "请遵照执行。"))
    )
    (title,) = answer["import"]["not_mapped"]
    assert title["text"] == "关于调整预算的通知" and "退回起草单位" in title["reason"]
    version = await office.get(f"/outgoing/{id}/versions/2", "feng")
    assert (version["body"]["title"], version["body"]["paragraphs"]) == (
        TITLE,
        [{"text": "请遵照执行。", "level": 0}],
    )


async def test_an_import_is_an_edit_the_redline_shows(office: Office):
    id = await office.drafted()
    await imported(office, id, NOTICE)
    changes = await office.get(f"/outgoing/{id}/redline", "feng")
    assert (changes["from"]["version"], changes["to"]["version"]) == (1, 2)
    history = await office.get(f"/outgoing/{id}/history", "feng")
    assert any("从 Word 文件导入：预算通知（定稿）.docx" in str(entry) for entry in history)


async def test_a_zip_bomb_is_a_422_naming_why_and_no_version_is_made(office: Office):
    id = await office.drafted()
    problem = await imported(office, id, docx_bomb(), status=422)
    assert problem["code"] == "docx_unreadable" and problem["detail"].startswith("无法从此文件导入正文")
    assert "解压后过大" in problem["detail"]
    assert len(await office.get(f"/outgoing/{id}/versions", "feng")) == 1


async def test_a_file_that_is_not_a_docx_is_a_415_naming_what_it_is(office: Office):
    id = await office.drafted()
    problem = await imported(office, id, pdf_with_text("请遵照执行。"), status=415)
    assert problem["code"] == "unsupported_media_type" and "application/pdf" in problem["detail"]
    assert len(await office.get(f"/outgoing/{id}/versions", "feng")) == 1


async def test_a_department_head_outside_the_drafts_audience_gets_404_as_if_it_did_not_exist(office: Office):
    id = await office.drafted()  # by 财政局, to 教育局 and 农业农村局
    problem = await imported(office, id, NOTICE, who="sun", status=404)  # 孙主席 of 总工会
    assert problem["code"] == "not_found"
    assert len(await office.get(f"/outgoing/{id}/versions", "feng")) == 1
