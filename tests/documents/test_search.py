"""检索：标题、正文与附件文字中的词句都能查到，而且只在检索者的知悉范围之内。Search finds a document
by the words of its title, its 正文 or its attachments' text — within the caller's audience only,
on SQLite (FTS5, trigram) and on PostgreSQL (pg_trgm) alike."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from shuniu_documents.bootstrap import DEFINITION

from tests.documents.files import pdf_with_text, scan_without_text
from tests.documents.office import Office
from tests.documents.test_files import upload
from tests.services import SCHEDULER_OFF, running_service

PLAN = pdf_with_text(
    "全县防汛物资储备情况统计表",
    "各乡镇须于六月底前完成堤防巡查，并将巡查记录报县应急管理局。",
)


@pytest.fixture(params=["sqlite", "postgresql"])
async def office(request, tmp_path) -> AsyncIterator[Office]:
    """The documents service on either database: the index is each one's own."""
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres").create_database(f"documents_search_{uuid.uuid4().hex[:8]}")
    async with running_service(DEFINITION, tmp_path, database_url=url, **SCHEDULER_OFF) as service:
        yield Office(service)


async def search(office: Office, who: str, q: str, **params: Any) -> list[dict[str, Any]]:
    return (await office.get("/search", who, q=q, **params))["items"]


def marked(hit: dict[str, Any]) -> list[str]:
    return [hit["snippet"][start:end] for start, end in hit["marks"]]


async def test_a_phrase_of_an_attachments_pdf_text_finds_the_document_but_not_for_someone_outside_its_audience(
    office: Office,
):
    id = await office.instructed(lead="finance")  # 财政局 takes part; 教育局 does not
    file = (await upload(office, id, "shen", PLAN, "附件一 防汛物资统计表.pdf", "附件1"))["file"]
    assert file["text"]["status"] == "text"

    found = await search(office, "chen", "完成堤防巡查")
    assert [(item["kind"], item["id"], item["title"]) for item in found] == [
        ("incoming", id, "关于做好春季农业生产工作的通知")
    ]
    (hit,) = found[0]["hits"]
    assert (hit["where"], hit["file_name"], hit["sha256"]) == (
        "file",
        "附件一 防汛物资统计表.pdf",
        file["sha256"],
    )
    assert "各乡镇须于六月底前完成堤防巡查" in hit["snippet"] and len(hit["snippet"]) <= 120
    assert marked(hit) == ["完成堤防巡查"]

    assert await search(office, "zhao", "完成堤防巡查") == []  # 赵老师 of 教育局: as if it did not exist
    await office.get(f"/incoming/{id}", "zhao", status=404)


async def test_a_two_character_word_is_found_too_and_every_occurrence_in_the_snippet_is_marked(
    office: Office,
):
    id = await office.instructed(lead="finance")
    await upload(office, id, "shen", PLAN, "统计表.pdf", "附件1")
    (item,) = await search(office, "chen", "巡查")
    (hit,) = item["hits"]
    assert marked(hit) == ["巡查", "巡查"]
    assert await search(office, "zhao", "巡查") == []


async def test_the_title_and_the_body_of_a_draft_are_found_and_an_edit_is_searched_as_it_now_reads(
    office: Office,
):
    id = await office.drafted(body="各有关单位：\n一、加快预算执行进度\n请于十日内报送执行情况。")
    (item,) = await search(office, "chen", "预算执行")
    assert item["kind"] == "outgoing"
    (hit,) = item["hits"]
    assert (hit["where"], hit["file_name"], hit["sha256"]) == ("body", None, None)
    assert hit["snippet"] == "各有关单位： 一、加快预算执行进度 请于十日内报送执行情况。"
    assert marked(hit) == ["预算执行"]
    (title_hit,) = (await search(office, "chen", "县级财政"))[0]["hits"]
    assert (title_hit["where"], title_hit["snippet"]) == ("title", "关于下达2026年县级财政预算的通知")

    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意"})
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": "各有关单位：\n请于十日内报送预算编制情况。"})
    assert await search(office, "chen", "预算执行") == []
    assert [h["where"] for h in (await search(office, "chen", "预算编制"))[0]["hits"]] == ["body"]


async def test_the_limit_counts_only_documents_the_caller_may_open(office: Office):
    theirs = await office.instructed(lead="education", title="关于开展校舍安全检查的通知")
    for _ in range(3):  # newer, and hidden from 教育局
        await office.instructed(lead="finance", title="关于开展财政资金安全检查的通知")
    found = await search(office, "zhao", "安全检查", limit=1)
    assert [item["id"] for item in found] == [theirs]
    assert len(await search(office, "shen", "安全检查", limit=10)) == 4  # the office sees every one


async def test_a_scan_without_a_text_layer_is_named_as_such(office: Office):
    id = await office.instructed(lead="finance")
    file = (await upload(office, id, "shen", scan_without_text(), "原件扫描.pdf", "原件扫描"))["file"]
    assert file["text"]["status"] == "no_text_layer" and "无文字层" in file["text"]["detail"]
    (listed,) = (await office.get(f"/incoming/{id}/files", "chen"))["items"]
    assert listed["text"] == {"status": "no_text_layer", "chars": 0}


@pytest.mark.parametrize("q", ["", "   ", "检" * 201, "防汛\x07", "防汛\n工作"])
async def test_an_empty_overlong_or_control_character_query_is_a_422_naming_q(office: Office, q: str):
    response = await office.client.get("/search", params={"q": q}, headers=office.service.as_("shen"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "invalid_query" and problem["detail"].startswith("检索词"), problem


# ── two-character words and rare phrases, from the indexes (documents_0004) ───────────────


async def test_a_two_character_word_finds_every_document_holding_it_within_the_callers_audience_only(
    office: Office,
):
    finance = await office.instructed(lead="finance", title="关于做好台风防御工作的通知")
    education = await office.instructed(lead="education", title="关于做好台风过后校舍排查的通知")
    await office.instructed(lead="finance", title="关于做好防汛物资储备的通知")

    assert [item["id"] for item in await search(office, "chen", "台风")] == [finance]  # 财政局's own
    assert [item["id"] for item in await search(office, "zhao", "台风")] == [education]  # 教育局's own
    found = await search(office, "shen", "台风")  # the office sees both, newest first
    assert [item["id"] for item in found] == [education, finance]
    assert [marked(hit) for hit in found[0]["hits"]] == [["台风"]]
    assert await search(office, "sun", "台风") == []  # 总工会 takes part in neither


async def test_a_two_character_word_is_found_as_the_text_now_reads_and_letters_in_either_case(
    office: Office,
):
    id = await office.drafted(title="关于推进5G基站建设的通知", body="各有关单位：\n请加快工程进度。")
    assert [item["id"] for item in await search(office, "chen", "5g")] == [id]
    assert [item["id"] for item in await search(office, "chen", "进度")] == [id]

    await office.post(f"/outgoing/{id}/review", "feng", {"approve": True, "opinion": "同意"})
    await office.post(f"/outgoing/{id}/edit", "feng", {"body": "各有关单位：\n请报送编制情况。"})
    assert await search(office, "chen", "进度") == []  # the old 正文's word is gone from the index
    assert [h["where"] for h in (await search(office, "chen", "编制"))[0]["hits"]] == ["body"]


async def test_a_two_character_word_no_document_holds_finds_nothing(office: Office):
    await office.instructed(lead="finance", title="关于做好防汛物资储备的通知")
    await office.drafted(body="各有关单位：\n请于十日内报送执行情况。")
    for who in ("shen", "chen", "zhao"):
        assert await search(office, who, "地震") == []


async def test_a_rare_phrase_finds_a_department_heads_documents_newest_first(office: Office):
    theirs = []
    for n in range(3):
        theirs.append(
            await office.instructed(lead="finance", title=f"关于青石镇灌溉渠改造第{n + 1}批资金的通知")
        )
        await office.instructed(lead="education", title="关于青石镇灌溉渠改造涉及校舍的通知")  # not 财政局's
        await office.instructed(lead="finance", title="关于做好春季农业生产工作的通知")  # no such phrase
    found = await search(office, "chen", "石镇灌溉")
    assert [item["id"] for item in found] == theirs[::-1]
    assert found[0]["title"] == "关于青石镇灌溉渠改造第3批资金的通知"
    assert len(await search(office, "shen", "石镇灌溉")) == 6
