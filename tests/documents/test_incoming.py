"""收文办理 (《条例》§24): 签收 → 登记 → 初审 → 承办 → 传阅 → 催办 → 答复 → 办结 → 归档."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.documents.office import Office

URGED = "shuniu.documents.incoming.urged.v1"


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


async def test_signing_for_checks_each_item(office: Office):
    base = {"sender": "市政府办", "sender_number": "市政办函〔2026〕3号", "title": "关于……的函"}
    await office.refused(
        "/incoming", "shen", base | {"doc_type": "简报"}, status=422, code="invalid_document_type"
    )
    await office.refused(
        "/incoming",
        "shen",
        base | {"doc_type": "函", "classification": "机密"},
        status=422,
        code="classified_needs_secrecy_period",
    )
    await office.refused("/incoming", "shen", base | {"doc_type": "函", "copies": 0}, status=422)
    await office.refused("/incoming", "chen", base | {"doc_type": "函"}, status=403)  # only a clerk signs for


async def test_the_preliminary_review_returns_a_failing_document_with_its_reason(office: Office):
    id = await office.registered()
    await office.refused(f"/incoming/{id}/review", "shen", {"accept": False}, status=422)
    await office.post(
        f"/incoming/{id}/review", "shen", {"accept": False, "reason": "非本机关主送，请径送县农业农村局"}
    )
    document = await office.incoming(id)
    assert (document["stage"], document["return_reason"]) == ("returned", "非本机关主送，请径送县农业农村局")
    returned = await office.event(id, "shuniu.documents.incoming.returned.v1")
    assert returned["reason"].startswith("非本机关主送")
    await office.refused(
        f"/incoming/{id}/propose", "feng", {"opinion": "拟办"}, status=422, code="not_for_action"
    )


async def test_steps_are_taken_in_the_order_of_the_regulation(office: Office):
    id = await office.received()
    await office.refused(
        f"/incoming/{id}/review",
        "shen",
        {"accept": True, "handling": "批办件"},
        status=409,
        code="out_of_turn",
    )
    await office.post(f"/incoming/{id}/register", "shen")
    await office.refused(f"/incoming/{id}/register", "shen", status=409)
    await office.post(f"/incoming/{id}/review", "shen", {"accept": True, "handling": "批办件"})
    await office.refused(
        f"/incoming/{id}/instruct", "fang", {"instruction": "请办", "lead_department": "finance"}, status=409
    )


async def test_the_office_proposes_and_a_leader_instructs_naming_one_lead_department(office: Office):
    id = await office.proposed()
    body = {"instruction": "请财政局牵头", "lead_department": "finance", "co_departments": ["agriculture"]}
    await office.refused(f"/incoming/{id}/instruct", "feng", body, status=403)  # only a leader
    await office.refused(
        f"/incoming/{id}/instruct",
        "fang",
        body | {"co_departments": ["finance"]},
        status=422,
        code="one_lead_department",
    )
    await office.refused(
        f"/incoming/{id}/instruct",
        "fang",
        body | {"lead_department": "nowhere"},
        status=422,
        code="unknown_department",
    )
    await office.post(f"/incoming/{id}/instruct", "fang", body)
    document = await office.incoming(id)
    assert document["proposal"] == "拟请方副县长阅示，财政局牵头办理"
    assert (
        document["instruction"]["leader"] == "fang"
        and document["instruction"]["lead_department"] == "finance"
    )


async def test_an_urgent_document_gets_a_deadline_in_the_instruction(office: Office):
    id = await office.proposed(urgency="特急")
    body = {"instruction": "请速办", "lead_department": "finance"}
    await office.refused(f"/incoming/{id}/instruct", "fang", body, status=422, code="urgent_needs_deadline")
    await office.post(f"/incoming/{id}/instruct", "fang", body | {"deadline": "2026-03-13"})
    assert (await office.incoming(id))["instruction"]["deadline"] == "2026-03-13"


async def test_the_instruction_event_carries_the_contract_fields_for_supervision(office: Office):
    id = await office.instructed(lead="finance", co=["agriculture"], deadline="2026-03-20", urgency="加急")
    data = await office.event(id, "shuniu.documents.incoming.instructed.v1")
    assert data == {
        "document_id": id,
        "receipt_number": "县府办收〔2026〕1号",
        "title": "关于做好春季农业生产工作的通知",
        "classification": "none",
        "urgency": "加急",
        "instruction": "请财政局牵头抓好落实",
        "leader": "fang",
        "lead_department": "finance",
        "co_departments": ["agriculture"],
        "deadline": "2026-03-20",
        "instructed_on": "2026-03-09",
    }


async def test_a_reminder_is_sent_automatically_the_working_day_before_the_deadline(office: Office):
    id = await office.instructed(deadline="2026-03-16")  # a Monday: the reminder comes on Friday 13th
    assert await office.later(days=3, hours=23) == 0  # Thursday, just before the end of the day
    assert await office.later(hours=1) == 1  # Friday 09:00
    urged = await office.event(id, URGED)
    assert (
        urged["automatic"] is True
        and urged["lead_department"] == "finance"
        and urged["deadline"] == "2026-03-16"
    )
    assert await office.later(days=10) == 0
    assert await office.count(id, URGED) == 1


async def test_no_automatic_reminder_for_a_document_closed_before_it(office: Office):
    id = await office.instructed(deadline="2026-03-16")
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已办"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.later(days=10)
    assert await office.count(id, URGED) == 0


async def test_the_office_urges_a_document_by_hand(office: Office):
    id = await office.instructed()
    await office.post(f"/incoming/{id}/urge", "li", {"note": "请于本周内报送办理情况"})
    document = await office.incoming(id)
    assert (
        document["urgings"][0]["note"] == "请于本周内报送办理情况"
        and document["urgings"][0]["automatic"] is False
    )
    await office.refused(f"/incoming/{await office.registered()}/urge", "li", {"note": "?"}, status=409)


async def test_only_the_lead_department_replies_and_closing_needs_the_reply(office: Office):
    id = await office.instructed(lead="finance", co=["education"])
    await office.refused(f"/incoming/{id}/close", "shen", {}, status=409)
    await office.refused(
        f"/incoming/{id}/reply", "zhao", {"reply": "已阅"}, status=422, code="not_lead_department"
    )
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已按批示办理完毕"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    assert (await office.incoming(id))["closed_on"] == "2026-03-09"


async def test_a_document_is_archived_with_a_retention_period_once_finished(office: Office):
    id = await office.instructed()
    await office.refused(f"/incoming/{id}/archive", "shen", {"retention": "永久"}, status=409)
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已办"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.refused(
        f"/incoming/{id}/archive", "shen", {"retention": "定期5年"}, status=422, code="invalid_retention"
    )
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "永久"})


async def test_the_archive_package_is_the_final_metadata_and_the_handling_record(office: Office):
    id = await office.instructed()
    await office.get(f"/incoming/{id}/archive", "shen", status=409)
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付资金"})
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})
    package = await office.get(f"/incoming/{id}/archive", "shen")
    assert package["metadata"]["retention"] == "定期10年"
    record = package["handling_record"]
    assert [(e["action"], e["actor_name"]) for e in record][3:6] == [
        ("拟办", "冯主任"),
        ("批示", "方副县长"),
        ("答复", "陈局长"),
    ]
    assert (
        record[4]["opinion"] == "请财政局牵头抓好落实" and record[4]["at"] == office.clock.now().isoformat()
    )
    response = await office.client.get(
        f"/incoming/{id}/archive", params={"format": "markdown"}, headers=office.service.as_("shen")
    )
    assert response.headers["content-type"].startswith("text/markdown")
    assert "# 收文处理单：关于做好春季农业生产工作的通知" in response.text
    assert "| 批示 | 方副县长 | 请财政局牵头抓好落实 |" in response.text


async def test_signing_for_the_same_document_twice_with_one_idempotency_key_creates_it_once(office: Office):
    body = {
        "sender": "市财政局",
        "sender_number": "市财预〔2026〕8号",
        "title": "关于下达预算指标的通知",
        "doc_type": "通知",
    }
    first = await office.post("/incoming", "shen", body, status=201, **{"Idempotency-Key": "sign-for-8"})
    again = await office.post("/incoming", "shen", body, status=201, **{"Idempotency-Key": "sign-for-8"})
    assert again["id"] == first["id"]
    assert len((await office.get("/incoming", "shen"))["items"]) == 1


async def test_a_malformed_request_is_a_422_naming_the_field_never_a_500(office: Office):
    problem = await office.refused(
        "/incoming",
        "shen",
        {"sender": "市政府", "sender_number": "1", "title": "t", "doc_type": "函", "copies": "many"},
        status=422,
    )
    assert "copies" in str(problem)
    id = await office.proposed()
    problem = await office.refused(
        f"/incoming/{id}/instruct",
        "fang",
        {"instruction": "请办", "lead_department": "finance", "deadline": "明天"},
        status=422,
    )
    assert "deadline" in str(problem)


async def test_the_archive_record_reads_in_beijing_time_and_in_chinese(office: Office):
    """An archive is read by people: times in Asia/Shanghai, the stage in Chinese (issue 15, defect 5)."""
    id = await office.instructed()
    await office.post(f"/incoming/{id}/reply", "chen", {"reply": "已拨付资金"})
    office.clock.set(datetime(2026, 12, 2, 18, 0, tzinfo=UTC))  # 2026-12-03 02:00 in Beijing
    await office.post(f"/incoming/{id}/close", "shen", {})
    await office.post(f"/incoming/{id}/archive", "shen", {"retention": "定期10年"})
    response = await office.client.get(
        f"/incoming/{id}/archive", params={"format": "markdown"}, headers=office.service.as_("shen")
    )
    assert "- 当前阶段：已归档" in response.text
    assert "| 2026-12-03 02:00 | 办结 | 沈秘书 |" in response.text
    assert "archived" not in response.text
