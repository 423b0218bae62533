"""通知规则：规则是办公室可改的数据；写错的规则启动时即被拒绝；钉钉加签按其文档计算；免打扰时段。
(The tables against the revisions: tests/platform/test_upgrade.py, for every service.)"""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from shuniu_notifications.app.config import DEFAULT_RULES
from shuniu_notifications.domain.robots import dingtalk_signature, robot_message, signed_url
from shuniu_notifications.domain.rules import OfficeRules, QuietHours, RulesError
from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.directory import Directory
from shuniu_shared.errors import InvalidInput

DIRECTORY = Directory.load()
RULE = """
[[rules]]
on = "shuniu.supervision.task.urged.v1"
recipients = ["head:lead_department", "role:supervisor", "person:assigned_by"]
title = "催办：{title}"
title_en = "Urged: {title}"
text = "{message}"
text_en = "{message}"
link = "#/task/{subject}"
"""


def test_a_rule_reaches_the_head_the_supervisors_and_the_named_person_each_once():
    [rule] = OfficeRules.parse(RULE, DIRECTORY).rules.values()
    facts = {"lead_department": "finance", "assigned_by": "zhou", "title": "秋粮收购"}
    assert rule.recipients_for(facts, DIRECTORY) == ["chen", "zhou"]
    assert rule.title.render(facts) == "催办：秋粮收购 / Urged: 秋粮收购"


def test_an_incident_notice_reaches_the_leader_on_call_and_shows_its_due_time_in_beijing():
    rules = OfficeRules.parse(DEFAULT_RULES.read_text(encoding="utf-8"), DIRECTORY).rules
    [reported] = [rule for rule in rules.values() if rule.trigger == "shuniu.duty.incident.reported.v1"]
    facts = {"title": "化工厂火灾", "level": "较大", "place": "城关镇", "written_due": "2026-12-07T15:10:00Z"}
    assert reported.recipients_for(facts, DIRECTORY) == ["yang", "feng"]
    assert reported.text.render(facts) == (
        "事发地点：城关镇。书面报告时限 2026-12-07 23:10。 / "
        "Place: 城关镇. The written report is due 2026-12-07 23:10."
    )


def test_an_unknown_selector_a_missing_wording_or_a_contact_for_nobody_is_refused():
    with pytest.raises(RulesError, match="unknown recipient selector boss:lead"):
        OfficeRules.parse(RULE.replace("role:supervisor", "boss:lead"), DIRECTORY)
    with pytest.raises(RulesError, match="missing 'title_en'"):
        OfficeRules.parse(RULE.replace('title_en = "Urged: {title}"', ""), DIRECTORY)
    with pytest.raises(InvalidInput):
        OfficeRules.parse('[people.nobody]\nemail = "x@example.org"\n', DIRECTORY)


def test_the_dingtalk_signature_is_base64_hmac_sha256_of_timestamp_and_secret_url_encoded():
    # The expected sign was computed apart from this code, with
    # printf '1577262236757\nSEC000000000000000000000' | openssl dgst -sha256 -hmac SEC… -binary | base64
    # (xOJIB8eNoYWeLy26EMZOlc2RjOJbtPv9HYjm+E3uALU=), then URL-encoded: + and = escaped.
    secret, timestamp = "SEC000000000000000000000", 1577262236757
    sign = "xOJIB8eNoYWeLy26EMZOlc2RjOJbtPv9HYjm%2BE3uALU%3D"
    assert dingtalk_signature(secret, timestamp) == sign
    url = signed_url("https://oapi.dingtalk.com/robot/send?access_token=T", secret, timestamp)
    assert url.endswith(f"&timestamp={timestamp}&sign={sign}")
    assert robot_message("wecom", "标题", "正文", "http://x/#/task/1")["markdown"]["content"].startswith(
        "### 标题"
    )


@pytest.mark.parametrize(
    ("raised", "released"),
    [
        (datetime(2026, 3, 9, 22, 0, tzinfo=OFFICE_TZ), datetime(2026, 3, 10, 7, 30, tzinfo=OFFICE_TZ)),
        (datetime(2026, 3, 10, 6, 0, tzinfo=OFFICE_TZ), datetime(2026, 3, 10, 7, 30, tzinfo=OFFICE_TZ)),
        (datetime(2026, 3, 10, 12, 0, tzinfo=OFFICE_TZ), datetime(2026, 3, 10, 12, 0, tzinfo=OFFICE_TZ)),
    ],
    ids=["evening: the next morning", "early morning: the same morning", "midday: at once"],
)
def test_quiet_hours_hold_an_email_until_they_end(raised, released):
    assert QuietHours(time(21, 30), time(7, 30)).release(raised.astimezone(UTC)) == released


def test_the_default_rules_load_against_the_demo_county_and_ask_the_leaders_for_their_批示():
    rules = OfficeRules.parse(DEFAULT_RULES.read_text(encoding="utf-8"), DIRECTORY).rules
    proposed = rules["shuniu.documents.incoming.proposed.v1"]
    assert proposed.recipients_for({"subject": "in-2026-0042"}, DIRECTORY) == ["luo", "fang"]
    assert rules["shuniu.meetings.meeting.leave_requested.v1"].recipients_for(
        {"chair": "fang"}, DIRECTORY
    ) == ["fang"]
