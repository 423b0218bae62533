"""The duty board (值班看板) from the duty service's published events: the open incidents with their
reporting clocks and lights, incidents by level and month, 迟报 counted — and a 内部 incident only for
those its owner shows it to."""

from __future__ import annotations

from shuniu_projection.bootstrap import DEFINITION as PROJECTION
from shuniu_shared.clock import TestClock

from tests.duty.office import DUTY, DutyOffice, at
from tests.services import read_caught_up, running_service


async def test_the_duty_board_shows_open_incidents_with_their_lights_to_those_who_may_see_them(tmp_path):
    clock = TestClock(at(22, 10))
    async with (
        running_service(DUTY, tmp_path, clock=clock) as duty_service,
        running_service(PROJECTION, tmp_path, clock=clock) as projection,
    ):
        duty = DutyOffice(duty_service)
        fire = await duty.learns_of(title="城关镇化工厂火灾", level="较大", internal=True)
        jam = await duty.learns_of(title="国道拥堵", level="一般", internal=False, departments_involved=[])
        await duty.goes_up(jam, "written", at(22, 20))
        await duty.goes_up(jam, "final", at(22, 25))
        clock.set(at(22, 41))  # the fire's 电话初报 was due at 22:40
        await read_caught_up(projection, f"/history/duty/{jam}", f"{jam}:7", "feng")
        await read_caught_up(projection, f"/history/duty/{fire}", f"{fire}:1", "feng")

        office = (await projection.client.get("/duty", headers=projection.as_("feng"))).json()
        assert [(i["id"], i["light"]) for i in office["open"]] == [(fire, "red")]
        assert office["by_level_and_month"] == [
            {"month": "2026-12", "level": "较大", "count": 1},
            {"month": "2026-12", "level": "一般", "count": 1},
        ]
        assert office["late_reports"] == 0

        outsider = (await projection.client.get("/duty", headers=projection.as_("chen"))).json()
        assert outsider["open"] == []  # the fire is 内部: 财政局 is not involved
        assert outsider["by_level_and_month"] == [{"month": "2026-12", "level": "一般", "count": 1}]
        assert "城关镇化工厂火灾" not in str(outsider)


async def test_a_late_report_is_counted_on_the_board(tmp_path):
    clock = TestClock(at(22, 10))
    async with (
        running_service(DUTY, tmp_path, clock=clock) as duty_service,
        running_service(PROJECTION, tmp_path, clock=clock) as projection,
    ):
        duty = DutyOffice(duty_service)
        fire = await duty.learns_of(level="较大")
        await duty.goes_up(fire, "phone", at(22, 45), late_reason="通讯中断")
        await read_caught_up(projection, f"/history/duty/{fire}", f"{fire}:4", "feng")

        board = (await projection.client.get("/duty", headers=projection.as_("feng"))).json()
        assert board["late_reports"] == 1
        assert [(i["id"], i["light"], i["late_reports"]) for i in board["open"]] == [(fire, "green", 1)]
