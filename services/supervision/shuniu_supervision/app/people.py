"""Who is asking: the person acting as an `Actor` of the task's rules and as a `Viewer` of the lists.

Visibility (CONVENTIONS, platform.md): the office (the office department and those under it) and the
leaders see every task; a department sees the tasks it leads or assists, and whoever assigned a task
sees it; nobody sees a task above their clearance. Everyone else is told NotFound, so that a task's
existence does not leak.
"""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.commands import Actor
from shuniu_shared.directory import CLEARANCES, Directory
from shuniu_shared.errors import NotFound

from shuniu_supervision.app.policy import LEADING_ROLES, SUPERVISING_ROLES, Policy
from shuniu_supervision.domain.task import Actor as TaskActor
from shuniu_supervision.domain.task import SupervisionTask


def departments_of(directory: Directory, code: str) -> frozenset[str]:
    """The department and every one above it: a member of 秘书科 also belongs to 办公室."""
    found, current = set(), code
    while current in directory.departments:
        found.add(current)
        current = directory.departments[current].parent or ""
    return frozenset(found or {code})


def domain_actor(actor: Actor, directory: Directory, policy: Policy) -> TaskActor:
    """The person acting, as the task's rules see them: with the departments above their own."""
    departments = departments_of(directory, actor.department)
    return TaskActor(
        id=actor.person,
        departments=departments,
        roles=actor.roles,
        supervises=policy.office_department in departments and actor.has_any_role(SUPERVISING_ROLES),
        clearance=actor.clearance,
    )


def everyone(directory: Directory, policy: Policy) -> list[tuple[TaskActor, str]]:
    """Every person of the directory as the task's rules see them, with their clearance: who could
    take a task on."""
    return [
        (domain_actor(Actor.of(person), directory, policy), person.clearance)
        for person in directory.people.values()
    ]


@dataclass(frozen=True)
class Viewer:
    person: str
    departments: frozenset[str]
    sees_all: bool
    clearance_rank: int

    def may_see(self, *, classification: str, assigned_by: str | None, departments: list[str]) -> bool:
        if CLEARANCES.index(classification) > self.clearance_rank:
            return False
        return self.sees_all or assigned_by == self.person or not self.departments.isdisjoint(departments)


def viewer(actor: Actor, directory: Directory, policy: Policy) -> Viewer:
    departments = departments_of(directory, actor.department)
    return Viewer(
        person=actor.person,
        departments=departments,
        sees_all=policy.office_department in departments or actor.has_any_role(LEADING_ROLES),
        clearance_rank=CLEARANCES.index(actor.clearance),
    )


def require_visible(task: SupervisionTask, who: Viewer) -> SupervisionTask:
    """The task, or NotFound for someone who may not see it (never Forbidden: its existence stays private)."""
    if not task.exists or not who.may_see(
        classification=task.classification,
        assigned_by=task.assigned_by,
        departments=[task.lead_department, *task.co_departments],
    ):
        raise NotFound(f"未找到督办事项 {task.id}", f"task {task.id} was not found", code="task_not_found")
    return task
