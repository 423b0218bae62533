"""Who may see each of reception's objects (知悉范围): the audience its aggregate names after every
event is exactly whom the service's own GET opens it to, and every list shows exactly what the GET
opens — for every person of the demo county. Hidden, missing and of another kind answer one 404."""

from __future__ import annotations

from typing import Any

from shuniu_reception.domain.audiences import PERSON_DETAILS, PETITION_CONTENT, WHEREABOUTS
from shuniu_reception.domain.people import READS_PETITIONER_DATA, READS_VISITOR_DATA
from shuniu_reception.domain.petitions import SEES_ALL_PETITIONS
from shuniu_reception.domain.seals import Seal
from shuniu_reception.domain.vehicles import FLEET, Vehicle
from shuniu_reception.domain.visitors import RECEPTION_STAFF
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from shuniu_shared.eventstore import events_table
from sqlalchemy import select

from tests.reception.office import accepted_petition, ok, register_petition
from tests.reception.test_personal_data import a_visitor_booked
from tests.reception.test_petitions_api import without_request_details
from tests.reception.test_seals_api import a_request, a_seal
from tests.reception.test_vehicles_api import MORNING

DIRECTORY = Directory.load()
EVERYONE = sorted(DIRECTORY.people)
PEOPLE_REFUSED = (403, 404)  # /people/{id} is only for those who read some kind of personal data
PETITION_STAFF_AND_LEADERS = ["fang", "feng", "luo", "wang", "yang"]  # 信访局, 办公室主任, 县长、副县长


async def who_may_open(svc, path: str, *, refused: tuple[int, ...] = (404,)) -> list[str]:
    """Everyone of the demo county whom `path` answers 200; everyone else must get the 404 (or,
    where a route admits only some roles whatever the object, those roles' 403)."""
    opened = []
    for person in EVERYONE:
        response = await svc.client.get(path, headers=svc.as_(person))
        assert response.status_code in (200, *refused), (person, path, response.text)
        if response.status_code == 200:
            opened.append(person)
    return opened


async def audiences_stored(svc, stream_id: str) -> list[Audience | None]:
    async with svc.runtime.store.engine.connect() as connection:
        return [e.audience() for e in await svc.runtime.store.read_stream(connection, stream_id)]


async def routed_to(svc, petition_id: str, department: str) -> None:
    ok(
        await svc.client.post(
            f"/petitions/{petition_id}/route", json={"to_department": department}, headers=svc.as_("wang")
        )
    )


async def assigned_to(svc, petition_id: str, department: str) -> None:
    summary = {"department": department, "summary": "反映学校违规收取补课费，请核查处理"}
    ok(await svc.client.post(f"/petitions/{petition_id}/assign", json=summary, headers=svc.as_("wang")))


async def a_trip(svc, *, asked_by: str, rider: str, passengers: list[str]) -> str:
    body = {"rider": rider, "passengers": passengers, "destination": "市教育局", **MORNING}
    return ok(await svc.client.post("/trips", json=body, headers=svc.as_(asked_by)), 201)["id"]


# 信访事项 ----------------------------------------------------------------------------------------


async def test_a_petition_is_seen_by_petition_staff_and_the_department_it_was_routed_to_only(reception):
    petition_id = await register_petition(reception)
    assert await who_may_open(reception, f"/petitions/{petition_id}") == PETITION_STAFF_AND_LEADERS
    await routed_to(reception, petition_id, "education")
    assert await who_may_open(reception, f"/petitions/{petition_id}") == sorted(
        [*PETITION_STAFF_AND_LEADERS, "zhao"]  # 赵老师 of 县教育局
    )


async def test_once_assigned_a_petition_is_seen_by_the_department_that_works_it_instead(reception):
    """交办 to 县财政局 after 县教育局 accepted it: the work, and the knowing, move to 财政局."""
    petition_id = await accepted_petition(reception)  # routed to and accepted by 县教育局
    await assigned_to(reception, petition_id, "finance")
    assert await who_may_open(reception, f"/petitions/{petition_id}") == sorted(
        [*PETITION_STAFF_AND_LEADERS, "chen"]  # 陈局长 of 县财政局
    )


async def test_each_stored_event_of_a_petition_carries_its_audience_after_it(reception):
    petition_id = await accepted_petition(reception)
    await assigned_to(reception, petition_id, "finance")
    stored = await audiences_stored(reception, petition_id)

    assert [sorted(a.departments) for a in stored if a] == [[], ["education"], ["education"], ["finance"]]
    assert all(a and a.roles == frozenset(SEES_ALL_PETITIONS) for a in stored)
    assert all(a and a.personal_data == {*PERSON_DETAILS, PETITION_CONTENT} for a in stored)
    assert all(a and a.classification == "none" and not a.people and not a.members_of for a in stored)


async def test_the_petitioner_s_record_is_read_by_the_petitions_office_and_after_forgetting_carries_no_data(
    reception,
):
    petition_id = await register_petition(reception)
    person_id = ok(await reception.client.get(f"/petitions/{petition_id}", headers=reception.as_("wang")))[
        "petitioner"
    ]["person_id"]
    assert await who_may_open(reception, f"/people/{person_id}", refused=PEOPLE_REFUSED) == [
        "feng",
        "wang",
        "yang",
    ]
    ok(await reception.client.post(f"/people/{person_id}/forget", headers=reception.as_("feng")))

    recorded, forgotten = await audiences_stored(reception, person_id)
    assert recorded == Audience.of(roles=READS_PETITIONER_DATA, personal_data=PERSON_DETAILS)
    assert forgotten == Audience.of(roles=READS_PETITIONER_DATA)  # its tokens open for nobody now


# 来访 ----------------------------------------------------------------------------------------------


async def test_a_visit_is_seen_by_reception_and_the_person_visited_only(reception):
    """Not by the host's department: 县教育局 has no need to know who came to see 赵老师."""
    visit = await a_visitor_booked(reception)  # to see 赵老师 of 县教育局
    assert await who_may_open(reception, f"/visits/{visit}") == ["feng", "yang", "zhao", "zheng"]
    ok(
        await reception.client.post(
            f"/visits/{visit}/arrive", json={"badge": "A-01"}, headers=reception.as_("zheng")
        )
    )
    (booked, arrived) = await audiences_stored(reception, visit)
    assert (
        booked
        == arrived
        == Audience.of(roles=RECEPTION_STAFF, people=["zhao"], personal_data=(*PERSON_DETAILS, WHEREABOUTS))
    )


async def test_a_visitor_s_record_is_read_by_reception_and_the_petitions_office(reception):
    visit = await a_visitor_booked(reception)
    person_id = ok(await reception.client.get(f"/visits/{visit}", headers=reception.as_("zheng")))["visitor"][
        "person_id"
    ]
    assert await who_may_open(reception, f"/people/{person_id}", refused=PEOPLE_REFUSED) == [
        "feng",
        "wang",
        "yang",
        "zheng",
    ]
    assert await audiences_stored(reception, person_id) == [
        Audience.of(roles=READS_VISITOR_DATA, personal_data=PERSON_DETAILS)
    ]


# 用车 ----------------------------------------------------------------------------------------------


async def test_a_trip_is_seen_by_the_fleet_and_the_people_who_travel_or_asked_for_it_only(reception):
    """沈秘书 asks a car for 陈局长, with 赵老师 riding along."""
    trip = await a_trip(reception, asked_by="shen", rider="chen", passengers=["zhao"])
    assert await who_may_open(reception, f"/trips/{trip}") == ["chen", "feng", "shen", "wu", "yang", "zhao"]
    assert await audiences_stored(reception, trip) == [
        Audience.of(roles=FLEET, people=["shen", "chen", "zhao"], personal_data=[WHEREABOUTS])
    ]


async def test_a_passenger_finds_the_trip_in_the_list_as_well_as_by_its_id(reception):
    """The list once knew only the requester and the rider, while the trip opened for its passengers."""
    trip = await a_trip(reception, asked_by="chen", rider="chen", passengers=["zhao"])
    ok(await reception.client.get(f"/trips/{trip}", headers=reception.as_("zhao")))
    listed = ok(await reception.client.get("/trips", headers=reception.as_("zhao")))["items"]
    assert [t["id"] for t in listed] == [trip]


# 用印 ----------------------------------------------------------------------------------------------


async def test_a_seal_request_is_seen_by_the_seal_office_the_auditor_and_its_requester_only(reception):
    request = await a_request(reception, await a_seal(reception))  # 李文书 asks
    assert await who_may_open(reception, f"/seal-requests/{request}") == ["feng", "li", "qian", "wu", "yang"]


def test_the_pool_and_the_seals_are_reference_data_for_everyone_with_a_role():
    for reference in (Vehicle("vehicle-1").audience(), Seal("seal-1").audience()):
        assert [p for p in EVERYONE if Actor.of(DIRECTORY.person(p)).sees(reference, DIRECTORY)] == EVERYONE
        assert not reference.personal_data


# One 404 -------------------------------------------------------------------------------------------


async def test_an_id_of_another_kind_of_object_is_the_same_404_as_a_missing_one(reception):
    """A trip's id at the petitions' path replayed the trip as a petition: a 500, and a way to learn
    which ids exist; its history was shown to the petitions office, who may not see the trip."""
    trip = await a_trip(reception, asked_by="chen", rider="chen", passengers=[])
    for path in (f"/petitions/{trip}", f"/petitions/{trip}/history"):
        other_kind = await reception.client.get(path, headers=reception.as_("wang"))
        missing = await reception.client.get(
            path.replace(trip, "trip-that-never-was"), headers=reception.as_("wang")
        )
        assert other_kind.status_code == missing.status_code == 404, other_kind.text
        assert without_request_details(other_kind.json()) == without_request_details(missing.json())
    petition_id = await register_petition(reception)
    for path in (
        f"/visits/{petition_id}",
        f"/trips/{petition_id}",
        f"/seal-requests/{petition_id}",
        f"/hospitality/{petition_id}",
        f"/hospitality/{petition_id}/list",
        f"/requisitions/{petition_id}",
        f"/assets/{petition_id}",
        f"/assets/{petition_id}/history",
        f"/asset-counts/{petition_id}",
    ):
        assert (await reception.client.get(path, headers=reception.as_("feng"))).status_code == 404


# Lists agree with the GET --------------------------------------------------------------------------

SINGLE_GET = {
    "petition": "/petitions/{}",
    "visit": "/visits/{}",
    "trip": "/trips/{}",
    "seal_request": "/seal-requests/{}",
    "hospitality": "/hospitality/{}",
    "requisition": "/requisitions/{}",
    "asset": "/assets/{}",
}
LISTS = {
    "petition": "/petitions",
    "visit": "/visits",
    "trip": "/trips",
    "seal_request": "/seal-requests",
    "hospitality": "/hospitality",
    "requisition": "/requisitions",
    "asset": "/assets",
}


async def objects_of_every_kind(svc) -> dict[str, list[str]]:
    async with svc.runtime.store.engine.connect() as connection:
        rows = await connection.execute(select(events_table.c.stream_id, events_table.c.type).distinct())
        kinds: dict[str, set[str]] = {kind: set() for kind in SINGLE_GET}
        for stream_id, type_ in rows:
            kind = type_.split(".")[2]  # shuniu.reception.<aggregate>.<event>.vN
            if kind in kinds:
                kinds[kind].add(stream_id)
    return {kind: sorted(ids) for kind, ids in kinds.items()}


async def every_page(svc, path: str, person: str) -> list[str]:
    """The ids a list shows, page after page of two (so a page is often filled past hidden rows)."""
    ids: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = ok(await svc.client.get(path, params=params, headers=svc.as_(person)))
        ids += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return ids


async def test_for_every_demo_person_each_list_shows_exactly_the_objects_their_get_opens(reception):
    assert await reception.runtime.seed_demo()
    await a_trip(reception, asked_by="shen", rider="fang", passengers=["zhao", "sun"])  # with passengers
    objects = await objects_of_every_kind(reception)
    assert all(objects.values()), objects
    for person in EVERYONE:
        opened: dict[str, dict[str, Any]] = {}
        for kind, ids in objects.items():
            for object_id in ids:
                response = await reception.client.get(
                    SINGLE_GET[kind].format(object_id), headers=reception.as_(person)
                )
                assert response.status_code in (200, 404), (person, object_id, response.text)
                if response.status_code == 200:
                    opened[object_id] = response.json()
            listed = await every_page(reception, LISTS[kind], person)
            assert len(listed) == len(set(listed)), (person, kind, listed)
            assert sorted(listed) == [i for i in ids if i in opened], (person, kind)
        inside = await reception.client.get("/visitors/in-building", headers=reception.as_(person))
        if inside.status_code == 200:  # reception's own list of who is in the building now
            in_building = {i for i in objects["visit"] if opened.get(i, {}).get("stage") == "in_building"}
            assert {v["id"] for v in inside.json()["items"]} == in_building
            assert inside.json()["count"] == len(in_building)
        else:
            assert inside.status_code == 403, (person, inside.text)
