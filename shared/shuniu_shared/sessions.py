"""Ended sessions (退出登录), known to the gateway and to every service.

A console session is one random session id (`sid`), written into every access token issued for it.
Access tokens are short (`SHUNIU_GATEWAY_ACCESS_TOKEN_MINUTES`, 15) and are verified — and cached —
by each service on its own, so signing out must reach every process that verifies tokens, not only
the gateway that clears the cookie. Signing out therefore publishes `session.revoked` on the topic
`shuniu.gateway.sessions`, and every process follows that topic from its beginning into a
`SessionRevocations`, which `TokenVerifier` consults on every request (the cache included):

* the gateway records the revocation in its own `SessionRevocations` before it answers, so the very
  next request through the gateway is refused, and answers 204 only once the broker acknowledged the
  event (acks=all), so the other processes are told as well;
* a service reached directly refuses the session as soon as its follower has read the event — the
  broker's delivery time, milliseconds; and a service that was down at the time reads it when it
  starts again, since it reads the topic from its beginning and is not ready (`/readyz`) before it
  has caught up;
* if a revocation were lost anyway, the access token still dies within its 15 minutes and the
  session cannot be refreshed at the gateway.

A revocation is kept until the session would have ended by itself; after that no token of it is
valid anyway and it is forgotten. In the embedded mode (`make dev`) the gateway and the services
share one `SessionRevocations` and the topic lives on the in-process bus, so sessions that were
ended stay ended across a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol

import structlog

from shuniu_shared.envelope import Envelope
from shuniu_shared.records import Delivery, Record

log = structlog.get_logger(__name__)

SESSIONS_TOPIC = "shuniu.gateway.sessions"
SESSION_REVOKED = "shuniu.gateway.session.revoked.v1"
_PRUNE_EVERY = 256  # revocations between sweeps of those whose session has ended by itself


class Tail(Protocol):
    """A topic read from its beginning by one process for itself: no group, nothing committed."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def fetch(self, timeout: float) -> Sequence[Delivery]: ...

    async def at_end(self) -> bool:
        """Whether everything on the topic when the tail started has been read."""
        ...


class SessionRevocations:
    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self._now = now
        self._ended: dict[str, float] = {}  # sid → when the session would have ended (epoch seconds)
        self._since_prune = 0
        self.caught_up = asyncio.Event()  # set once the topic has been read to its end

    def revoke(self, session: str, until: float) -> None:
        self._ended[session] = max(until, self._ended.get(session, 0.0))
        self._since_prune += 1
        if self._since_prune >= _PRUNE_EVERY:
            self._since_prune = 0
            now = self._now()
            for ended in [sid for sid, until in self._ended.items() if until <= now]:
                del self._ended[ended]

    def is_revoked(self, session: str) -> bool:
        return session in self._ended

    async def follow(self, tail: Tail, stopping: asyncio.Event, *, poll_seconds: float = 0.5) -> None:
        """Apply every revocation on the topic, from its beginning, until `stopping` is set. A broker out
        of reach is retried every second (the process stays not ready until it has read to the end)."""
        while not stopping.is_set():
            try:
                await self._follow_once(tail, stopping, poll_seconds)
            except Exception as exc:  # the broker went away: start again from the beginning
                log.warning("session_revocations_unreachable", error=repr(exc))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stopping.wait(), 1.0)

    async def _follow_once(self, tail: Tail, stopping: asyncio.Event, poll_seconds: float) -> None:
        await tail.start()
        try:
            if await tail.at_end():  # an empty topic: nothing to wait for
                self.caught_up.set()
            while not stopping.is_set():
                deliveries = await tail.fetch(poll_seconds)
                for delivery in deliveries:
                    self._apply(delivery)
                if not self.caught_up.is_set() and await tail.at_end():
                    self.caught_up.set()
        finally:
            await tail.stop()

    def _apply(self, delivery: Delivery) -> None:
        try:
            data = json.loads(delivery.value or b"")
            self.revoke(str(data["session"]), datetime.fromisoformat(data["until"]).timestamp())
        except (ValueError, KeyError, TypeError):
            log.warning("session_revocation_unreadable", offset=delivery.offset)

    async def settle(self, seconds: float = 10.0) -> None:
        """Wait, up to `seconds`, until the topic has been read to its end: a process starts serving
        knowing the sessions ended before it started. A broker out of reach does not keep it from
        starting; `/readyz` then says so."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.caught_up.wait(), seconds)

    async def ready(self) -> None:
        """A readiness check: a process that has not read every revocation yet might accept a token of
        a session already ended."""
        if not self.caught_up.is_set():
            raise RuntimeError("session revocations not read to the end yet")


def revocation_record(session: str, until: datetime, actor: str, *, now: datetime | None = None) -> Record:
    """The `session.revoked` event: the session id and when it would have ended — no personal data."""
    envelope = Envelope(
        id=str(uuid.uuid4()),
        type=SESSION_REVOKED,
        source="/shuniu/gateway",
        subject=session,
        time=now or datetime.now(UTC),
        sequence=1,
        data={"session": session, "until": until.astimezone(UTC).isoformat()},
        actor=actor,
    )
    return Record.of(SESSIONS_TOPIC, envelope)
