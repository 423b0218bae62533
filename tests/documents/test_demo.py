"""`make dev` shows documents at every stage, made by the office's people through the service's commands."""

from __future__ import annotations

from tests.documents.office import Office


async def test_the_demo_loads_into_an_empty_service_with_documents_at_every_stage(office: Office):
    assert await office.service.runtime.seed_demo() is True
    incoming = await office.get("/incoming", "shen", limit=200)
    outgoing = await office.get("/outgoing", "shen", limit=200)
    assert {item["stage"] for item in incoming["items"]} == {
        "received",
        "registered",
        "returned",
        "accepted",
        "distributed",
        "proposed",
        "instructed",
        "replied",
        "closed",
        "archived",
    }
    assert {item["stage"] for item in outgoing["items"]} == {
        "drafted",
        "returned",
        "countersigning",
        "awaiting_signature",
        "signed",
        "rechecked",
        "registered",
        "printed",
        "issued",
        "revoked",
        "archived",
    }
    assert await office.service.runtime.seed_demo() is False  # once, into an empty store only
    numbers = await office.get("/numbers", "shen", code="县府办发", year=2026)
    assert "void" in {n["status"] for n in numbers}
    distributed = next(item for item in incoming["items"] if item["stage"] == "distributed")
    status = (await office.incoming(distributed["id"]))["circulation_status"]
    assert (status["read"], status["unread"]) == (2, 2)


async def test_the_demo_has_a_document_whose_body_went_through_three_versions(office: Office):
    await office.service.runtime.seed_demo()
    outgoing = await office.get("/outgoing", "shen", limit=200, q="春季农业生产")
    (item,) = outgoing["items"]
    versions = await office.get(f"/outgoing/{item['id']}/versions", "shen")
    assert [v["step"] for v in versions] == ["起草", "审核", "会签"]
    changes = await office.get(f"/outgoing/{item['id']}/redline", "shen", **{"from": 1, "to": 3})
    changed = [p["new"]["text"] for p in changes["paragraphs"] if p["mark"] == "changed"]
    assert changed == [
        "请于3月20日前完成春耕备耕，确保粮食播种面积稳定。",
        "县财政安排专项资金，用于农机购置补贴和农民工技能培训。",
    ]
