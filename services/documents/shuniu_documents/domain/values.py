"""The regulation's values (《党政机关公文处理工作条例》§8–§9, GB/T 9704-2012): each checks itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from shuniu_shared.classification import Classification
from shuniu_shared.errors import InvalidInput, RuleBroken


class DocumentType(StrEnum):  # 公文种类 (§8): exactly these fifteen
    RESOLUTION = "决议"
    DECISION = "决定"
    ORDER = "命令（令）"
    COMMUNIQUE = "公报"
    ANNOUNCEMENT = "公告"
    PUBLIC_NOTICE = "通告"
    OPINION = "意见"
    NOTICE = "通知"
    BULLETIN = "通报"
    REPORT = "报告"
    REQUEST = "请示"
    REPLY = "批复"
    MOTION = "议案"
    LETTER = "函"
    MINUTES = "纪要"

    @classmethod
    def parse(cls, value: str, *, field: str = "doc_type") -> DocumentType:
        try:
            return cls(value)
        except ValueError:
            raise InvalidInput(
                f"公文种类须为《条例》第八条规定的十五种之一，不能是「{value}」",
                f"the document type must be one of the fifteen of §8, not {value!r}",
                code="invalid_document_type",
                field=field,
            ) from None


URGENCIES = ("特急", "加急")  # 紧急程度 (§9); None is an ordinary document
_SECRECY_PERIOD = re.compile(r"^(?:[1-9]\d*(?:年|个月)|长期)$")


def check_cleared_to_receive(clearance: str, level: str) -> None:
    """签收 of a classified document is for someone cleared for it — in practice the 机要 clerk.
    Whoever signs for a document registers it next; a clerk not cleared for it could not even open
    it again, and it would stay 已签收 for ever."""
    if not Classification.parse(clearance).reaches(level):
        raise RuleBroken(
            f"签收{level}公文须由密级权限达到{level}的机要人员办理（您的密级权限：{_shown(clearance)}）",
            f"a {level} document is signed for by a 机要 clerk cleared for {level} "
            f"(your clearance: {clearance})",
            code="receiver_not_cleared",
            field="classification",
            required_clearance=level,
        )


def _shown(clearance: str) -> str:
    return "无" if clearance == "none" else clearance


def check_classification(level: str, secrecy_period: str | None) -> None:
    """A classified document carries its 保密期限 (§9: written like 机密★1年); an open one has none."""
    Classification.parse(level)
    if level == "none":
        if secrecy_period:
            raise RuleBroken(
                "非涉密公文不标注保密期限",
                "an unclassified document has no secrecy period",
                code="secrecy_period_without_classification",
                field="secrecy_period",
            )
        return
    if not secrecy_period:
        raise RuleBroken(
            f"涉密公文须标注保密期限（如 {level}★1年）",
            f"a classified document must state its secrecy period (e.g. {level}★1年)",
            code="classified_needs_secrecy_period",
            field="secrecy_period",
        )
    if not _SECRECY_PERIOD.match(secrecy_period):
        raise InvalidInput(
            f"保密期限应写作「N年」「N个月」或「长期」，不能是「{secrecy_period}」",
            f"the secrecy period is written N年, N个月 or 长期, not {secrecy_period!r}",
            code="invalid_secrecy_period",
            field="secrecy_period",
        )


def check_urgency(urgency: str | None) -> None:
    if urgency is not None and urgency not in URGENCIES:
        raise InvalidInput(
            f"紧急程度须为特急或加急，不能是「{urgency}」",
            f"the urgency must be 特急 or 加急, not {urgency!r}",
            code="invalid_urgency",
            field="urgency",
        )


def marking(level: Classification, secrecy_period: str | None) -> str | None:
    """The 密级和保密期限 as printed on the document: 机密★1年."""
    return None if level == "none" else f"{level}★{secrecy_period}"


_NUMBER = re.compile(r"^(?P<code>[^〔〕\s\d][^〔〕\s]*?)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")
_CODE = re.compile(r"^[^〔〕【】\[\]()（）\s\d]+$")


@dataclass(frozen=True, order=True)
class DocumentNumber:  # 发文字号 (GB/T 9704-2012 §7.2.5): 机关代字〔年份〕序号号
    code: str  # 机关代字, e.g. 京政办发
    year: int
    sequence: int

    def __post_init__(self) -> None:
        check_code(self.code)
        if not (1000 <= self.year <= 9999) or self.sequence < 1:
            raise InvalidInput(
                "发文字号的年份须为四位、序号须从 1 起",
                "a document number has a four-digit year and a sequence from 1",
                code="malformed_document_number",
            )

    def __str__(self) -> str:
        # The year in full inside 〔〕 (U+3014/U+3015), the sequence without padding and without 第.
        return f"{self.code}〔{self.year}〕{self.sequence}号"

    @classmethod
    def parse(cls, text: str, *, field: str = "number") -> DocumentNumber:
        match = _NUMBER.match(text)
        if match is None or "第" in text:
            raise InvalidInput(
                f"发文字号「{text}」格式不对：应为 代字〔年份〕序号号，如 京政办发〔2026〕7号"
                "（六角括号，年份写全，序号不编虚位、不加第）",
                f"malformed document number {text!r}: write code〔year〕N号, e.g. 京政办发〔2026〕7号 "
                "(hexagonal brackets, full year, no padding, no 第)",
                code="malformed_document_number",
                field=field,
            )
        return cls(match["code"], int(match["year"]), int(match["seq"]))


def check_code(code: str, *, field: str = "code") -> str:
    """A 机关代字: Chinese characters, no brackets, no digits (the year and number follow it)."""
    if not _CODE.match(code) or code.endswith("第"):
        raise InvalidInput(
            f"机关代字「{code}」无效：不得含括号、数字或空格",
            f"invalid issuing-body code {code!r}: no brackets, digits or spaces",
            code="invalid_issuing_code",
            field=field,
        )
    return code


def copy_numbers(copies: int) -> list[str]:
    """份号 (GB/T 9704-2012 §7.2.1): six Arabic digits per copy, 000001 upwards."""
    return [f"{n:06d}" for n in range(1, copies + 1)]


class Retention(StrEnum):  # 保管期限
    PERMANENT = "永久"
    THIRTY_YEARS = "定期30年"
    TEN_YEARS = "定期10年"

    @classmethod
    def parse(cls, value: str) -> Retention:
        try:
            return cls(value)
        except ValueError:
            raise InvalidInput(
                f"保管期限须为永久、定期30年或定期10年，不能是「{value}」",
                f"the retention period must be 永久, 定期30年 or 定期10年, not {value!r}",
                code="invalid_retention",
                field="retention",
            ) from None
