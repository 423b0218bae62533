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
    return any(directory.is_within(principal.dept, department) for department in departments)
