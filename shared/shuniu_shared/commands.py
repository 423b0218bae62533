"""Commands as types, and the one way every service runs them.

A command is a frozen dataclass named after the office's word for it (``SignFor  # 签收``). Its
handler is a plain function, ``handle(command, uow, actor) -> Written``: it loads from the unit of
work, lets the aggregates decide, saves, and says what it wrote (stream, version, position). It never
speaks HTTP: `shuniu_shared.web.commands.run_command` turns a request into the command and the
`Written` into the response; a demo, a tool or a test calls `execute` with the same command and handler.

Besides its own fields a command carries ``expected_version``, the version the caller saw
(``If-Match``), which the handler checks with `check_version` once it knows the caller may see the
aggregate (so a stale step is a 412, a hidden one a 404); and its class may say ``may_retry``: sent
without a version, it asks for the step on the aggregate as it is, so when it loses the optimistic
race (someone appended between its load and its save) it is decided again on the reloaded aggregate,
its rules checked afresh, instead of bouncing a 409 to a person who could only press the button again.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar, TypeVar

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.audience import Audience
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.classification import Classification
from shuniu_shared.clock import Clock, office_date
from shuniu_shared.directory import Directory, Person
from shuniu_shared.errors import ConcurrencyError, PreconditionFailed
from shuniu_shared.eventstore import EventContext, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork

if TYPE_CHECKING:
    from shuniu_shared.runtime import ServiceRuntime

# The first try and four more, for a command that may be retried. Each retry waits a little longer,
# with jitter: a deadline scheduler firing a burst of past-due clocks on one stream (a demo loaded
# after its dates, an office back after a week's outage) appends several events in a row, and three
# immediate retries were seen to lose to all of them.
ATTEMPTS_ON_A_LOST_RACE = 5
FIRST_BACKOFF_SECONDS = 0.005


@dataclass(frozen=True)
class Actor:
    """Who acts: the person, their department, roles and clearance (密级), built once per request
    from the verified token, or from the directory for work done outside a request (the demo)."""

    person: str
    department: str
    roles: frozenset[str]
    clearance: str

    @classmethod
    def of(cls, person: Person) -> Actor:
        return cls(person.id, person.dept, person.roles, person.clearance)

    def clearance_reaches(self, level: str) -> bool:
        """Whether this person is cleared for material classified `level` (e.g. "机密")."""
        return Classification.parse(self.clearance).reaches(level)

    def has_any_role(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)

    def sees(self, audience: Audience, directory: Directory) -> bool:
        """Whether the object whose audience this is may be shown to this person."""
        return audience.admits(
            person=self.person,
            department=self.department,
            roles=self.roles,
            clearance=self.clearance,
            directory=directory,
        )


@dataclass(frozen=True, kw_only=True)
class Command:
    """The base of every command: a subclass is a frozen dataclass of the command's own fields."""

    expected_version: int | None = None  # the version the caller saw (If-Match), if they named one
    may_retry: ClassVar[bool] = False  # decided again on a lost race when no version was named


A = TypeVar("A", bound=Aggregate)
C = TypeVar("C", bound=Command)
T = TypeVar("T")
Handler = Callable[[C, "UnitOfWork", Actor], Awaitable[Written]]


class UnitOfWork(StoreUnitOfWork):
    """The event store's transaction, with the service's reference data a handler decides with:
    the directory, the working calendar and the clock of the runtime it runs in."""

    def __init__(self, runtime: ServiceRuntime, context: EventContext) -> None:
        super().__init__(runtime.store, context)
        self.runtime = runtime
        self.directory: Directory = runtime.directory
        self.calendar: WorkingCalendar = runtime.calendar
        self.clock: Clock = runtime.store.clock

    def today(self) -> date:
        """The civil date in Beijing (deadlines are counted in it)."""
        return office_date(self.clock.now())

    async def load_at(self, cls: type[A], id: str, expected: int | None) -> A:
        """The aggregate (NotFound when it has none) at the version the caller saw, if they named one."""
        aggregate = await self.load(cls, id)
        check_version(aggregate, expected)
        return aggregate


def check_version(aggregate: Aggregate, expected: int | None) -> None:
    """Refuse a step decided on a version the object has moved past, before deciding anything."""
    if expected is not None and aggregate.version != expected:
        raise PreconditionFailed(
            f"对象已更新到第 {aggregate.version} 版（您看到的是第 {expected} 版），请刷新后重试",
            f"the object is at version {aggregate.version}, not {expected}; reload and retry",
        )


async def retrying(command: Command, attempt: Callable[[], Awaitable[T]]) -> T:
    """`attempt` (one unit of work), again after a lost race if the command may be retried."""
    attempts = ATTEMPTS_ON_A_LOST_RACE if command.may_retry and command.expected_version is None else 1
    for retry in range(attempts - 1):
        try:
            return await attempt()
        except ConcurrencyError:
            await asyncio.sleep(random.uniform(0, FIRST_BACKOFF_SECONDS * 4**retry))
    return await attempt()  # the last: its lost race is the caller's 409


async def execute(runtime: ServiceRuntime, command: C, handler: Handler[C], actor: Actor) -> Written:
    """Run `handler` on `command` in one unit of work as `actor` — the same path as a request's,
    without HTTP: the demo data, tools and tests call it."""

    async def attempt() -> Written:
        async with runtime.unit_of_work(actor) as uow:
            return await handler(command, uow, actor)

    return await retrying(command, attempt)
