"""Who may see what the projection shows: the same rule the services apply, over the departments an
object's events name and the highest 密级 they carry."""

from __future__ import annotations

from collections.abc import Iterable

from shuniu_shared.directory import Directory
from shuniu_shared.web.auth import Principal

OFFICE = "office"  # 办公室: the hub sees every flow it coordinates
SEES_EVERYTHING = frozenset({"leader", "principal_leader", "auditor"})


def may_see(
    principal: Principal, directory: Directory, departments: Iterable[str], classification: str
) -> bool:
    if not principal.clearance_reaches(classification):
        return False
    if principal.has_any_role(SEES_EVERYTHING) or directory.is_within(principal.dept, OFFICE):
        return True
    return any(takes_part(directory, principal.dept, department) for department in departments)


def takes_part(directory: Directory, dept: str, named: str) -> bool:
    """A member of the named department or of one under it (秘书科 belongs to 办公室) — but the top of
    the directory, the county government (named as the department of a leader chairing a meeting),
    means its own members only: every bureau of the county lies under it, and being under it does not
    make a bureau take part in the leader's meetings (the meetings service's rule too)."""
    if dept == named:
        return True
    known = directory.departments.get(named)
    return known is not None and known.parent is not None and directory.is_within(dept, named)
