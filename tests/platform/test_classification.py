"""密级: none < 秘密 < 机密 < 绝密, one type for material and for the people cleared for it."""

from __future__ import annotations

import json
from typing import get_args

import pytest
from pydantic import BaseModel
from shuniu_shared.classification import Classification, ClassificationName
from shuniu_shared.errors import InvalidInput


def test_the_levels_rise_from_none_to_top_secret_not_in_the_order_of_their_characters():
    # By code point 秘 (U+79D8) sorts after 机 (U+673A) and 绝 (U+7EDD) after both: the order is the type's.
    assert sorted(["绝密", "none", "机密", "秘密"], key=Classification.parse) == [
        "none",
        "秘密",
        "机密",
        "绝密",
    ]
    assert Classification.CONFIDENTIAL < "机密" < Classification.TOP_SECRET
    assert Classification.SECRET >= "秘密" and not Classification.SECRET > "绝密"
    assert [level.rank for level in Classification] == [0, 1, 2, 3]


def test_a_clearance_reaches_its_own_level_and_those_below_it_only():
    assert Classification.SECRET.reaches("机密") and Classification.SECRET.reaches("none")
    assert not Classification.SECRET.reaches("绝密")
    assert not Classification.NONE.reaches("秘密")


def test_an_unknown_level_is_a_clear_input_error_naming_its_field():
    with pytest.raises(InvalidInput) as refused:
        Classification.parse("内部", field="clearance")
    assert refused.value.code == "invalid_classification" and refused.value.field == "clearance"
    assert "内部" in refused.value.zh
    assert not Classification.is_level("内部") and Classification.is_level("机密")


def test_the_wire_keeps_the_office_s_words():
    class Carried(BaseModel):
        classification: ClassificationName

    assert get_args(ClassificationName) == tuple(Classification)
    assert json.dumps({"c": Classification.TOP_SECRET}, ensure_ascii=False) == '{"c": "绝密"}'
    assert Carried(classification=Classification.SECRET).model_dump(mode="json") == {"classification": "机密"}
    assert Carried.model_json_schema()["properties"]["classification"]["enum"] == [
        "none",
        "秘密",
        "机密",
        "绝密",
    ]
