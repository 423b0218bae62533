"""Who is asking: the person acting as an `Actor` of the task's rules and as a `Viewer` of the lists.

Who may see a task is its audience (知悉范围, domain/audience.py), the same data every event about it
carries to the other services, and `Actor.sees` decides with it here as every reader does there.
Someone outside it is told NotFound, so that a task's existence does not leak.
"""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.classification import Classification
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.eventstore import Reading

from shuniu_supervision.app.policy import SUPERVISING_ROLES, Policy
from shuniu_supervision.domain.task import Actor as TaskActor
from shuniu_supervision.domain.task import SupervisionTask


def domain_actor(actor: Actor, directory: Directory, policy: Policy) -> TaskActor:
    """The person acting, as the task's rules see them: with the departments above their own."""
    departments = frozenset(directory.ancestry(actor.department))  # 秘书科's people belong to 办公室 too
    return TaskActor(
        id=actor.person,
        departments=departments,
        roles=actor.roles,
        supervises=policy.office_department in departments and actor.has_any_role(SUPERVISING_ROLES),
        clearance=actor.clearance,
    )


def who_could_take_it_on(
    directory: Directory,
    policy: Policy,
    *,
    classification: str,
    assigned_by: str | None,
    lead_department: str,
    co_departments: list[str],
) -> list[tuple[TaskActor, str]]:
    """The people of the directory who would see a task of this 密级, assigner and departments, as
    the task's rules see them, with their clearance: only they could take it on, since whoever may
    not open a task cannot sign for it either (a bureau head acts for 县政府 but does not see its tasks)."""
    audience = policy.oversight.audience_of(
        classification=classification,
        assigned_by=assigned_by,
        taking_part=[lead_department, *co_departments],
    )
    people = [Actor.of(person) for person in directory.people.values()]
    return [(domain_actor(p, directory, policy), p.clearance) for p in people if p.sees(audience, directory)]


async def load_task(reading: Reading, task_id: str, policy: Policy) -> SupervisionTask:
    """The task as its events make it (new if it has none), knowing who oversees it, so that it can
    name its audience."""
    return (await reading.load_or_new(SupervisionTask, task_id)).overseen_by(policy.oversight)


def require_visible(task: SupervisionTask, actor: Actor, directory: Directory) -> SupervisionTask:
    """The task, or NotFound for someone outside its audience (never Forbidden: its existence stays private)."""
    if not task.exists or not actor.sees(task.audience(), directory):
        raise NotFound(f"未找到督办事项 {task.id}", f"task {task.id} was not found", code="task_not_found")
    return task


@dataclass(frozen=True)
class Viewer:
    """Which tasks a list shows this person: the tasks' audience, taken apart for the database.

    `Audience.admits` checks the clearance and then asks whether any one grant names the person, and a
    task's audience (`Oversight.audience_of`) is the union of three parts: who sees every task,
    whoever assigned it, and each department taking part. So a person sees a task exactly when they
    are cleared for it and one part admits them. Which parts do is decided here, once per request,
    by `Actor.sees` on each part alone; the query (adapters/queries.py) then matches the rows by
    clearance, assigner and the departments taking part. tests/supervision/test_audience.py proves
    that every list and count shows each demo person exactly the tasks their GET shows them.
    """

    person: str
    clearance_rank: int
    sees_every_task: bool  # the office and the leaders
    reach: frozenset[str]  # the departments whose taking part in a task shows it to this person


def viewer(actor: Actor, directory: Directory, policy: Policy) -> Viewer:
    oversight = policy.oversight

    def admitted_by(*taking_part: str) -> bool:
        part = oversight.audience_of(classification="none", assigned_by=None, taking_part=taking_part)
        return actor.sees(part, directory)

    return Viewer(
        person=actor.person,
        clearance_rank=Classification.parse(actor.clearance).rank,
        sees_every_task=admitted_by(),
        reach=frozenset(d for d in {*directory.departments, actor.department} if admitted_by(d)),
    )
