"""The mainland resident ID number (居民身份证号, GB 11643-1999): 18 characters, the last a checksum."""

from __future__ import annotations

import re
from datetime import date

from shuniu_shared.errors import InvalidInput

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARACTERS = "10X98765432"  # ISO 7064 MOD 11-2: the character for sum % 11
_SHAPE = re.compile(r"^\d{17}[\dX]$")


def check_character(first_seventeen: str) -> str:
    return _CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first_seventeen, _WEIGHTS, strict=True)) % 11]


def validate_id_number(value: str, *, field: str = "id_number") -> str:
    """The ID number normalised (upper-case X), or a clear InvalidInput naming the field."""
    number = value.strip().upper()
    if not _SHAPE.match(number):
        raise InvalidInput(
            "身份证号须为 18 位：17 位数字加 1 位校验码（数字或 X）",
            "an ID number has 18 characters: 17 digits and a check character (a digit or X)",
            code="invalid_id_number",
            field=field,
        )
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise InvalidInput(
            f"身份证号中的出生日期 {number[6:14]} 不是有效日期",
            f"the birth date {number[6:14]} in the ID number is not a real date",
            code="invalid_id_number",
            field=field,
        ) from None
    if check_character(number[:17]) != number[17]:
        raise InvalidInput(
            "身份证号校验码不正确，请核对后重新输入",
            "the ID number's check character is wrong; check the number and enter it again",
            code="invalid_id_number",
            field=field,
        )
    return number
