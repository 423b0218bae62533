"""密级 (classification): the one ordered scale both of material and of the people cleared for it.

Material classified at a level is for people whose clearance reaches it (《保密法》: 涉密载体只由密级
权限相当的人员知悉). The values are the office's own words — "none" for 非密 — and stay the strings
events, tokens, the directory and the APIs carry; the type adds only their order, so no caller counts
positions in a tuple again.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from shuniu_shared.errors import InvalidInput

# The four values as a type for Pydantic models, whose JSON Schema then names them inline (as every
# published event and OpenAPI document has always done); tests/platform/test_classification.py keeps
# it equal to the enum.
ClassificationName = Literal["none", "秘密", "机密", "绝密"]


class Classification(StrEnum):  # 密级, lowest first
    NONE = "none"  # 非密
    CONFIDENTIAL = "秘密"
    SECRET = "机密"
    TOP_SECRET = "绝密"

    @classmethod
    def parse(cls, value: str, *, field: str = "classification") -> Classification:
        """The level named `value`, or a clear input error naming the field it came from."""
        try:
            return cls(value)
        except ValueError:
            raise InvalidInput(
                f"密级须为 none、秘密、机密或绝密，不能是「{value}」",
                f"the classification must be none, 秘密, 机密 or 绝密, not {value!r}",
                code="invalid_classification",
                field=field,
            ) from None

    @classmethod
    def is_level(cls, value: str) -> bool:
        """Whether `value` is one of the four levels (Python 3.11's `in` refuses plain strings)."""
        return value in cls._value2member_map_

    @property
    def rank(self) -> int:
        """0 for none … 3 for 绝密: what a read model stores to filter by clearance in SQL."""
        return _ORDER.index(self)

    def reaches(self, level: str) -> bool:
        """Whether a clearance at this level is enough for material classified `level`."""
        return self >= Classification.parse(level)

    # Ordered by rank, not by the strings' code points; the other side may be a plain string.
    def __lt__(self, other: str) -> bool:
        return self.rank < Classification.parse(other).rank

    def __le__(self, other: str) -> bool:
        return self.rank <= Classification.parse(other).rank

    def __gt__(self, other: str) -> bool:
        return self.rank > Classification.parse(other).rank

    def __ge__(self, other: str) -> bool:
        return self.rank >= Classification.parse(other).rank


_ORDER = tuple(Classification)
