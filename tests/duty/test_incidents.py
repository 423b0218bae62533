"""突发事件信息报送 through the duty service's routes (docs/rules.md §7): the clocks from when the office
learned of it, the 带班领导's approval before a report goes up, 迟报 with how late and why, and who may
see an incident — marked 内部, only those with a need to know, in its GET, its history and the list."""

from __future__ import annotations

from tests.duty.office import LEADER, OFFICER, at, duty_office


async def test_a_larger_incident_learned_of_at_2210_is_due_by_phone_at_2240_and_in_writing_at_2310(tmp_path):
    async with duty_office(tmp_path) as office:
        incident = await office.learns_of(level="较大", learned_at=at(22, 10))

        shown = await office.incident(incident)
        assert shown["phone_due"] == "2026-12-07T14:40:00Z"  # 22:40 in Beijing
        assert shown["written_due"] == "2026-12-07T15:10:00Z"  # 23:10
        assert (shown["stage"], shown["light"]) == ("open", "green")


async def test_a_written_report_at_2325_is_recorded_15_minutes_late_and_needs_its_reason(tmp_path):
    async with duty_office(tmp_path) as office:
        incident = await office.learns_of(level="较大", learned_at=at(22, 10))
        await office.goes_up(incident, "phone", at(22, 35))
        office.now(at(23, 20))
        written = await office.drafts(incident, "written", "火势已控制，3人轻伤")
        await office.approves(incident, written)
        office.now(at(23, 25))

        refused = await office.submits(incident, written, expect=422)
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["field"] == "late_reason"
        assert "已超时 15 分钟" in refused.json()["detail"]
        await office.submits(incident, written, late_reason="现场核实伤亡人数")

        report = (await office.incident(incident))["reports"][written - 1]
        assert (report["stage"], report["minutes_late"]) == ("submitted", 15)
        assert report["late_reason"] == "现场核实伤亡人数"
        [listed] = await office.listed()
        assert listed["late_reports"] == 1


async def test_only_the_leader_on_call_lets_a_report_go_up(tmp_path):
    async with duty_office(tmp_path) as office:
        incident = await office.learns_of(level="重大")
        number = await office.drafts(incident, "phone", "初报")

        not_yet = await office.submits(incident, number, expect=409)
        assert not_yet.json()["code"] == "approval_required"
        await office.approves(incident, number, by=OFFICER, expect=403)  # not his own draft
        await office.approves(incident, number, by=LEADER)
        await office.submits(incident, number)
        assert (await office.incident(incident))["reports"][0]["approved_by"] == LEADER


async def test_the_clock_lights_yellow_then_red_and_goes_out_once_the_reports_are_up(tmp_path):
    async with duty_office(tmp_path) as office:
        incident = await office.learns_of(level="较大", learned_at=at(22, 10))
        office.now(at(22, 31))
        assert [i["light"] for i in await office.listed()] == ["yellow"]
        office.now(at(22, 41))
        assert [i["light"] for i in await office.listed()] == ["red"]
        assert (await office.incident(incident))["light"] == "red"
        await office.goes_up(incident, "phone", at(22, 42), late_reason="领导在现场")
        await office.goes_up(incident, "written", at(23, 0))
        assert [i["light"] for i in await office.listed()] == [None]


async def test_an_incident_marked_internal_is_hidden_from_departments_not_involved(tmp_path):
    async with duty_office(tmp_path) as office:
        internal = await office.learns_of(
            title="某村集体上访", internal=True, departments_involved=["agriculture"]
        )
        circulated = await office.learns_of(title="国道堵车", internal=False, departments_involved=[])

        for outsider in ("chen", "sun"):  # 财政局, 总工会: not involved
            await office.incident(internal, as_=outsider, expect=404)
            history = await office.svc.client.get(
                f"/incidents/{internal}/history", headers=office.svc.as_(outsider)
            )
            assert history.status_code == 404
            assert [i["id"] for i in await office.listed(as_=outsider)] == [circulated]
        for insider in (OFFICER, LEADER, "luo", "feng"):  # the office, the duty staff, the leaders
            assert {i["id"] for i in await office.listed(as_=insider)} == {internal, circulated}
        assert (await office.incident(circulated, as_="chen"))["internal"] is False


async def test_a_classified_incident_is_hidden_from_those_not_cleared_for_it(tmp_path):
    async with duty_office(tmp_path) as office:
        secret = await office.learns_of(classification="机密", by="yang")

        await office.incident(secret, as_=OFFICER, expect=404)  # 李文书 is cleared for 秘密 only
        assert await office.listed(as_=OFFICER) == []
        assert (await office.incident(secret, as_="feng"))["classification"] == "机密"


async def test_bad_input_is_refused_in_words_and_nothing_is_recorded(tmp_path):
    async with duty_office(tmp_path) as office:
        fields = {
            "title": "t",
            "category": "c",
            "place": "p",
            "level": "较大",
            "learned_at": at(22, 0).isoformat(),
        }

        async def refused(**changes: object) -> dict:
            answer = await office.post("/incidents", by=OFFICER, expect=422, **(fields | changes))
            assert answer.headers["content-type"] == "application/problem+json"
            return answer.json()

        assert (await refused(learned_at=at(23, 0).isoformat()))["code"] == "learned_in_the_future"
        assert (await refused(learned_at="2026-12-07T22:00:00"))["detail"]  # no time zone
        assert (await refused(level="严重"))["detail"]  # not one of the four levels
        assert (await refused(departments_involved=["no-such-bureau"]))["field"] == "departments_involved"
        assert await office.listed() == []
