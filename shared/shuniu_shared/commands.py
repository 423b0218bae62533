"""Commands as types, and the one way every service runs them.

A command is a frozen dataclass named after the office's word for it (``SignFor  # 签收``): what a
person asks the office to do, with everything the decision needs. Its handler is a plain function
of one signature, ``handle(command, uow, actor) -> Written``: it loads the aggregates from the unit
of work, lets them decide, saves what they decided and says what it wrote — the stream, its version
and position (and any details the response tells). It never speaks HTTP: the web layer
(`shuniu_shared.web.commands.run_command`) turns the request into the command and the `Written`
into the response, and a demo, a tool or a test calls `execute` with the same command and handler.

Two things a command carries besides its own fields, because the caller decides them:

* ``expected_version``, the version the caller saw (``If-Match``): the handler checks it with
  `check_version` once the aggregate is loaded and the caller may see it, so a stale step is a 412;
* ``may_retry`` (a class attribute): a command sent without a version asks for the step on the
  aggregate as it is, not as the caller saw it. When such a command loses the optimistic race
  (someone else appended between its load and its save), it is decided again on the reloaded
  aggregate — its rules checked afresh, so a second 签收 is still refused — instead of bouncing a
  409 to a person who could do nothing but press the button again. A command whose handler also
  takes something that is not idempotent on a retry (a number, a booking) says so by leaving it off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar, TypeVar

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.clock import Clock, office_date
from shuniu_shared.directory import CLEARANCES, Directory, Person
from shuniu_shared.errors import ConcurrencyError, PreconditionFailed
from shuniu_shared.eventstore import EventContext, Written
from shuniu_shared.eventstore import UnitOfWork as StoreUnitOfWork

if TYPE_CHECKING:
    from shuniu_shared.runtime import ServiceRuntime

__all__ = ["Actor", "Command", "Handler", "UnitOfWork", "Written", "check_version", "execute"]

ATTEMPTS_ON_A_LOST_RACE = 3  # the first try and two more, for a command that may be retried


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
        return CLEARANCES.index(self.clearance) >= CLEARANCES.index(level)

    def has_any_role(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)


@dataclass(frozen=True, kw_only=True)
class Command:
    """The base of every command: a subclass is a frozen dataclass of the command's own fields."""

    expected_version: int | None = None  # the version the caller saw (If-Match), if they named one
    may_retry: ClassVar[bool] = False  # decided again on a lost race when no version was named


C = TypeVar("C", bound=Command)
Handler = Callable[[C, "UnitOfWork", Actor], Awaitable[Written]]


class UnitOfWork(StoreUnitOfWork):
    """The event store's transaction, with the service's reference data a handler decides with:
    the directory, the working calendar and the clock of the runtime it runs in."""

    def __init__(self, runtime: ServiceRuntime, context: EventContext) -> None:
        super().__init__(runtime.store, context)
        self.runtime = runtime

    @property
    def directory(self) -> Directory:
        return self.runtime.directory

    @property
    def calendar(self) -> WorkingCalendar:
        return self.runtime.calendar

    @property
    def clock(self) -> Clock:
        return self.store.clock

    def today(self) -> date:
        """The civil date in Beijing (deadlines are counted in it)."""
        return office_date(self.clock.now())


def check_version(aggregate: Aggregate, expected: int | None) -> None:
    """Refuse a step decided on a version the object has moved past, before deciding anything."""
    if expected is not None and aggregate.version != expected:
        raise PreconditionFailed(
            f"对象已更新到第 {aggregate.version} 版（您看到的是第 {expected} 版），请刷新后重试",
            f"the object is at version {aggregate.version}, not {expected}; reload and retry",
        )


def attempts(command: Command) -> int:
    """How many times the command is run before a lost race reaches the caller as a 409."""
    return ATTEMPTS_ON_A_LOST_RACE if command.may_retry and command.expected_version is None else 1


async def execute(runtime: ServiceRuntime, command: C, handler: Handler[C], actor: Actor) -> Written:
    """Run `handler` on `command` in one unit of work as `actor` — the same path as a request's,
    without HTTP: the demo data, tools and tests call it."""
    attempt = 1
    while True:
        try:
            async with runtime.unit_of_work(actor) as uow:
                return await handler(command, uow, actor)
        except ConcurrencyError:
            if attempt == attempts(command):
                raise
            attempt += 1
