"""政务信息 on PostgreSQL: the 信息科's two editors publishing issues of one publication at the same
moment get 第1期…第200期 between them, no gap and no duplicate — the counter row holds each number
until its issue commits (shuniu_shared.database.next_in_counter)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from shuniu_shared.clock import TestClock

from tests.duty.office import DUTY, DutyOffice, at
from tests.services import running_service

EDITORS, FINANCE = ("shen", "xie"), "chen"  # 沈秘书 and 谢编辑 of the 信息科, 陈局长 of 财政局
AT_ONCE = 200


@pytest.mark.postgres
async def test_two_editors_publishing_200_issues_at_once_number_them_1_to_200_without_gap_or_duplicate(
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

        async def publish(editor: str, piece: str) -> tuple[str, int]:
            response = await svc.client.post(
                "/information/issues",
                json={"publication": "zhengwu", "pieces": [piece]},
                headers=svc.as_(editor),
            )
            assert response.status_code == 201, response.text
            return editor, int(response.json()["number"])

        # the pieces dealt alternately to the two editors, every request in flight together
        published = await asyncio.gather(*(publish(EDITORS[i % 2], p) for i, p in enumerate(pieces)))
        assert sorted(n for _, n in published) == list(range(1, AT_ONCE + 1))
        for editor in EDITORS:  # each published their half, drawing on the one counter
            assert len([n for by, n in published if by == editor]) == AT_ONCE // 2
        adopted = [
            (await svc.client.get(f"/information/{p}", headers=svc.as_(EDITORS[0]))).json()["adoptions"][0][
                "issue"
            ]
            for p in pieces
        ]
        assert sorted(adopted) == list(range(1, AT_ONCE + 1))
