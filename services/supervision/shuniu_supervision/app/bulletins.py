"""印发情况通报: the office numbers the bulletin, replays every task of the period to its last day
and records the bulletin with each lead department's lights, overdue reasons and score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shuniu_shared.commands import Actor, Command, UnitOfWork
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import Reading, Written

from shuniu_supervision.adapters.bulletins import next_bulletin_number, save_bulletin_row, tasks_opened_by
from shuniu_supervision.app.policy import policy_of
from shuniu_supervision.domain.bulletin import Bulletin, TaskHistory, sections
from shuniu_supervision.domain.clockwork import approaching_on
from shuniu_supervision.domain.events import BulletinIssued


@dataclass(frozen=True)
class IssueBulletin(Command):  # 印发督办情况通报
    period_start: date
    period_end: date


async def issue_bulletin(command: IssueBulletin, uow: UnitOfWork, actor: Actor) -> Written:
    policy = policy_of(uow.runtime)
    today = uow.today()
    histories = [
        TaskHistory(
            task_id, [uow.store.decode(e) for e in await uow.store.read_stream(uow.connection, task_id)]
        )
        for task_id in await tasks_opened_by(uow.connection, command.period_end)
    ]
    departments = sections(
        histories,
        start=command.period_start,
        end=command.period_end,
        yellow_from=lambda deadline: approaching_on(
            policy.calendar, deadline, policy.approaching_working_days
        ),
        rules=policy.evaluation,
    )
    # A refused issue (the period not over) rolls the counter back with it: no gap.
    number = await next_bulletin_number(uow.connection, today.year)
    bulletin = Bulletin(f"bulletin:{today.year}-{number}")
    events = Bulletin.issue(
        bulletin.id,
        year=today.year,
        number=number,
        start=command.period_start,
        end=command.period_end,
        today=today,
        issued_by=actor.person,
        circulated_to=sorted(policy.oversight.top_departments),
        departments=departments,
    )
    written = await uow.save(bulletin, events)
    await save_bulletin_row(uow.connection, bulletin)
    return written.telling(number=number)


async def issued(reading: Reading, bulletin_id: str, actor: Actor, directory: Directory) -> BulletinIssued:
    """The bulletin as issued, or NotFound for someone it was not circulated to."""
    bulletin = await reading.load_or_new(Bulletin, bulletin_id)
    if not bulletin.exists or not actor.sees(bulletin.audience(), directory):
        raise NotFound(
            f"未找到通报 {bulletin_id}", f"bulletin {bulletin_id} was not found", code="bulletin_not_found"
        )
    assert bulletin.issued is not None  # an existing bulletin is an issued one
    return bulletin.issued
