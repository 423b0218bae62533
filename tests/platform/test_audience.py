"""The audience (知悉范围): the owner names it after every event, and every reader decides with it alike."""

from __future__ import annotations

import pytest
from shuniu_shared.audience import Audience, MalformedAudience
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventContext

from tests.platform.sample import Tally

DIRECTORY = Directory.load()


def person(id: str) -> Actor:
    return Actor.of(DIRECTORY.person(id))


class KeptTally(Tally):
    """A tally the union keeps; once it counts five it holds something secret (秘密)."""

    def audience(self) -> Audience:
        return Audience.of(
            classification="秘密" if self.total >= 5 else "none",
            departments=["union"],
            people=["wang"],
        )


def test_the_office_within_takes_its_sections_along_but_the_county_names_only_its_own():
    office_wide = Audience.of(departments=["office"])
    assert person("shen").sees(office_wide, DIRECTORY)  # 秘书科 lies within 办公室
    assert not person("chen").sees(office_wide, DIRECTORY)
    chaired_by_the_county = Audience.of(members_of=["gov"])
    assert person("fang").sees(chaired_by_the_county, DIRECTORY)
    assert not person("chen").sees(chaired_by_the_county, DIRECTORY)  # 财政局 lies under 县政府


def test_a_grant_does_not_reach_past_the_clearance():
    secret = Audience.of(classification="机密", people=["shen"], roles=["clerk"])
    assert not person("shen").sees(secret, DIRECTORY)
    assert person("tang").sees(secret, DIRECTORY)  # a clerk cleared to 机密


def test_named_people_and_roles_see_it_and_nobody_else_does():
    petition = Audience.of(roles=["petitions_officer"], people=["zhou"], departments=["finance"])
    assert [p for p in DIRECTORY.people if person(p).sees(petition, DIRECTORY)] == ["zhou", "wang", "chen"]


async def test_every_saved_event_carries_the_audience_after_it(store):
    async with store.unit_of_work(EventContext(actor="sun")) as uow:
        tally = KeptTally("tally-a")
        await uow.save(tally, KeptTally.open("工会慰问"))
        await uow.save(tally, tally.count(2) + tally.count(3))
    async with store.unit_of_work() as uow:
        stored = await store.read_stream(uow.connection, "tally-a")
    assert [e.audience().classification for e in stored] == ["none", "none", "秘密"]
    assert stored[0].audience() == Audience.of(departments=["union"], people=["wang"])


async def test_the_audience_travels_in_the_ce_audience_header_and_back(store):
    async with store.unit_of_work() as uow:
        await uow.save(KeptTally("tally-b"), KeptTally.open("工会慰问"))
    async with store.unit_of_work() as uow:
        (stored,) = await store.read_stream(uow.connection, "tally-b")
    envelope = stored.envelope("/shuniu/sample")
    headers = dict(envelope.kafka_headers())
    assert headers["ce_audience"].decode() == (
        '{"classification":"none","people":["wang"],"roles":[],"members_of":[],'
        '"departments":["union"],"personal_data":[]}'
    )
    received = Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value())
    assert received.audience == Audience.of(departments=["union"], people=["wang"])


async def test_an_object_whose_events_name_no_audience_is_shown_to_nobody(store):
    async with store.unit_of_work() as uow:
        await uow.save(Tally("tally-c"), Tally.open("内部计数"))
    async with store.unit_of_work() as uow:
        (stored,) = await store.read_stream(uow.connection, "tally-c")
    envelope = stored.envelope("/shuniu/sample")
    assert "ce_audience" not in dict(envelope.kafka_headers())
    assert Envelope.from_kafka(envelope.kafka_headers(), envelope.kafka_value()).audience is None


def test_a_malformed_audience_header_names_none_rather_than_a_guess():
    tampered = Envelope.from_kafka(
        [
            ("ce_specversion", b"1.0"),
            ("ce_id", b"e-1"),
            ("ce_type", b"shuniu.sample.tally.opened.v1"),
            ("ce_source", b"/shuniu/sample"),
            ("ce_subject", b"tally-d"),
            ("ce_time", b"2026-12-03T01:00:00Z"),
            ("ce_audience", b'{"roles":"clerk"}'),
        ],
        b'{"title":"x"}',
    )
    assert tampered.audience is None
    with pytest.raises(MalformedAudience):
        Audience.from_dict({"classification": "内部"})
