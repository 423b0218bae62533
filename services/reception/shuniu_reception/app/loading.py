"""Loading an aggregate for an update: the caller's If-Match, if any, is checked before deciding."""

from __future__ import annotations

from typing import TypeVar

from shuniu_shared.aggregate import Aggregate
from shuniu_shared.commands import check_version
from shuniu_shared.eventstore import UnitOfWork

A = TypeVar("A", bound=Aggregate)


async def load_checked(uow: UnitOfWork, cls: type[A], id: str, expected: int | None) -> A:
    aggregate = await uow.load(cls, id)
    check_version(aggregate, expected)
    return aggregate
