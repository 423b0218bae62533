"""Who is asking: the caller as the meetings domain needs them, built from the token and the directory.

A department sees the meetings it takes part in; the office (办公室), which runs 会务, sees all of them;
nobody sees what their clearance does not reach. The rules themselves are on `Meeting`.
"""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.directory import CLEARANCES

OFFICE = "office"  # the department that runs 会务 and sees every meeting
MANAGING_ROLES = frozenset({"clerk", "secretary", "office_director", "department_head"})


@dataclass(frozen=True)
class Viewer:
    id: str
    departments: tuple[str, ...]  # the caller's department and every department above it
    roles: frozenset[str]
    clearance: str

    @property
    def department(self) -> str:
        return self.departments[0]

    @property
    def in_office(self) -> bool:
        return OFFICE in self.departments

    def cleared_for(self, classification: str) -> bool:
        return CLEARANCES.index(self.clearance) >= CLEARANCES.index(classification)

    def belongs_to(self, department: str) -> bool:
        """A member of the department or of one under it (秘书科 belongs to 办公室)."""
        return department in self.departments

    def may_manage_meetings(self) -> bool:
        return not self.roles.isdisjoint(MANAGING_ROLES)
