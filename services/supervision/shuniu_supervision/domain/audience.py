"""Who may see a 督办事项 (its 知悉范围): the one rule behind the task's GET, its lists and counts, and
the audience every event about it carries to the other services (shuniu_shared.audience).

Nobody sees a task classified above their clearance. Within that: the office (the office department
and the sections within it) and the leaders (`leader`, `principal_leader`, who decide) see every
task; whoever assigned it sees it; and so do the departments taking part, lead (主办) and co (协办).

A department taking part brings along the sections within it (秘书科 is within 办公室), except the
top of the directory: a task the county government (县政府, ``gov``) leads is seen by its own members
(the county leaders), not by every bureau under it — 财政局's staff have no more business with it
than with any other department's task. So a top department is named in ``members_of`` (its members
exactly), every other in ``departments`` (it and what lies within it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shuniu_shared.audience import Audience

LEADING_ROLES = frozenset({"leader", "principal_leader"})  # they decide, so they see every task


@dataclass(frozen=True)
class Oversight:
    """What a task's audience needs besides the task: the department whose members see every task
    (configurable, ``SHUNIU_SUPERVISION_OFFICE_DEPARTMENT``) and the top of the directory. The
    office's settings and the directory's shape, not the task's state: no event sets them."""

    office_department: str
    top_departments: frozenset[str]  # departments with no parent: 县政府

    def audience_of(
        self,
        *,
        classification: str,
        assigned_by: str | None,
        taking_part: Iterable[str],
        people: Iterable[str] = (),
    ) -> Audience:
        """`people`: whoever else is named (a research topic's team and the leaders on its visits)."""
        named = list(taking_part)
        return Audience.of(
            classification=classification,
            people=[assigned_by, *people],
            roles=LEADING_ROLES,
            members_of=[d for d in named if d in self.top_departments],
            departments=[self.office_department, *(d for d in named if d not in self.top_departments)],
        )
