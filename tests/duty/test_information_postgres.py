"""政务信息 on PostgreSQL: editors publishing issues of one publication at the same moment get
第1期…第200期, no gap and no duplicate — the counter row holds each number until its issue commits
(shuniu_shared.database.next_in_counter)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from shuniu_shared.clock import TestClock

from tests.duty.office import DUTY, DutyOffice, at
from tests.services import running_service

EDITOR, FINANCE = "shen", "chen"
AT_ONCE = 200


@pytest.mark.postgres
async def test_two_hundred_issues_published_at_once_are_numbered_1_to_200_without_gap_or_duplicate(
    postgres, tmp_path
):
    run = uuid.uuid4().hex[:8]
    async with running_service(
        DUTY, tmp_path, clock=TestClock(at(9, 0)), database_url=postgres.create_database(f"duty_info_{run}")
    ) as svc:
        office = DutyOffice(svc)
        pieces = [
            (await office.post("/information", by=FINANCE, expect=201, title=f"信息{i}", text="正文")).json()[
                "id"
            ]
            for i in range(AT_ONCE)
        ]

        async def publish(piece: str) -> int:
            response = await svc.client.post(
                "/information/issues",
                json={"publication": "zhengwu", "pieces": [piece]},
                headers=svc.as_(EDITOR),
            )
            assert response.status_code == 201, response.text
            return int(response.json()["number"])

        numbers = await asyncio.gather(*(publish(p) for p in pieces))
        assert sorted(numbers) == list(range(1, AT_ONCE + 1))
        adopted = [
            (await svc.client.get(f"/information/{p}", headers=svc.as_(EDITOR))).json()["adoptions"][0][
                "issue"
            ]
            for p in pieces
        ]
        assert sorted(adopted) == list(range(1, AT_ONCE + 1))
