"""The demo's leaders' week: the office's 外出, 会见 and 调研, a 外出报备, and the 会见 booked over the
常务会 warned of once."""

from __future__ import annotations

from tests.meetings.office import Office, ok
from tests.meetings.test_demo import FRIDAY_MORNING, demo_loaded
from tests.supervision.office import until


async def warnings(office: Office, activities: list[str]) -> list[dict]:
    store = office.service.runtime.store
    found = []
    async with store.reading() as reading:
        for activity in activities:
            events = await store.read_stream(reading.connection, activity)
            found += [e.data for e in events if e.type.endswith("double_booked.v1")]
    return found


async def test_the_demo_week_has_the_offices_entries_a_report_of_being_away_and_one_double_booking(tmp_path):
    async with demo_loaded(tmp_path, FRIDAY_MORNING) as (office, _):

        async def week() -> list[dict]:
            return ok(await office.get("/schedules/week", "shen", monday="2026-03-09"))["activities"]  # type: ignore[no-any-return]

        async def with_the_meetings() -> bool:
            return any(a["title"] == "县政府第12次常务会议" and a["leader"] == "luo" for a in await week())

        await until(with_the_meetings)
        entered = {
            (a["leader"], a["kind"], a["starts_at"][:10]) for a in await week() if a["kind"] != "meeting"
        }
        assert entered == {
            ("fang", "outing", "2026-03-10"),
            ("luo", "receiving", "2026-03-11"),
            ("luo", "research", "2026-03-12"),
            ("fang", "away", "2026-03-13"),
        }
        luo = [a["id"] for a in await week() if a["leader"] == "luo"]
        [warning] = await warnings(office, luo)
        assert warning["overlap_minutes"] == 60  # the 会见 16:00–17:00 within the 常务会 15:00–17:00
        assert warning["other_title"] in {
            "会见省农科院专家组",
            "县政府第12次常务会议",
        }  # the first one booked
