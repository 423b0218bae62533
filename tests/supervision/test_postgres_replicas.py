"""两个副本共用一个 PostgreSQL：每个时限事件只触发一次，同一来源只立一项，并发办理只成功一次。"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import Counter
from datetime import timedelta

from shuniu_shared.clock import TestClock
from shuniu_shared.database import create_engine
from shuniu_shared.eventstore import events_table, processed_table
from sqlalchemy import func, select

from tests.supervision.office import MONDAY, TODAY, Office, instructed, office

TASKS = 12


async def stored_types(o: Office) -> Counter[str]:
    async with o.svc.runtime.store.engine.connect() as connection:
        rows = await connection.execute(select(events_table.c.type))
        return Counter(row.type.removeprefix("shuniu.supervision.task.").removesuffix(".v1") for row in rows)


async def stored_in(url: str) -> Counter[str]:
    """The event types in the database, read with no replica running."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(select(events_table.c.type))
            return Counter(
                row.type.removeprefix("shuniu.supervision.task.").removesuffix(".v1") for row in rows
            )
    finally:
        await engine.dispose()


@contextlib.asynccontextmanager
async def two_replicas(url: str, tmp_path, clock: TestClock):
    """Two runtimes of the service on one database (and one bus), as two replicas run."""
    async with (
        office(tmp_path, clock=clock, database_url=url) as a,
        office(tmp_path, clock=clock, database_url=url) as b,
    ):
        yield a, b


async def both_fire(a: Office, b: Office) -> int:
    """Both replicas fire what is due at the same moment; how many fired between them."""
    schedulers = [o.svc.runtime.scheduler for o in (a, b)]
    assert all(schedulers), "each replica runs its deadline scheduler"
    return sum(await asyncio.gather(*(s.fire_due() for s in schedulers if s)))


def fresh_database(postgres) -> str:
    return postgres.create_database(f"supervision_{uuid.uuid4().hex[:10]}")


async def test_two_replicas_raise_each_reminder_exactly_once_also_across_a_restart(postgres, tmp_path):
    clock, url = TestClock(MONDAY), fresh_database(postgres)
    async with two_replicas(url, tmp_path, clock) as (a, b):
        for n in range(TASKS):
            deadline = TODAY + timedelta(days=10 + n)
            await (a if n % 2 else b).open(deadline=deadline.isoformat(), reporting_cycle="weekly")
        for _ in range(3):  # a week at a time
            clock.advance(timedelta(days=7))
            await both_fire(a, b)
    first = await stored_in(url)
    async with two_replicas(url, tmp_path, clock) as (a, b):  # both restarted on the same database
        assert await both_fire(a, b) == 0
        assert await stored_types(a) == first
        clock.advance(timedelta(days=30))
        await both_fire(a, b)
    raised = await stored_in(url)
    # 21 days on, every deadline (10–21 days out) is past: one reminder and one overdue per task,
    # and a weekly report per task and week until it fell overdue, after which reports go on.
    assert raised["opened"] == TASKS
    assert raised["deadline_approaching"] == TASKS
    assert raised["overdue"] == TASKS
    assert raised["report_due"] == TASKS * 7  # weeks 1–7 of the 51 days since opening, none twice


async def test_two_replicas_consuming_the_same_source_events_open_each_task_once(postgres, tmp_path):
    async with two_replicas(fresh_database(postgres), tmp_path, TestClock(MONDAY)) as (a, _):
        sources = [instructed(f"in-pg-{n}") for n in range(TASKS)]
        republished = [instructed(f"in-pg-{n}") for n in range(TASKS)]  # same 批示, new event ids
        for event in sources + republished + sources:
            await a.arrives("shuniu.documents.events", event)

        async def all_recorded() -> bool:
            async with a.svc.runtime.store.engine.connect() as connection:
                recorded = await connection.scalar(select(func.count()).select_from(processed_table))
            return recorded == 2 * TASKS

        deadline = asyncio.get_running_loop().time() + 30
        while not await all_recorded():
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.05)
        assert (await stored_types(a))["opened"] == TASKS


async def test_of_two_people_acting_on_the_same_version_at_once_one_wins_and_the_other_gets_a_conflict(
    postgres, tmp_path
):
    async with two_replicas(fresh_database(postgres), tmp_path, TestClock(MONDAY)) as (a, b):
        task = await a.open(deadline=(TODAY + timedelta(days=30)).isoformat())
        version = (await a.task(task))["version"]
        headers = {"If-Match": f'"{version}"'}
        responses = await asyncio.gather(
            *(
                replica.svc.client.post(
                    f"/tasks/{task}/urge",
                    json={"message": f"第{n}次催办"},
                    headers=replica.svc.as_(person, **headers),
                )
                for n, (replica, person) in enumerate([(a, "zhou"), (b, "feng"), (a, "yang"), (b, "zhou")])
            )
        )
        statuses = sorted(r.status_code for r in responses)
        assert statuses.count(200) == 1 and set(statuses) <= {200, 409, 412}
        assert (await a.history(task)).count("urged") == 1
