"""The 接待清单 as the host prints it for reimbursement (docs/rules.md §9): on
GB/T 9704-2012's page under the host's red 版头 — the sending body and its 公函, the business, the
guests, each item's time, place and cost, and, once the bills are in, the reconciliation
(shuniu_shared/typesetting.py).

It is built from the list the route answers (`GET /hospitality/{id}/list`), so it prints exactly
what that caller may read: a guest's name and post sealed for him stay sealed on the paper."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from shuniu_shared.directory import Directory
from shuniu_shared.typesetting import Section, Sheet, Table


def reception_sheet(listed: dict[str, Any], directory: Directory, today: date) -> Sheet:
    host = directory.name_of(listed["host_department"])
    host_person = directory.people.get(listed["host_person"])
    letter = listed["letter"]
    reference = f"（公函 {letter['reference']}）" if letter.get("reference") else ""
    items = listed["items"]
    facts = (
        f"来宾单位：{listed['sending_body']}{reference}",
        f"公务活动：{listed['business']}",
        f"来访时间：{_span(listed['arrives_at'], listed['departs_at'])}",
        f"接待单位：{host}" + (f"；陪同：{host_person.name}" if host_person else ""),
        f"交通：{listed['transport']}" if listed["transport"] else "",
        f"来宾{len(listed['guests'])}人，接待项目{len(items)}项，预计费用合计{_yuan(listed['planned_fen'])}元。",
    )
    guests = Table(
        ("序号", "单位", "姓名", "职务"),
        tuple(
            (str(i), g["organisation"], g["name"], g["post"]) for i, g in enumerate(listed["guests"], start=1)
        ),
        (1, 4, 3, 3),
    )
    planned = Table(
        ("项目", "时间", "地点", "内容", "费用"),
        tuple(
            (i["kind_name"], _span(i["starts_at"], i["ends_at"]), i["place"], _what(i), _yuan(i["cost_fen"]))
            for i in items
        ),
        (3, 4, 4, 4, 3),
    )
    sections = [
        Section("一、基本情况", tuple(f for f in facts if f)),
        Section("二、来宾名单", table=guests),
        Section("三、接待项目", ("金额单位：元。",), planned),
    ]
    if reconciled := listed["reconciliation"]:
        lines = Table(
            ("项目", "预计", "票据", "差额"),
            tuple(
                (
                    items[line["item"]]["kind_name"],
                    _yuan(line["planned_fen"]),
                    _yuan(line["billed_fen"]),
                    _yuan(line["difference_fen"]),
                )
                for line in reconciled["lines"]
            ),
            (3, 2, 2, 2),
        )
        billed, difference = _yuan(reconciled["billed_fen"]), _yuan(reconciled["difference_fen"])
        total = f"金额单位：元。票据合计{billed}元，与预计相差{difference}元。"
        sections.append(Section("四、票据核对", (total,), lines))
    return Sheet(
        mark=host,
        title="公务接待清单",
        issuer=host,
        dated=today,
        sections=tuple(sections),
        printer=host,
        printed_on=today,
    )


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _span(starts: str, ends: str) -> str:
    """3月10日 09:30—11:30, or across days 3月10日 20:00—3月11日 08:00 (the list's instants are Beijing's)."""
    a, b = datetime.fromisoformat(starts), datetime.fromisoformat(ends)
    end = f"{b:%H:%M}" if a.date() == b.date() else f"{b.month}月{b.day}日 {b:%H:%M}"
    return f"{a.month}月{a.day}日 {a:%H:%M}—{end}"


def _what(item: dict[str, Any]) -> str:
    """An item's own words, with what the standard bounds: the meal's hosts, the hotel and rooms."""
    parts = [item.get("description") or ""]
    if item.get("hosts") is not None:
        parts.append(f"陪餐{item['hosts']}人")
    if item.get("hotel"):
        parts.append(f"{item['hotel']}{item['rooms']}间" if item.get("rooms") else item["hotel"])
    return "，".join(p for p in parts if p)
