"""Who is asking: the caller as the meetings domain needs them, built from the token and the directory.

A department sees the meetings it takes part in; the office (办公室), which runs 会务, sees all of them;
nobody sees what their clearance does not reach. Each meeting names who that is as its audience
(知悉范围, `Meeting.audience`), and `Viewer.sees` decides with it exactly as every other reader does.
"""

from __future__ import annotations

from dataclasses import dataclass

from shuniu_shared.audience import Audience
from shuniu_shared.classification import Classification
from shuniu_shared.directory import Directory

OFFICE = "office"  # the department that runs 会务 and sees every meeting
# What the audience of every meeting names, whatever the meeting: the office with its sections.
EVERY_MEETINGS_AUDIENCE = Audience.of(departments=[OFFICE])
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
        return Classification.parse(self.clearance).reaches(classification)

    def belongs_to(self, department: str) -> bool:
        """A member of the department or of one under it (秘书科 belongs to 办公室)."""
        return department in self.departments

    def sees(self, audience: Audience, directory: Directory) -> bool:
        """Whether an object of this audience may be shown to the viewer: the one rule of
        shuniu_shared.audience, the same the projection and every other reader apply."""
        return audience.admits(
            person=self.id,
            department=self.department,
            roles=self.roles,
            clearance=self.clearance,
            directory=directory,
        )

    def may_manage_meetings(self) -> bool:
        return not self.roles.isdisjoint(MANAGING_ROLES)
