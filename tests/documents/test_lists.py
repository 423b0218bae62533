"""Lists: by stage, department, type, year, urgency, overdue and words of the title, page by page."""

from __future__ import annotations

from tests.documents.office import Office


def ids(page):
    return [item["id"] for item in page["items"]]


async def test_the_list_filters_by_stage_type_urgency_department_and_title(office: Office):
    notice = await office.registered(title="关于做好防汛工作的通知", urgency="特急")
    letter = await office.accepted(doc_type="函", title="关于商请支持春耕的函")
    instructed = await office.instructed(lead="finance", co=["agriculture"], title="关于春耕备耕的通知")
    assert ids(await office.get("/incoming", "shen", stage="registered")) == [notice]
    assert ids(await office.get("/incoming", "shen", doc_type="函")) == [letter]
    assert ids(await office.get("/incoming", "shen", urgency="特急")) == [notice]
    assert ids(await office.get("/incoming", "shen", department="agriculture")) == [instructed]
    assert ids(await office.get("/incoming", "shen", q="春耕")) == [instructed, letter]
    assert ids(await office.get("/incoming", "shen", q="%")) == []  # a wildcard is just a character
    assert ids(await office.get("/incoming", "shen", year=2026)) == [instructed, letter, notice]
    assert ids(await office.get("/incoming", "shen", year=2025)) == []


async def test_a_document_past_its_deadline_and_not_closed_is_overdue(office: Office):
    late = await office.instructed(deadline="2026-03-10")
    in_time = await office.instructed(deadline="2026-03-31")
    await office.later(days=2)
    assert ids(await office.get("/incoming", "shen", overdue="true")) == [late]
    assert ids(await office.get("/incoming", "shen", overdue="false")) == [in_time]
    item = (await office.get("/incoming", "shen", overdue="true"))["items"][0]
    assert (
        item["overdue"] is True and item["deadline"] == "2026-03-10" and item["lead_department"] == "finance"
    )


async def test_lists_are_paged_with_a_cursor(office: Office):
    created = [await office.drafted(title=f"第{n}号草稿") for n in range(5)]
    first = await office.get("/outgoing", "shen", limit=2)
    second = await office.get("/outgoing", "shen", limit=2, cursor=first["next_cursor"])
    third = await office.get("/outgoing", "shen", limit=2, cursor=second["next_cursor"])
    assert ids(first) + ids(second) + ids(third) == list(reversed(created))
    assert third["next_cursor"] is None
    assert (await office.get("/outgoing", "shen", cursor="not-a-cursor", status=422))["field"] == "cursor"


async def test_a_numbered_outgoing_document_is_listed_with_its_number(office: Office):
    id, number = await office.numbered()
    item = (await office.get("/outgoing", "shen", stage="registered"))["items"][0]
    assert (item["id"], item["number"], item["year"]) == (id, number, 2026)
