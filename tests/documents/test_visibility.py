"""Who sees a document: its departments (issuer, recipient, handler, reader) and the office, within
their clearance. Anyone else is told it does not exist (404), so that its existence does not leak."""

from __future__ import annotations

from tests.documents.office import Office


async def test_an_uninvolved_department_gets_404_for_the_document_and_its_steps(office: Office):
    id = await office.instructed(lead="finance")
    assert (await office.incoming(id, "chen"))["id"] == id  # 财政局 handles it
    for path in (f"/incoming/{id}", f"/incoming/{id}/history", f"/incoming/{id}/archive"):
        problem = await office.get(path, "sun", status=404)  # 总工会 has nothing to do with it
        assert problem["code"] == "not_found"
    await office.refused(f"/incoming/{id}/reply", "sun", {"reply": "?"}, status=404)
    unknown = await office.get("/incoming/in-0000000000000000", "sun", status=404)
    assert unknown["detail"].replace("in-0000000000000000", id) == problem["detail"]  # the same answer


async def test_the_office_sees_every_document_within_its_clearance(office: Office):
    id = await office.received()
    for person in ("shen", "feng", "qian"):
        assert (await office.incoming(id, person))["id"] == id
    assert (await office.incoming(id, "luo"))["id"] == id  # addressed to the county government


async def test_a_department_sees_a_document_only_once_it_takes_part(office: Office):
    id = await office.proposed()
    await office.get(f"/incoming/{id}", "chen", status=404)
    await office.post(
        f"/incoming/{id}/instruct", "fang", {"instruction": "请办", "lead_department": "finance"}
    )
    await office.get(f"/incoming/{id}", "chen")


async def test_clearance_must_reach_the_classification_even_inside_the_office(office: Office):
    id = await office.received(by="tang", classification="机密", secrecy_period="10年")
    await office.get(f"/incoming/{id}", "feng")  # 机密
    await office.get(f"/incoming/{id}", "shen", status=404)  # 秘密 only
    listed = await office.get("/incoming", "shen")
    assert id not in [item["id"] for item in listed["items"]]


async def test_an_outgoing_document_is_seen_by_drafter_co_issuers_and_internal_recipients(office: Office):
    id = await office.drafted(
        co_issuers=["union"], main_recipients=["education"], copied_recipients=["市财政局"]
    )
    for person in ("chen", "sun", "zhao", "shen", "luo"):
        await office.get(f"/outgoing/{id}", person)
    await office.get(f"/outgoing/{id}", "wang", status=404)  # 信访局 takes no part
    assert [item["id"] for item in (await office.get("/outgoing", "wang"))["items"]] == []


async def test_lists_show_only_what_the_caller_may_see(office: Office):
    finance = await office.instructed(lead="finance", title="关于春耕资金的通知")
    education = await office.instructed(lead="education", title="关于校舍安全的通知")
    secret = await office.instructed(
        lead="finance",
        co=["education"],
        title="关于考试经费保密的通知",
        classification="秘密",
        secrecy_period="1年",
    )
    ids = lambda page: [item["id"] for item in page["items"]]  # noqa: E731
    assert ids(await office.get("/incoming", "chen")) == [secret, finance]
    assert ids(await office.get("/incoming", "zhao")) == [education]  # 协办, but not cleared for 秘密
    assert ids(await office.get("/incoming", "shen")) == [secret, education, finance]


async def test_nobody_drafts_a_document_classified_above_their_clearance(office: Office):
    secret = {"classification": "秘密", "secrecy_period": "1年"}
    await office.refused(
        "/outgoing",
        "sun",
        {"title": "关于……的通知", "doc_type": "通知", "direction": "下行文", "main_recipients": ["education"]}
        | secret,
        status=422,
        code="drafter_not_cleared",
    )
    await office.drafted("chen", **secret)
