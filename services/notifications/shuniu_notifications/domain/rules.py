"""Who hears of what: the office's notification rules (通知规则), as data it can adjust.

A rule names the event that triggers it, who receives the notice, the notice's words (Chinese first,
English second) and the deep link that opens the screen where the recipient can act. Recipients are
selectors resolved against the event's facts and the directory:

- ``head:<field>`` — the head (负责人, role ``department_head``) of the department the field names;
- ``liaison:<field>`` — that department's 联络员 (role ``liaison``);
- ``person:<field>`` — the person, or the people, the field names (``assigned_by``: the assigning
  leader; ``unread``: the readers who have not read a circulated document);
- ``role:<role>`` — everyone holding the role (``supervisor``: 督查室);

and ``webhooks = "<field>"`` sends the notice to the group-chat robots of the department the field
names as well. The file is `rules.toml` beside this package, or ``SHUNIU_NOTIFICATIONS_RULES_FILE``.
Pure: no I/O here but parsing the text given.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Literal
from urllib.parse import quote

from shuniu_shared.clock import OFFICE_TZ
from shuniu_shared.directory import Directory

Channel = Literal["console", "email"]  # a person's channels; robots are a department's
RobotKind = Literal["dingtalk", "wecom"]  # 钉钉自定义机器人 / 企业微信群机器人
SELECTORS = ("head", "liaison", "person", "role")
ESCALATION = "escalation.overdue"  # the trigger of the rule for a task still overdue after N working days


class RulesError(ValueError):
    """The rules file cannot work; said in one line naming the rule (refused at start-up)."""


@dataclass(frozen=True)
class Wording:
    zh: str
    en: str

    def render(self, facts: Mapping[str, Any]) -> str:
        shown = {key: _as_office_time(value) for key, value in facts.items()}
        return f"{self.zh} / {self.en}".format_map(_Facts(shown))


@dataclass(frozen=True)
class Rule:
    trigger: str  # an event type (shuniu.supervision.task.overdue.v1) or ESCALATION
    recipients: tuple[str, ...]
    title: Wording
    text: Wording
    link: str  # the console's hash route, e.g. "#/task/{task_id}"
    webhooks: str | None = None  # the field naming the department whose robots hear it

    def route(self, facts: Mapping[str, Any]) -> str:
        """The console route of the deep link, each value encoded as the console's own links are
        (encodeURIComponent): ``#/task/instruction%3Ain-2026-0042%3A…``."""
        return self.link.format_map(_Facts({key: quote(str(value), safe="") for key, value in facts.items()}))

    def recipients_for(self, facts: Mapping[str, Any], directory: Directory) -> list[str]:
        """The people this rule notifies for these facts, each once, in the rule's order."""
        chosen: dict[str, None] = {}
        for selector in self.recipients:
            kind, _, argument = selector.partition(":")
            for person in _resolve(kind, argument, facts, directory):
                chosen.setdefault(person)
        return list(chosen)


@dataclass(frozen=True)
class QuietHours:
    """免打扰时段: email waits until it ends; the console inbox is never held back."""

    start: time
    end: time

    def release(self, instant: datetime) -> datetime:
        """When a notice raised at `instant` may go out: `instant` itself outside quiet hours."""
        local = instant.astimezone(OFFICE_TZ)
        now = local.timetz().replace(tzinfo=None)
        overnight = self.start > self.end
        inside = (now >= self.start or now < self.end) if overnight else self.start <= now < self.end
        if not inside:
            return instant
        release = datetime.combine(local.date(), self.end, tzinfo=OFFICE_TZ)
        if release <= local:
            release += timedelta(days=1)
        return release


def next_digest(instant: datetime, at: time) -> datetime:
    """The first digest time (Asia/Shanghai) at or after `instant`."""
    local = instant.astimezone(OFFICE_TZ)
    due = datetime.combine(local.date(), at, tzinfo=OFFICE_TZ)
    return due if due >= local else due + timedelta(days=1)


@dataclass(frozen=True)
class Contact:
    """A person's own choices: where notices reach them and when not to disturb them."""

    email: str | None = None
    channels: tuple[Channel, ...] = ("console", "email")
    quiet_hours: QuietHours | None = None
    digest_at: time | None = None  # 每日汇总: one email a day at this time instead of one per notice

    def wants(self, channel: Channel) -> bool:
        if channel == "email":
            return "email" in self.channels and self.email is not None
        return channel in self.channels


@dataclass(frozen=True)
class Robot:
    kind: RobotKind
    url: str
    secret: str | None = None  # DingTalk's 加签 secret; WeCom robots carry their key in the URL


@dataclass(frozen=True)
class OfficeRules:
    rules: dict[str, Rule]
    contacts: dict[str, Contact] = field(default_factory=dict)
    robots: dict[str, tuple[Robot, ...]] = field(default_factory=dict)  # by department code
    escalate_after_working_days: int = 3

    def contact(self, person: str) -> Contact:
        return self.contacts.get(person, Contact())

    @classmethod
    def parse(cls, text: str, directory: Directory) -> OfficeRules:
        data = tomllib.loads(text)
        rules = {}
        for entry in data.get("rules", []):
            rule = _rule(entry)
            if rule.trigger in rules:
                raise RulesError(f"two rules for {rule.trigger}")
            rules[rule.trigger] = rule
        contacts = {}
        for person, entry in data.get("people", {}).items():
            directory.person(person)  # a contact for nobody is a typo
            quiet = entry.get("quiet_hours")
            contacts[person] = Contact(
                email=entry.get("email"),
                channels=tuple(entry.get("channels", ("console", "email"))),
                quiet_hours=QuietHours(time.fromisoformat(quiet[0]), time.fromisoformat(quiet[1]))
                if quiet
                else None,
                digest_at=time.fromisoformat(entry["digest"]) if "digest" in entry else None,
            )
        robots = {}
        for department, entry in data.get("departments", {}).items():
            directory.department(department)
            robots[department] = tuple(
                Robot(kind=robot["kind"], url=robot["url"], secret=robot.get("secret"))
                for robot in entry.get("robots", [])
            )
            if unknown := {r.kind for r in robots[department]} - {"dingtalk", "wecom"}:
                raise RulesError(f"department {department}: unknown robot kinds {sorted(unknown)}")
        return cls(
            rules=rules,
            contacts=contacts,
            robots=robots,
            escalate_after_working_days=int(data.get("escalate_after_working_days", 3)),
        )


def _rule(entry: dict[str, Any]) -> Rule:
    trigger = entry.get("on", "?")
    for selector in entry.get("recipients", []):
        if selector.partition(":")[0] not in SELECTORS:
            raise RulesError(f"rule {trigger}: unknown recipient selector {selector}")
    try:
        rule = Rule(
            trigger=trigger,
            recipients=tuple(entry["recipients"]),
            title=Wording(entry["title"], entry["title_en"]),
            text=Wording(entry["text"], entry["text_en"]),
            link=entry["link"],
            webhooks=entry.get("webhooks"),
        )
    except KeyError as missing:
        raise RulesError(f"rule {trigger}: missing {missing}") from None
    for template in (rule.title.zh, rule.title.en, rule.text.zh, rule.text.en, rule.link):
        string.Formatter().parse(template)  # unbalanced braces fail here, not at the first event
    return rule


def _resolve(kind: str, argument: str, facts: Mapping[str, Any], directory: Directory) -> list[str]:
    if kind == "role":
        return [p.id for p in directory.people.values() if p.has_role(argument)]
    value = facts.get(argument)
    named = value if isinstance(value, list) else [value] if value else []  # readers: a list
    if kind == "person":
        return [person for person in named if person in directory.people]
    role = "department_head" if kind == "head" else "liaison"
    return [p.id for p in directory.people.values() if p.dept in named and p.has_role(role)]


def _as_office_time(value: Any) -> Any:
    """An instant as the event carries it (RFC 3339, UTC) shown as people read it: Beijing time to
    the minute, "2026-12-07 23:10"; any other value as it is."""
    if not isinstance(value, str) or len(value) < 20 or value[10:11] != "T":
        return value
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        return value
    if instant.tzinfo is None:
        return value
    return instant.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M")


class _Facts(dict[str, Any]):
    """The event's facts for a template; a field the event lacks shows as empty, not as an error."""

    def __missing__(self, key: str) -> str:
        return ""
