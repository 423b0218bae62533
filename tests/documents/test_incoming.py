"""收文办理 (《条例》§24): 签收 → 登记 → 初审 → 承办 → 传阅 → 催办 → 答复 → 办结 → 归档."""

from __future__ import annotations

from tests.documents.office import Office


async def test_a_document_is_signed_for_with_each_item_and_the_time(office: Office):
    id = await office.received(classification="秘密", secrecy_period="1年", urgency="加急", copies=3)
    document = await office.incoming(id)
    assert document["stage"] == "received"
    assert (document["sender"], document["sender_number"], document["copies"]) == (
        "市人民政府办公室",
        "市政办发〔2026〕12号",
        3,
    )
    assert (document["classification"], document["secrecy_period"], document["urgency"]) == (
        "秘密",
        "1年",
        "加急",
    )
    assert document["received_at"] == office.clock.now().isoformat()


async def test_registration_gives_receipt_numbers_continuous_within_the_year(office: Office):
    first, second = await office.registered(), await office.registered()
    assert (await office.incoming(first))["receipt_number"] == "县府办收〔2026〕1号"
    assert (await office.incoming(second))["receipt_number"] == "县府办收〔2026〕2号"


async def test_a_document_for_action_goes_from_instruction_to_reply_and_closing(office: Office):
    id = await office.instructed(lead="finance", co=["agriculture"], deadline="2026-03-20")
    instructed = await office.event(id, "shuniu.documents.incoming.instructed.v1")
    assert instructed["lead_department"] == "finance" and instructed["co_departments"] == ["agriculture"]
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付春耕资金 500 万元"})
    await office.post(f"/incoming/{id}/close", "shen", {"note": ""})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期30年"})
    document = await office.incoming(id)
    assert document["stage"] == "archived" and document["retention"] == "定期30年"
    assert [entry["action"] for entry in document["history"]] == [
        "签收",
        "登记",
        "初审通过",
        "拟办",
        "批示",
        "答复",
        "办结",
        "归档",
    ]
