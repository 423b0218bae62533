"""居民身份证号: 18 characters, a real birth date, and the ISO 7064 MOD 11-2 check character."""

from __future__ import annotations

import pytest
from shuniu_reception.domain.identity import check_character, validate_id_number
from shuniu_shared.errors import InvalidInput

VALID = "11010519491231002X"  # the standard's own example (GB 11643-1999)


def test_a_valid_id_number_passes_and_a_lower_case_x_is_normalised():
    assert validate_id_number(VALID) == VALID
    assert validate_id_number(VALID.lower()) == VALID


def test_the_check_character_follows_iso_7064_mod_11_2():
    assert check_character("11010519491231002") == "X"
    assert check_character("44030119900307123") == "0"
    assert validate_id_number("440301199003071230") == "440301199003071230"


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("110105194912310021", "wrong check character"),
        ("1101051949123100", "too short"),
        ("11010519491231002XX", "too long"),
        ("1101051949123100AX", "a letter among the digits"),
        ("110105194902300025", "30 February"),
    ],
)
def test_a_wrong_id_number_is_refused_naming_the_field(number, why):
    with pytest.raises(InvalidInput) as refused:
        validate_id_number(number, field="visitor.id_number")
    assert refused.value.field == "visitor.id_number"
    assert refused.value.code == "invalid_id_number"
