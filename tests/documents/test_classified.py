"""涉密公文只由密级权限相当的人员办理: a classified document is signed for, and worked at every step,
only by people cleared for its 密级 — the 机要 clerk 唐机要 (tang, 机密) for the clerk's steps — and no
step may hand it to someone who could not take the next one (docs/services/documents.md)."""

from __future__ import annotations

from typing import Any

import pytest
from shuniu_documents.bootstrap import DEFINITION

from tests.documents.office import Office
from tests.services import SCHEDULER_OFF, running_service

CONFIDENTIAL = {"classification": "机密", "secrecy_period": "10年"}
SECRET = {"classification": "秘密", "secrecy_period": "1年"}
INCOMING = {
    "sender": "市国家安全局",
    "sender_number": "市安发〔2026〕2号",
    "title": "关于加强涉密载体管理的通知",
    "doc_type": "通知",
}


async def test_a_clerk_not_cleared_for_the_classification_may_not_sign_for_it(office: Office):
    """Issue 15: 沈秘书 (秘密) signed for a 机密 document, which then nobody could register."""
    problem = await office.refused(
        "/incoming", "shen", INCOMING | CONFIDENTIAL, status=422, code="receiver_not_cleared"
    )
    assert problem["required_clearance"] == "机密" and problem["field"] == "classification"
    assert "机密" in problem["detail"] and "机要" in problem["detail"]
    english = await office.client.post(
        "/incoming",
        json=INCOMING | CONFIDENTIAL,
        headers=office.service.as_("li", **{"Accept-Language": "en"}),
    )
    assert english.status_code == 422
    assert "cleared for 机密" in english.json()["detail"]
    assert (await office.get("/incoming", "tang"))["items"] == []  # nothing was signed for


@pytest.mark.postgres
async def test_on_postgresql_too_the_uncleared_clerk_is_refused_and_the_confidential_clerk_registers_it(
    postgres, tmp_path
):
    """The issue's document on the production store: refused to 沈秘书, then numbered for 唐机要."""
    database = postgres.create_database("documents_classified")
    async with running_service(DEFINITION, tmp_path, database_url=database, **SCHEDULER_OFF) as service:
        office = Office(service)
        await office.refused(
            "/incoming", "shen", INCOMING | CONFIDENTIAL, status=422, code="receiver_not_cleared"
        )
        id = await office.received(by="tang", **INCOMING, **CONFIDENTIAL)
        await office.refused(f"/incoming/{id}/register", "li", status=404)
        await office.post(f"/incoming/{id}/register", "tang")
        assert (await office.incoming(id, "tang"))["receipt_number"] == "县府办收〔2026〕1号"


async def test_nobody_in_the_county_may_sign_for_a_top_secret_document(office: Office):
    """绝密 is beyond every clerk of the demo county: refused at the door rather than stuck inside it."""
    for clerk in ("shen", "li", "tang"):
        problem = await office.refused(
            "/incoming", clerk, INCOMING | {"classification": "绝密", "secrecy_period": "长期"}, status=422
        )
        assert problem["required_clearance"] == "绝密"


async def test_the_confidential_clerk_works_a_confidential_document_from_signing_to_archiving(office: Office):
    id = await office.received(by="tang", **INCOMING, **CONFIDENTIAL)
    await office.refused(f"/incoming/{id}/register", "shen", status=404)  # not cleared: not even seen
    await office.post(f"/incoming/{id}/register", "tang")
    await office.post(f"/incoming/{id}/review", "tang", {"accept": True, "handling": "批办件"})
    await office.post(f"/incoming/{id}/propose", "feng", {"opinion": "拟请方副县长阅示，办公室牵头"})
    await office.post(f"/incoming/{id}/instruct", "fang", _instruction("office"))
    await office.post(f"/incoming/{id}/reply", "feng", {"reply": "已逐项核查涉密载体"})
    await office.post(f"/incoming/{id}/close", "tang", {})
    await office.post(f"/incoming/{id}/archive", "tang", {"retention": "永久"})
    assert (await office.incoming(id, "tang"))["stage"] == "archived"


async def test_the_lead_department_must_have_someone_cleared_to_reply(office: Office):
    secret = await office.proposed(**SECRET)
    problem = await office.refused(  # 教育局 has only 赵老师, who is not cleared for 秘密
        f"/incoming/{secret}/instruct",
        "fang",
        _instruction("education"),
        status=422,
        code="lead_department_cannot_reply",
    )
    assert problem["field"] == "lead_department" and problem["required_clearance"] == "秘密"
    await office.post(f"/incoming/{secret}/instruct", "fang", _instruction("finance"))  # 陈局长, 秘密

    open_one = await office.proposed()
    await office.refused(  # 县政府 has leaders only: nobody there gives a 答复
        f"/incoming/{open_one}/instruct",
        "fang",
        _instruction("gov"),
        status=422,
        code="lead_department_cannot_reply",
    )


async def test_the_confidential_clerk_takes_a_confidential_outgoing_document_on_after_signing(office: Office):
    id = await office.drafted("feng", main_recipients=["finance"], copied_recipients=[], **CONFIDENTIAL)
    await office.post(f"/outgoing/{id}/review", "yang", {"approve": True, "opinion": "同意"})
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意印发"})
    await office.refused(f"/outgoing/{id}/recheck", "shen", {}, status=404)
    await office.post(f"/outgoing/{id}/recheck", "tang", {"note": "无实质性修改"})
    await office.post(f"/outgoing/{id}/register", "tang", {"code": "县府办发", "copies": 2})
    await office.post(f"/outgoing/{id}/print", "tang")
    await office.post(f"/outgoing/{id}/dispatch", "tang", {})
    document = await office.outgoing(id, "tang")
    assert document["stage"] == "issued" and document["copy_numbers"] == ["000001", "000002"]


async def test_a_co_issuer_must_have_a_head_cleared_to_countersign(office: Office):
    problem = await office.refused(  # 总工会's head 孙主席 is not cleared for 秘密
        "/outgoing",
        "chen",
        _draft(co_issuers=["union"], **SECRET),
        status=422,
        code="co_issuer_cannot_countersign",
    )
    assert problem["field"] == "co_issuers" and problem["required_clearance"] == "秘密"
    await office.refused(  # 县政府 has no department head to countersign even an open document
        "/outgoing", "chen", _draft(co_issuers=["gov"]), status=422, code="co_issuer_cannot_countersign"
    )
    await office.drafted("chen", co_issuers=["union"])  # open: 孙主席 countersigns


def _instruction(lead: str) -> dict[str, Any]:
    return {"instruction": "请认真研究落实", "lead_department": lead, "co_departments": []}


def _draft(**items: Any) -> dict[str, Any]:
    return {
        "title": "关于联合开展职工技能竞赛的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": "各有关单位：……",
    } | items
