"""Who may see a document (知悉范围) is one rule: its audience (domain/audience.py). The service's GET
decides with it, its lists agree with it, and every stored event carries it as it stands after that
event, so a reader elsewhere shows a document to exactly the people the GET shows it to.

The demo county (shared/shuniu_shared/demo/directory.toml): 罗县长 luo (绝密) and 方副县长 fang (机密)
are of the county government `gov` itself; the office `office` has 冯主任 feng, 杨副主任 yang and
钱审计 qian (机密), and its sections 秘书科 (沈 shen, 李 li: 秘密; 唐机要 tang: 机密), 督查室 (周 zhou:
秘密) and 行政事务科 (吴 wu, 郑 zheng: not cleared); the bureaus under `gov` are 信访局 (wang),
财政局 (chen), 教育局 (zhao) and 总工会 (sun, zhang).
"""

from __future__ import annotations

from typing import Any

from shuniu_documents.adapters.tables import documents, numbers
from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument
from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.eventstore import StoredEvent
from sqlalchemy import select

from tests.documents.office import Office

EVERYONE = (
    "luo fang feng yang qian shen xie li tang zhou wu zheng wang chen zhao sun zhang".split()
)  # the demo county's people, every one of them


async def who_may_open(office: Office, kind: str, id: str) -> set[str]:
    """The people of the demo county whose GET of the document answers 200 (the others get 404)."""
    seen = set()
    for person in EVERYONE:
        response = await office.client.get(f"/{kind}/{id}", headers=office.service.as_(person))
        assert response.status_code in (200, 404), response.text
        if response.status_code == 200:
            seen.add(person)
    return seen


async def stored(office: Office, id: str) -> list[StoredEvent]:
    store = office.service.runtime.store
    async with store.engine.connect() as connection:
        return await store.read_stream(connection, id)


def said(event: StoredEvent) -> Audience:
    """The audience the event carries (every event of this service names one)."""
    audience = event.audience()
    assert audience is not None, event.type
    return audience


async def audience_now(office: Office, id: str) -> Audience:
    """The audience the document's last event carries: what every reader elsewhere goes by."""
    return said((await stored(office, id))[-1])


async def listed(office: Office, kind: str, person: str) -> set[str]:
    """Every document the person's list shows, page after page."""
    ids: set[str] = set()
    params = {"limit": "10"}  # several pages: the cursor must agree too
    while True:
        response = await office.client.get(f"/{kind}", params=params, headers=office.service.as_(person))
        assert response.status_code == 200, response.text
        page = response.json()
        ids |= {item["id"] for item in page["items"]}
        if page["next_cursor"] is None:
            return ids
        params["cursor"] = page["next_cursor"]


# ── the rule, as the regulation and the office put it ──────────────────────────────────────────


async def test_a_classified_incoming_document_is_seen_only_by_those_cleared_for_it(office: Office):
    id = await office.received(by="tang", classification="机密", secrecy_period="10年")
    # The office's people and the county government's own, each only if cleared for 机密:
    # not 沈秘书, 李文书 or 周督查 (秘密), not 吴 or 郑 (not cleared), and no bureau.
    assert await who_may_open(office, "incoming", id) == {"luo", "fang", "feng", "yang", "qian", "tang"}
    assert await audience_now(office, id) == Audience.of(
        classification="机密", departments=["office"], members_of=["gov"]
    )


async def test_the_office_and_every_section_within_it_see_every_document_they_are_cleared_for(
    office: Office,
):
    id = await office.received()
    office_people = {"feng", "yang", "qian", "shen", "li", "tang", "zhou", "wu", "zheng"}
    assert office_people <= await who_may_open(office, "incoming", id)


async def test_the_county_government_taking_part_opens_a_document_to_its_own_members_not_to_the_bureaus_under_it(
    office: Office,
):
    """收文 is addressed to the county government: its leaders see it; 财政局, a bureau under it, does not."""
    id = await office.received()
    seen = await who_may_open(office, "incoming", id)
    assert {"luo", "fang"} <= seen
    assert seen.isdisjoint({"wang", "chen", "zhao", "sun", "zhang"})


async def test_a_批示_and_a_传阅_bring_their_departments_into_the_audience_by_their_own_people(
    office: Office,
):
    instructed = await office.instructed(lead="finance", co=["union"])
    assert {"chen", "sun", "zhang"} <= await who_may_open(office, "incoming", instructed)
    circulated = await office.circulated(["zhao"])
    seen = await who_may_open(office, "incoming", circulated)
    assert "zhao" in seen and seen.isdisjoint({"chen", "sun", "zhang", "wang"})


async def test_an_outgoing_document_is_seen_by_its_departments_and_an_outside_recipient_opens_it_to_nobody(
    office: Office,
):
    id = await office.drafted(
        "chen",
        classification="秘密",
        secrecy_period="1年",
        main_recipients=["union"],
        copied_recipients=["市财政局"],  # a body outside the directory: no grant
    )
    assert await audience_now(office, id) == Audience.of(
        classification="秘密", departments=["office"], members_of=["gov", "finance", "union"]
    )
    # 总工会 is a recipient but nobody there is cleared for 秘密; 教育局 takes no part.
    assert await who_may_open(office, "outgoing", id) == {
        "luo", "fang", "feng", "yang", "qian", "shen", "li", "tang", "zhou", "chen"
    }  # fmt: skip


# ── the stored events say it, after every event ────────────────────────────────────────────────


def replayed_audiences(cls: Any, id: str, events: list[StoredEvent], decode: Any) -> list[Audience]:
    """The aggregate's audience after each of its events, rebuilt from the events alone."""
    domain_events = [decode(e) for e in events]
    return [cls.replay(id, domain_events[:n]).audience() for n in range(1, len(events) + 1)]


async def test_the_stored_events_of_a_收文_carry_its_audience_after_each_event(office: Office):
    id = await office.instructed(lead="finance", co=["union"])
    await office.post(f"/incoming/{id}/circulation", "shen", {"readers": ["zhao"]})
    events = await stored(office, id)
    store = office.service.runtime.store
    assert [e.audience() for e in events] == replayed_audiences(IncomingDocument, id, events, store.decode)
    taking_part = [(e.type.split(".")[-2], sorted(said(e).members_of)) for e in events]
    assert taking_part == [
        ("received", ["gov"]),
        ("registered", ["gov"]),
        ("accepted", ["gov"]),
        ("proposed", ["gov"]),
        ("instructed", ["finance", "gov", "union"]),  # 主办 and 协办 join with the 批示
        ("circulation_started", ["education", "finance", "gov", "union"]),  # and the readers' department
    ]
    assert {(said(e).classification, said(e).departments) for e in events} == {
        ("none", frozenset({"office"}))
    }
    published = events[-1].envelope("/shuniu/documents")
    assert published.audience == events[-1].audience()  # the ce_audience a consumer reads


async def test_the_stored_events_of_a_发文_follow_its_audience_when_a_revision_changes_the_recipients(
    office: Office,
):
    id = await office.drafted("chen", main_recipients=["education", "agriculture"])
    await office.post(f"/outgoing/{id}/review", "feng", {"approve": False, "opinion": "主送范围过宽"})
    revision = {
        "title": "关于下达2026年县级财政预算的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "main_recipients": ["education"],
        "body": "各有关单位：……",
    }
    await office.post(f"/outgoing/{id}/revise", "chen", revision)
    events = await stored(office, id)
    store = office.service.runtime.store
    assert [e.audience() for e in events] == replayed_audiences(OutgoingDocument, id, events, store.decode)
    assert [sorted(said(e).members_of) for e in events] == [
        ["agriculture", "education", "finance", "gov"],
        ["agriculture", "education", "finance", "gov"],
        ["education", "finance", "gov"],  # 农业农村局 is no longer a recipient
    ]
    assert await who_may_open(office, "outgoing", id) >= {"zhao"}


# ── the lists agree with the GET, for everyone ─────────────────────────────────────────────────


async def test_every_list_shows_each_person_exactly_the_documents_their_get_opens(office: Office):
    """The whole demo county, plus classified documents at several stages, walked person by person:
    the list shows exactly what the GET answers 200 for, and exactly what the last stored event's
    audience admits — so a reader going by the events shows what the service itself shows. The
    number registers name exactly those documents too."""
    assert await office.service.runtime.seed_demo() is True
    confidential = await office.received(by="tang", classification="机密", secrecy_period="10年")
    await office.post(f"/incoming/{confidential}/register", "tang")
    await office.instructed(lead="finance", co=["union"], classification="秘密", secrecy_period="1年")
    await office.circulated(["chen", "zhou"], classification="秘密", secrecy_period="1年")
    await office.drafted("tang", classification="机密", secrecy_period="5年", main_recipients=["finance"])
    store = office.service.runtime.store
    async with store.engine.connect() as connection:
        rows = (await connection.execute(select(documents.c.id, documents.c.kind))).all()
        numbered = (await connection.execute(select(numbers.c.code, numbers.c.document_id))).all()
    directory = office.service.runtime.directory
    audiences = {id: await audience_now(office, id) for id, _ in rows}
    opened: dict[str, set[str]] = {person: set() for person in EVERYONE}
    for id, kind in rows:
        for person in await who_may_open(office, kind, id):
            opened[person].add(id)
    for person in EVERYONE:
        actor = Actor.of(directory.person(person))
        for kind in ("incoming", "outgoing"):
            ids = {id for id, k in rows if k == kind}
            admitted = {id for id in ids if actor.sees(audiences[id], directory)}
            assert await listed(office, kind, person) == opened[person] & ids == admitted, (kind, person)
        if actor.has_any_role(("clerk", "office_director", "auditor")):
            for code in ("县府办收", "县府办发"):
                register = await office.get("/numbers", person, code=code, year=2026)
                named = {n["document_id"] for n in register if n["document_id"] is not None}
                assert named == {id for c, id in numbered if c == code} & opened[person], (code, person)
    assert opened["tang"] != opened["shen"] and opened["chen"] != opened["zhao"]  # the walk discriminates
    assert confidential in {id for _, id in numbered} - opened["shen"]  # and a register hides one


async def test_the_number_register_keeps_every_number_but_names_no_document_the_caller_may_not_open(
    office: Office,
):
    """发文字号登记簿 shows every number, used or void, so nobody sees a gap; but a 机密 document's id
    and the reason its number was voided are for those who may open it, not for 沈秘书 (秘密)."""
    id = await office.signed(who="tang", classification="机密", secrecy_period="10年")
    await office.post(f"/outgoing/{id}/recheck", "tang", {"note": "无实质性修改"})
    await office.post(f"/outgoing/{id}/register", "tang", {"code": "县府办发", "copies": 5})
    await office.post(f"/outgoing/{id}/void-number", "tang", {"reason": "登记时选错代字"})
    await office.post(f"/outgoing/{id}/register", "tang", {"code": "县府办发", "copies": 5})
    register = lambda who: office.get("/numbers", who, code="县府办发", year=2026)  # noqa: E731
    entries = lambda given: [(n["number"], n["status"], n["document_id"], n["reason"]) for n in given]  # noqa: E731
    assert entries(await register("tang")) == [
        ("县府办发〔2026〕1号", "void", id, "登记时选错代字"),
        ("县府办发〔2026〕2号", "used", id, None),
    ]
    await office.get(f"/outgoing/{id}", "shen", status=404)
    assert entries(await register("shen")) == [
        ("县府办发〔2026〕1号", "void", None, None),
        ("县府办发〔2026〕2号", "used", None, None),
    ]
