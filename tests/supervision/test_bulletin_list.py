"""督办情况通报的列表：最新一期在前，分页，只列出读者有权阅看的通报 / the bulletins, newest first, in
keyset pages, each shown to those it was circulated to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shuniu_shared.clock import TestClock

from tests.supervision.office import Office, office

DECEMBER_3 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)  # Thursday 3 December 2026, 09:00 in Beijing


async def bulletins(o: Office, as_: str, **params: Any) -> dict[str, Any]:
    response = await o.svc.client.get("/bulletins", params=params, headers=o.svc.as_(as_))
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def test_the_bulletins_are_listed_newest_first_in_pages(tmp_path):
    async with office(tmp_path, clock=TestClock(DECEMBER_3)) as o:
        await o.open(title="落实全县秋粮收购资金", lead_department="finance", deadline="2026-12-20")
        for start, end in (
            ("2026-09-01", "2026-09-30"),
            ("2026-10-01", "2026-10-31"),
            ("2026-11-01", "2026-11-30"),
        ):
            response = await o.svc.client.post(
                "/bulletins", json={"period_start": start, "period_end": end}, headers=o.svc.as_("zhou")
            )
            assert response.status_code == 201, response.text

        first = await bulletins(o, "chen", limit=2)  # 财政局 reads what goes to every department
        assert [(b["number"], b["period_start"]) for b in first["items"]] == [
            (3, "2026-11-01"),
            (2, "2026-10-01"),
        ]
        assert first["items"][0]["title"] == "督办工作情况通报（2026年第3期）"
        rest = await bulletins(o, "chen", limit=2, cursor=first["next_cursor"])
        assert [(b["number"], b["issued_on"]) for b in rest["items"]] == [(1, "2026-12-03")]
        assert rest["next_cursor"] is None


async def test_a_crafted_cursor_is_refused_naming_the_cursor(tmp_path):
    async with office(tmp_path, clock=TestClock(DECEMBER_3)) as o:
        response = await o.svc.client.get(
            "/bulletins", params={"cursor": "eyJ5ZWFyIjoiYWJjIn0"}, headers=o.svc.as_("chen")
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert "cursor" in response.text
