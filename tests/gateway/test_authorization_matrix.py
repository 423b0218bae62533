"""The authorization matrix: who may call what, through the gateway and at each service directly.

Each row says: this person (or nobody) calling this endpoint gets this status. Authorization is
enforced by every service, not only at the gateway, so each service row is checked twice: through
the gateway at `/api/<service>/…`, and at the service itself with the gateway bypassed.

The main table, `WHO_MAY_DO_WHAT`, has one line per endpoint and one column per person of the demo
directory (and one for no token at all). The objects it names in braces are created first, through
the API and by the people whose work it is, with a known department and 密级 (`Office` below). A cell
expecting a success on a command acts on a fresh copy of its object, so every cell meets the object
in the state the line describes, whatever the cells before it did.

Rules behind the cells (docs/gateway.md, docs/services/*.md): someone uninvolved, or not cleared
for the object's 密级, gets 404, so that existence does not leak; someone who may see the object
but not take the step — or whose role a route does not admit at all, whatever the object — gets 403;
nobody without a token gets 401. Beside the rows, every route a service declares as needing a token
is found in its OpenAPI and must refuse a caller without one — so a new route that forgets its
dependency fails here.
"""

from __future__ import annotations

import asyncio
import logging
import re
import string
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from shuniu_shared.clock import office_date
from shuniu_suite.embedded import SERVICES

from tests.gateway.support import DIRECTORY, bearer, untrustworthy_tokens

GATEWAY = "gateway"
Suite = tuple[httpx.AsyncClient, FastAPI]
Body = dict[str, Any] | Callable[["Office"], dict[str, Any]] | None


@dataclass(frozen=True)
class Cell:
    service: str  # a service behind the gateway (or its alias), or "gateway" for the gateway's own
    method: str
    path: str  # below /api/<service> for a service; the gateway's own path otherwise; {object}
    person: str | None  # a person of the demo directory; None: no token at all
    expected: int
    body: Body = None
    variant: str = ""  # which body, when one path is in the table with several

    def __str__(self) -> str:
        what = f"{self.path} ({self.variant})" if self.variant else self.path
        return f"{self.service} {self.method} {what} as {self.person or 'nobody'} → {self.expected}"


SERVICE_NAMES = [definition.name for definition in SERVICES]
SERVICE_OF = {"dashboards": "projection"}  # the projection's public name (docs/gateway.md: /api/dashboards/…)
PEOPLE = sorted(DIRECTORY.people)

# ── The people (shared/shuniu_shared/demo/directory.toml) ─────────────────────────────────────────
#   luo    罗县长    gov                 leader, principal_leader                   绝密
#   fang   方副县长  gov                 leader                                     机密
#   feng   冯主任    office              office_director, department_head           机密
#   yang   杨副主任  office              office_director                            机密
#   qian   钱审计    office              auditor                                    机密
#   shen   沈秘书    office.secretariat  secretary, clerk                           秘密
#   li     李文书    office.secretariat  clerk                                      秘密
#   tang   唐机要    office.secretariat  clerk (the 机要 clerk)                     机密
#   zhou   周督查    office.supervision  supervisor                                 秘密
#   wu     吴科长    office.affairs      dispatcher, seal_keeper, department_head,
#                                        affairs_officer                            none
#   zheng  郑接待    office.affairs      receptionist                               none
#   xie    谢编辑    office.secretariat  information_editor                         none
#   wang   王信访员  petitions           petitions_officer                          秘密
#   chen   陈局长    finance             department_head, staff                     秘密
#   zhao   赵老师    education           staff                                      none
#   sun    孙主席    union               department_head, staff                     none
#   zhang  小张      union               secretary, staff                           none
#   gao    高局长    transport           department_head, staff                     秘密
#   he     何股长    transport           staff                                      none
#
# ── The objects (made by `Office`) ──────────────────────────────────────────────────────────────────
#   doc_secret    收文 秘密, 批办件: 批示 by fang, lead finance, co-department agriculture (so under
#                 supervision: task_instructed, assigned by fang)
#   doc_received  收文 秘密, only signed for (by shen)   doc_confidential  收文 机密, signed for by tang
#                 (a 绝密 document nobody of the county may sign for: `POST /incoming#绝密`)
#   draft         发文 秘密 drafted by chen (finance) to agriculture
#   meeting       会议 秘密 called by feng for finance, chaired by fang, petitions invited (列席)
#   open_meeting  会议 unclassified, called by chen for finance, chaired by fang
#   held          as `meeting`, held, its minutes drafted 机密
#   task          督办 ad hoc 秘密 by zhou, lead finance, co agriculture   task_confidential  机密, by feng,
#                 lead office (nobody at finance is cleared for 机密)
#   petition      信访 registered by wang, routed to finance; petitioner: that petition's person
#   visit         来访 booked by zheng for chen (finance); visitor: that visit's person
#   trip          用车 requested by chen for himself
#   seal_request  用印 requested by chen (approved_seal_request: approved by yang)
#
# Codes: 200/201 done · 401 no token · 403 may see it but not do this, or a role the route never
# admits · 404 may not know it exists · 409 may, but not in this state · 422 may not, by a rule
# of the domain (drafting or calling above one's clearance, a reply from outside the lead
# department).
# fmt: off
WHO_MAY_DO_WHAT = """
                                luo  fang feng yang qian shen li   tang zhou wu  zheng xie wang chen zhao sun zhang gao  he   none
documents
 GET  /incoming                 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /incoming/{doc_secret}    200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /incoming/{doc_secret}/history
                                200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /incoming/{doc_confidential}
                                200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
 POST /incoming                 403  403  403  403  403  201  201  201  403  403  403  403  403  403  403  403  403  403  403  401
 POST /incoming#绝密            403  403  403  403  403  422  422  422  403  403  403  403  403  403  403  403  403  403  403  401
 POST /incoming/{doc_received}/register
                                403  403  403  403  403  200  200  200  403  403  403  403  403  403  403  403  403  403  403  401
 POST /incoming/{doc_confidential}/register
                                403  403  403  403  403  404  404  200  403  403  403  403  403  403  403  403  403  403  403  401
 POST /incoming/{doc_secret}/reply
                                403  403  422  403  403  403  403  403  403  404  403  403  403  200  404  404  404  404  404  401
 GET  /outgoing/{draft}         200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /outgoing/{draft}/versions
                                200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /outgoing/{draft}/redline 200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 POST /outgoing#秘密            403  403  201  201  403  201  201  201  403  422  403  403  403  201  422  422  422  201  422  401
 POST /outgoing/{draft}/review  403  403  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  401
 GET  /numbers?code=县府办发&year={year}
                                403  403  200  200  200  200  200  200  403  403  403  403  403  403  403  403  403  403  403  401
meetings
 GET  /meetings                 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /meetings/{meeting}       200  200  200  200  200  200  200  200  200  404  404  404  200  200  404  404  404  404  404  401
 GET  /meetings/{open_meeting}  200  200  200  200  200  200  200  200  200  200  200  200  404  200  404  404  404  404  404  401
 POST /meetings#秘密            201  201  201  201  403  201  201  201  403  422  403  403  403  201  403  403  403  403  403  401
 POST /meetings/{meeting}/invitations
                                403  200  200  200  403  200  200  200  403  404  404  404  403  200  404  404  404  404  404  401
 POST /meetings/{meeting}/reply 403  200  403  403  403  403  403  403  403  404  404  404  200  403  404  404  404  404  404  401
 GET  /meetings/{held}          200  200  200  200  200  200  200  200  200  404  404  404  200  200  404  404  404  404  404  401
 GET  /meetings/{held}/minutes  200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
 GET  /meetings/{held}/resolutions
                                200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
 POST /meetings/{held}/minutes/approve
                                403  200  403  403  403  403  403  403  403  404  404  404  403  403  404  404  404  404  404  401
supervision
 GET  /tasks                    200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /tasks/{task}             200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /tasks/{task}/history     200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /tasks/{task_confidential}
                                200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
 GET  /tasks/{task_instructed}  200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 POST /tasks#秘密               403  403  201  201  403  403  403  403  201  403  403  403  403  403  403  403  403  403  403  401
 POST /tasks#机密               403  403  201  201  403  403  403  403  422  403  403  403  403  403  403  403  403  403  403  401
 POST /tasks/{task}/acknowledge 403  403  403  403  403  403  403  403  403  404  404  404  404  200  404  404  404  404  404  401
 POST /tasks/{task}/urge        403  403  200  200  403  403  403  403  200  404  404  404  404  403  404  404  404  404  404  401
 POST /tasks/{task_instructed}/extension/grant
                                403  409  403  403  403  403  403  403  403  404  404  404  404  403  404  404  404  404  404  401
 GET  /views/completion-rates   200  200  200  200  200  200  200  200  200  200  200  200  403  403  403  403  403  403  403  401
reception
 POST /petitions                403  403  201  201  403  403  403  403  403  403  403  403  201  403  403  403  403  403  403  401
 GET  /petitions/{petition}     200  200  200  200  404  404  404  404  404  404  404  404  200  200  404  404  404  404  404  401
 GET  /petitions/{petition}/history
                                403  403  200  200  403  403  403  403  403  403  403  403  200  403  403  403  403  403  403  401
 POST /petitions/{petition}/accept
                                403  403  200  200  403  403  403  403  403  403  403  403  200  403  403  403  403  403  403  401
 GET  /people/{petitioner}      403  403  200  200  403  403  403  403  403  403  404  403  200  403  403  403  403  403  403  401
 POST /visits#for-chen          403  403  201  201  403  403  403  403  403  403  201  403  403  201  403  403  403  403  403  401
 GET  /visits/{visit}           404  404  200  200  404  404  404  404  404  404  200  404  404  200  404  404  404  404  404  401
 GET  /people/{visitor}         403  403  200  200  403  403  403  403  403  403  200  403  200  403  403  403  403  403  403  401
 GET  /visitors/in-building     403  403  200  200  403  403  403  403  403  403  200  403  403  403  403  403  403  403  403  401
 GET  /trips/{trip}             404  404  200  200  404  404  404  404  404  200  404  404  404  200  404  404  404  404  404  401
 POST /trips/{trip}/approve     403  403  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  401
 GET  /seal-requests            200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 POST /seal-requests/{seal_request}/approve
                                403  403  200  200  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  401
 POST /seal-requests/{approved_seal_request}/use
                                403  403  403  403  403  403  403  403  403  200  403  403  403  403  403  403  403  403  403  401
 GET  /seal-uses                403  403  200  200  200  403  403  403  403  200  403  403  403  403  403  403  403  403  403  401
dashboards
 GET  /overview                 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /my-desk                  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /supervision              200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /documents/statistics     200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /meetings/statistics      200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /chronicle                200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  401
 GET  /history/documents/{doc_secret}
                                200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /lineage/documents/{doc_secret}
                                200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /history/documents/{doc_confidential}
                                200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
 GET  /history/meetings/{open_meeting}
                                200  200  200  200  200  200  200  200  200  200  200  200  404  200  404  404  404  404  404  401
 GET  /history/supervision/{task}
                                200  200  200  200  200  200  200  200  200  404  404  404  404  200  404  404  404  404  404  401
 GET  /history/supervision/{task_confidential}
                                200  200  200  200  200  404  404  200  404  404  404  404  404  404  404  404  404  404  404  401
"""
# fmt: on


def _secret_draft(office: Office) -> dict[str, Any]:
    return {
        "title": "关于做好秋粮收购资金保障工作的通知",
        "doc_type": "通知",
        "direction": "下行文",
        "classification": "秘密",
        "secrecy_period": "1年",
        "main_recipients": ["agriculture"],
    }


def _meeting(office: Office, classification: str = "秘密") -> dict[str, Any]:
    starts = office.now() + timedelta(days=2)
    return {
        "title": "财政资金调度专题会",
        "kind": "专题会",
        "organiser_department": "finance",
        "chair": "fang",
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(hours=1)).isoformat(),
        "classification": classification,
    }


def _task(classification: str) -> Callable[[Office], dict[str, Any]]:
    # A task goes to a lead department where someone cleared for it can sign for it: 陈局长 (秘密) for
    # 财政局; a 机密 one to the office, whose head 冯主任 is cleared.
    lead = "office" if classification == "机密" else "finance"

    def body(office: Office) -> dict[str, Any]:
        return {
            "title": "清理拖欠中小企业账款",
            "lead_department": lead,
            "co_departments": ["agriculture"],
            "deadline": (office.today() + timedelta(days=30)).isoformat(),
            "classification": classification,
        }

    return body


def _petition(office: Office) -> dict[str, Any]:
    return {
        "petitioner": {"name": "刘某某"},
        "channel": "visit",
        "content": "反映拖欠工程款问题",
        "received_on": office.today().isoformat(),
    }


def _visit(office: Office) -> dict[str, Any]:
    return {
        "visitor": {"name": "马某"},
        "organisation": "市审计局",
        "host_department": "finance",
        "host_person": "chen",
        "expected_at": (office.now() + timedelta(days=1)).isoformat(),
        "purpose": "核对专项资金账目",
    }


# The body each command of the table is sent with ("METHOD path" as written in the table).
BODIES: dict[str, Body] = {
    "POST /incoming": {
        "sender": "市财政局",
        "sender_number": "市财发〔2026〕3号",
        "title": "关于下达专项资金的通知",
        "doc_type": "通知",
        "classification": "秘密",
        "secrecy_period": "1年",
    },
    "POST /incoming#绝密": {
        "sender": "省委办公厅",
        "sender_number": "省委办发〔2026〕1号",
        "title": "关于……的通知",
        "doc_type": "通知",
        "classification": "绝密",
        "secrecy_period": "长期",
    },
    "POST /incoming/{doc_received}/register": None,
    "POST /incoming/{doc_confidential}/register": None,
    "POST /incoming/{doc_secret}/reply": {"reply": "已按批示拨付到位"},
    "POST /outgoing#秘密": _secret_draft,
    "POST /outgoing/{draft}/review": {"approve": True, "opinion": "同意"},
    "POST /meetings#秘密": _meeting,
    "POST /meetings/{meeting}/invitations": {
        "departments": [{"department": "agriculture", "capacity": "列席"}]
    },
    "POST /meetings/{meeting}/reply": {"response": "attend"},
    "POST /meetings/{held}/minutes/approve": None,
    "POST /tasks#秘密": _task("秘密"),
    "POST /tasks#机密": _task("机密"),
    "POST /tasks/{task}/acknowledge": None,
    "POST /tasks/{task}/urge": {"message": "请抓紧办理"},
    "POST /tasks/{task_instructed}/extension/grant": None,
    "POST /petitions": _petition,
    "POST /petitions/{petition}/accept": {"notice": "县财受〔2026〕1号"},
    "POST /visits#for-chen": _visit,
    "POST /trips/{trip}/approve": None,
    "POST /seal-requests/{seal_request}/approve": None,
    "POST /seal-requests/{approved_seal_request}/use": {"impressions": 1},
}


def _table(text: str) -> list[Cell]:
    """The cells of a table: a line with one word names the service of the lines below it; a row is
    a method, a path (`#…` names a variant of the body; a long path may stand alone on its line, its
    codes on the next) and one code per column."""
    lines = [line for line in text.splitlines() if line.strip()]
    columns = [None if name == "none" else name for name in lines[0].split()]
    assert sorted(c for c in columns if c) == PEOPLE, "one column per person of the directory"
    cells, service, pending = [], "", list[str]()
    for line in lines[1:]:
        words = pending + line.split()
        if len(words) == 1:
            service = words[0]
            continue
        if len(words) == 2:
            pending = words  # the codes are on the next line
            continue
        pending = []
        method, written, *codes = words
        assert len(codes) == len(columns), f"{written}: {len(codes)} codes for {len(columns)} columns"
        path, _, variant = written.partition("#")
        key = f"{method} {written}"
        if method == "POST":
            assert key in BODIES, f"no body for {key}"
        body = BODIES.get(key)
        cells += [
            Cell(service, method, path, person, int(code), body, variant)
            for person, code in zip(columns, codes, strict=True)
        ]
    return cells


MATRIX: list[Cell] = [
    # Probes and published schemas are for anyone (load balancers, other teams' consumers).
    *(Cell(service, "GET", "/healthz", None, 200) for service in SERVICE_NAMES),
    *(Cell(service, "GET", "/events/schemas", None, 200) for service in SERVICE_NAMES),
    *(
        Cell(service, "GET", "/events/schemas", person, 200)
        for service in SERVICE_NAMES
        for person in ("zhao", "luo")
    ),
    # Unknown routes are a 404 problem for anyone, signed in or not.
    *(
        Cell(service, "GET", "/no-such-route", person, 404)
        for service in SERVICE_NAMES
        for person in (None, "shen")
    ),
    # An object nobody created is a 404 for whoever asks — the same answer an uninvolved person gets
    # for an object that exists, so a 404 never tells which of the two it was.
    Cell("documents", "GET", "/incoming/no-such-document", "shen", 404),
    Cell("meetings", "GET", "/meetings/no-such-meeting", "feng", 404),
    Cell("supervision", "GET", "/tasks/no-such-task", "zhou", 404),
    Cell("reception", "GET", "/petitions/no-such-petition", "wang", 404),
    Cell("reception", "GET", "/visits/no-such-visit", "zheng", 404),
    Cell("dashboards", "GET", "/history/documents/no-such-document", "luo", 404),
    # The wrong role is a 403 before anything else is looked at; no token is a 401.
    Cell("supervision", "POST", "/tasks", "zhao", 403, body={}),
    Cell("supervision", "POST", "/tasks", None, 401, body={}),
    Cell("reception", "POST", "/trips/any-trip/approve", "zhao", 403, body={}),
    Cell("reception", "POST", "/seal-requests/any-request/approve", "zheng", 403, body={}),
    # Who may do what, person by person, on objects that exist.
    *_table(WHO_MAY_DO_WHAT),
    # The gateway's own: who am I — only for someone signed in; every person of the directory is.
    Cell(GATEWAY, "GET", "/auth/me", None, 401),
    *(Cell(GATEWAY, "GET", "/auth/me", person, 200) for person in PEOPLE),
]


# ── The objects the table names, made through the API by the people whose work it is ──────────────


class Office:
    """Makes the table's objects through the gateway, each step by the person whose step it is."""

    def __init__(self, client: httpx.AsyncClient, app: FastAPI) -> None:
        self.client = client
        self.clock = app.state.runtimes[0].store.clock  # one clock for every service of the suite
        self.shared: dict[str, str] = {}
        self.makers: dict[str, Callable[[], Awaitable[str]]] = {
            "doc_secret": self.doc_secret,
            "doc_received": lambda: self.incoming("秘密"),
            "doc_confidential": lambda: self.incoming("机密"),
            "draft": self.draft,
            "meeting": self.meeting,
            "open_meeting": self.open_meeting,
            "held": self.held_meeting,
            "task": lambda: self.task("zhou", "秘密"),
            "task_confidential": lambda: self.task("feng", "机密"),
            "task_instructed": self.task_instructed,
            "petition": self.petition,
            "petitioner": self.petitioner,
            "visit": self.visit,
            "visitor": self.visitor,
            "trip": self.trip,
            "seal_request": self.seal_request,
            "approved_seal_request": self.approved_seal_request,
            "year": lambda: self._value(str(self.today().year)),
        }

    def now(self) -> datetime:
        now: datetime = self.clock.now()
        return now

    def today(self) -> date:
        return office_date(self.now())

    async def _value(self, value: str) -> str:
        return value

    async def act(
        self, person: str, service: str, path: str, body: dict[str, Any] | None = None, method: str = "POST"
    ) -> dict[str, Any]:
        response = await self.client.request(
            method, f"/api/{service}{path}", headers=bearer(person), json=body
        )
        assert response.status_code in (200, 201), f"{person} {method} {path}: {response.text}"
        answer: dict[str, Any] = response.json()
        return answer

    async def object(self, name: str, *, fresh: bool = False) -> str:
        """The table's object of that name: one made once, or a fresh one for a cell that changes it."""
        if fresh:
            return await self.makers[name]()
        if name not in self.shared:
            self.shared[name] = await self.makers[name]()
        return self.shared[name]

    # documents
    async def incoming(self, classification: str) -> str:
        """Signed for by a clerk cleared for it: 沈秘书 up to 秘密, the 机要 clerk 唐机要 for 机密."""
        body = BODIES["POST /incoming"] | {"classification": classification}  # type: ignore[operator]
        clerk = "tang" if classification == "机密" else "shen"
        return (await self.act(clerk, "documents", "/incoming", body))["id"]

    async def doc_secret(self) -> str:
        id = await self.incoming("秘密")
        await self.act("shen", "documents", f"/incoming/{id}/register")
        await self.act("shen", "documents", f"/incoming/{id}/review", {"accept": True, "handling": "批办件"})
        await self.act("feng", "documents", f"/incoming/{id}/propose", {"opinion": "拟请方副县长批示"})
        instruction = {
            "instruction": "请财政局牵头办理",
            "lead_department": "finance",
            "co_departments": ["agriculture"],
        }
        await self.act("fang", "documents", f"/incoming/{id}/instruct", instruction)
        # The 批示 opens a task in supervision, which the document then records (through the bus):
        # wait for it, so that no cell's command races the document's own reaction.
        await self.until(lambda: self._supervised(id))
        return id

    async def _supervised(self, id: str) -> bool:
        document = await self.act("luo", "documents", f"/incoming/{id}", method="GET")
        return bool(document["supervision"]["task_id"])

    async def draft(self) -> str:
        return (await self.act("chen", "documents", "/outgoing", _secret_draft(self)))["id"]

    # meetings
    async def meeting(self) -> str:
        id = (await self.act("feng", "meetings", "/meetings", _meeting(self)))["id"]
        invitation = {"departments": [{"department": "petitions", "capacity": "列席"}]}
        await self.act("feng", "meetings", f"/meetings/{id}/invitations", invitation)
        return id

    async def open_meeting(self) -> str:
        return (await self.act("chen", "meetings", "/meetings", _meeting(self, "none")))["id"]

    async def held_meeting(self) -> str:
        starts = self.now() + timedelta(minutes=5)
        body = _meeting(self) | {
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=1)).isoformat(),
        }
        id = (await self.act("feng", "meetings", "/meetings", body))["id"]
        invitation = {"departments": [{"department": "petitions", "capacity": "列席"}]}
        await self.act("feng", "meetings", f"/meetings/{id}/invitations", invitation)
        self.clock.advance(timedelta(minutes=10))  # the meeting has begun
        await self.act("feng", "meetings", f"/meetings/{id}/held")
        minutes = {"classification": "机密", "summary": "会议研究了资金调度事项"}
        await self.act("feng", "meetings", f"/meetings/{id}/minutes", minutes)
        return id

    # supervision
    async def task(self, opener: str, classification: str) -> str:
        return (await self.act(opener, "supervision", "/tasks", _task(classification)(self)))["id"]

    async def task_instructed(self) -> str:
        document = await self.object("doc_secret")
        answer = await self.act("luo", "documents", f"/incoming/{document}", method="GET")
        task_id: str = answer["supervision"]["task_id"]
        return task_id

    # reception
    async def petition(self) -> str:
        id = (await self.act("wang", "reception", "/petitions", _petition(self)))["id"]
        await self.act("wang", "reception", f"/petitions/{id}/route", {"to_department": "finance"})
        return id

    async def petitioner(self) -> str:
        petition = await self.act(
            "wang", "reception", f"/petitions/{await self.object('petition')}", method="GET"
        )
        person: str = petition["petitioner"]["person_id"]
        return person

    async def visit(self) -> str:
        return (await self.act("zheng", "reception", "/visits", _visit(self)))["id"]

    async def visitor(self) -> str:
        visit = await self.act("zheng", "reception", f"/visits/{await self.object('visit')}", method="GET")
        person: str = visit["visitor"]["person_id"]
        return person

    async def trip(self) -> str:
        starts = self.now() + timedelta(days=1)
        body = {
            "destination": "市财政局",
            "purpose": "报送预算材料",
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=3)).isoformat(),
        }
        return (await self.act("chen", "reception", "/trips", body))["id"]

    async def seal_request(self) -> str:
        if "seal" not in self.shared:
            self.shared["seal"] = (await self.act("wu", "reception", "/seals", {"name": "县政府办公室印章"}))[
                "id"
            ]
        body = {
            "seal_id": self.shared["seal"],
            "document": "资金拨付函",
            "reason": "报送市局",
            "impressions": 2,
        }
        return (await self.act("chen", "reception", "/seal-requests", body))["id"]

    async def approved_seal_request(self) -> str:
        id = await self.seal_request()
        await self.act("yang", "reception", f"/seal-requests/{id}/approve")
        return id

    async def until(self, condition: Callable[[], Awaitable[bool]], seconds: float = 15) -> None:
        deadline = asyncio.get_running_loop().time() + seconds
        while not await condition():
            assert asyncio.get_running_loop().time() < deadline, "the suite did not catch up in time"
            await asyncio.sleep(0.05)

    async def projected(self, service: str, name: str) -> None:
        """Wait until the projection shows the object as its service now has it (its newest version)."""
        id = await self.object(name)
        reads = {"documents": f"/incoming/{id}", "meetings": f"/meetings/{id}", "supervision": f"/tasks/{id}"}
        version = (await self.act("luo", service, reads[service], method="GET"))["version"]

        async def caught_up() -> bool:
            response = await self.client.get(
                f"/api/dashboards/history/{service}/{id}",
                params={"min_version": f"{id}:{version}"},
                headers=bearer("luo"),
            )
            return response.status_code == 200 and "x-projection-caught-up" not in response.headers

        await self.until(caught_up)


@pytest.fixture(scope="module", autouse=True)
def quiet() -> Iterator[None]:
    """Two thousand requests' access lines are not what this module looks at, and printing them
    (twice each: gateway and service) takes a good part of its time."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.WARNING)
    yield
    root.setLevel(level)


@pytest.fixture(scope="module")
async def office(embedded: Suite) -> Office:
    client, app = embedded
    office = Office(client, app)
    for service, name in [
        ("documents", "doc_secret"),
        ("documents", "doc_confidential"),
        ("meetings", "open_meeting"),
        ("supervision", "task"),
        ("supervision", "task_confidential"),
    ]:
        await office.projected(service, name)
    return office


async def resolve(office: Office, cell: Cell) -> tuple[str, dict[str, Any] | None]:
    """The cell's path with its objects' ids, and its body. A command expected to succeed gets
    objects of its own, so that it finds them in the state the table describes."""
    fresh = cell.method == "POST" and cell.expected < 300
    names = [name for _, name, _, _ in string.Formatter().parse(cell.path) if name]
    ids = {name: await office.object(name, fresh=fresh and name != "year") for name in names}
    body = cell.body(office) if callable(cell.body) else cell.body
    return cell.path.format_map(ids), body


async def call(
    client: httpx.AsyncClient, cell: Cell, path: str, body: dict[str, Any] | None
) -> httpx.Response:
    headers = bearer(cell.person) if cell.person else {}
    return await client.request(cell.method, path, headers=headers, json=body)


def rows(cells: list[Cell]) -> list[list[Cell]]:
    """The cells of one endpoint (and body) together, in the order of the matrix."""
    grouped: dict[tuple[str, str, str, str], list[Cell]] = {}
    for cell in cells:
        grouped.setdefault((cell.service, cell.method, cell.path, cell.variant), []).append(cell)
    return list(grouped.values())


def _row_id(row: list[Cell]) -> str:
    first = row[0]
    return f"{first.service} {first.method} {first.path}" + (f" ({first.variant})" if first.variant else "")


@pytest.mark.parametrize("row", rows(MATRIX), ids=_row_id)
async def test_each_cell_of_a_row_through_the_gateway_and_at_the_service_called_directly(
    embedded: Suite, office: Office, row: list[Cell]
):
    """Every cell of the row, through the gateway and — for a service — at the service itself, its
    own app with no gateway in between. One test per row; its failure names every wrong cell."""
    client, app = embedded
    wrong = []
    for cell in row:
        places = [("gateway", client, "")]
        if cell.service != GATEWAY:
            upstream = app.state.upstreams[SERVICE_OF.get(cell.service, cell.service)]
            places = [("gateway", client, upstream.prefix), ("directly", upstream.client, "")]
        for where, target, prefix in places:
            path, body = await resolve(office, cell)
            response = await call(target, cell, prefix + path, body)
            problem = (
                response.status_code < 400 or response.headers["content-type"] == "application/problem+json"
            )
            if response.status_code != cell.expected or not problem:
                wrong.append(f"{cell} {where}: {response.status_code} {response.text[:300]}")
    assert not wrong, "\n".join(wrong)


def secured_operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path with placeholders filled) of every operation that declares a bearer token."""
    operations = []
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("security"):
                operations.append((method.upper(), re.sub(r"\{[^}]+\}", "x", path)))
    return operations


@pytest.mark.parametrize("service", SERVICE_NAMES)
async def test_every_route_a_service_secures_refuses_a_caller_without_a_token_or_with_a_bad_one(
    embedded: Suite, service: str
):
    client, app = embedded
    direct = app.state.upstreams[service].client
    spec = (await direct.get("/openapi.json")).json()
    bad_tokens = [token for _, token in untrustworthy_tokens()]
    wrong = []
    for method, path in secured_operations(spec):
        places = [(direct, path), (client, app.state.upstreams[service].prefix + path)]
        attempts = [(where, target, token) for token in (None, *bad_tokens) for where, target in places]
        for where, target, token in attempts:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await where.request(method, target, headers=headers)
            if response.status_code != 401:
                wrong.append(
                    f"{method} {target} {'bad token' if token else 'no token'}: {response.status_code}"
                )
    assert not wrong, "\n".join(wrong)
