"""知悉范围：通知只告诉事项所属服务允许知悉的人——不在知悉范围内的人不通知，未声明知悉范围的事项谁也不通知；
部门群机器人只在整个部门都可知悉、且事项非涉密时才发，事项含个人信息时群消息不写任何内容；
通知本身只给收件人本人看，投递状态只给能打开该事项的人看。

Nobody is told of an object its owner would not show them: a notice, an email or a robot message
goes only where the event's audience admits (domain/audience.py)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from shuniu_notifications.domain.audience import NAMELESS
from shuniu_shared.audience import Audience
from shuniu_shared.clock import TestClock
from shuniu_shared.envelope import Envelope

from tests.notifications.office import (
    Mailbox,
    Notifications,
    RobotServer,
    directory_with,
    notifications,
    office_rules,
    robot_server,
    smtp_server,
)
from tests.supervision.office import MONDAY, source_event

# A second petitions officer, who handles other petitions than wang's.
XU = """
[[people]]
id = "xu"
name = "徐信访员"
dept = "petitions"
roles = ["petitions_officer"]
clearance = "秘密"
"""
# A rule the office may add: the department that registered a document hears of it, and its chat too;
# and the office's own group chat.
REGISTERED = """
[people.wang]
email = "wang@petitions.f-county.gov.cn"

[people.xu]
email = "xu@petitions.f-county.gov.cn"

[[departments.office.robots]]
kind = "wecom"
url = "ROBOTS/cgi-bin/webhook/send?key=office"

[[rules]]
on = "shuniu.documents.incoming.registered.v1"
recipients = ["head:department"]
webhooks = "department"
title = "来文已登记：{title}"
title_en = "Document registered: {title}"
text = "请及时办理。"
text_en = "Please act on it."
link = "#/incoming/{subject}"
"""
PETITION_OVERDUE = "shuniu.reception.petition.clock_overdue.v1"
REGISTERED_TYPE = "shuniu.documents.incoming.registered.v1"
# What reception names for a petition handled by wang: him, and the personal data it carries.
WANGS_PETITION = Audience.of(people=["wang"], personal_data=["name", "id_number", "phone"])
FINANCE = Audience.of(departments=["finance"])
CHENS_CLEARANCE = (
    'name = "陈局长"\ndept = "finance"\nroles = ["department_head", "staff"]\nclearance = "秘密"'
)


@dataclass
class County:
    notices: Notifications
    mailbox: Mailbox
    robots: RobotServer

    async def hears(
        self, ce_type: str, subject: str, data: dict[str, Any], audience: Audience | None
    ) -> None:
        event: Envelope = replace(source_event(ce_type, subject, data), audience=audience)
        await self.notices.hears(event)

    async def registers(self, subject: str, audience: Audience | None, **data: Any) -> None:
        """A document registered for a department, as documents would publish it."""
        await self.hears(
            REGISTERED_TYPE,
            subject,
            {"department": "finance", "title": "关于春耕资金的通知"} | data,
            audience,
        )

    async def a_petition_clock_runs_out(self, subject: str, audience: Audience | None) -> None:
        await self.hears(PETITION_OVERDUE, subject, {"clock": "acceptance", "due_on": "2026-03-09"}, audience)

    async def then_everything_is_sent(self, person: str, count: int) -> None:
        """Wait until `person` has `count` notices (the events before are handled by then: one topic,
        in order), and send what is due."""
        await self.notices.has_notices_for(person, count)
        await self.notices.sends_what_is_due()

    async def subjects_told_to(self, person: str) -> list[str]:
        return [n["subject"] for n in (await self.notices.inbox(person))["items"]]

    def chat_messages(self) -> list[str]:
        return [m["markdown"]["title"] + m["markdown"]["text"] for m in self.robots.dingtalk] + [
            m["markdown"]["content"] for m in self.robots.wecom
        ]


@contextlib.asynccontextmanager
async def county(tmp_path: Path, **options: Any) -> AsyncIterator[County]:
    clock = TestClock(MONDAY)
    directory = options.pop("directory_file", None) or directory_with(tmp_path, XU)
    with smtp_server() as (mailbox, smtp_port):
        async with robot_server() as robots:
            rules = office_rules(tmp_path, robots, REGISTERED.replace("ROBOTS", robots.url))
            async with notifications(
                tmp_path, rules, smtp_port, clock=clock, directory_file=directory, **options
            ) as notices:
                yield County(notices, mailbox, robots)


async def test_nobody_outside_a_petitions_audience_is_told_of_it(tmp_path):
    async with county(tmp_path) as office:
        await office.a_petition_clock_runs_out("petition-3", WANGS_PETITION)  # the rule: every officer
        await office.then_everything_is_sent("wang", 1)
        assert await office.subjects_told_to("wang") == ["petition-3"]
        assert await office.subjects_told_to("xu") == []  # a petitions officer, but not of this one
        assert [m["To"] for m in office.mailbox.messages] == ["wang@petitions.f-county.gov.cn"]


async def test_an_event_that_names_no_audience_tells_nobody(tmp_path):
    async with county(tmp_path) as office:
        await office.a_petition_clock_runs_out("petition-4", None)
        await office.registers("in-2026-0050", None)
        # then one with an audience on each topic: the events before them are handled by then
        await office.a_petition_clock_runs_out("petition-5", Audience.of(roles=["petitions_officer"]))
        await office.registers("in-2026-0055", FINANCE)
        await office.notices.has_notices_for("xu", 1)
        await office.then_everything_is_sent("chen", 1)
        assert await office.subjects_told_to("wang") == await office.subjects_told_to("xu") == ["petition-5"]
        assert await office.subjects_told_to("chen") == ["in-2026-0055"]
        assert len(office.robots.dingtalk) == len(office.robots.wecom) == 1
        assert sorted(m["To"] for m in office.mailbox.messages) == [
            "chen@finance.f-county.gov.cn",
            "wang@petitions.f-county.gov.cn",
            "xu@petitions.f-county.gov.cn",
        ]


async def test_a_head_not_cleared_for_the_objects_密级_hears_nothing_of_it(tmp_path):
    async with county(tmp_path) as office:
        await office.registers("in-2026-0051", Audience.of(classification="机密", departments=["finance"]))
        await office.registers("in-2026-0052", FINANCE)
        await office.then_everything_is_sent("chen", 1)  # 陈局长 is cleared to 秘密
        assert await office.subjects_told_to("chen") == ["in-2026-0052"]
        assert len(office.mailbox.to("chen@finance.f-county.gov.cn")) == 1
        assert len(office.robots.dingtalk) == 1


async def test_a_classified_document_never_reaches_a_group_robot(tmp_path):
    async with county(tmp_path) as office:
        secret = Audience.of(classification="秘密", departments=["finance"])
        await office.registers("in-2026-0053", secret, title="关于秘密事项的通知")
        await office.registers("in-2026-0054", FINANCE)
        await office.then_everything_is_sent("chen", 2)
        assert sorted(await office.subjects_told_to("chen")) == ["in-2026-0053", "in-2026-0054"]
        assert len(office.robots.dingtalk) == len(office.robots.wecom) == 1  # the unclassified one only
        assert not any("秘密事项" in message for message in office.chat_messages())


async def test_a_group_robot_hears_only_what_its_whole_department_may_see(tmp_path):
    async with county(tmp_path) as office:
        await office.registers("in-2026-0060", Audience.of(people=["chen"]))  # 陈局长 alone
        await office.registers("in-2026-0061", Audience.of(roles=["department_head"]))  # heads, not staff
        await office.registers("in-2026-0062", Audience.of(members_of=["finance"]))  # the whole bureau
        # 办公室's chat may hold its sections: only a grant that takes them along opens it
        await office.registers("in-2026-0063", Audience.of(members_of=["office"]), department="office")
        await office.registers("in-2026-0064", Audience.of(departments=["office"]), department="office")
        await office.registers(
            "in-2026-0065", Audience.of(departments=["gov"])
        )  # the county and all under it
        await office.then_everything_is_sent("chen", 4)
        await office.notices.has_notices_for("feng", 2)  # 办公室's head, of 0063 and 0064
        links = [m["markdown"]["text"] for m in office.robots.dingtalk] + [
            m["markdown"]["content"] for m in office.robots.wecom
        ]
        told = sorted(
            subject
            for subject in [f"in-2026-00{n}" for n in range(60, 66)]
            if any(subject in link for link in links)
        )
        assert told == ["in-2026-0062", "in-2026-0064", "in-2026-0065"]


async def test_a_robot_message_about_an_object_with_personal_data_names_no_person(tmp_path):
    async with county(tmp_path) as office:
        carrying = Audience.of(departments=["finance"], personal_data=["name"])
        await office.registers("in-2026-0070", carrying, title="关于张三反映低保问题的转办函")
        await office.then_everything_is_sent("chen", 1)
        [notice] = (await office.notices.inbox("chen"))["items"]
        assert "张三" in notice["title"]  # 陈局长 may see it, behind sign-in
        [dingtalk], [wecom] = office.robots.dingtalk, office.robots.wecom
        assert dingtalk["markdown"]["title"] == NAMELESS[0]
        assert all("张三" not in message and "低保" not in message for message in office.chat_messages())
        assert notice["link"] in wecom["markdown"]["content"]  # the link still leads to the screen


async def test_a_notice_is_hidden_from_its_recipient_once_no_longer_cleared_for_its_object(tmp_path):
    secret = Audience.of(classification="秘密", departments=["finance"])
    async with county(tmp_path) as office:
        await office.registers("in-2026-0080", secret, title="关于秘密事项的通知")
        await office.registers("in-2026-0081", FINANCE)
        await office.then_everything_is_sent("chen", 2)
        [hidden] = [
            n for n in (await office.notices.inbox("chen"))["items"] if n["subject"] == "in-2026-0080"
        ]
    county_file = directory_with(tmp_path, XU)  # 陈局长's clearance withdrawn meanwhile
    lowered = county_file.read_text(encoding="utf-8").replace(
        CHENS_CLEARANCE, CHENS_CLEARANCE.replace("秘密", "none")
    )
    assert lowered != county_file.read_text(encoding="utf-8")
    county_file.write_text(lowered, encoding="utf-8")
    async with county(tmp_path, directory_file=county_file) as office:
        inbox = await office.notices.inbox("chen")
        assert [n["subject"] for n in inbox["items"]] == ["in-2026-0081"] and inbox["unread"] == 1
        refused = await office.notices.svc.client.post(
            f"/notices/{hidden['id']}/read", headers=office.notices.svc.as_("chen")
        )
        assert (refused.status_code, refused.json()["code"]) == (404, "not_found")


async def test_the_delivery_state_shows_the_overseers_only_deliveries_about_objects_they_may_open(tmp_path):
    async with county(tmp_path) as office:
        await office.a_petition_clock_runs_out("petition-6", WANGS_PETITION)
        await office.registers("in-2026-0090", Audience.of(departments=["office", "finance"]))
        await office.notices.has_notices_for("wang", 1)
        await office.then_everything_is_sent("chen", 1)
        assert len(office.mailbox.messages) == 2  # wang's and chen's: both went
        seen_by_feng = await office.notices.deliveries()  # 办公室主任
        assert {d["title"] for d in seen_by_feng} == {
            "来文已登记：关于春耕资金的通知 / Document registered: 关于春耕资金的通知"
        }
        assert {d["channel"] for d in seen_by_feng} == {"email", "dingtalk", "wecom"}
        response = await office.notices.svc.client.get("/deliveries", headers=office.notices.svc.as_("qian"))
        assert response.json()["items"] == seen_by_feng  # the auditor neither sees wang's petition


async def test_the_assigning_leader_hears_of_a_task_still_overdue_only_if_its_latest_audience_admits_him(
    tmp_path,
):
    task = "shuniu.supervision.task.{}.v1"
    bureau = Audience.of(departments=["office", "finance"])
    with_fang = Audience.of(departments=["office", "finance"], people=["fang"])
    async with county(tmp_path) as office:
        for task_id, opened_for, overdue_for in (
            ("ad-hoc:kept-from-fang", bureau, bureau),
            ("ad-hoc:fang-later-left-out", with_fang, bureau),  # the latest audience decides
            ("ad-hoc:fangs", bureau, with_fang),
        ):
            opened = {
                "task_id": task_id,
                "source": {"kind": "ad_hoc"},
                "title": "落实秋粮收购资金",
                "lead_department": "finance",
                "co_departments": [],
                "deadline": "2026-03-13",
                "assigned_by": "fang",
                "classification": "none",
            }
            await office.hears(task.format("opened"), task_id, opened, opened_for)
            overdue = {"deadline": "2026-03-13", "on": "2026-03-14"}
            await office.hears(task.format("overdue"), task_id, overdue, overdue_for)
        await office.notices.has_notices_for("zhou", 3)  # 督查室: each task overdue
        office.notices.svc.clock.advance(timedelta(days=10))  # past Wednesday 18 March, 09:00
        await office.notices.sends_what_is_due()
        assert await office.subjects_told_to("fang") == ["ad-hoc:fangs"]
