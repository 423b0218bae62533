"""Personal data that can be forgotten: sealed with a key per person before it enters any event;
opened only for those whose work needs it; unreadable everywhere once the key is destroyed, while
every stream still replays."""

from __future__ import annotations

import json

from shuniu_reception.adapters.tables import people, subject_keys
from shuniu_reception.app.personal_data import Unreadable, personal_data
from shuniu_shared.eventstore import events_table
from sqlalchemy import select

from tests.reception.office import (
    PETITIONER,
    VISITOR,
    eventually,
    ok,
    petition,
    register_petition,
    replay_every_stream,
)

CLEAR_TEXT = [
    PETITIONER["name"],
    PETITIONER["id_number"],
    PETITIONER["phone"],
    "幸福路",
    VISITOR["name"],
    VISITOR["phone"],
]


async def raw_event_rows(svc) -> str:
    async with svc.runtime.store.engine.connect() as connection:
        rows = await connection.execute(select(events_table.c.data, events_table.c.context))
        return "\n".join(json.dumps([r.data, r.context], ensure_ascii=False) for r in rows)


async def raw_bus_records(svc) -> str:
    records = await svc.runtime.bus.topic_records("shuniu.reception.events")
    return "\n".join((r.value or b"").decode() + repr(r.headers) for r in records)


async def a_visitor_booked(svc) -> str:
    body = {
        "visitor": VISITOR,
        "host_department": "education",
        "host_person": "zhao",
        "expected_at": "2026-03-09T02:00:00Z",
        "purpose": "来访",
    }
    return ok(await svc.client.post("/visits", json=body, headers=svc.as_("zheng")), 201)["id"]


async def test_no_personal_data_sits_in_clear_in_the_event_store_or_on_the_bus(reception):
    await register_petition(reception)
    await a_visitor_booked(reception)
    stored = await raw_event_rows(reception)
    assert "enc:v1:person-" in stored
    for value in CLEAR_TEXT:
        assert value not in stored

    async def all_published() -> bool:
        return (await raw_bus_records(reception)).count("ce_id") >= 4

    await eventually(all_published)
    published = await raw_bus_records(reception)
    for value in CLEAR_TEXT:
        assert value not in published


async def test_the_read_model_holds_ciphertext_not_clear_text(reception):
    await register_petition(reception)
    async with reception.runtime.store.engine.connect() as connection:
        row = (await connection.execute(select(people))).one()
    assert row.name.startswith("enc:v1:") and PETITIONER["name"] not in row.name


async def test_forgetting_a_petitioner_erases_their_data_everywhere_and_the_history_still_replays(reception):
    petition_id = await register_petition(reception)
    person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    async with reception.runtime.store.engine.connect() as connection:
        token = (await connection.execute(select(people.c.phone))).scalar_one()

    ok(await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("wang")))

    view = await petition(reception, petition_id)
    assert view["petitioner"]["name"] == "[已删除 / erased]"
    assert view["petitioner"]["phone"] == "[已删除 / erased]"
    assert view["content"] == "[已删除 / erased]"
    assert view["case_number"] == "信访〔2026〕1号"  # the rest of the history is intact
    async with reception.runtime.store.engine.connect() as connection:
        row = (await connection.execute(select(people))).one()
        assert (row.name, row.id_number, row.phone, row.address) == (None, None, None, None)
        assert (await connection.execute(select(subject_keys))).first() is None
        opener = await personal_data().opener(connection, [token])
        try:
            opener.open("phone", token)
            raise AssertionError("a forgotten person's data could still be decrypted")
        except Unreadable:
            pass
    assert await replay_every_stream(reception) >= 2  # the person and the petition, rebuilt
    types = [e.type for e in await _stream(reception, person_id)]
    assert types == ["shuniu.reception.person.recorded.v1", "shuniu.reception.person.forgotten.v1"]


async def test_only_the_petitions_office_may_forget_a_person_and_only_once(reception):
    petition_id = await register_petition(reception)
    person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    assert (
        await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("zheng"))
    ).status_code == 403
    ok(await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("feng")))
    assert (
        await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("feng"))
    ).status_code == 409


async def test_forgetting_on_a_version_the_person_has_moved_past_is_refused_and_forgets_nothing(reception):
    petition_id = await register_petition(reception)
    person_id = (await petition(reception, petition_id))["petitioner"]["person_id"]
    stale = await reception.client.post(
        f"/people/{person_id}/forget", headers=reception.as_("wang", **{"If-Match": '"7"'})
    )
    assert stale.status_code == 412 and stale.headers["content-type"].startswith("application/problem+json")
    assert stale.json()["code"] == "precondition_failed"
    assert (await petition(reception, petition_id))["petitioner"]["name"] == PETITIONER["name"]
    async with reception.runtime.store.engine.connect() as connection:
        assert (await connection.execute(select(subject_keys))).first() is not None


async def test_a_receptionist_reads_a_visitor_but_not_a_petitioner(reception):
    visit = await a_visitor_booked(reception)
    visitor_id = ok(await reception.client.get(f"/visits/{visit}", headers=reception.as_("zheng")))[
        "visitor"
    ]["person_id"]
    assert (
        ok(await reception.client.get(f"/people/{visitor_id}", headers=reception.as_("zheng")))["name"]
        == VISITOR["name"]
    )
    petitioner_id = (await petition(reception, await register_petition(reception)))["petitioner"]["person_id"]
    assert (
        await reception.client.get(f"/people/{petitioner_id}", headers=reception.as_("zheng"))
    ).status_code == 404


async def _stream(svc, stream_id: str):
    async with svc.runtime.store.engine.connect() as connection:
        return await svc.runtime.store.read_stream(connection, stream_id)


async def test_a_forgotten_visitor_stays_in_the_building_list_without_their_name(reception):
    visit = await a_visitor_booked(reception)
    ok(
        await reception.client.post(
            f"/visits/{visit}/arrive", json={"badge": "A-01"}, headers=reception.as_("zheng")
        )
    )
    visitor_id = ok(await reception.client.get(f"/visits/{visit}", headers=reception.as_("zheng")))[
        "visitor"
    ]["person_id"]
    ok(await reception.client.post(f"/people/{visitor_id}/forget", headers=reception.as_("feng")))
    inside = ok(await reception.client.get("/visitors/in-building", headers=reception.as_("zheng")))["items"]
    assert inside[0]["badge"] == "A-01"
    assert inside[0]["visitor"]["name"] == "[已删除 / erased]"
