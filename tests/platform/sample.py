"""A tiny domain for exercising the platform: a tally whose entries are counted and noted."""

from __future__ import annotations

from pathlib import Path

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.database import create_engine
from shuniu_shared.errors import RuleBroken
from shuniu_shared.events import DomainEvent, EventRegistry
from shuniu_shared.eventstore import EventStore
from shuniu_shared.migrations import PLATFORM_MIGRATIONS, migrate

registry = EventRegistry("sample")


@registry.event("tally.opened")
class TallyOpened(DomainEvent):
    title: str


@registry.event("tally.counted")
class Counted(DomainEvent):
    by: int
    note: str = ""


@registry.event("tally.closed", version=1)
class ClosedV1(DomainEvent):
    reason: str


@registry.event("tally.closed", version=2)
class Closed(DomainEvent):
    """v2 split the free-text reason into a code and a remark."""

    reason_code: str
    remark: str


@registry.upcaster("tally.closed", from_version=1)
def closed_v1_to_v2(data: dict) -> dict:
    return {"reason_code": "legacy", "remark": data["reason"]}


class Tally(Aggregate):
    def __init__(self, id: str) -> None:
        super().__init__(id)
        self.title = ""
        self.total = 0
        self.closed: Closed | None = None

    @staticmethod
    def open(title: str) -> list[DomainEvent]:
        return [TallyOpened(title=title)]

    def count(self, by: int, note: str = "") -> list[DomainEvent]:
        if self.closed:
            raise RuleBroken("已关闭的计数不能再计", "a closed tally cannot be counted")
        return [Counted(by=by, note=note)]

    def when_opened(self, event: TallyOpened) -> None:
        self.title = event.title

    def when_counted(self, event: Counted) -> None:
        self.total += event.by

    def when_closed(self, event: Closed) -> None:
        self.closed = event


async def sqlite_store(path: Path) -> EventStore:
    """The sample service's store in a SQLite file of its own, migrated."""
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await migrate(engine, PLATFORM_MIGRATIONS)
    return EventStore(engine, registry)
