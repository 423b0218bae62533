"""The load generator: clerks registering incoming documents (收文签收), supervisors opening tasks
(督办立项), the office scheduling meetings (安排会议) and reception booking visitors (预约来访) — a
command to each domain service — through the gateway, each command with its own Idempotency-Key,
retried with the same key and body until it gets a definitive answer. Every attempt is recorded with
the phase it fell in.

With several gateways (the replicated stack) the commands go to them in turn, as a load balancer
would send them, and a retry goes to the next one: a gateway that is down costs a retry, not the
command."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from shuniu_shared.directory import Directory
from shuniu_shared.settings import Settings
from shuniu_shared.web.auth import issue_dev_token

from chaos.stack import JWT_SECRET

# Who sends each service's commands, and how many of them at once.
PEOPLE = {
    "documents": ("shen", 3),
    "supervision": ("zhou", 2),
    "meetings": ("shen", 1),
    "reception": ("zheng", 1),
}
RETRYABLE = {429, 502, 503, 504}
SLOW_SECONDS = 5.0  # an answer slower than this counts as a hang
CLIENT_TIMEOUT = 10.0
GIVE_UP_SECONDS = 180.0


def token(person_id: str) -> str:
    person = Directory.load().person(person_id)
    settings = Settings(service="gateway", jwt_secret=JWT_SECRET)
    return issue_dev_token(settings, person.id, person.name, person.dept, person.roles, person.clearance)


@dataclass
class Accepted:
    kind: str  # the service: documents, supervision, meetings or reception
    key: str
    id: str
    status: int
    phase: str
    at: float


@dataclass
class Attempt:
    kind: str
    phase: str
    outcome: str  # an HTTP status, or the client error's name
    seconds: float
    problem: str = ""


@dataclass
class Load:
    gateways: Sequence[str]
    run: str
    phase: str = "start-up"
    accepted: list[Accepted] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)  # 4xx (other than 429) and 5xx≠503
    given_up: list[str] = field(default_factory=list)
    in_flight: int = 0
    _open: asyncio.Event = field(default_factory=asyncio.Event)
    _stop: bool = False
    _counter: int = 0

    def commands(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {kind: set() for kind in PEOPLE}
        for accepted in self.accepted:
            found[accepted.kind].add(accepted.id)
        return found

    def pause(self) -> None:
        self._open.clear()

    def resume(self) -> None:
        self._open.set()

    async def drained(self) -> None:
        while self.in_flight:
            await asyncio.sleep(0.05)

    async def run_workers(self, pause_seconds: float = 0.15) -> None:
        self._open.set()
        limits = httpx.Limits(max_connections=32, max_keepalive_connections=16)
        clients = [
            httpx.AsyncClient(base_url=gateway, timeout=CLIENT_TIMEOUT, limits=limits)
            for gateway in self.gateways
        ]
        try:
            await asyncio.gather(
                *(
                    self._worker(clients, kind, token(person), pause_seconds)
                    for kind, (person, workers) in PEOPLE.items()
                    for _ in range(workers)
                )
            )
        finally:
            for client in clients:
                await client.aclose()

    def stop(self) -> None:
        self._stop = True
        self._open.set()

    def _body(self, kind: str) -> tuple[str, dict[str, Any]]:
        self._counter += 1
        title = f"chaos-{self.run}-{self._counter:06d} 关于做好春季农业生产工作的通知"
        if kind == "documents":
            return "/api/documents/incoming", {
                "sender": "市人民政府办公室",
                "sender_number": f"市政办发〔2026〕{self._counter}号",
                "title": title,
                "doc_type": "通知",
                "copies": 2,
            }
        if kind == "supervision":
            return "/api/supervision/tasks", {
                "title": title,
                "lead_department": "finance",
                "co_departments": ["agriculture"],
                "deadline": (date.today() + timedelta(days=30)).isoformat(),
            }
        # Meetings and visits of this run each get their own hour, days ahead: no two of them ever
        # compete for anything, so every refusal would be a finding.
        hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(
            days=7, hours=self._counter
        )
        if kind == "meetings":
            return "/api/meetings/meetings", {
                "title": title,
                "kind": "专题会",
                "organiser_department": "office",
                "chair": "luo",
                "starts_at": hour.isoformat(),
                "ends_at": (hour + timedelta(minutes=50)).isoformat(),
            }
        return "/api/reception/visits", {
            "visitor": {"name": "林访客"},
            "organisation": "F县第一中学",
            "host_department": "education",
            "host_person": "zhao",
            "expected_at": hour.isoformat(),
            "purpose": title,
        }

    async def _worker(
        self, clients: Sequence[httpx.AsyncClient], kind: str, bearer: str, pause: float
    ) -> None:
        while True:
            await self._open.wait()
            if self._stop:
                return
            path, body = self._body(kind)
            key = str(uuid.uuid4())
            self.in_flight += 1
            try:
                await self._until_definitive(clients, self._counter, kind, bearer, path, body, key)
            finally:
                self.in_flight -= 1
            await asyncio.sleep(pause)

    async def _until_definitive(
        self,
        clients: Sequence[httpx.AsyncClient],
        turn: int,
        kind: str,
        bearer: str,
        path: str,
        body: dict[str, Any],
        key: str,
    ) -> None:
        headers = {"Authorization": f"Bearer {bearer}", "Idempotency-Key": key}
        began = time.monotonic()
        while time.monotonic() - began < GIVE_UP_SECONDS:
            client = clients[turn % len(clients)]
            turn += 1  # a retry goes to the next gateway
            phase = self.phase
            sent = time.monotonic()
            try:
                response = await client.post(path, json=body, headers=headers)
            except httpx.HTTPError as error:
                self.attempts.append(Attempt(kind, phase, type(error).__name__, time.monotonic() - sent))
                await asyncio.sleep(0.5)
                continue
            seconds = time.monotonic() - sent
            status = response.status_code
            problem = ""
            if status >= 400:
                try:
                    problem = str(response.json().get("code") or response.json().get("title") or "")
                except ValueError:
                    problem = response.text[:100]
            self.attempts.append(Attempt(kind, phase, str(status), seconds, problem))
            if 200 <= status < 300:
                self.accepted.append(Accepted(kind, key, response.json()["id"], status, phase, time.time()))
                return
            if status in RETRYABLE:
                retry_after = response.headers.get("Retry-After")
                await asyncio.sleep(
                    min(float(retry_after), 2.0) if retry_after and retry_after.isdigit() else 0.5
                )
                continue
            self.rejected.append(
                {"kind": kind, "phase": phase, "status": status, "key": key, "body": response.text[:500]}
            )
            if status >= 500:  # a 500 is a finding; the command may still be retried safely by its key
                await asyncio.sleep(0.5)
                continue
            return
        self.given_up.append(key)
