"""The regulation's values: 发文字号 (GB/T 9704-2012 §7.2.5), 份号 (§7.2.1), the fifteen types (§8)."""

from __future__ import annotations

import pytest
from shuniu_documents.domain.values import DocumentNumber, DocumentType, check_classification, copy_numbers
from shuniu_shared.errors import InvalidInput, RuleBroken


def test_a_document_number_is_code_full_year_in_hexagonal_brackets_and_number_without_padding():
    assert str(DocumentNumber("京政办发", 2026, 7)) == "京政办发〔2026〕7号"
    assert DocumentNumber.parse("京政办发〔2026〕7号") == DocumentNumber("京政办发", 2026, 7)
    assert DocumentNumber.parse("县府办发〔2026〕120号").sequence == 120


@pytest.mark.parametrize(
    "wrong",
    [
        "京政办发【2026】7号",  # 【】 are not the hexagonal brackets
        "京政办发[2026]7号",
        "京政办发(2026)7号",
        "京政办发（2026）7号",
        "京政办发〔2026〕第7号",  # no 第
        "京政办发〔2026〕07号",  # no padding
        "京政办发〔2026〕007号",
        "京政办发〔26〕7号",  # the year in full
        "京政办发〔2026〕7",  # ends with 号
        "〔2026〕7号",  # needs a code
        "京政办发〔2026〕0号",  # numbers start at 1
    ],
)
def test_a_wrongly_written_document_number_is_refused(wrong):
    with pytest.raises(InvalidInput) as refusal:
        DocumentNumber.parse(wrong)
    assert refusal.value.code == "malformed_document_number"


@pytest.mark.parametrize("code", ["县府办发【", "府办[发", "2026办", "县 府办", "县府办第"])
def test_an_issuing_code_cannot_carry_brackets_digits_or_spaces(code):
    with pytest.raises(InvalidInput):
        DocumentNumber(code, 2026, 1)


def test_copy_numbers_are_six_arabic_digits_from_000001():
    assert copy_numbers(3) == ["000001", "000002", "000003"]
    assert copy_numbers(120)[-1] == "000120"


def test_there_are_exactly_the_fifteen_types_of_article_8():
    assert len(DocumentType) == 15
    with pytest.raises(InvalidInput) as refusal:
        DocumentType.parse("简报")
    assert refusal.value.code == "invalid_document_type"


def test_a_classified_document_carries_its_secrecy_period():
    check_classification("机密", "1年")
    with pytest.raises(RuleBroken):
        check_classification("机密", None)
    with pytest.raises(RuleBroken):
        check_classification("none", "1年")
    with pytest.raises(InvalidInput):
        check_classification("内部", None)
