"""A document's state rebuilt from its events equals the state the service serves."""

from __future__ import annotations

from shuniu_documents.domain.incoming import IncomingDocument
from shuniu_documents.domain.outgoing import OutgoingDocument

from tests.documents.office import Office


async def replayed(office: Office, cls, id: str) -> dict:
    store = office.service.runtime.store
    async with store.engine.connect() as connection:
        events = [store.decode(e) for e in await store.read_stream(connection, id)]
    return cls.replay(id, events).state()


async def test_an_incoming_document_rebuilt_from_its_events_is_what_the_service_serves(office: Office):
    documents = [
        await office.received(),
        await office.circulated(["chen", "zhao"]),
        await office.instructed(lead="finance", co=["agriculture"], deadline="2026-03-20", urgency="加急"),
    ]
    await office.post(f"/incoming/{documents[1]}/circulation/read", "zhao")
    await office.post(f"/incoming/{documents[2]}/urge", "shen", {"note": "请抓紧"})
    await office.post(f"/incoming/{documents[2]}/reply", "chen", {"reply": "已办结"})
    for id in documents:
        served = await office.incoming(id)
        rebuilt = await replayed(office, IncomingDocument, id)
        assert {key: served[key] for key in rebuilt} == rebuilt


async def test_an_outgoing_document_rebuilt_from_its_events_is_what_the_service_serves(office: Office):
    documents = [await office.drafted(), await office.issued(classification="秘密", secrecy_period="1年")]
    for id in documents:
        served = await office.outgoing(id)
        rebuilt = await replayed(office, OutgoingDocument, id)
        assert {key: served[key] for key in rebuilt} == rebuilt
    assert len(rebuilt["copy_numbers"]) == 5 and rebuilt["stage"] == "issued"
