"""发文办理 (《条例》§19–§25): 起草 → 审核 → 会签 → 签发 → 复核 → 登记 → 印制 → 核发, 撤销/废止, 归档."""

from __future__ import annotations

from datetime import timedelta

from tests.documents.office import Office

JOINT = {"co_issuers": ["union"], "main_recipients": ["education"], "copied_recipients": []}


async def test_a_department_drafts_and_the_office_approves_it_for_signing(office: Office):
    id = await office.drafted()
    draft = await office.outgoing(id, "chen")
    assert (draft["stage"], draft["drafting_department"], draft["drafted_by"]) == (
        "drafted",
        "finance",
        "chen",
    )
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意"})
    assert (await office.outgoing(id))["stage"] == "awaiting_signature"


async def test_the_office_returns_a_draft_with_comments_and_the_department_revises_it(office: Office):
    id = await office.drafted()
    await office.refused(f"/outgoing/{id}/review", "feng", {"approve": False, "opinion": ""}, status=422)
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": False, "opinion": "请补充资金来源"})
    assert (await office.outgoing(id))["stage"] == "returned"
    revised = {
        "title": "关于下达2026年县级财政预算的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": "资金来源：县级财政。",
    }
    await office.refused(
        f"/outgoing/{id}/revise", "zhao", revised, status=403
    )  # a recipient, not the drafter
    await office.post(f"/outgoing/{id}/revise", "chen", revised)
    document = await office.outgoing(id)
    assert (document["stage"], document["review_comments"]) == ("drafted", ["请补充资金来源"])


async def test_a_joint_document_is_countersigned_by_every_co_issuer_before_it_is_signed(office: Office):
    id = await office.reviewed(**JOINT)
    assert (await office.outgoing(id))["stage"] == "countersigning"
    await office.refused(f"/outgoing/{id}/sign", "luo", {"opinion": "同意"}, status=409, code="out_of_turn")
    await office.refused(f"/outgoing/{id}/countersign", "chen", {}, status=422, code="not_a_co_issuer")
    await office.post(f"/outgoing/{id}/countersign", "sun", {"opinion": "同意联合发文"})
    await office.refused(f"/outgoing/{id}/countersign", "sun", {}, status=409)
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意"})
    assert (await office.outgoing(id))["countersigned"]["union"]["signed_by"] == "sun"


async def test_the_date_of_issue_is_the_signing_date_and_for_a_joint_document_the_last_signers(
    office: Office,
):
    single = await office.signed()
    assert (await office.outgoing(single))["date_of_issue"] == "2026-03-09"
    joint = await office.reviewed(**JOINT)
    await office.post(f"/outgoing/{joint}/countersign", "sun", {"opinion": "同意"})
    office.clock.advance(timedelta(days=2))
    await office.post(f"/outgoing/{joint}/sign", "luo", {"opinion": "同意"})
    document = await office.outgoing(joint)
    assert document["date_of_issue"] == "2026-03-11"  # 成文日期 = the last signer's date
    assert document["signature"]["signer_name"] == "罗县长"


async def test_an_upward_document_is_signed_by_the_principal_leader_and_shows_its_signer(office: Office):
    id = await office.reviewed(
        doc_type="请示", direction="上行文", main_recipients=["市人民政府"], copied_recipients=[]
    )
    await office.refused(
        f"/outgoing/{id}/sign", "fang", {"opinion": "同意"}, status=422, code="upward_needs_principal_leader"
    )
    await office.refused(
        f"/outgoing/{id}/sign", "feng", {"opinion": "同意"}, status=403
    )  # not a leader at all
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意上报"})
    assert (await office.outgoing(id))["signer"] == "luo"


async def test_a_request_for_instructions_has_exactly_one_main_recipient(office: Office):
    body = {"title": "关于申请防汛资金的请示", "doc_type": "请示", "direction": "上行文", "body": "……"}
    await office.refused(
        "/outgoing",
        "chen",
        body | {"main_recipients": ["市人民政府", "市财政局"]},
        status=422,
        code="request_needs_one_recipient",
    )
    await office.post("/outgoing", "chen", body | {"main_recipients": ["市人民政府"]}, status=201)


async def test_only_the_fifteen_types_and_a_classified_draft_states_its_secrecy_period(office: Office):
    await office.refused(
        "/outgoing", "chen", _draft(doc_type="简报"), status=422, code="invalid_document_type"
    )
    await office.refused(
        "/outgoing", "chen", _draft(classification="机密"), status=422, code="classified_needs_secrecy_period"
    )
    await office.refused("/outgoing", "chen", _draft(urgency="特特急"), status=422, code="invalid_urgency")
    await office.refused(
        "/outgoing", "chen", _draft(main_recipients=["no-such-dept"]), status=422, code="unknown_department"
    )
    await office.post("/outgoing", "chen", _draft(classification="秘密", secrecy_period="6个月"), status=201)


async def test_a_substantive_change_after_signing_goes_back_to_the_original_signer(office: Office):
    id = await office.signed(signer="fang")
    await office.post(
        f"/outgoing/{id}/recheck", "shen", {"substantive_change": "第三条补助标准由 200 元改为 300 元"}
    )
    assert (await office.outgoing(id))["stage"] == "awaiting_signature"
    await office.refused(
        f"/outgoing/{id}/sign", "luo", {"opinion": "同意"}, status=422, code="original_signer_required"
    )
    await office.post(f"/outgoing/{id}/sign", "fang", {"opinion": "同意修改"})
    await office.post(f"/outgoing/{id}/recheck", "shen", {})
    assert (await office.outgoing(id))["stage"] == "rechecked"


async def test_registration_fixes_the_number_the_distribution_list_and_the_copies(office: Office):
    id, number = await office.numbered(code="县府办发", copies=5)
    assert number == "县府办发〔2026〕1号"
    document = await office.outgoing(id)
    assert document["distribution"] == ["education", "agriculture", "县人大常委会办公室"]
    assert document["copies"] == 5
    _, second = await office.numbered(code="县府办发")
    _, other_code = await office.numbered(code="县财发")
    assert (second, other_code) == ("县府办发〔2026〕2号", "县财发〔2026〕1号")


async def test_registration_before_the_recheck_is_refused_and_takes_no_number(office: Office):
    early = await office.signed()
    await office.refused(f"/outgoing/{early}/register", "shen", {"code": "县府办发", "copies": 5}, status=409)
    await office.refused(
        f"/outgoing/{await office.rechecked()}/register",
        "shen",
        {"code": "县府办发【", "copies": 5},
        status=422,
    )
    _, number = await office.numbered(code="县府办发")
    assert number == "县府办发〔2026〕1号"  # nothing was skipped by the refusals


async def test_a_voided_number_is_recorded_as_void_and_never_given_again(office: Office):
    id, number = await office.numbered()
    await office.post(f"/outgoing/{id}/void-number", "shen", {"reason": "登记时选错代字"})
    assert (await office.outgoing(id))["voided_numbers"] == [number]
    await office.post(f"/outgoing/{id}/register", "shen", {"code": "县府办发", "copies": 5})
    assert (await office.outgoing(id))["number"] == "县府办发〔2026〕2号"
    register = await office.get("/numbers", "shen", code="县府办发", year=2026)
    assert [(n["number"], n["status"]) for n in register] == [
        ("县府办发〔2026〕1号", "void"),
        ("县府办发〔2026〕2号", "used"),
    ]


async def test_every_copy_of_a_classified_document_carries_a_copy_number(office: Office):
    secret = await office.printed(classification="秘密", secrecy_period="1年", copies=3)
    assert (await office.outgoing(secret))["copy_numbers"] == ["000001", "000002", "000003"]
    assert (await office.outgoing(secret))["marking"] == "秘密★1年"
    open_document = await office.printed(copies=3)
    assert (await office.outgoing(open_document))["copy_numbers"] == []


async def test_too_few_copies_for_the_distribution_list_are_refused(office: Office):
    id = await office.rechecked()
    await office.refused(
        f"/outgoing/{id}/register",
        "shen",
        {"code": "县府办发", "copies": 2},
        status=422,
        code="too_few_copies",
    )


async def test_dispatch_goes_to_each_recipient_and_the_document_is_issued_when_all_have_it(office: Office):
    id = await office.printed()
    await office.refused(
        f"/outgoing/{id}/dispatch",
        "shen",
        {"recipients": ["union"]},
        status=422,
        code="not_on_distribution_list",
    )
    await office.post(f"/outgoing/{id}/dispatch", "shen", {"recipients": ["education"]})
    assert (await office.outgoing(id))["stage"] == "printed"
    await office.refused(f"/outgoing/{id}/dispatch", "shen", {"recipients": ["education"]}, status=409)
    await office.post(f"/outgoing/{id}/dispatch", "shen", {})
    document = await office.outgoing(id)
    assert document["stage"] == "issued"
    assert set(document["dispatched"]) == {"education", "agriculture", "县人大常委会办公室"}
    issued = await office.event(id, "shuniu.documents.outgoing.issued.v1")
    assert issued["number"] == "县府办发〔2026〕1号" and issued["date_of_issue"] == "2026-03-09"


async def test_an_issued_document_can_be_revoked_or_abolished_once_and_is_archived(office: Office):
    revoked, abolished = await office.issued(), await office.issued()
    await office.refused(f"/outgoing/{revoked}/revoke", "shen", {"reason": "x"}, status=403)
    await office.post(f"/outgoing/{revoked}/revoke", "luo", {"reason": "与上级新规定相抵触"})
    await office.refused(f"/outgoing/{revoked}/abolish", "luo", {"reason": "再次"}, status=409)
    await office.post(f"/outgoing/{abolished}/archive", "shen", {"retention": "永久"})
    await office.post(f"/outgoing/{abolished}/abolish", "luo", {"reason": "已被新文件替代"})
    document = await office.outgoing(abolished)
    assert (document["stage"], document["ended"]["how"], document["retention"]) == (
        "abolished",
        "废止",
        "永久",
    )
    await office.refused(
        f"/outgoing/{revoked}/archive", "shen", {"retention": "定期5年"}, status=422, code="invalid_retention"
    )


async def test_each_step_is_taken_by_its_role(office: Office):
    id = await office.drafted()
    await office.refused(f"/outgoing/{id}/review", "shen", {"approve": True}, status=403)
    await office.refused("/outgoing", "luo", _draft(), status=403)
    await office.post(f"/outgoing/{id}/review", "yang", {"approve": True})
    await office.refused(f"/outgoing/{id}/sign", "chen", {}, status=403)


def _draft(**items):
    return {
        "title": "关于开展安全生产检查的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
    } | items


async def test_an_issued_document_is_archived_with_its_final_text_and_handling_record(office: Office):
    id = await office.issued()
    await office.post(f"/outgoing/{id}/archive", "shen", {"retention": "定期30年"})
    package = await office.get(f"/outgoing/{id}/archive", "chen")
    assert (
        package["metadata"]["body_text"] == "各有关单位：……"
        and package["metadata"]["retention"] == "定期30年"
    )
    signing = next(entry for entry in package["handling_record"] if entry["action"] == "签发")
    assert (signing["actor_name"], signing["opinion"]) == ("罗县长", "同意印发")
    markdown = await office.client.get(
        f"/outgoing/{id}/archive", params={"format": "markdown"}, headers=office.service.as_("chen")
    )
    assert "- 编号：县府办发〔2026〕1号" in markdown.text and "| 签发 | 罗县长 | 同意印发 |" in markdown.text
