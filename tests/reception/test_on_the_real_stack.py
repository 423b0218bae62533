"""Acceptance on the real stack: PostgreSQL holds "no vehicle in two overlapping trips" against two
dispatchers at once, and on a real Kafka broker no personal data travels in clear, while forgetting
a person makes the published tokens undecryptable and the streams still replay."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from shuniu_reception.app.personal_data import Unreadable, personal_data
from shuniu_reception.app.vehicles import DispatchTrip, dispatch_trip
from shuniu_reception.bootstrap import DEFINITION
from shuniu_shared.commands import Actor
from shuniu_shared.errors import OutOfTurn
from shuniu_shared.eventstore import events_table
from sqlalchemy import select, text

from tests.platform.kafka_support import publish, read_topic
from tests.reception.office import (
    PETITIONER,
    VISITOR,
    assigned_petition,
    eventually,
    ok,
    petition,
    replay_every_stream,
    task_event,
)
from tests.reception.test_personal_data import a_visitor_booked
from tests.reception.test_vehicles_api import MORNING, a_car, an_approved_trip, dispatch
from tests.services import running_service


def fresh(postgres, name: str) -> str:
    return postgres.create_database(f"reception_{name}_{uuid.uuid4().hex[:8]}")


async def test_two_dispatchers_sending_one_car_to_overlapping_trips_at_once_exactly_one_wins(
    postgres, tmp_path, clock
):
    async with running_service(
        DEFINITION, tmp_path, database_url=fresh(postgres, "race"), clock=clock
    ) as svc:
        for round_ in range(5):
            car = await a_car(svc, f"F·R000{round_}")
            trips = [await an_approved_trip(svc, rider, "省城") for rider in ("chen", "sun")]
            responses = await asyncio.gather(*(dispatch(svc, trip, car) for trip in trips))
            assert sorted(r.status_code for r in responses) == [200, 409], [r.text for r in responses]
            assert all(r.json()["code"] == "vehicle_promised" for r in responses if r.status_code == 409)


async def test_the_exclusion_constraint_refuses_a_dispatch_that_passed_its_check_before_the_other_committed(
    postgres, tmp_path, clock
):
    """The check cannot see an uncommitted dispatch; the constraint makes the second insert wait for
    the first transaction and then fail, so its events roll back with it."""
    async with running_service(
        DEFINITION, tmp_path, database_url=fresh(postgres, "constraint"), clock=clock
    ) as svc:
        car = await a_car(svc, "F·C0001")
        first_trip = await an_approved_trip(svc, "chen", "省城")
        second_trip = await an_approved_trip(svc, "sun", "市里", MORNING)
        runtime, store = svc.runtime, svc.runtime.store
        wu, yang = (Actor.of(runtime.directory.person(p)) for p in ("wu", "yang"))

        async def second_dispatcher() -> None:
            async with runtime.unit_of_work(yang) as uow:
                await dispatch_trip(DispatchTrip(second_trip, car, None, ""), uow, yang)

        async with runtime.unit_of_work(wu) as first:
            await dispatch_trip(DispatchTrip(first_trip, car, None, ""), first, wu)
            second = asyncio.create_task(second_dispatcher())

            async def second_waits_on_the_first() -> bool:
                async with store.engine.connect() as probe:
                    waiting = await probe.scalar(
                        text(
                            "SELECT count(*) FROM pg_stat_activity"
                            " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                        )
                    )
                return bool(waiting)

            await eventually(second_waits_on_the_first)
        with pytest.raises(OutOfTurn) as refused:
            await second
        assert refused.value.code == "vehicle_promised"
        assert ok(await svc.client.get(f"/trips/{second_trip}", headers=svc.as_("wu")))["stage"] == "approved"


async def test_on_kafka_no_personal_data_is_in_clear_and_forgetting_makes_it_unreadable(
    postgres, kafka, tmp_path, clock
):
    async with running_service(
        DEFINITION,
        tmp_path,
        database_url=fresh(postgres, "kafka"),
        kafka_bootstrap=kafka.bootstrap,
        clock=clock,
    ) as svc:
        petition_id = await assigned_petition(svc)
        await a_visitor_booked(svc)

        # Supervision opens a task for the assignment, over the real broker.
        await publish(
            kafka.bootstrap, "shuniu.supervision.events", [task_event("opened", petition_id, "task-k1")]
        )

        async def shows_task() -> bool:
            return (await petition(svc, petition_id))["supervision"] is not None

        await eventually(shows_task, timeout=60)

        async with svc.runtime.store.engine.connect() as connection:
            ours = (await connection.execute(select(events_table.c.event_id))).scalars().all()
            raw_rows = [
                (r.data, r.context)
                for r in await connection.execute(select(events_table.c.data, events_table.c.context))
            ]
        records: list = []

        async def all_of_ours_published() -> bool:
            records[:] = await read_topic(
                kafka.bootstrap, "shuniu.reception.events", at_least=10**9, timeout=1.5
            )
            return sum(dict(r.headers).get("ce_id", b"").decode() in set(ours) for r in records) >= len(ours)

        await eventually(all_of_ours_published, timeout=60)
        ours_on_kafka = [r for r in records if dict(r.headers).get("ce_id", b"").decode() in set(ours)]
        assert len(ours_on_kafka) == len(ours)
        clear = [
            PETITIONER["name"],
            PETITIONER["id_number"],
            PETITIONER["phone"],
            VISITOR["name"],
            VISITOR["id_number"],
        ]
        raw_kafka = b"\n".join((r.value or b"") + repr(r.headers).encode() for r in ours_on_kafka).decode()
        raw_store = repr(raw_rows)
        for value in clear:
            assert value not in raw_kafka
            assert value not in raw_store
        assigned = next(
            r for r in ours_on_kafka if dict(r.headers)["ce_type"] == b"shuniu.reception.petition.assigned.v2"
        )
        assert b"\xe5\x88\x98" not in (assigned.value or b"")  # not even the surname 刘

        # Forget the petitioner: the tokens on the topic no longer open, and every stream replays.
        person_id = (await petition(svc, petition_id))["petitioner"]["person_id"]
        ok(await svc.client.post(f"/people/{person_id}/forget", headers=svc.as_("wang")))
        tokens = [t for t in raw_kafka.split('"') if t.startswith(f"enc:v1:{person_id}:")]
        assert tokens
        async with svc.runtime.store.engine.connect() as connection:
            opener = await personal_data().opener(connection, tokens)
            for token in tokens:
                with pytest.raises(Unreadable):
                    opener.open("name", token)
        assert await replay_every_stream(svc) >= 4
        assert (await petition(svc, petition_id))["petitioner"]["name"] == "[已删除 / erased]"
