"""传阅 (《条例》§24.5): 不得漏传、误传、延误 — who has read it, since when, and who has not."""

from __future__ import annotations

from tests.documents.office import Office

OVERDUE = "shuniu.documents.incoming.circulation_overdue.v1"


async def test_a_document_for_information_is_distributed_to_readers_who_acknowledge_reading(office: Office):
    id = await office.circulated(["chen", "zhao", "sun"])
    document = await office.incoming(id)
    assert document["stage"] == "distributed"
    await office.later(hours=2)
    await office.post(f"/incoming/{id}/circulation/read", "chen")
    await office.post(f"/incoming/{id}/circulation/read", "chen")  # once is enough; twice changes nothing
    await office.later(hours=1)
    status = (await office.incoming(id))["circulation_status"]
    assert (status["read"], status["unread"]) == (1, 2)
    by_reader = {r["reader"]: r for r in status["readers"]}
    assert by_reader["chen"]["read"] and by_reader["chen"]["minutes"] == 120
    assert not by_reader["zhao"]["read"] and by_reader["zhao"]["minutes"] == 180  # waiting three hours


async def test_reading_on_a_version_the_document_has_moved_past_is_refused_and_changes_nothing(
    office: Office,
):
    id = await office.circulated(["chen", "zhao"])
    seen = (await office.incoming(id))["version"]
    await office.post(f"/incoming/{id}/circulation/read", "zhao")
    stale = await office.client.post(
        f"/incoming/{id}/circulation/read", headers=office.service.as_("chen", **{"If-Match": f'"{seen}"'})
    )
    assert stale.status_code == 412 and stale.headers["content-type"].startswith("application/problem+json")
    assert stale.json()["code"] == "precondition_failed"
    status = (await office.incoming(id))["circulation_status"]
    assert {r["reader"]: r["read"] for r in status["readers"]} == {"chen": False, "zhao": True}


async def test_someone_not_on_the_list_cannot_acknowledge(office: Office):
    id = await office.circulated(["chen"])
    await office.refused(
        f"/incoming/{id}/circulation/read", "zhao", status=404
    )  # not involved: it does not exist
    await office.refused(f"/incoming/{id}/circulation/read", "li", status=409, code="not_a_reader")


async def test_a_reader_not_cleared_for_the_classification_is_refused(office: Office):
    id = await office.accepted("阅知件", classification="秘密", secrecy_period="1年")
    await office.refused(
        f"/incoming/{id}/circulation",
        "shen",
        {"readers": ["chen", "zhao"]},
        status=422,
        code="reader_not_cleared",
    )
    await office.refused(f"/incoming/{id}/circulation", "shen", {"readers": ["chen", "chen"]}, status=422)
    await office.refused(
        f"/incoming/{id}/circulation", "shen", {"readers": ["nobody"]}, status=422, code="unknown_person"
    )
    await office.post(f"/incoming/{id}/circulation", "shen", {"readers": ["chen"]})


async def test_a_document_for_information_is_closed_only_when_everyone_has_read_it(office: Office):
    id = await office.circulated(["chen", "zhao"])
    await office.post(f"/incoming/{id}/circulation/read", "chen")
    await office.refused(f"/incoming/{id}/close", "shen", {}, status=422, code="unread_readers")
    await office.post(f"/incoming/{id}/circulation/read", "zhao")
    await office.post(f"/incoming/{id}/close", "shen", {})


async def test_the_office_recalls_a_circulation_and_starts_a_corrected_one(office: Office):
    id = await office.circulated(["chen", "zhao"])
    await office.post(f"/incoming/{id}/circulation/recall", "shen", {"reason": "误传教育局，应传农业农村局"})
    await office.refused(f"/incoming/{id}/circulation/read", "chen", status=409)
    await office.post(f"/incoming/{id}/circulation", "shen", {"readers": ["chen", "sun"]})
    document = await office.incoming(id)
    assert [c["recalled"] for c in document["circulations"]] == [True, False]
    recalled = await office.event(id, "shuniu.documents.incoming.circulation_recalled.v1")
    assert recalled["unread"] == ["chen", "zhao"]


async def test_a_circulation_not_finished_by_its_due_time_is_reported_overdue_once(office: Office):
    id = await office.circulated(["chen", "zhao"])  # Monday; due in two working days, Wednesday 17:30
    await office.post(f"/incoming/{id}/circulation/read", "chen")
    assert await office.later(days=2) == 0  # Wednesday 09:00
    assert await office.later(hours=9) == 1  # Wednesday 18:00
    assert await office.later(days=3) == 0
    assert await office.count(id, OVERDUE) == 1
    overdue = await office.event(id, "shuniu.documents.incoming.circulation_overdue.v1")
    assert overdue["unread"] == ["zhao"]
    listed = await office.get("/incoming", "shen", overdue="true")
    assert [item["id"] for item in listed["items"]] == [id]


async def test_a_circulation_everyone_read_in_time_is_never_overdue(office: Office):
    id = await office.circulated(["chen"])
    await office.post(f"/incoming/{id}/circulation/read", "chen")
    await office.later(days=7)
    assert await office.count(id, OVERDUE) == 0
    assert (await office.incoming(id))["circulations"][0]["overdue"] is False


async def test_the_instruction_of_a_document_for_action_is_circulated_to_its_departments(office: Office):
    id = await office.instructed(lead="finance")
    await office.post(f"/incoming/{id}/circulation", "shen", {"readers": ["chen", "sun"]})
    await office.post(f"/incoming/{id}/circulation/read", "sun")  # 总工会 now takes part: it sees it
    assert (await office.incoming(id, "sun"))["stage"] == "instructed"
