"""正文 as structure (GB/T 9704-2012 §7.3): headings numbered by their order, one digest per body."""

from datetime import date

import pytest
from shuniu_documents.domain.body import DocumentBody, Level, Paragraph, chinese_numeral
from shuniu_shared.errors import InvalidInput


def body(*paragraphs: Paragraph, **fields) -> DocumentBody:
    return DocumentBody(title="关于做好2027年元旦春节期间安全生产工作的通知", paragraphs=paragraphs, **fields)


def test_heading_numbers_follow_the_order_and_start_again_under_each_parent():
    text = body(
        Paragraph("各乡镇人民政府，县政府各部门："),
        Paragraph("总体要求", Level.FIRST),
        Paragraph("压实责任", Level.SECOND),
        Paragraph("主要负责人", Level.THIRD),
        Paragraph("值班", Level.FOURTH),
        Paragraph("带班", Level.FOURTH),
        Paragraph("分管负责人", Level.THIRD),
        Paragraph("加强检查", Level.SECOND),
        Paragraph("工作措施", Level.FIRST),
        Paragraph("排查隐患", Level.SECOND),
    )
    assert text.numbers == ("", "一、", "（一）", "1.", "（1）", "（2）", "2.", "（二）", "二、", "（一）")
    assert text.numbered_text(3) == "1.主要负责人"


def test_deleting_a_heading_renumbers_the_rest_so_a_redline_shows_only_the_deletion():
    before = body(Paragraph("甲", Level.FIRST), Paragraph("乙", Level.FIRST), Paragraph("丙", Level.FIRST))
    after = body(Paragraph("甲", Level.FIRST), Paragraph("丙", Level.FIRST))
    assert after.numbers == ("一、", "二、")
    assert after.paragraphs == (before.paragraphs[0], before.paragraphs[2])


@pytest.mark.parametrize(
    ("n", "numeral"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1001, "一千零一"),
    ],
)
def test_chinese_numerals_read_as_the_office_writes_them(n, numeral):
    assert chinese_numeral(n) == numeral


def test_the_same_body_has_the_same_digest_and_any_change_another():
    one = body(Paragraph("正文"), written_on=date(2026, 12, 3), signatory="某县人民政府")
    again = DocumentBody.from_dict(one.as_dict())
    assert again == one and again.digest() == one.digest()
    assert (
        body(Paragraph("正文。"), written_on=date(2026, 12, 3), signatory="某县人民政府").digest()
        != one.digest()
    )


def test_a_plain_text_draft_reads_its_typed_numbers_as_levels():
    text = DocumentBody.from_text(
        "通知", "各单位：\n一、总体要求\n（一）压实责任\n1. 主要负责人\n（1）值班\n\n特此通知。"
    )
    assert [p.level for p in text.paragraphs] == [
        Level.TEXT,
        Level.FIRST,
        Level.SECOND,
        Level.THIRD,
        Level.FOURTH,
        Level.TEXT,
    ]
    assert text.paragraphs[3].text == "主要负责人"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": ""}, "body.title"),
        ({"title": "题" * 201}, "body.title"),
        ({"title": "通知", "paragraphs": "一段"}, "body.paragraphs"),
        ({"title": "通知", "paragraphs": [{"text": "", "level": 0}]}, "body.paragraphs[0].text"),
        ({"title": "通知", "paragraphs": [{"text": "段", "level": 5}]}, "body.paragraphs[0].level"),
        ({"title": "通知", "paragraphs": [{"text": "段", "level": True}]}, "body.paragraphs[0].level"),
        ({"title": "通知", "paragraphs": [{"text": "a\x00b"}]}, "body.paragraphs[0].text"),
        ({"title": "通知", "written_on": "2026-13-01"}, "body.written_on"),
        ({"title": "通知", "paragraphs": [{"text": "段"}] * 5001}, "body.paragraphs"),
    ],
)
def test_a_malformed_body_is_refused_naming_the_field(data, field):
    with pytest.raises(InvalidInput) as refused:
        DocumentBody.from_dict(data)
    assert refused.value.field == field
