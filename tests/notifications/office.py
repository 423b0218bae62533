"""Given–when–then helpers for the notifications tests: a real SMTP server (aiosmtpd) standing for the
office's mail relay, a real HTTP server standing for the group-chat robots (it checks DingTalk's
signature as DingTalk does), and the supervision and notifications services on one bus."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from shuniu_notifications.app.config import DEFAULT_RULES, Config
from shuniu_notifications.bootstrap import build
from shuniu_shared.directory import DEMO
from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Record

from tests.services import SCHEDULER_OFF, RunningService, running_service, serving
from tests.supervision.office import until

DINGTALK_SECRET = "SEC-finance-robot-secret-for-the-tests"
# The demo county plus a 联络员 for 县财政局, who hears of the bureau's tasks as its head does.
LIAISON = '\n[[people]]\nid = "liu"\nname = "刘联络员"\ndept = "finance"\nroles = ["liaison", "staff"]\n'


@dataclass
class Mailbox:
    """What the SMTP server received, one message per delivery."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd's hook
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


@contextlib.contextmanager
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@dataclass
class RobotServer:
    """The robots' side: DingTalk messages are taken only with a valid `timestamp` and `sign`."""

    url: str = ""
    dingtalk: list[dict[str, Any]] = field(default_factory=list)
    wecom: list[dict[str, Any]] = field(default_factory=list)
    refused: int = 0
    failing: bool = False  # answer 503 to everything, as a robot endpoint that is down


def robot_app(robots: RobotServer) -> FastAPI:
    app = FastAPI()

    @app.post("/robot/send")
    async def dingtalk(request: Request) -> JSONResponse:
        if robots.failing:
            return JSONResponse({"errcode": -1, "errmsg": "unavailable"}, status_code=503)
        timestamp, sign = request.query_params.get("timestamp"), request.query_params.get("sign")
        digest = hmac.new(
            DINGTALK_SECRET.encode(), f"{timestamp}\n{DINGTALK_SECRET}".encode(), hashlib.sha256
        ).digest()
        # The query string is decoded by the server, so `sign` arrives as the base64 text itself.
        if timestamp is None or sign != base64.b64encode(digest).decode():
            robots.refused += 1
            return JSONResponse({"errcode": 310000, "errmsg": "sign not match"})
        robots.dingtalk.append(await request.json())
        return JSONResponse({"errcode": 0, "errmsg": "ok"})

    @app.post("/cgi-bin/webhook/send")
    async def wecom(request: Request) -> JSONResponse:
        robots.wecom.append(await request.json())
        return JSONResponse({"errcode": 0, "errmsg": "ok"})

    return app


@contextlib.asynccontextmanager
async def robot_server() -> AsyncIterator[RobotServer]:
    robots = RobotServer()
    async with serving(robot_app(robots)) as url:
        robots.url = url
        yield robots


def office_rules(
    tmp_path: Path, robots: RobotServer, extra: str = "", *, chen_digest: str | None = None
) -> Path:
    """The default rules, with chen's mailbox and 县财政局's two robots (DingTalk signed, WeCom);
    `chen_digest`: the time chen chose for one daily digest instead of single notices."""
    path = tmp_path / "notifications.toml"
    digest = f'digest = "{chen_digest}"\n' if chen_digest else ""
    path.write_text(
        DEFAULT_RULES.read_text(encoding="utf-8")
        + f"""
[people.chen]
email = "chen@finance.f-county.gov.cn"
{digest}
[people.zhou]
email = "zhou@office.f-county.gov.cn"

[[departments.finance.robots]]
kind = "dingtalk"
url = "{robots.url}/robot/send?access_token=finance"
secret = "{DINGTALK_SECRET}"

[[departments.finance.robots]]
kind = "wecom"
url = "{robots.url}/cgi-bin/webhook/send?key=finance"
"""
        + extra,
        encoding="utf-8",
    )
    return path


def directory_with_liaison(tmp_path: Path) -> Path:
    return directory_with(tmp_path, LIAISON)


def directory_with(tmp_path: Path, extra: str) -> Path:
    """The demo county with more people (`extra`: their `[[people]]` entries)."""
    path = tmp_path / "directory.toml"
    path.write_text(DEMO.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


@dataclass
class Notifications:
    svc: RunningService

    async def hears(self, envelope: Envelope) -> None:
        """An event on its service's topic, as its owner published it."""
        assert self.svc.runtime.bus is not None
        topic = f"shuniu.{envelope.type.split('.')[1]}.events"
        await self.svc.runtime.bus.append([Record.of(topic, envelope)])

    async def sends_what_is_due(self) -> int:
        assert self.svc.runtime.scheduler is not None
        return await self.svc.runtime.scheduler.fire_due()

    async def inbox(self, person: str) -> dict[str, Any]:
        response = await self.svc.client.get("/notices", headers=self.svc.as_(person))
        assert response.status_code == 200, response.text
        return response.json()

    async def deliveries(self, **query: Any) -> list[dict[str, Any]]:
        response = await self.svc.client.get("/deliveries", params=query, headers=self.svc.as_("feng"))
        assert response.status_code == 200, response.text
        return response.json()["items"]

    async def has_notices_for(self, person: str, count: int) -> None:
        async def arrived() -> bool:
            return len((await self.inbox(person))["items"]) >= count

        await until(arrived)


@contextlib.asynccontextmanager
async def notifications(
    tmp_path: Path, rules: Path, smtp_port: int, *, clock: Any, **options: Any
) -> AsyncIterator[Notifications]:
    config = Config(rules_file=rules, smtp_host="127.0.0.1", smtp_port=smtp_port, retry_seconds=60.0)
    async with running_service(build(config), tmp_path, clock=clock, **(SCHEDULER_OFF | options)) as svc:
        yield Notifications(svc)
