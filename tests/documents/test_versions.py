"""正文的版本: every change at 起草, 审核, 会签 and 复核 is a new version; 签发 signs one of them."""

from __future__ import annotations

from typing import Any

from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.events import Drafted, registry

from tests.documents.office import Office

TITLE = "关于做好2026年春季农业生产工作的通知"
JOINT: dict[str, Any] = {"co_issuers": ["union"], "main_recipients": ["education"]}


def paragraphs(*texts: str) -> dict[str, Any]:
    return {"paragraphs": [{"text": t, "level": 1 if t.endswith("要求") else 0} for t in texts]}


FIRST = paragraphs("各乡镇人民政府：", "工作要求", "请于3月底前完成春耕备耕。", "联系人：张三。")


async def three_versions(office: Office) -> str:
    """起草 by 财政局, edited at 审核 by 冯主任 and at 会签 by 总工会's 孙主席."""
    id = await office.drafted(title=TITLE, body=FIRST, **JOINT)
    reviewed = paragraphs("各乡镇人民政府：", "工作要求", "请于3月20日前完成春耕备耕。", "联系人：张三。")
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": reviewed, "note": "提前时限"})
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意，请总工会会签"})
    countersigned = paragraphs(
        "各乡镇人民政府：", "工作要求", "请于3月20日前完成春耕备耕。", "联系人：李四。"
    )
    await office.post(f"/outgoing/{id}/edit", "sun", {"body": countersigned})
    return id


async def test_every_change_at_drafting_review_and_countersigning_is_a_new_version(office: Office):
    id = await three_versions(office)
    document = await office.outgoing(id)
    assert document["body_version"] == 3
    assert document["body"]["paragraphs"][3]["text"] == "联系人：李四。"
    assert document["body_text"].splitlines()[1] == "一、工作要求"
    edits = [e for e in document["history"] if e["type"] == "shuniu.documents.outgoing.body_edited.v1"]
    assert [(e["actor"], e["data"]["step"], e["data"]["body_version"]) for e in edits] == [
        ("feng", "审核", 2),
        ("sun", "会签", 3),
    ]
    assert edits[-1]["data"]["body_digest"] == document["body_digest"]


async def test_a_draft_is_written_as_plain_text_and_its_headings_are_recognised(office: Office):
    id = await office.drafted(title=TITLE, body="各乡镇人民政府：\n一、工作要求\n请按时完成。")
    body = (await office.outgoing(id))["body"]
    assert [(p["text"], p["level"]) for p in body["paragraphs"]] == [
        ("各乡镇人民政府：", 0),
        ("工作要求", 1),
        ("请按时完成。", 0),
    ]


async def test_an_unchanged_body_or_a_new_title_is_not_an_edit(office: Office):
    id = await office.drafted(title=TITLE, body=FIRST)
    await office.refused(f"/outgoing/{id}/edit", "feng", {"body": FIRST}, status=422, code="body_unchanged")
    await office.refused(
        f"/outgoing/{id}/edit",
        "feng",
        {"body": FIRST | {"title": "新标题"}},
        status=422,
        code="invalid_input",
    )


async def test_only_the_step_s_own_people_edit_the_body(office: Office):
    id = await office.drafted(title=TITLE, body=FIRST, **JOINT)
    await office.refused(f"/outgoing/{id}/edit", "shen", {"body": "改"}, status=403)  # 审核 is the director's
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意"})
    await office.refused(f"/outgoing/{id}/edit", "chen", {"body": "改"}, status=403)  # 财政局 is no co-issuer


def test_an_old_drafted_event_with_its_body_as_one_text_is_read_as_a_structured_body():
    old: dict[str, Any] = {
        "title": TITLE,
        "doc_type": "通知",
        "direction": "下行文",
        "classification": "none",
        "secrecy_period": None,
        "urgency": None,
        "drafting_department": "finance",
        "main_recipients": ["education"],
        "copied_recipients": [],
        "co_issuers": [],
        "body": "各乡镇人民政府：\n一、工作要求\n请按时完成。",
        "drafted_by": "chen",
    }
    event = registry.decode("shuniu.documents.outgoing.drafted.v1", old)
    assert isinstance(event, Drafted)
    body = event.body.body()
    assert body == DocumentBody.from_text(TITLE, old["body"])
    assert body.numbers == ("", "一、", "")
    assert event.body_digest == body.digest()


async def test_a_leader_signs_the_version_read_and_a_stale_one_is_refused(office: Office):
    id = await office.drafted(title=TITLE, body=FIRST)
    read = (await office.outgoing(id, "luo"))["body_digest"]
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": FIRST | {"note": "（联系人：张三）"}})
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意"})
    problem = await office.refused(
        f"/outgoing/{id}/sign", "luo", {"opinion": "同意", "digest": read}, status=409, code="body_changed"
    )
    current = await office.outgoing(id, "luo")
    assert (problem["body_version"], problem["body_digest"]) == (2, current["body_digest"])
    await office.refused(
        f"/outgoing/{id}/sign", "luo", {"opinion": "同意", "body_version": 1}, status=409, code="body_changed"
    )
    await office.post(f"/outgoing/{id}/sign", "luo", {"opinion": "同意", "digest": current["body_digest"]})
    signature = (await office.outgoing(id))["signature"]
    assert (signature["body_version"], signature["body_digest"]) == (2, current["body_digest"])


async def test_an_edit_after_signing_voids_the_signature_and_sends_it_back_to_the_signer(office: Office):
    id = await office.signed(signer="fang", title=TITLE, body=FIRST)
    await office.post(
        f"/outgoing/{id}/edit", "shen", {"body": FIRST | {"note": "（联系人：李四）"}, "note": "改联系人"}
    )
    document = await office.outgoing(id)
    assert (document["stage"], document["signature"], document["required_signer"]) == (
        "awaiting_signature",
        None,
        "fang",
    )
    assert document["voided_signatures"][0]["body_version"] == 1
    assert document["changes_after_signing"] == ["复核时修改正文（第 2 版）：改联系人"]
    assert await office.count(id, "shuniu.documents.outgoing.signature_voided.v1") == 1
    await office.refused(f"/outgoing/{id}/register", "shen", {"code": "县府办发", "copies": 5}, status=409)
    await office.refused(
        f"/outgoing/{id}/sign", "luo", {"opinion": "同意"}, status=422, code="original_signer_required"
    )
    await office.post(f"/outgoing/{id}/sign", "fang", {"opinion": "同意", "body_version": 2})
    assert (await office.outgoing(id))["stage"] == "signed"


async def test_the_versions_are_listed_and_the_redline_from_v1_to_v3_shows_exactly_the_changed_paragraphs(
    office: Office,
):
    id = await three_versions(office)
    listed = await office.get(f"/outgoing/{id}/versions", "chen")
    assert [(v["version"], v["step"], v["by"]) for v in listed] == [
        (1, "起草", "chen"),
        (2, "审核", "feng"),
        (3, "会签", "sun"),
    ]
    assert all(v["at"] and len(v["digest"]) == 64 for v in listed)
    first = await office.get(f"/outgoing/{id}/versions/1", "chen")
    assert first["body"]["paragraphs"][2]["text"] == "请于3月底前完成春耕备耕。"
    changes = await office.get(f"/outgoing/{id}/redline", "chen", **{"from": 1, "to": 3})
    assert [p["mark"] for p in changes["paragraphs"]] == ["unchanged", "unchanged", "changed", "changed"]
    assert [p["new"]["text"] for p in changes["paragraphs"] if p["mark"] == "changed"] == [
        "请于3月20日前完成春耕备耕。",
        "联系人：李四。",
    ]
    assert (changes["from"]["version"], changes["to"]["version"]) == (1, 3)
    await office.get(f"/outgoing/{id}/versions/4", "chen", status=404)


async def test_the_versions_follow_the_document_s_audience(office: Office):
    id = await office.drafted(title=TITLE, body=FIRST, main_recipients=["agriculture"], copied_recipients=[])
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": "各乡镇人民政府："})
    missing = await office.get("/outgoing/out-0000000000000000/versions", "zhao", status=404)
    for path in ("versions", "versions/1", "redline"):
        problem = await office.get(f"/outgoing/{id}/{path}", "zhao", status=404)  # 教育局 takes no part
        assert (problem["code"], problem["status"]) == (missing["code"], missing["status"])


async def test_an_edit_written_as_text_changes_the_paragraphs_and_keeps_the_other_elements(office: Office):
    id = await office.drafted(
        title=TITLE, body=FIRST | {"signatory": "县人民政府", "attachments": ["分配表"]}
    )
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": "各乡镇人民政府：\n一、工作要求"})
    body = (await office.outgoing(id))["body"]
    assert (body["signatory"], body["attachments"], len(body["paragraphs"])) == ("县人民政府", ["分配表"], 2)
