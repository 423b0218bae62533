"""The office's own free text on a case — the 交办 summary the department works from, the acceptance
notice, an objection's or extension's reason, an opinion; sealed under the petitioner's key, but
read by every member of the petition's audience (test_case_text_sealed.py) — may not quote the
petitioner's name, ID number, phone or address, however it is written (《信访工作条例》: no
disclosure to anyone without need; issue 17, finding 2: a substring match let every one of these
evasions through, and the address was not checked at all)."""

from __future__ import annotations

import pytest
from shuniu_reception.domain.disclosure import Identifiers, address_marks, quoted_personal_data

from tests.reception.office import (
    PETITIONER,
    VISITOR,
    accepted_petition,
    an_extension_is_asked,
    ok,
    petition,
    register_petition,
)

刘建国 = Identifiers(**PETITIONER)

EVASIONS = {
    "a space inside the name": ("刘 建国反映学校收费", "name"),
    "a full-width space inside the name": ("刘\u3000建国反映学校收费", "name"),
    "a zero-width space inside the name": ("刘\u200b建国反映学校收费", "name"),
    "a dot between the name's characters": ("刘·建·国反映学校收费", "name"),
    "spaces inside the ID number": ("身份证 110105 19491231 002X", "id_number"),
    "a lower-case x in the ID number": ("身份证11010519491231002x", "id_number"),
    "full-width digits in the ID number": ("身份证１１０１０５１９４９１２３１００２Ｘ", "id_number"),
    "a dashed phone number": ("联系电话138-0013-8000", "phone"),
    "a dotted phone number": ("联系电话138.0013.8000", "phone"),
    "a spaced phone number with the country code": ("电话 +86 138 0013 8000", "phone"),
    "a phone number in full-width digits": ("电话１３８－００１３－８０００", "phone"),
    "the whole address": ("住F县城关镇幸福路8号", "address"),
    "the street and house number": ("家住幸福路8号附近", "address"),
    "the house number in full-width digits and spaced": ("幸福路 ８ 号", "address"),
}


@pytest.mark.parametrize("evasion", EVASIONS, ids=list(EVASIONS))
def test_each_way_of_writing_the_petitioners_data_is_recognised(evasion):
    text, category = EVASIONS[evasion]
    assert quoted_personal_data(text, 刘建国) == category


@pytest.mark.parametrize(
    "summary",
    [
        "反映学校违规收取补课费，请核查处理",
        "反映城关镇某小学收费问题",  # the town alone names no one
        "信访人反映幸福路路灯不亮",  # a street without the house number is a place, not a household
        "请于2026年5月8日前办结，联系人信访局王科长 0871-5550123",
    ],
)
def test_a_summary_without_the_petitioners_data_passes(summary):
    assert quoted_personal_data(summary, 刘建国) is None


def test_an_address_points_at_a_household_through_its_street_and_number():
    assert address_marks("F县城关镇幸福路8号") == ["f县城关镇幸福路8号", "幸福路8号"]
    assert address_marks("城关镇幸福路8号3单元502室")[1] == "幸福路8号"
    assert address_marks("F县城关镇东风村三组")[1] == "东风村三组"


async def assigning(reception, petition_id: str, summary: str):
    return await reception.client.post(
        f"/petitions/{petition_id}/assign",
        json={"department": "education", "summary": summary},
        headers=reception.as_("wang", **{"Accept-Language": "zh-CN"}),
    )


@pytest.mark.parametrize("evasion", EVASIONS, ids=list(EVASIONS))
async def test_a_summary_quoting_the_petitioner_in_any_spelling_is_refused_naming_the_field(
    reception, evasion
):
    text, category = EVASIONS[evasion]
    petition_id = await accepted_petition(reception)
    response = await assigning(reception, petition_id, f"{text}，请核查处理")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert (problem["code"], problem["field"], problem["category"]) == (
        "personal_data_in_text",
        "summary",
        category,
    )
    assert problem["detail"].startswith("交办摘要不得包含信访人的个人信息")
    assert (await petition(reception, petition_id))["stage"] == "accepted"  # nothing was sent


async def test_the_refusal_is_in_english_when_asked(reception):
    petition_id = await accepted_petition(reception)
    response = await reception.client.post(
        f"/petitions/{petition_id}/assign",
        json={"department": "education", "summary": "联系电话138-0013-8000"},
        headers=reception.as_("wang", **{"Accept-Language": "en"}),
    )
    assert response.json()["detail"] == (
        "the summary must not contain the petitioner's phone number, however it is spaced, dashed or written"
    )


async def test_the_acceptance_notice_and_an_objections_reason_are_checked_too(reception):
    petition_id = await register_petition(reception)
    ok(
        await reception.client.post(
            f"/petitions/{petition_id}/route",
            json={"to_department": "education", "routed_on": "2026-03-09"},
            headers=reception.as_("wang"),
        )
    )
    notice = await reception.client.post(
        f"/petitions/{petition_id}/accept",
        json={"notice": "刘 建 国同志：您的来信已受理"},
        headers=reception.as_("wang"),
    )
    assert (notice.status_code, notice.json()["field"]) == (422, "notice")
    objection = await reception.client.post(
        f"/petitions/{petition_id}/object",
        json={"reason": "幸福路８号的问题不属本部门职责"},
        headers=reception.as_("wang"),
    )
    assert (objection.status_code, objection.json()["field"], objection.json()["category"]) == (
        422,
        "reason",
        "address",
    )


async def test_an_extensions_reason_is_checked_too(reception):
    petition_id = await accepted_petition(reception)
    response = await an_extension_is_asked(reception, petition_id, reason="需联系信访人 138 0013 8000 核实")
    assert (response.status_code, response.json()["field"], response.json()["category"]) == (
        422,
        "reason",
        "phone",
    )


async def test_a_visits_purpose_quoting_the_visitor_is_refused(reception):
    """The purpose sits in clear in the visit's events and the building list; the visitor's data is sealed."""
    body = {
        "visitor": VISITOR,
        "host_department": "education",
        "host_person": "zhao",
        "expected_at": "2026-03-09T02:00:00Z",
        "purpose": "马 晓燕来谈合作，电话139-1234-5678",
    }
    response = await reception.client.post("/visits", json=body, headers=reception.as_("zheng"))
    assert response.status_code == 422
    assert (response.json()["code"], response.json()["field"], response.json()["category"]) == (
        "personal_data_in_text",
        "purpose",
        "name",
    )
    assert response.json()["detail"].startswith("来访事由不得包含访客的个人信息（姓名）")
