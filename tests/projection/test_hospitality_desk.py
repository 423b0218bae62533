"""公务接待 on the desks: a reception plan waits on the office director until approved, and each ticket
or room booking waits on the person given it until they record its confirmation — read from
reception's own events, through the bus, as the console's 我的待办 reads them."""

from __future__ import annotations

from typing import Any

from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_reception.bootstrap import DEFINITION as RECEPTION
from shuniu_shared.clock import TestClock

from tests.reception.office import ok
from tests.reception.test_hospitality import a_plan
from tests.services import MONDAY_MORNING, SCHEDULER_OFF, read_caught_up, running_service


async def desk(projection, person: str, answer: dict[str, Any]) -> list[dict[str, Any]]:
    seen = await read_caught_up(projection, "/my-desk", f"{answer['id']}:{answer['version']}", person)
    return [item for item in ok(seen)["items"] if item["id"] == answer["id"]]


async def test_the_plan_waits_on_the_director_and_each_booking_on_the_person_booking(tmp_path):
    clock = TestClock(MONDAY_MORNING)
    async with (
        running_service(RECEPTION, tmp_path, clock=clock, **SCHEDULER_OFF) as reception,
        running_service(PROJECTION, tmp_path, clock=clock, **SCHEDULER_OFF) as projection,
    ):
        planned = ok(
            await reception.client.post("/hospitality", json=a_plan(), headers=reception.as_("zheng")), 201
        )
        [waiting] = await desk(projection, "feng", planned)
        assert waiting["title"] == "县级财政预算执行情况审计调研"
        assert waiting["detail"].startswith("G市审计局来宾 12 人：接待方案审批")
        assert await desk(projection, "zhao", planned) == []  # not in the reception's audience

        reception_id = planned["id"]
        approved = ok(
            await reception.client.post(f"/hospitality/{reception_id}/approve", headers=reception.as_("feng"))
        )
        assert await desk(projection, "feng", approved) == []
        booked = ok(
            await reception.client.post(
                f"/hospitality/{reception_id}/bookings",
                json={"kind": "room", "details": "招待所 6 间", "assignee": "wu"},
                headers=reception.as_("zheng"),
            ),
            201,
        )
        [booking] = await desk(projection, "wu", booked)
        assert booking["detail"].startswith("招待所 6 间：订房")
        confirmed = ok(
            await reception.client.post(
                f"/hospitality/{reception_id}/bookings/{booked['booking_id']}/confirm",
                json={"confirmation": "招待所确认单 0309-06"},
                headers=reception.as_("wu"),
            )
        )
        assert await desk(projection, "wu", confirmed) == []
