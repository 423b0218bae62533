"""Every source service reads supervision's task events one way (docs/contracts.md, `task.opened`/`closed`)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import ValidationError
from shuniu_shared.database import create_engine
from shuniu_shared.envelope import Envelope
from shuniu_shared.eventstore import EventStore, UnitOfWork
from shuniu_shared.task_outcomes import TaskOutcome, supervision_outcomes

from tests.platform.sample import registry


def task_event(kind: str, *, service: str | None = "meetings", **data: Any) -> Envelope:
    return Envelope(
        id=str(uuid.uuid4()),
        type=f"shuniu.supervision.task.{kind}.v1",
        source="/shuniu/supervision",
        subject="task-9",
        time=datetime(2026, 3, 12, 17, 0, tzinfo=UTC),  # 3月13日 01:00 in the office
        sequence=1,
        data={
            "task_id": "task-9",
            "source": {"kind": "meeting_resolution", "service": service, "id": "m-1", "item": "r-2"},
            "title": "推进老旧小区改造",
            "lead_department": "housing",
            "co_departments": [],
            "deadline": "2026-04-30",
        }
        | data,
    )


@pytest.fixture
async def followed(tmp_path):
    """The meetings service's group, remembering what reached its reaction (the unit of work is
    passed on untouched: the reaction's transaction is the consumer's)."""
    store = EventStore(create_engine(f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"), registry)
    seen: list[TaskOutcome] = []

    async def react(task: TaskOutcome, uow: UnitOfWork) -> None:
        seen.append(task)

    subscription = supervision_outcomes("meetings", react)
    assert subscription.group == "meetings.supervision-outcomes"
    assert subscription.topics == ["shuniu.supervision.events"]

    async def deliver(envelope: Envelope) -> list[TaskOutcome]:
        await subscription.handler(envelope, store.unit_of_work())
        return seen

    return deliver


async def test_a_task_opened_on_one_of_our_resolutions_reaches_the_reaction(followed):
    [task] = await followed(task_event("opened", result="ignored while open"))
    assert (task.task_id, task.object_id, task.source.item, task.closed, task.result) == (
        "task-9",
        "m-1",
        "r-2",
        False,
        "",
    )


async def test_a_closed_task_carries_its_result_and_the_day_it_closed(followed):
    [task] = await followed(task_event("closed", result="已完成改造 12 处", closed_on="2026-03-11"))
    assert (task.closed, task.result, task.on) == (True, "已完成改造 12 处", date(2026, 3, 11))


async def test_a_closed_task_naming_no_day_closed_on_the_event_s_day(followed):
    [task] = await followed(task_event("closed", result="办结"))
    assert task.on == date(2026, 3, 12)


async def test_tasks_of_another_service_or_of_no_object_are_none_of_ours(followed):
    assert await followed(task_event("opened", service="documents")) == []
    assert await followed(task_event("opened", service=None)) == []
    ad_hoc = {"kind": "ad_hoc", "service": "meetings", "id": None, "item": None}
    assert await followed(task_event("opened", source=ad_hoc)) == []


async def test_an_event_that_does_not_read_as_the_contract_is_refused_not_guessed(followed):
    with pytest.raises(ValidationError):
        await followed(task_event("closed", source={"service": "meetings", "id": "m-1"}))  # no kind


async def test_other_task_events_are_not_outcomes(followed):
    assert await followed(task_event("overdue")) == []
