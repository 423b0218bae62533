"""Personal data quoted in free text that leaves the petitions office (泄露信访人信息).

《信访工作条例》 forbids disclosing a petitioner's information to anyone without need. What an officer
writes in clear — the 交办 summary that supervision opens a task from, a notice, a reason, an
opinion — travels in events to every service and read model, and survives the person's "forget"
there. So it may not quote the petitioner's name, ID number, phone or address, however it is
written: a match on the text as typed is beaten by one space (刘 建国), dashes or dots in a number
(138-0013-8000), full-width digits (１３８…), a zero-width space, or a lower-case x. Both sides are
therefore folded before matching: NFKC (full-width to half-width), case folded, and every space,
punctuation mark, symbol and invisible character dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shuniu_shared.errors import RuleBroken

# The categories, Chinese first, in the order they are checked.
CATEGORIES = {
    "name": ("姓名", "name"),
    "id_number": ("身份证号", "ID number"),
    "phone": ("电话", "phone number"),
    "address": ("住址", "address"),
}

# The free-text fields checked, Chinese first: a refusal names the field.
FREE_TEXT_FIELDS = {
    "summary": ("交办摘要", "the summary"),
    "notice": ("受理告知", "the acceptance notice"),
    "reason": ("理由", "the reason"),
    "opinion": ("意见", "the opinion"),
    "purpose": ("来访事由", "the purpose of the visit"),
    "business": ("公务内容", "the official business"),
}
PETITIONER = ("信访人", "petitioner")
VISITOR = ("访客", "visitor")
GUEST = ("来宾", "guest")

# One administrative or street-level part of a Chinese address ends with one of these.
_ADDRESS_PART = re.compile(
    r".+?(?:自治区|自治州|省|市|州|盟|县|区|旗|街道|镇|乡|社区|村|组|大道|胡同|路|街|巷|弄|小区|号院|号楼|号|栋|幢|单元|楼|室)"
)
_STREET_LEVEL = ("大道", "胡同", "路", "街", "巷", "弄", "村", "社区", "小区")


@dataclass(frozen=True)
class Identifiers:
    """What identifies a petitioner, in clear (the application opens it for the check only)."""

    name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    address: str | None = None


def fold(text: str) -> str:
    """The text as it reads, whatever its spacing and width: NFKC, case folded, and no separators
    (spaces incl. full-width, dashes, dots, brackets, symbols, zero-width characters)."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in normal if unicodedata.category(c)[0] not in "ZPSC")


def address_marks(address: str) -> list[str]:
    """The folded parts of an address that point at a household: the whole address, and from its
    street (or village) with the number after it — 幸福路8号 of F县城关镇幸福路8号 — or, with no
    street part, its last two parts. The county or town alone names no one."""
    folded = fold(address)
    parts = _ADDRESS_PART.findall(folded)
    rest = folded[sum(map(len, parts)) :]
    if rest:
        parts.append(rest)
    marks = [folded]
    street = next((i for i, part in enumerate(parts) if part.endswith(_STREET_LEVEL)), None)
    if street is not None and street + 1 < len(parts):
        marks.append(parts[street] + parts[street + 1])
    elif len(parts) >= 2:
        marks.append(parts[-2] + parts[-1])
    return [mark for mark in marks if len(mark) >= 2]


def quoted_personal_data(text: str, person: Identifiers) -> str | None:
    """The first category of the person's data that `text` quotes, however spaced, dashed or
    written; None when it quotes none."""
    folded = fold(text)
    candidates = {
        "name": [fold(person.name)] if person.name else [],
        "id_number": [fold(person.id_number)] if person.id_number else [],
        "phone": [fold(person.phone)] if person.phone else [],
        "address": address_marks(person.address) if person.address else [],
    }
    for category, marks in candidates.items():
        # A one-character mark would match half the language.
        if any(len(mark) >= 2 and mark in folded for mark in marks):
            return category
    return None


def refuse_personal_data_in(field: str, text: str, person: Identifiers, whose: tuple[str, str]) -> None:
    """A refusal naming the field and the category when `text` quotes the person's data."""
    category = quoted_personal_data(text, person)
    if category is None:
        return
    (field_zh, field_en), (what_zh, what_en) = FREE_TEXT_FIELDS[field], CATEGORIES[category]
    raise RuleBroken(
        f"{field_zh}不得包含{whose[0]}的个人信息（{what_zh}），加空格、横线、全角字符写出的也不行",
        f"{field_en} must not contain the {whose[1]}'s {what_en}, however it is spaced, dashed or written",
        code="personal_data_in_text",
        field=field,
        category=category,
    )
