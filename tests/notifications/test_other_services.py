"""其他服务的待办：传阅未阅、用印待批、会议请假待主持人审批、信访法定时限——各通知到该办的人，链接指向能办理的页面。"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from shuniu_shared.audience import Audience
from shuniu_shared.clock import TestClock
from shuniu_shared.records import Record

from tests.notifications.office import notifications, office_rules, robot_server, smtp_server
from tests.supervision.office import MONDAY, source_event

CASES = [
    pytest.param(
        "shuniu.documents.incoming.circulation_overdue.v1",
        "in-2026-0042",
        {"round": 1, "unread": ["chen", "zhao"], "due_at": "2026-03-10T09:00:00Z"},
        ["chen", "zhao"],
        "#/incoming/in-2026-0042",
        Audience.of(roles=["clerk"], people=["chen", "zhao", "fang"]),
        id="传阅超期未阅",
    ),
    pytest.param(
        "shuniu.reception.seal_request.requested.v1",
        "sealreq-7",
        {
            "seal_id": "seal-1",
            "document": "关于春耕资金的请示",
            "reason": "报送县委",
            "impressions": 2,
            "requested_by": "shen",
        },
        ["feng", "yang"],  # the office directors approve 用印
        "#/seal/sealreq-7",
        Audience.of(roles=["office_director", "seal_keeper"], people=["shen"]),
        id="用印待批",
    ),
    pytest.param(
        "shuniu.meetings.meeting.leave_requested.v1",
        "mtg-2026-007",
        {
            "person": "chen",
            "department": "finance",
            "reason": "赴市财政局汇报",
            "substitute": None,
            "organiser": "shen",
            "organiser_department": "office.secretariat",
            "chair": "fang",
        },
        ["fang"],
        "#/meeting/mtg-2026-007",
        Audience.of(people=["shen", "fang", "chen"], members_of=["office.secretariat"]),
        id="会议请假",
    ),
    pytest.param(
        "shuniu.reception.petition.clock_overdue.v1",
        "petition-3",
        {"clock": "acceptance", "due_on": "2026-03-09"},
        ["wang"],
        "#/petition/petition-3",
        Audience.of(roles=["petitions_officer"], personal_data=["name", "id_number", "phone"]),
        id="信访时限已过",
    ),
    pytest.param(
        "shuniu.duty.incident.report_drafted.v1",
        "incident-5",
        {"number": 1, "kind": "phone", "text": "化工厂起火", "casualties": {}, "drafted_by": "li"},
        ["yang"],  # the leader on call approves every report
        "#/incident/incident-5",
        Audience.of(roles=["duty_leader", "duty_officer", "leader"], departments=["office"]),
        id="突发事件报告待审核",
    ),
    pytest.param(
        "shuniu.duty.incident.report_approved.v1",
        "incident-5",
        {"number": 1, "by": "yang", "at": "2026-03-09T01:20:00Z"},
        ["li"],  # the duty officer sends it up
        "#/incident/incident-5",
        Audience.of(roles=["duty_leader", "duty_officer", "leader"], departments=["office"]),
        id="突发事件报告已审核",
    ),
]


@pytest.mark.parametrize(("ce_type", "subject", "data", "people", "route", "audience"), CASES)
async def test_a_to_do_from_another_service_reaches_the_people_who_act_on_it(
    tmp_path: Any,
    ce_type: str,
    subject: str,
    data: dict[str, Any],
    people: list[str],
    route: str,
    audience: Audience,
) -> None:
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with (
            robot_server() as robots,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            topic = f"shuniu.{ce_type.split('.')[1]}.events"
            assert notices.svc.runtime.bus is not None
            event = replace(source_event(ce_type, subject, data), audience=audience)  # as its owner names it
            await notices.svc.runtime.bus.append([Record.of(topic, event)])
            for person in people:
                await notices.has_notices_for(person, 1)
                [notice] = (await notices.inbox(person))["items"]
                assert notice["link"].endswith(route)
            assert (await notices.inbox("luo"))["items"] == []
