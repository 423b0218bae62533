"""个人设置：各人自选通知渠道、免打扰时段与每日汇总，只改自己的；填错的设置得到写明字段的 422。"""

from __future__ import annotations

from shuniu_shared.clock import TestClock

from tests.notifications.office import notifications, office_rules, robot_server, smtp_server
from tests.supervision.office import MONDAY, instructed, office

CHEN = "chen@finance.f-county.gov.cn"


async def test_a_head_who_turns_email_off_gets_notices_in_the_console_only(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (mailbox, smtp_port):
        async with (
            robot_server() as robots,
            office(tmp_path, clock=clock) as supervision,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            client, as_chen = notices.svc.client, notices.svc.as_("chen")
            before = await client.get("/preferences", headers=as_chen)
            assert before.json() == {
                "channels": ["console", "email"],
                "quiet_hours": None,
                "digest": None,
                "email": CHEN,
            }
            changed = await client.post("/preferences", json={"channels": ["console"]}, headers=as_chen)
            assert changed.status_code == 200, changed.text
            await supervision.arrives("shuniu.documents.events", instructed())
            await notices.has_notices_for("chen", 1)
            await notices.sends_what_is_due()
            assert mailbox.to(CHEN) == []
            assert (await client.get("/preferences", headers=notices.svc.as_("zhou"))).json()["channels"] == [
                "console",
                "email",
            ]  # zhou's own are untouched


async def test_preferences_that_cannot_work_are_refused_naming_the_field(tmp_path):
    clock = TestClock(MONDAY)
    with smtp_server() as (_, smtp_port):
        async with (
            robot_server() as robots,
            notifications(tmp_path, office_rules(tmp_path, robots), smtp_port, clock=clock) as notices,
        ):
            client, as_ = notices.svc.client, notices.svc.as_
            same = await client.post(
                "/preferences",
                json={"channels": ["console"], "quiet_hours": ["22:00", "22:00"]},
                headers=as_("chen"),
            )
            assert (same.status_code, same.json()["code"], same.json()["field"]) == (
                422,
                "invalid_quiet_hours",
                "quiet_hours",
            )
            # a time of day is Beijing wall-clock text: a number came back as "00:00:00Z" (make chaos)
            number = await client.post(
                "/preferences",
                json={"channels": ["console"], "quiet_hours": [0, "07:00"]},
                headers=as_("chen"),
            )
            assert (number.status_code, number.json()["field"]) == (422, "body.quiet_hours.0")
            no_address = await client.post("/preferences", json={"channels": ["email"]}, headers=as_("zhao"))
            assert (no_address.status_code, no_address.json()["code"]) == (422, "no_email_address")
            unknown = await client.post(
                "/preferences", json={"channels": ["sms"]}, headers=as_("chen", **{"Accept-Language": "en"})
            )
            assert unknown.status_code == 422
            assert unknown.headers["content-type"] == "application/problem+json"
            digest = await client.post(
                "/preferences",
                json={"channels": ["console", "email"], "digest": "08:30"},
                headers=as_("chen"),
            )
            assert digest.json()["digest"] == "08:30:00"
