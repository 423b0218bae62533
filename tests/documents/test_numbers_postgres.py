"""On PostgreSQL, many clerks registering at once: 发文字号 continuous, never duplicated, never skipped."""

from __future__ import annotations

import asyncio
from collections import Counter

from shuniu_documents.app import outgoing
from shuniu_documents.bootstrap import DEFINITION
from shuniu_documents.domain.body import DocumentBody
from shuniu_documents.domain.outgoing import Draft
from shuniu_shared.commands import Actor
from shuniu_shared.runtime import ServiceRuntime

from tests.services import RunningService, running_service

DRAFT = Draft(
    title="关于做好2026年度防汛工作的通知",
    doc_type="通知",
    direction="下行文",
    classification="none",
    secrecy_period=None,
    urgency=None,
    main_recipients=["education"],
    copied_recipients=[],
    co_issuers=[],
    body=DocumentBody.from_text("关于做好2026年度防汛工作的通知", "……"),
)


async def ready_for_registration(
    runtime: ServiceRuntime, *, rechecked: bool = True, draft: Draft = DRAFT
) -> str:
    """Given a document drafted, reviewed, signed and rechecked — the four steps in one transaction."""

    def who(id: str) -> Actor:
        return Actor.of(runtime.directory.person(id))

    async with runtime.unit_of_work(who("chen")) as uow:
        id = (await outgoing.write(outgoing.WriteDraft(draft), uow, who("chen"))).stream_id
        if rechecked:
            await outgoing.review(outgoing.Review(id, approve=True, opinion="同意"), uow, who("feng"))
            await outgoing.sign(outgoing.Sign(id, opinion="同意"), uow, who("luo"))
            await outgoing.recheck(outgoing.Recheck(id, substantive_change=None, note=""), uow, who("shen"))
    return id


async def register(service: RunningService, id: str, clerk: str) -> int:
    response = await service.client.post(
        f"/outgoing/{id}/register", json={"code": "县府办发", "copies": 1}, headers=service.as_(clerk)
    )
    return response.status_code


async def test_200_concurrent_registrations_for_one_code_and_year_yield_exactly_1_to_200(postgres, tmp_path):
    async with running_service(
        DEFINITION, tmp_path, database_url=postgres.create_database("documents_numbers")
    ) as service:
        runtime = service.runtime
        ready = await asyncio.gather(*(ready_for_registration(runtime) for _ in range(200)))
        not_ready = await asyncio.gather(
            *(ready_for_registration(runtime, rechecked=False) for _ in range(20))
        )
        # 200 registrations, 20 refused out of turn after taking their number, and 20 second clerks
        # racing the first on the same document: all at once, from two clerks.
        attempts = (
            [register(service, id, "shen") for id in ready]
            + [register(service, id, "li") for id in not_ready]
            + [register(service, id, "li") for id in ready[:20]]
        )
        statuses = Counter(await asyncio.gather(*attempts))
        assert statuses[200] == 200 and statuses[409] == 40, statuses

        numbers = await service.client.get(
            "/numbers", params={"code": "县府办发", "year": 2026}, headers=service.as_("shen")
        )
        given = numbers.json()
        assert [n["sequence"] for n in given] == list(range(1, 201))  # no gap, no duplicate
        assert {n["status"] for n in given} == {"used"}
        assert sorted(n["document_id"] for n in given) == sorted(ready)  # one number per document
        served = [
            (await service.client.get(f"/outgoing/{id}", headers=service.as_("shen"))).json()["number"]
            for id in ready[:3]
        ]
        assert all(number.startswith("县府办发〔2026〕") and number.endswith("号") for number in served)


async def test_a_stale_if_match_is_refused_and_a_lost_race_is_a_409_on_postgresql(postgres, tmp_path):
    async with running_service(
        DEFINITION, tmp_path, database_url=postgres.create_database("documents_races")
    ) as service:
        id = await ready_for_registration(service.runtime, rechecked=False)
        stale = await service.client.post(
            f"/outgoing/{id}/review",
            json={"approve": True},
            headers=service.as_("feng", **{"If-Match": '"7"'}),
        )
        assert stale.status_code == 412
        reviews = await asyncio.gather(
            *(
                service.client.post(
                    f"/outgoing/{id}/review", json={"approve": True}, headers=service.as_(who)
                )
                for who in ("feng", "yang", "feng", "yang")
            )
        )
        assert sorted(r.status_code for r in reviews) == [200, 409, 409, 409]
